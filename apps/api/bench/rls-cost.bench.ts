// What does row-level security cost? Times a read (a page of 25 patients sorted by name, as allPatients
// reads it) and a write (one patient created) 500 times each, through the data layer:
//   with RLS:    PrismaService.tenant as the API runs it (role backtrack_app, each operation a batch
//                transaction [set_config, query], the policy filtering by clinic);
//   without RLS: a plain client as the owner (a superuser, which row security does not apply to),
//                filtering by clinicId itself as the tenant scope did before row-level security.
// 20 clinics of 500 patients each, so the policy has other clinics to filter out.
//
//   cd apps/api && npx jest --config bench/jest.bench.cjs bench/rls-cost      (BENCH_CALLS=500 by default)
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { runWithContext } from '../src/common/request-context.js';
import { PrismaService } from '../src/database/prisma.service.js';
import { PrismaClient } from '../src/generated/prisma/client.js';
import { testDatabaseUrl } from '../test/support/api.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 500);
const CLINICS = 20;
const PATIENTS = 500;

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(label: string, fn: (i: number) => Promise<unknown>): Promise<{ label: string; totalMs: number; medianMs: number }> {
  for (let i = 0; i < 50; i++) await fn(-i - 1); // warm-up
  const each: number[] = [];
  const start = performance.now();
  for (let i = 0; i < CALLS; i++) {
    const t = performance.now();
    await fn(i);
    each.push(performance.now() - t);
  }
  return { label, totalMs: Math.round(performance.now() - start), medianMs: Number(median(each).toFixed(3)) };
}

describe('row-level security cost', () => {
  it(`times ${CALLS} reads and writes with and without RLS`, async () => {
    const url = testDatabaseUrl();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const clinicIds: string[] = [];
    for (let c = 0; c < CLINICS; c++) {
      const { rows } = await admin.query(
        `INSERT INTO "Clinic" (id, name, timezone, "updatedAt") VALUES (gen_random_uuid(), $1, 'UTC', now()) RETURNING id`,
        [`Bench ${c}`],
      );
      clinicIds.push(rows[0].id);
      await admin.query(
        `INSERT INTO "Patient" (id, "clinicId", "firstName", "lastName", "dateOfBirth", "complaintRegion", "updatedAt")
         SELECT gen_random_uuid(), $1, 'Bench', 'Patient ' || g, date '1950-01-01' + g, 'LOWER_BACK', now() FROM generate_series(1, $2) g`,
        [rows[0].id, PATIENTS],
      );
    }
    await admin.query('ANALYZE');
    const clinicId = clinicIds[0]!;
    const actor = { userId: randomUUID(), clinicId, role: 'OWNER' as const, name: 'Bench', email: 'bench@example.com' };

    const app = new PrismaService(url, 1);
    const owner = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
    const page = { orderBy: [{ lastName: 'asc' as const }, { id: 'asc' as const }], take: 25 };
    const patient = (i: number) => ({
      firstName: 'Timed',
      lastName: `Write ${i}`,
      dateOfBirth: new Date('1980-01-01T00:00:00Z'),
      complaintRegion: 'LOWER_BACK' as const,
    });
    try {
      const results = await runWithContext({ requestId: 'bench', actor }, async () => [
        await time('read, without RLS', () => owner.patient.findMany({ where: { clinicId }, ...page })),
        await time('read, with RLS', () => app.tenant.patient.findMany(page)),
        await time('write, without RLS', (i) => owner.patient.create({ data: { ...patient(i), clinicId } })),
        await time('write, with RLS', (i) => app.tenant.patient.create({ data: { ...patient(i), clinicId: undefined as never } })),
      ]);
      console.table(results);

      const plan = async (client: pg.Client, sqlText: string, values: unknown[]) =>
        (await client.query(`EXPLAIN (ANALYZE, COSTS OFF) ${sqlText}`, values)).rows.map((r) => r['QUERY PLAN']).join('\n');
      const asApp = new pg.Client({ connectionString: url, options: '-c role=backtrack_app' });
      await asApp.connect();
      await asApp.query('BEGIN');
      await asApp.query(`SELECT set_config('app.clinic_id', $1, true)`, [clinicId]);
      const withRls = await plan(asApp, `SELECT * FROM "Patient" ORDER BY "lastName", id LIMIT 25`, []);
      await asApp.query('COMMIT');
      await asApp.end();
      const withoutRls = await plan(admin, `SELECT * FROM "Patient" WHERE "clinicId" = $1 ORDER BY "lastName", id LIMIT 25`, [clinicId]);
      console.log(`EXPLAIN ANALYZE with RLS:\n${withRls}\n\nEXPLAIN ANALYZE without RLS:\n${withoutRls}`);
    } finally {
      await app.system.$disconnect();
      await owner.$disconnect();
      await admin.end();
    }
  });
});
