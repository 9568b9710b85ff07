// The scale seed (npm run seed -- --scale …) at its tiny size, loaded twice into fresh databases with
// the same seed and `now`: the same rows both times, a schedule without overlaps inside working
// hours with the documented status mix, valid scores, EpisodeMeasure equal to a recompute, row-level
// security forced again, and a seeded owner who signs in through the API.
import { scoreResponses, type Instrument } from '@backtrack/domain';
import pg from 'pg';
import { hashPassword } from '../../src/auth/password-hasher.js';
import { repoRoot } from '../../src/config/paths.js';
import { applyMigrations, defaultMigrationPaths } from '../../src/database/migrator.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { episodeMeasureUpsertSql } from '../../src/outcomes/episode-measure.repository.js';
import { DEMO_PASSWORD } from '../../src/seed/demo-accounts.js';
import { generateClinic } from '../../src/seed/scale/generate.js';
import { loadScaleSeed, SeedRefusedError, type LoadSummary } from '../../src/seed/scale/load.js';
import { SCALES } from '../../src/seed/scale/presets.js';
import { startApi, testDatabaseUrl } from '../support/api.js';
import { login } from '../support/factories.js';

const NOW = new Date('2026-12-02T15:30:00Z');
const SEED = 7;
const ACTIVE = `('BOOKED', 'CHECKED_IN', 'COMPLETED')`;

describe('scale seed (tiny)', () => {
  const adminUrl = (process.env.BACKTRACK_TEST_PG_ADMIN ?? testDatabaseUrl()).replace(/\/[^/]+$/, '/postgres');
  const names = ['scale_seed_a', 'scale_seed_b'];
  const urls = names.map((name) => adminUrl.replace(/\/[^/]+$/, `/${name}`));
  let admin: pg.Client;
  let db: pg.Client;
  const summaries: LoadSummary[] = [];
  const ctx = { seed: SEED, now: NOW, preset: SCALES.tiny, passwordHash: '' };

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    ctx.passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const [i, name] of names.entries()) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
      await applyMigrations(urls[i]!, defaultMigrationPaths(repoRoot()));
      summaries.push(await loadScaleSeed(urls[i]!, ctx));
    }
    db = new pg.Client({ connectionString: urls[0] });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    for (const name of names) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  const rows = async <T extends pg.QueryResultRow = Record<string, unknown>>(q: string, client = db) => (await client.query<T>(q)).rows;
  const one = async (q: string, client = db) => (await rows<{ n: number }>(q, client))[0]!.n;

  it('gives the same rows for the same seed and now, and other rows for another seed', async () => {
    const counts = summaries.map((s) => s.tables.map((t) => `${t.table}:${t.rows}`));
    expect(counts[1]).toEqual(counts[0]);
    const sessions = Object.fromEntries(summaries[0]!.tables.map((t) => [t.table, t.rows]));
    expect(sessions.Session).toBeGreaterThan(250);
    expect(sessions.Assessment).toBeGreaterThan(100);
    const checksum = `SELECT md5(string_agg(concat_ws('|', s.id, s."patientId", s."therapistId", s.status, s."startsAt", s."cancelledAt",
                              a.id, a.instrument, a.responses::text, a.score, a."takenAt"), ',' ORDER BY s.id, a.id)) AS n
                         FROM "Session" s LEFT JOIN "Assessment" a ON a."sessionId" = s.id`;
    const other = new pg.Client({ connectionString: urls[1] });
    await other.connect();
    try {
      expect(await one(checksum, other)).toEqual(await one(checksum, db));
    } finally {
      await other.end();
    }
    const first = generateClinic(ctx, 0).Session;
    expect(generateClinic(ctx, 0).Session).toEqual(first);
    expect(generateClinic({ ...ctx, seed: SEED + 1 }, 0).Session).not.toEqual(first);
  });

  it('refuses a database that already has clinics', async () => {
    await expect(loadScaleSeed(urls[0]!, ctx)).rejects.toThrow(SeedRefusedError);
  });

  it('books no overlapping active sessions, all inside working hours', async () => {
    for (const key of ['therapistId', 'patientId', 'roomId']) {
      expect(
        await one(`SELECT count(*)::int AS n FROM "Session" a JOIN "Session" b
                     ON a."clinicId" = b."clinicId" AND a."${key}" = b."${key}" AND a.id < b.id
                    AND tstzrange(a."startsAt", a."blockedUntil") && tstzrange(b."startsAt", b."blockedUntil")
                  WHERE a.status IN ${ACTIVE} AND b.status IN ${ACTIVE}`),
      ).toBe(0);
    }
    expect(
      await one(`SELECT count(*)::int AS n FROM "Session" s JOIN "Clinic" c ON c.id = s."clinicId"
                  WHERE NOT EXISTS (SELECT 1 FROM "WorkingHours" w WHERE w."therapistId" = s."therapistId"
                          AND w.weekday = extract(isodow FROM s."startsAt" AT TIME ZONE c.timezone)
                          AND (s."startsAt" AT TIME ZONE c.timezone)::time >= w."startTime"::time
                          AND (s."blockedUntil" AT TIME ZONE c.timezone)::time <= w."endTime"::time)`),
    ).toBe(0);
  });

  it('mixes statuses as documented: 10% cancelled (a third late), 5% no-shows, nothing past still booked', async () => {
    const [mix] = await rows<{ total: number; cancelled: number; late: number; noshow: number; pastbooked: number }>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
              count(*) FILTER (WHERE "lateCancel")::int AS late, count(*) FILTER (WHERE status = 'NO_SHOW')::int AS noshow,
              count(*) FILTER (WHERE status = 'BOOKED' AND "startsAt" < '${NOW.toISOString()}')::int AS pastbooked
         FROM "Session"`,
    );
    const { total, cancelled, late, noshow, pastbooked } = mix!;
    expect(cancelled / total).toBeGreaterThan(0.05);
    expect(cancelled / total).toBeLessThan(0.16);
    expect(late / cancelled).toBeGreaterThan(0.1);
    expect(late / cancelled).toBeLessThan(0.65);
    expect(noshow / total).toBeGreaterThan(0.01);
    expect(noshow / total).toBeLessThan(0.1);
    expect(pastbooked).toBe(0);
    expect(await one(`SELECT count(*)::int AS n FROM "Session" WHERE status = 'BOOKED'`)).toBeGreaterThan(0);
    expect(
      await one(
        `SELECT count(DISTINCT "seriesId")::int AS n FROM "Session" s JOIN "SessionSeries" r ON r.id = s."seriesId" WHERE r.interval = 4`,
      ),
    ).toBeGreaterThan(0);
  });

  it('stores scores its instruments give, from patients and clinicians, and EpisodeMeasure equal to a recompute', async () => {
    const assessments = await rows<{
      instrument: Instrument;
      responses: (number | null)[];
      score: number;
      normalized: number;
      scoreExact: number;
      normalizedExact: number;
    }>(`SELECT instrument, responses, score, normalized, "scoreExact", "normalizedExact" FROM "Assessment"`);
    for (const a of assessments) {
      const scored = scoreResponses(a.instrument, a.responses);
      expect([a.score, a.normalized, a.scoreExact, a.normalizedExact]).toEqual([
        scored.score,
        scored.normalized,
        scored.exact.score,
        scored.exact.normalized,
      ]);
    }
    const sources = Object.fromEntries(
      (await rows<{ source: string; n: number }>(`SELECT source::text, count(*)::int AS n FROM "Assessment" GROUP BY 1`)).map((r) => [
        r.source,
        r.n,
      ]),
    );
    expect(sources.PATIENT_REPORTED).toBeGreaterThan(0);
    expect(sources.CLINICIAN_ENTERED).toBeGreaterThan(0);
    expect(
      await one(`SELECT count(*)::int AS n FROM "Assessment" a JOIN "QuestionnaireRequest" q ON q.id = a."questionnaireRequestId"
                  WHERE q.status <> 'ANSWERED' OR a."takenAt" <> q."answeredAt"`),
    ).toBe(0);
    expect(await one(`SELECT count(*)::int AS n FROM "Message" WHERE kind = 'QUESTIONNAIRE'`)).toBeGreaterThan(0);
    // Most episodes with a follow-up improve on their baseline.
    const [trend] = await rows<{ better: number; all: number }>(
      `SELECT count(*) FILTER (WHERE "latestNormalized" < "baselineNormalized")::int AS better, count(*)::int AS all
         FROM "EpisodeMeasure" WHERE "latestAt" IS NOT NULL`,
    );
    expect(trend!.better / trend!.all).toBeGreaterThan(0.5);
    expect(trend!.better).toBeLessThan(trend!.all);

    const measures = `SELECT * FROM "EpisodeMeasure" ORDER BY "clinicId", "episodeId", instrument`;
    const loaded = await rows(measures);
    expect(loaded.length).toBeGreaterThan(20);
    await db.query('BEGIN');
    try {
      await db.query(`DELETE FROM "EpisodeMeasure"`);
      const recompute = episodeMeasureUpsertSql(Prisma.sql`true`);
      await db.query(recompute.text, recompute.values as unknown[]);
      expect(await rows(measures)).toEqual(loaded);
    } finally {
      await db.query('ROLLBACK');
    }
  });

  it('leaves row-level security forced, and a seeded owner signs in through the API', async () => {
    expect(await one(`SELECT count(*)::int AS n FROM pg_class WHERE relname = 'Session' AND relforcerowsecurity`)).toBe(1);
    // The indexes and exclusion constraints set aside for the load are back, as the migrations define them.
    const catalog = `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`;
    const migrated = new pg.Client({ connectionString: testDatabaseUrl() });
    await migrated.connect();
    try {
      expect(await rows(catalog)).toEqual(await rows(catalog, migrated));
    } finally {
      await migrated.end();
    }
    expect(await one(`SELECT count(*)::int AS n FROM pg_constraint WHERE conrelid = '"Session"'::regclass AND contype = 'x'`)).toBe(3);
    const api = await startApi({ DATABASE_URL: urls[0]! });
    try {
      expect(await login(api, 'owner@clinic01.scale.backtrack.app', DEMO_PASSWORD)).toEqual(expect.any(String));
      expect(await login(api, 'therapist002@clinic02.scale.backtrack.app', DEMO_PASSWORD)).toEqual(expect.any(String));
    } finally {
      await api.close();
    }
  });
});
