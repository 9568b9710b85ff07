// Direct SQL for tests: set up states the API cannot reach (fixtures such as sessions inserted without
// the booking rules) and inspect rows the API does not expose. Never used to bypass what a test asserts.
import pg from 'pg';
import { FIXTURE_APPLICATION_NAME, withApplicationName } from '../tenancy/capture.js';
import { testDatabaseUrl } from './api.js';

// Named so that the tenancy audit tells these statements from the API's.
const fixtureUrl = () => withApplicationName(testDatabaseUrl(), FIXTURE_APPLICATION_NAME);

export async function sql<T extends pg.QueryResultRow = Record<string, any>>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: fixtureUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

let pool: pg.Pool | null = null;

/** A pooled connection for suites that insert many fixtures. Close with closeDb() after the suite. */
export function db(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: fixtureUrl(), max: 4 });
  return pool;
}

export async function closeDb(): Promise<void> {
  await pool?.end();
  pool = null;
}

export async function countRows(table: string, where: string, params: unknown[]): Promise<number> {
  const { rows } = await db().query<{ n: string }>(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`, params);
  return Number(rows[0]!.n);
}

/**
 * Moves a session so that it began `minutesAgo` minutes ago, its length and buffer kept: the booking rules
 * refuse the past, and attendance (check-in, complete, no-show) is only recorded once a session could
 * really have happened. Fails if the move collides with another active session (pick free resources).
 */
export async function sessionStartedAgo(sessionId: string, minutesAgo = 5): Promise<void> {
  const rows = await sql(
    `UPDATE "Session"
        SET "endsAt" = now() - make_interval(mins => $2) + ("endsAt" - "startsAt"),
            "blockedUntil" = now() - make_interval(mins => $2) + ("blockedUntil" - "startsAt"),
            "startsAt" = now() - make_interval(mins => $2)
      WHERE "id" = $1
      RETURNING "id"`,
    [sessionId, minutesAgo],
  );
  if (rows.length !== 1) throw new Error(`sessionStartedAgo: no session ${sessionId}`);
}

/**
 * A move that commits exactly while `act` is deciding: the session's row is locked, `act` starts (it
 * reads the session as it was, and its write then waits on the lock), the session is moved `days` later
 * and the lock released. Forces the interleaving a race would produce only sometimes.
 */
export async function movedWhile<T>(sessionId: string, days: number, act: () => Promise<T>): Promise<T> {
  const client = await db().connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT 1 FROM "Session" WHERE id = $1 FOR UPDATE`, [sessionId]);
    const acting = act();
    acting.catch(() => undefined); // awaited below; not an unhandled rejection while we wait
    const deadline = Date.now() + 15_000;
    for (;;) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE pg_backend_pid() = ANY (pg_blocking_pids(pid))`,
      );
      if (rows[0]!.n > 0) break;
      if (Date.now() > deadline) throw new Error('movedWhile: nothing waited on the session');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await client.query(
      `UPDATE "Session" SET "startsAt" = "startsAt" + make_interval(days => $2), "endsAt" = "endsAt" + make_interval(days => $2),
              "blockedUntil" = "blockedUntil" + make_interval(days => $2) WHERE id = $1`,
      [sessionId, days],
    );
    await client.query('COMMIT');
    return await acting;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
