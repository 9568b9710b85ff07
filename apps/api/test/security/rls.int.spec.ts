// Row-level security, the second line of defence behind the tenant scope of the Prisma client: the
// API's role sees and writes only the rows of the clinic its transaction names, nothing without one,
// and can only append to the audit log. Checked as that role over plain SQL, where no client-side
// scoping helps, and through the API, which must keep working under it.
import pg from 'pg';
import { APP_ROLE, PrismaService } from '../../src/database/prisma.service.js';
import { startApi, testDatabaseUrl, type TestApi } from '../support/api.js';
import { createPatient, signUpClinic, type TestClinic } from '../support/factories.js';
import { sql } from '../support/sql.js';

/** A connection exactly as the API opens them: DATABASE_URL's user, switched to the app role. */
async function asApp<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl(), options: `-c role=${APP_ROLE}` });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Runs `fn` in a transaction with the clinic set as the API sets it; rolled back afterwards. */
async function inClinic<T>(client: pg.Client, clinicId: string, fn: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('app.clinic_id', $1, true)`, [clinicId]);
    return await fn();
  } finally {
    await client.query('ROLLBACK');
  }
}

async function failure(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected the statement to fail');
}

describe('row-level security', () => {
  let api: TestApi;
  let a: TestClinic;
  let b: TestClinic;
  let patientA: string;
  let patientB: string;

  beforeAll(async () => {
    api = await startApi();
    [a, b] = [await signUpClinic(api), await signUpClinic(api)];
    patientA = (await createPatient(api, a.owner.token)).id;
    patientB = (await createPatient(api, b.owner.token)).id;
  });
  afterAll(() => api.close());

  it('the API connects as a role that owns nothing and cannot bypass row security', async () => {
    const [role] = await sql(`SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = $1`, [APP_ROLE]);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: false });
    const [owned] = await sql(`SELECT count(*)::int AS n FROM pg_class WHERE relowner = $1::regrole`, [APP_ROLE]);
    expect(owned!.n).toBe(0);
    const prisma = new PrismaService(testDatabaseUrl(), 1);
    try {
      const [row] = await prisma.system.$queryRaw<{ user: string }[]>`SELECT current_user AS "user"`;
      expect(row!.user).toBe(APP_ROLE);
    } finally {
      await prisma.system.$disconnect();
    }
  });

  it('refuses to start when DATABASE_URL would override the role switch', async () => {
    const url = new URL(testDatabaseUrl());
    url.searchParams.set('options', '-c role=' + url.username);
    const prisma = new PrismaService(url.toString(), 1);
    try {
      await expect(prisma.assertRunsAsAppRole()).rejects.toThrow(/not backtrack_app: remove any options= parameter/);
    } finally {
      await prisma.system.$disconnect();
    }
    const fine = new PrismaService(testDatabaseUrl(), 1);
    try {
      await expect(fine.assertRunsAsAppRole()).resolves.toBeUndefined();
    } finally {
      await fine.system.$disconnect();
    }
  });

  it('every table with clinicId forces row security and has its clinic policy', async () => {
    const tables = await sql<{ table: string; enabled: boolean; forced: boolean; policies: string[] | null }>(`
      SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             (SELECT array_agg(p.policyname::text) FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname) AS policies
        FROM pg_class c JOIN information_schema.columns col ON col.table_name = c.relname AND col.table_schema = 'public'
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND col.column_name = 'clinicId'`);
    expect(tables.length).toBeGreaterThanOrEqual(16);
    for (const t of tables) {
      expect({ table: t.table, enabled: t.enabled, forced: t.forced, policy: t.policies?.includes(`${t.table}_clinic_isolation`) }).toEqual(
        {
          table: t.table,
          enabled: true,
          forced: true,
          policy: true,
        },
      );
    }
  });

  it('with no clinic set, a query sees no tenant row at all', async () => {
    const [all] = await sql(`SELECT count(*)::int AS n FROM "Patient"`);
    expect(all!.n).toBeGreaterThanOrEqual(2);
    await asApp(async (client) => {
      expect((await client.query(`SELECT count(*)::int AS n FROM "Patient"`)).rows[0].n).toBe(0);
      expect((await client.query(`SELECT count(*)::int AS n FROM "User"`)).rows[0].n).toBe(0);
      // The clinic lasts only for its transaction: afterwards the same connection sees nothing again.
      await inClinic(client, a.clinicId, async () => {
        expect((await client.query(`SELECT count(*)::int AS n FROM "Patient"`)).rows[0].n).toBe(1);
      });
      expect((await client.query(`SELECT count(*)::int AS n FROM "Patient"`)).rows[0].n).toBe(0);
    });
  });

  it('another clinic rows are invisible and cannot be written, inserted or moved into', async () => {
    await asApp((client) =>
      inClinic(client, a.clinicId, async () => {
        const visible = await client.query(`SELECT id FROM "Patient"`);
        expect(visible.rows.map((r) => r.id)).toEqual([patientA]);
        expect((await client.query(`SELECT id FROM "Patient" WHERE id = $1`, [patientB])).rowCount).toBe(0);
        expect((await client.query(`UPDATE "Patient" SET "firstName" = 'x' WHERE id = $1`, [patientB])).rowCount).toBe(0);
        expect((await client.query(`DELETE FROM "Patient" WHERE id = $1`, [patientB])).rowCount).toBe(0);
        await client.query('SAVEPOINT s');
        const inserted = await failure(
          client.query(`INSERT INTO "Room" (id, "clinicId", name, "updatedAt") VALUES (gen_random_uuid(), $1, 'Intruder', now())`, [
            b.clinicId,
          ]),
        );
        expect(inserted.message).toMatch(/row-level security/);
        await client.query('ROLLBACK TO SAVEPOINT s');
        const moved = await failure(client.query(`UPDATE "Patient" SET "clinicId" = $1 WHERE id = $2`, [b.clinicId, patientA]));
        expect(moved.message).toMatch(/row-level security/);
      }),
    );
    const [untouched] = await sql(`SELECT "firstName" <> 'x' AS ok FROM "Patient" WHERE id = $1`, [patientB]);
    expect(untouched!.ok).toBe(true);
  });

  it('login may read the one account whose email it names, and nothing else', async () => {
    await asApp(async (client) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.login_email', $1, true)`, [a.owner.email]);
      const rows = await client.query(`SELECT id FROM "User"`);
      expect(rows.rows.map((r) => r.id)).toEqual([a.owner.id]);
      expect((await client.query(`SELECT count(*)::int AS n FROM "Patient"`)).rows[0].n).toBe(0);
      // Read only: the lookup policy lets login neither change nor delete the account.
      expect((await client.query(`UPDATE "User" SET name = 'x' WHERE id = $1`, [a.owner.id])).rowCount).toBe(0);
      await client.query('ROLLBACK');
    });
  });

  it('the audit log is append-only: the API role cannot update or delete an AuditEvent', async () => {
    await asApp((client) =>
      inClinic(client, a.clinicId, async () => {
        const [event] = (
          await client.query(
            `INSERT INTO "AuditEvent" (id, "clinicId", "actorId", "actorRole", action, entity)
             VALUES (gen_random_uuid(), $1, $2, 'OWNER', 'test.append', 'Test') RETURNING id`,
            [a.clinicId, a.owner.id],
          )
        ).rows;
        for (const statement of [
          `UPDATE "AuditEvent" SET action = 'tampered' WHERE id = '${event.id}'`,
          `DELETE FROM "AuditEvent" WHERE id = '${event.id}'`,
          `TRUNCATE "AuditEvent"`,
        ]) {
          await client.query('SAVEPOINT s');
          const error = await failure(client.query(statement));
          expect({ statement, code: error.code }).toEqual({ statement, code: '42501' });
          await client.query('ROLLBACK TO SAVEPOINT s');
        }
      }),
    );
  });
});
