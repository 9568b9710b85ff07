// The pool holds each connection's clinic for row-level security: a statement outside a transaction
// sees the rows of the clinic it was sent for and no other, whatever the connection ran before, and a
// transaction starts on a connection holding no clinic. Checked on one connection (every statement
// reuses it) and under interleaved concurrency, through the pool and through the tenant client.
import { ClinicSessionPool, withSessionClinic } from '../../src/database/clinic-session-pool.js';
import { APP_ROLE, PrismaService } from '../../src/database/prisma.service.js';
import { runInClinic } from '../../src/database/tenant-scope.js';
import { startApi, testDatabaseUrl, type TestApi } from '../support/api.js';
import { createPatient, signUpClinic } from '../support/factories.js';

describe('the clinic-session pool', () => {
  let api: TestApi;
  const clinics: { clinicId: string; patientId: string }[] = [];

  beforeAll(async () => {
    api = await startApi();
    for (let i = 0; i < 2; i++) {
      const clinic = await signUpClinic(api);
      const patient = await createPatient(api, clinic.owner.token);
      clinics.push({ clinicId: clinic.clinicId, patientId: patient.id });
    }
  });
  afterAll(() => api.close());

  const patientsSeen = async (pool: ClinicSessionPool) =>
    ((await pool.query(`SELECT id FROM "Patient" ORDER BY id`)) as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);

  it('shows a statement the rows of its own clinic on one shared connection, and none without a clinic', async () => {
    const pool = new ClinicSessionPool({ connectionString: testDatabaseUrl(), max: 1, options: `-c role=${APP_ROLE}` });
    try {
      const [a, b] = clinics;
      expect(await withSessionClinic(a.clinicId, () => patientsSeen(pool))).toEqual([a.patientId]);
      expect(await withSessionClinic(b.clinicId, () => patientsSeen(pool))).toEqual([b.patientId]);
      expect(await patientsSeen(pool)).toEqual([]);
      await withSessionClinic(a.clinicId, () => patientsSeen(pool));
      // A transaction's connection holds no clinic until the transaction sets its own.
      const client = await withSessionClinic(a.clinicId, () => pool.connect());
      try {
        await client.query('BEGIN');
        expect((await client.query(`SELECT id FROM "Patient"`)).rows).toEqual([]);
        await client.query(`SELECT set_config('app.clinic_id', $1, true)`, [b.clinicId]);
        expect((await client.query(`SELECT id FROM "Patient"`)).rows.map((r: { id: string }) => r.id)).toEqual([b.patientId]);
        await client.query('COMMIT');
        // The transaction's own setting ended with it.
        expect((await client.query(`SELECT id FROM "Patient"`)).rows).toEqual([]);
      } finally {
        client.release();
      }
    } finally {
      await pool.end();
    }
  });

  it('keeps clinics apart under interleaved concurrent statements', async () => {
    const pool = new ClinicSessionPool({ connectionString: testDatabaseUrl(), max: 3, options: `-c role=${APP_ROLE}` });
    try {
      const seen = await Promise.all(
        Array.from({ length: 60 }, (_, i) => {
          const clinic = i % 3 === 2 ? null : clinics[i % 2];
          return (clinic ? withSessionClinic(clinic.clinicId, () => patientsSeen(pool)) : patientsSeen(pool)).then((ids) => ({
            clinic,
            ids,
          }));
        }),
      );
      for (const { clinic, ids } of seen) expect(ids).toEqual(clinic ? [clinic.patientId] : []);
    } finally {
      await pool.end();
    }
  });

  it("finds each clinic's row when the tenant client looks up both clinics in the same tick", async () => {
    const prisma = new PrismaService(testDatabaseUrl(), 2);
    try {
      const lookups = Array.from({ length: 20 }, (_, i) => {
        const clinic = clinics[i % 2];
        return runInClinic(clinic.clinicId, async () => await prisma.tenant.patient.findUnique({ where: { id: clinic.patientId } }));
      });
      const found = await Promise.all(lookups);
      found.forEach((patient, i) => expect(patient?.id).toBe(clinics[i % 2].patientId));
      // And another clinic's id finds nothing, exactly like an id that does not exist.
      const [a, b] = clinics;
      expect(await runInClinic(a.clinicId, async () => await prisma.tenant.patient.findUnique({ where: { id: b.patientId } }))).toBeNull();
    } finally {
      await prisma.onModuleDestroy();
    }
  });
});
