// The demo clinic's questionnaires at home, as `npm start` creates them on a fresh database: answered
// and unanswered requests with a realistic capture rate, the answers stored as patient-reported
// assessments of their episodes, and open requests whose links work on the patient page.
import pg from 'pg';
import { repoRoot } from '../../src/config/paths.js';
import { applyMigrations, defaultMigrationPaths } from '../../src/database/migrator.js';
import { DemoQuestionnairesSeeder } from '../../src/questionnaires/demo-questionnaires.seeder.js';
import { seedDemoClinicIfEmpty } from '../../src/seed/demo-seed.js';
import { graphql } from '../graphql/index.js';
import { startApi, testDatabaseUrl, type TestApi } from '../support/api.js';

const VIEW = graphql(`
  query DemoQuestionnaireView($token: String!) {
    questionnaireByLink(token: $token) {
      status
      instruments
      clinicName
    }
  }
`);

describe('demo questionnaires', () => {
  const adminUrl = (process.env.BACKTRACK_TEST_PG_ADMIN ?? testDatabaseUrl()).replace(/\/[^/]+$/, '/postgres');
  const name = 'demo_questionnaires_seed';
  const url = adminUrl.replace(/\/[^/]+$/, `/${name}`);
  let admin: pg.Client;
  let db: pg.Client;
  let api: TestApi;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await applyMigrations(url, defaultMigrationPaths(repoRoot()));
    expect(await seedDemoClinicIfEmpty(url)).toBe(true);
    api = await startApi({ DATABASE_URL: url, PUBLIC_URL: 'https://demo.example.test' });
    db = new pg.Client({ connectionString: url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await api?.close();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('answers most requests, leaves some to expire and some open, with working links', async () => {
    const counts = await api.server.app.get(DemoQuestionnairesSeeder).seedAll();
    const byStatus = Object.fromEntries(
      (
        await db.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM "QuestionnaireRequest" GROUP BY status`)
      ).rows.map((r) => [r.status, r.n]),
    );
    expect(byStatus.ANSWERED).toBe(counts.answered);
    expect(byStatus.EXPIRED).toBe(counts.expired);
    expect(counts.requested).toBeGreaterThanOrEqual(15);
    expect(counts.expired).toBeGreaterThanOrEqual(2);
    // A realistic capture: most patients answer, not all
    const answeredShare = counts.answered / (counts.answered + counts.expired);
    expect(answeredShare).toBeGreaterThan(0.5);
    expect(answeredShare).toBeLessThan(0.9);
    expect(byStatus.PENDING ?? 0).toBeGreaterThanOrEqual(1);

    // Every answer is a patient-reported assessment of the request's episode, taken while it was open
    const orphans = await db.query(
      `SELECT a.id FROM "Assessment" a JOIN "QuestionnaireRequest" q ON q.id = a."questionnaireRequestId"
        WHERE a.source = 'PATIENT_REPORTED' AND (q.status <> 'ANSWERED' OR a."episodeId" <> q."episodeId"
              OR a."takenAt" < q."sendAt" OR a."takenAt" >= q."expiresAt" OR a."recordedById" IS NOT NULL)`,
    );
    expect(orphans.rows).toEqual([]);
    const answeredWithout = await db.query(
      `SELECT q.id FROM "QuestionnaireRequest" q WHERE q.status = 'ANSWERED'
          AND NOT EXISTS (SELECT 1 FROM "Assessment" a WHERE a."questionnaireRequestId" = q.id)`,
    );
    expect(answeredWithout.rows).toEqual([]);

    // Answered requests sent no reminder after the answer; everything due has gone out to the outbox
    const late = await db.query(
      `SELECT m.id FROM "Message" m JOIN "QuestionnaireRequest" q ON q.id = m."questionnaireRequestId"
        WHERE (q.status = 'ANSWERED' AND m.status = 'SENT' AND m."sendAt" > q."answeredAt")
           OR (m.status = 'SCHEDULED' AND m."sendAt" <= now())`,
    );
    expect(late.rows).toEqual([]);

    // An open request's link opens its questionnaire on the patient page
    const { rows } = await db.query<{ text: string }>(
      `SELECT m.text FROM "Message" m JOIN "QuestionnaireRequest" q ON q.id = m."questionnaireRequestId"
        WHERE q.status = 'PENDING' AND m.status IN ('SENT', 'SCHEDULED') ORDER BY m."sendAt" LIMIT 1`,
    );
    const token = /\/p\/questionnaire\?token=([\w.-]+)/.exec(rows[0]!.text)![1]!;
    const view = await api.gql(VIEW, { token });
    expect(view.errors).toBeUndefined();
    expect(view.data?.questionnaireByLink).toMatchObject({ status: 'PENDING', clinicName: expect.any(String) });
  });
});
