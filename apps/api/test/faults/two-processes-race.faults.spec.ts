// Two API processes on one PostgreSQL (DATABASE_URL, shared JWT_SECRET) booking the same slot at the
// same moment: exactly one booking wins, every other gets CONFLICT, and the table holds no overlap.
// The database is the test run's embedded PostgreSQL (test/support/global-setup.ts), migrated once.
import { codeOf, TEST_JWT_SECRET, testDatabaseUrl } from '../support/api.js';
import { createPatient } from '../support/factories.js';
import { book, localAt, schedulingClinic } from '../support/scheduling-factories.js';
import { sql } from '../support/sql.js';
import { cleanUp, spawnApi, tempDataDir, type ApiProcess } from './api-process.js';

const PER_PROCESS = 10;

describe('two API processes racing bookings', () => {
  const started: ApiProcess[] = [];
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    const env = { DATABASE_URL: testDatabaseUrl(), JWT_SECRET: TEST_JWT_SECRET };
    // One after the other, as a rolling deploy would: both apply (or find applied) the migrations at start.
    started.push(await spawnApi(dataDir, env));
    started.push(await spawnApi(dataDir, env));
  });
  afterAll(() => cleanUp(dataDir));

  it(`lets one of ${2 * PER_PROCESS} simultaneous bookings of one slot through`, async () => {
    const [a, b] = started as [ApiProcess, ApiProcess];
    const s = await schedulingClinic(a.api);
    const patients = await Promise.all(Array.from({ length: 2 * PER_PROCESS }, () => createPatient(a.api, s.owner.token)));
    const startsAt = localAt(s.zone, 5, '10:00');
    // Different patients and alternate processes: only the therapist's exclusion constraint can stop them.
    const results = await Promise.all(
      patients.map((p, i) =>
        book(i % 2 ? b.api : a.api, s.owner.token, { patientId: p.id, therapistId: s.therapist.id, serviceTypeId: s.service.id, startsAt }),
      ),
    );

    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    const winners = results.filter((r) => r.data?.bookSession);
    expect(winners).toHaveLength(1);
    const losers = results.filter((r) => !r.data?.bookSession);
    expect(losers.map(codeOf)).toEqual(losers.map(() => 'CONFLICT'));
    const overlaps = await sql<{ n: string }>(
      `SELECT count(*) AS n FROM "Session" x JOIN "Session" y ON x.id < y.id
         AND x."therapistId" = y."therapistId"
         AND tstzrange(x."startsAt", x."blockedUntil") && tstzrange(y."startsAt", y."blockedUntil")
       WHERE x."clinicId" = $1 AND y."clinicId" = $1
         AND x.status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED') AND y.status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED')`,
      [s.clinic.clinicId],
    );
    expect(overlaps[0]!.n).toBe('0');
    const active = await sql<{ n: string }>(
      `SELECT count(*) AS n FROM "Session" WHERE "clinicId" = $1 AND "therapistId" = $2 AND status = 'BOOKED'`,
      [s.clinic.clinicId, s.therapist.id],
    );
    expect(active[0]!.n).toBe('1');
  });
});
