// How fast is clinicOutcomes for a clinic with about a million assessments?
//
//   cd apps/api && npx jest --config bench/jest.bench.cjs                 (BENCH_EPISODES=120000 by default)
//
// Generates, with generate_series in a throwaway database: N patients with one episode each, 4
// completed sessions per episode spread over 10 therapists and 3 modalities, and per episode ODI and
// NPRS series of 5 points (every 5th episode a dropout with only its baseline), about 8.4 N
// assessments. Then times clinicOutcomes over HTTP (median of 5) without filters, with a one-month
// period, and with a therapist filter, and prints the EXPLAIN ANALYZE of the SQL.
// Fixture sessions carry an overrideReason so that the bulk insert skips the no-overlap exclusion
// indexes, which play no part in reading outcomes.
import pg from 'pg';
import { INSTRUMENT_CODES } from '@backtrack/domain';
import { Prisma } from '../src/generated/prisma/client.js';
import { aggregateSql, outcomeQuery } from '../src/outcomes/clinic-outcomes.repository.js';
import { episodeMeasureUpsertSql } from '../src/outcomes/episode-measure.repository.js';
import type { BenchClinicOutcomesQuery, ClinicOutcomesFilter } from '../test/graphql/graphql.js';
import { startApi, testDatabaseUrl, type TestApi } from '../test/support/api.js';
import { BENCH_CLINIC_OUTCOMES } from '../test/support/bench-operations.js';
import { createStaff, login, signUpClinic } from '../test/support/factories.js';

const EPISODES = Number(process.env.BENCH_EPISODES ?? 120_000);

async function generate(
  client: pg.Client,
  clinicId: string,
  ownerId: string,
  therapistIds: string[],
  serviceTypeIds: string[],
): Promise<void> {
  const n = EPISODES;
  await client.query(
    `INSERT INTO "Patient" (id, "clinicId", "firstName", "lastName", "dateOfBirth", "complaintRegion", "updatedAt")
     SELECT md5('p' || g)::uuid, $1, 'Bench', 'Patient ' || g, date '1950-01-01' + (g % 18000), 'LOWER_BACK', now()
       FROM generate_series(1, $2) g`,
    [clinicId, n],
  );
  // One episode per patient, started an hour apart from 2015 on, discharged after 10 weeks.
  await client.query(
    `INSERT INTO "EpisodeOfCare" (id, "clinicId", "patientId", region, "startedAt", "dischargedAt")
     SELECT md5('e' || g)::uuid, $1, md5('p' || g)::uuid, 'LOWER_BACK',
            timestamptz '2015-01-01 00:00Z' + g * interval '1 hour', timestamptz '2015-01-01 00:00Z' + g * interval '1 hour' + interval '70 days'
       FROM generate_series(1, $2) g`,
    [clinicId, n],
  );
  await client.query(
    `INSERT INTO "Session" (id, "clinicId", "patientId", "therapistId", "serviceTypeId", "episodeId", "startsAt", "endsAt", "blockedUntil", status, "overrideReason", "createdById", "completedAt", "updatedAt")
     SELECT md5('s' || g || '-' || k)::uuid, $1, md5('p' || g)::uuid, ($3::uuid[])[1 + g % cardinality($3::uuid[])],
            ($4::uuid[])[1 + (g + k / 4) % cardinality($4::uuid[])], md5('e' || g)::uuid,
            timestamptz '2015-01-01 00:00Z' + g * interval '1 hour' + k * interval '7 days',
            timestamptz '2015-01-01 00:00Z' + g * interval '1 hour' + k * interval '7 days' + interval '50 minutes',
            timestamptz '2015-01-01 00:00Z' + g * interval '1 hour' + k * interval '7 days' + interval '50 minutes',
            'COMPLETED', 'bench fixture', $5, now(), now()
       FROM generate_series(1, $2) g, generate_series(0, 3) k`,
    [clinicId, n, therapistIds, serviceTypeIds, ownerId],
  );
  // ODI: baseline 30–89, improving by 0–8 points a fortnight; NPRS: baseline 3–10, improving 0–2 points.
  await client.query(
    `INSERT INTO "Assessment" (id, "clinicId", "rootId", version, "isLatest", "patientId", "episodeId", instrument, responses, score, normalized, "scoreExact", "normalizedExact", "takenAt", "recordedById")
     SELECT id, $1, id, 1, true, md5('p' || g)::uuid, md5('e' || g)::uuid, instrument::"Instrument", '[]'::jsonb, score, normalized, score, normalized,
            timestamptz '2015-01-01 00:00Z' + g * interval '1 hour' + k * interval '14 days' + interval '30 minutes', $3
       FROM (
         SELECT md5('a' || g || '-' || k || i.code)::uuid AS id, g, k, i.code AS instrument,
                CASE i.code WHEN 'ODI' THEN greatest(0, 30 + g % 60 - k * (g * 7 % 9))
                            ELSE greatest(0, 3 + g % 8 - k * (g % 3)) END AS score,
                CASE i.code WHEN 'ODI' THEN greatest(0, 30 + g % 60 - k * (g * 7 % 9))
                            ELSE greatest(0, 3 + g % 8 - k * (g % 3)) * 10 END AS normalized
           FROM generate_series(1, $2) g, generate_series(0, 4) k, (VALUES ('ODI'), ('NPRS')) i(code)
          WHERE g % 5 <> 0 OR k = 0
       ) rows`,
    [clinicId, n, ownerId],
  );
  await client.query(`VACUUM ANALYZE "Assessment"`);
  // The per-episode summaries, with the statement the application and the migration's backfill use.
  const backfill = backfillSql(clinicId);
  await client.query(backfill.text, backfill.values as unknown[]);
  await client.query(`VACUUM ANALYZE "EpisodeMeasure"`);
  await client.query(`VACUUM ANALYZE "Session"`);
  await client.query(`VACUUM ANALYZE "EpisodeOfCare"`);
}

function backfillSql(clinicId: string): Prisma.Sql {
  return episodeMeasureUpsertSql(Prisma.sql`g."clinicId" = ${clinicId}::uuid`);
}

async function time(
  api: TestApi,
  token: string,
  filter: ClinicOutcomesFilter,
  runs = 5,
): Promise<{ median: number; all: number[]; result: BenchClinicOutcomesQuery['clinicOutcomes'] }> {
  const all: number[] = [];
  let result: BenchClinicOutcomesQuery['clinicOutcomes'] | undefined;
  await api.gql(BENCH_CLINIC_OUTCOMES, { filter }, token); // warm-up
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const response = await api.gql(BENCH_CLINIC_OUTCOMES, { filter }, token);
    all.push(Math.round(performance.now() - started));
    if (response.errors || !response.data) throw new Error(JSON.stringify(response.errors));
    result = response.data.clinicOutcomes;
  }
  const sorted = [...all].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, all, result: result! };
}

/** BENCH_REUSE=1 with a persistent TEST_DATABASE_URL: time the largest clinic already generated. */
async function reuse(
  api: TestApi,
  client: pg.Client,
): Promise<{ clinicId: string; ownerToken: string; therapistToken: string; therapistIds: string[] } | null> {
  const row = (await client.query(`SELECT "clinicId" FROM "Assessment" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)).rows[0];
  if (!row) return null;
  const loginAs = async (role: string) => {
    const email = (
      await client.query<{ email: string }>(`SELECT email FROM "User" WHERE "clinicId" = $1 AND role = $2::"Role" ORDER BY email LIMIT 1`, [
        row.clinicId,
        role,
      ])
    ).rows[0]!.email;
    return login(api, email);
  };
  const therapistIds = (await client.query(`SELECT id FROM "Therapist" WHERE "clinicId" = $1 ORDER BY id`, [row.clinicId])).rows.map(
    (r) => r.id,
  );
  return { clinicId: row.clinicId, ownerToken: await loginAs('OWNER'), therapistToken: await loginAs('THERAPIST'), therapistIds };
}

describe('clinicOutcomes benchmark', () => {
  it(`aggregates ~${(EPISODES * 8.4).toLocaleString('en')} assessments`, async () => {
    const api = await startApi();
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      let setup = process.env.BENCH_REUSE ? await reuse(api, client) : null;
      if (!setup) {
        const clinic = await signUpClinic(api);
        const therapists = [];
        for (let i = 0; i < 10; i++) therapists.push(await createStaff(api, clinic, 'THERAPIST', `Bench Therapist ${i}`));
        const therapistIds = (
          await client.query(`SELECT id FROM "Therapist" WHERE "clinicId" = $1 ORDER BY id`, [clinic.clinicId])
        ).rows.map((r) => r.id);
        const serviceTypeIds: string[] = [];
        for (const modality of ['SWEDISH', 'DEEP_TISSUE', 'MYOFASCIAL_RELEASE']) {
          const row = await client.query(
            `INSERT INTO "ServiceType" (id, "clinicId", name, modality, "durationMinutes", "updatedAt") VALUES (gen_random_uuid(), $1, $2::text, $2::text::"Modality", 50, now()) RETURNING id`,
            [clinic.clinicId, modality],
          );
          serviceTypeIds.push(row.rows[0].id);
        }
        const started = performance.now();
        await generate(client, clinic.clinicId, clinic.owner.id, therapistIds, serviceTypeIds);
        console.log(`generated in ${Math.round(performance.now() - started)} ms`);
        setup = { clinicId: clinic.clinicId, ownerToken: clinic.owner.token, therapistToken: therapists[0]!.token, therapistIds };
      }
      const { clinicId, ownerToken, therapistToken, therapistIds } = setup;
      const counts = (
        await client.query(
          `SELECT (SELECT count(*) FROM "Assessment" WHERE "clinicId" = $1) AS a, (SELECT count(*) FROM "Session" WHERE "clinicId" = $1) AS s`,
          [clinicId],
        )
      ).rows[0];
      console.log(`clinic with ${Number(counts.a).toLocaleString('en')} assessments and ${Number(counts.s).toLocaleString('en')} sessions`);

      const whole = await time(api, ownerToken, {});
      const month = await time(api, ownerToken, { from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' });
      const therapist = await time(api, ownerToken, { therapistId: therapistIds[0], instrument: 'ODI' });
      const therapistView = await time(api, therapistToken, {}, 3);
      console.log(
        [
          `clinicOutcomes, whole clinic:          median ${whole.median} ms (${whole.all.join(', ')})`,
          `clinicOutcomes, one month of baselines: median ${month.median} ms (${month.all.join(', ')})`,
          `clinicOutcomes, one therapist, ODI:     median ${therapist.median} ms (${therapist.all.join(', ')})`,
          `clinicOutcomes, as a therapist:         median ${therapistView.median} ms (${therapistView.all.join(', ')})`,
          `whole clinic ODI: ${JSON.stringify(whole.result.measures.find((m) => m.instrument === 'ODI'))}`,
        ].join('\n'),
      );
      expect(whole.result.measures.find((m) => m.instrument === 'ODI')!.episodes).toBeGreaterThan(0);

      for (const [label, filter] of [
        ['whole clinic', {}],
        ['one month', { from: new Date('2020-01-01T00:00:00Z'), to: new Date('2020-02-01T00:00:00Z') }],
      ] as const) {
        const sql = aggregateSql(
          outcomeQuery(clinicId, INSTRUMENT_CODES, {
            from: 'from' in filter ? filter.from : null,
            to: 'to' in filter ? filter.to : null,
            therapistId: null,
            modality: null,
            restrictToTherapistUserId: null,
          }),
        );
        const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql.text}`, sql.values as unknown[]);
        console.log(`EXPLAIN ANALYZE, ${label}:\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
      }
    } finally {
      await client.end();
      await api.close();
    }
  });
});
