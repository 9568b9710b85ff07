// The demo seed's schedule, on a fresh database: hours, rooms, services and a week of sessions around
// "now" in every state, with notes on completed sessions and nothing overlapping.
import pg from 'pg';
import { repoRoot } from '../../src/config/paths.js';
import { applyMigrations, defaultMigrationPaths } from '../../src/database/migrator.js';
import { seedDemoClinicIfEmpty } from '../../src/seed/demo-seed.js';
import { testDatabaseUrl } from '../support/api.js';

describe('demo schedule seed', () => {
  const adminUrl = (process.env.BACKTRACK_TEST_PG_ADMIN ?? testDatabaseUrl()).replace(/\/[^/]+$/, '/postgres');
  const name = 'demo_schedule_seed';
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

  it('seeds a realistic, conflict-free week around today', async () => {
    expect(await seedDemoClinicIfEmpty(url)).toBe(true);
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      const one = async (q: string) => (await db.query(q)).rows;
      // The schedule seed's week (local days -4..+4); the outcomes seed adds older history of its own.
      const WEEK = `"startsAt" > now() - interval '5 days'`;
      expect(await one(`SELECT count(*)::int AS n FROM "Room"`)).toEqual([{ n: 3 }]);
      expect(await one(`SELECT count(*)::int AS n FROM "ServiceType"`)).toEqual([{ n: 5 }]);
      const hours = await one(
        `SELECT t."displayName", count(*)::int AS n, bool_or(w.weekday = 6) AS saturday FROM "WorkingHours" w JOIN "Therapist" t ON t.id = w."therapistId" GROUP BY 1 ORDER BY 1`,
      );
      expect(hours).toEqual([
        { displayName: 'Maya Chen', n: 11, saturday: true },
        { displayName: 'Sam Okafor', n: 10, saturday: false },
      ]);
      const statuses = Object.fromEntries(
        (await one(`SELECT status::text, count(*)::int AS n FROM "Session" WHERE ${WEEK} GROUP BY 1`)).map((r) => [r.status, r.n]),
      );
      expect(statuses.COMPLETED).toBeGreaterThan(5);
      expect(statuses.BOOKED).toBeGreaterThan(5);
      expect(statuses.NO_SHOW).toBe(1);
      expect(statuses.CANCELLED).toBeGreaterThanOrEqual(1);
      expect(await one(`SELECT count(*)::int AS n FROM "Session" WHERE "lateCancel" AND ${WEEK}`)).toEqual([{ n: 1 }]);
      expect(
        await one(
          `SELECT count(*)::int AS n FROM "Session" s LEFT JOIN "TreatmentNote" n ON n."sessionId" = s.id WHERE s.status = 'COMPLETED' AND n.id IS NULL AND s.${WEEK}`,
        ),
      ).toEqual([{ n: 0 }]);
      expect(await one(`SELECT count(*)::int AS n FROM "Session" WHERE "startsAt" < now() AND status = 'BOOKED'`)).toEqual([{ n: 0 }]);
      expect(await one(`SELECT count(*)::int AS n FROM "Session" WHERE "episodeId" IS NULL`)).toEqual([{ n: 0 }]);
    } finally {
      await db.end();
    }
  });
});
