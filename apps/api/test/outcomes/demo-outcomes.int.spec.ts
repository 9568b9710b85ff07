// The demo seed's clinical history, on a fresh database: every stored score is the domain's score of
// the stored responses, and the trajectories give every chart something true to show.
import pg from 'pg';
import { changeBetween, scoreResponses, validateItemLabels, type Instrument } from '@backtrack/domain';
import { repoRoot } from '../../src/config/paths.js';
import { applyMigrations, defaultMigrationPaths } from '../../src/database/migrator.js';
import { seedDemoClinicIfEmpty } from '../../src/seed/demo-seed.js';
import { testDatabaseUrl } from '../support/api.js';

describe('demo outcomes seed', () => {
  const adminUrl = (process.env.BACKTRACK_TEST_PG_ADMIN ?? testDatabaseUrl()).replace(/\/[^/]+$/, '/postgres');
  const name = 'demo_outcomes_seed';
  const url = adminUrl.replace(/\/[^/]+$/, `/${name}`);
  let admin: pg.Client;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await applyMigrations(url, defaultMigrationPaths(repoRoot()));
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('stores domain-scored assessments along improving, unchanged, worse and dropped-out courses', async () => {
    expect(await seedDemoClinicIfEmpty(url)).toBe(true);
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      const rows = (
        await db.query(`SELECT a."episodeId", a.instrument::text, a.responses, a."itemLabels", a.score, a.normalized, a."takenAt", e."dischargedAt" IS NULL AS open
                                      FROM "Assessment" a JOIN "EpisodeOfCare" e ON e.id = a."episodeId" ORDER BY a."takenAt"`)
      ).rows;
      expect(rows.length).toBeGreaterThan(60);
      for (const r of rows) expect(scoreResponses(r.instrument, r.responses)).toMatchObject({ score: r.score, normalized: r.normalized });
      // PSFS rows carry the activities the patient named, as the API would have required.
      for (const r of rows) expect(validateItemLabels(r.instrument, r.responses.length, r.itemLabels)).toEqual([]);

      const courses = new Map<string, { instrument: Instrument; points: { score: number; normalized: number }[] }>();
      for (const r of rows.filter((row) => row.open)) {
        const key = `${r.episodeId} ${r.instrument}`;
        if (!courses.has(key)) courses.set(key, { instrument: r.instrument, points: [] });
        courses.get(key)!.points.push(r);
      }
      const kinds = { claim: 0, meaningfulOnly: 0, unchanged: 0, worse: 0, dropout: 0 };
      for (const { instrument, points } of courses.values()) {
        if (points.length === 1) {
          kinds.dropout++;
          continue;
        }
        const change = changeBetween(instrument, points[0]!, points[points.length - 1]!);
        if (change.meetsClaim) kinds.claim++;
        else if (change.meaningful) kinds.meaningfulOnly++;
        else if ((change.changePercent ?? 0) < 0) kinds.worse++;
        else kinds.unchanged++;
      }
      for (const count of Object.values(kinds)) expect(count).toBeGreaterThanOrEqual(2);
      expect(new Set(rows.map((r) => r.instrument))).toEqual(new Set(['NPRS', 'PEG', 'ODI', 'NDI', 'RMDQ', 'PSFS']));

      // Session numbers have something to count: completed sessions in every open episode with scores.
      const sessions = (
        await db.query(
          `SELECT count(*)::int AS n FROM "Session" s WHERE s.status = 'COMPLETED' AND s."episodeId" IN (SELECT "episodeId" FROM "Assessment")`,
        )
      ).rows[0].n;
      expect(sessions).toBeGreaterThan(50);
      const clearance = (await db.query(`SELECT "clearanceStatus"::text AS s, count(*)::int AS n FROM "Patient" GROUP BY 1 ORDER BY 1`))
        .rows;
      expect(clearance).toEqual([
        { s: 'CLEARED', n: 2 },
        { s: 'NOT_REQUIRED', n: 10 },
      ]);
    } finally {
      await db.end();
    }
  });
});
