// The statement check on its own, on SQL shaped like what Prisma and the repositories send.
import { parseParameterDetail } from './capture.js';
import { auditStatement, loadParser } from './sql-audit.js';
import { crossClinicAllowance, readTableModel } from './tables.js';

const model = readTableModel();
const problems = (sql: string) =>
  auditStatement(sql, model).findings.map((f) => `${f.table} ${f.problem.split(' ').slice(0, 3).join(' ')}`);

beforeAll(() => loadParser());

describe('tenancy audit of one statement', () => {
  it.each([
    [
      'Prisma filter',
      'SELECT "public"."Session"."id" FROM "public"."Session" WHERE ("public"."Session"."clinicId" = $1 AND "public"."Session"."id" = $2) LIMIT $3 OFFSET $4',
    ],
    ['a batch by id, scoped', 'SELECT "id" FROM "Patient" WHERE "clinicId" = $1 AND "id" IN ($2, $3, $4)'],
    ['a cast value', `SELECT 1 FROM "Room" r WHERE r."clinicId" = current_setting('app.clinic_id')::uuid`],
    [
      'a join to a held row',
      'SELECT p.id FROM "Session" s JOIN "Patient" p ON p."clinicId" = s."clinicId" AND p.id = s."patientId" WHERE s."clinicId" = $1',
    ],
    [
      'a join chain',
      'SELECT 1 FROM "Assessment" a, "EpisodeOfCare" e, "Patient" p WHERE p."clinicId" = e."clinicId" AND e."clinicId" = a."clinicId" AND a."clinicId" = $1',
    ],
    [
      'a correlated subquery',
      'SELECT s.id FROM "Session" s WHERE s."clinicId" = $1 AND EXISTS (SELECT 1 FROM "TreatmentNote" n WHERE n."clinicId" = s."clinicId" AND n."sessionId" = s.id)',
    ],
    [
      'a CTE of one clinic',
      'WITH mine AS (SELECT "clinicId", id FROM "Patient" WHERE "clinicId" = $1) SELECT e.id FROM mine JOIN "EpisodeOfCare" e ON e."clinicId" = mine."clinicId"',
    ],
    ['composite-key lookups', 'SELECT 1 FROM "Therapist" WHERE ("clinicId" = $1 AND id = $2) OR ("clinicId" = $3 AND id = $4)'],
    ['a row IN list', 'SELECT 1 FROM "Patient" WHERE ("clinicId", id) IN (($1, $2), ($3, $4))'],
    ['an insert', 'INSERT INTO "Room" ("id", "clinicId", "name") VALUES ($1, $2, $3) RETURNING "id"'],
    ['an update', 'UPDATE "Session" SET status = $1 WHERE "clinicId" = $2 AND id = $3'],
    ['a delete', 'DELETE FROM "WaitlistOffer" WHERE "clinicId" = $1 AND "entryId" = $2'],
    ['a reference table', 'SELECT "id", "clinicId" FROM "public"."User" WHERE "public"."User"."email" = $1'],
    ['a join of a reference table', 'SELECT c.timezone FROM "Session" s JOIN "Clinic" c ON c.id = s."clinicId" WHERE s."clinicId" = $1'],
    ['a global table', 'DELETE FROM "RateLimitCounter" WHERE "windowStart" < $1'],
    ['pg-boss', 'SELECT id FROM pgboss.job WHERE name = $1 FOR UPDATE SKIP LOCKED'],
    ['no table', `SELECT set_config($1, $2, true)`],
    ['a transaction', 'BEGIN'],
  ])('passes %s', (_name, sql) => {
    expect(problems(sql)).toEqual([]);
  });

  it.each([
    ['a batch by id alone', 'SELECT "id" FROM "Patient" WHERE "id" IN ($1, $2)', ['Patient is read without']],
    [
      'a join without the clinic',
      'SELECT 1 FROM "Session" s JOIN "Patient" p ON p.id = s."patientId" WHERE s."clinicId" = $1',
      ['Patient is read without'],
    ],
    [
      'an outer join holds only its nullable side',
      'SELECT 1 FROM "Patient" p LEFT JOIN "Session" s ON s."clinicId" = $1',
      ['Patient is read without'],
    ],
    [
      'a subquery of all clinics',
      'SELECT 1 FROM "Session" s WHERE s."clinicId" = $1 AND s.id IN (SELECT "sessionId" FROM "TreatmentNote")',
      ['TreatmentNote is read without'],
    ],
    ['several clinics', 'SELECT 1 FROM "Patient" WHERE "clinicId" IN ($1, $2)', ['Patient is read without']],
    ['a disjunction', 'SELECT 1 FROM "Patient" WHERE "clinicId" = $1 OR id = $2', ['Patient is read without']],
    ['an insert without the clinic', 'INSERT INTO "AuditEvent" ("id", "action") VALUES ($1, $2)', ['AuditEvent is inserted into']],
    [
      'an insert from all clinics',
      'INSERT INTO "Message" ("clinicId", "id") SELECT "clinicId", id FROM "Session"',
      ['Session is read without'],
    ],
    ['an update of all clinics', 'UPDATE "Message" SET status = $1 WHERE id = $2', ['Message is updated without']],
    ['a delete of all clinics', 'DELETE FROM "PatientLink" WHERE "expiresAt" < now()', ['PatientLink is deleted without']],
    ['a whole table', 'SELECT id FROM "Session" WHERE status = $1', ['Session is read without']],
    ['an unknown table', 'SELECT 1 FROM "Mystery"', ['Mystery is not a']],
    ['unparseable SQL', 'SELEC 1 FROM "Patient"', ['? could not be']],
  ])('flags %s', (_name, sql, expected) => {
    expect(problems(sql)).toEqual(expected);
  });

  it('knows every table of the schema as distributed or global', () => {
    expect(readTableModel().unclassified).toEqual([]);
  });
});

describe('a list of clinics', () => {
  const related =
    'SELECT "id" FROM "public"."Room" WHERE ("public"."Room"."id" IN ($1,$2,$3) AND "public"."Room"."clinicId" IN ($4,$5,$6)) OFFSET $7';
  const flagged = (parameters: (string | null)[][]) => auditStatement(related, model, parameters).findings.map((f) => f.table);

  it('is one clinic when every execution gave one value (Prisma loading related rows)', () => {
    expect(
      flagged([
        ['r1', 'r2', 'r3', 'c1', 'c1', 'c1', '0'],
        ['r4', 'r5', 'r6', 'c2', 'c2', 'c2', '0'],
      ]),
    ).toEqual([]);
  });

  it('is several when one execution gave two, or when no execution was seen', () => {
    expect(
      flagged([
        ['r1', 'r2', 'r3', 'c1', 'c1', 'c1', '0'],
        ['r4', 'r5', 'r6', 'c1', 'c2', 'c1', '0'],
      ]),
    ).toEqual(['Room']);
    expect(flagged([])).toEqual(['Room']);
  });

  it('reads the values from the log detail', () => {
    expect(parseParameterDetail(`Parameters: $1 = 'a''b', $2 = NULL, $3 = '7'`)).toEqual(["a'b", null, '7']);
  });
});

describe('cross-clinic statements by design', () => {
  it('allow the outbox relay, whatever its layout, and nothing else', () => {
    const relay = `UPDATE "Message" SET "queuedAt" = now()
          WHERE "id" IN (SELECT "id" FROM "Message"
                          WHERE "status" = 'SCHEDULED' AND "queuedAt" IS NULL AND "sendAt" <= now()
                          ORDER BY "sendAt" LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING "id", "clinicId"`;
    expect(crossClinicAllowance('Message', relay)).toMatch(/outbox relay/);
    expect(crossClinicAllowance('Message', 'UPDATE "Message" SET status = $1 WHERE id = $2')).toBeUndefined();
  });
});
