// `npm start`: configuration, database (embedded unless DATABASE_URL), migrations, demo data on an
// empty database, then the API and admin on PORT. SIGINT/SIGTERM close everything cleanly.
import 'reflect-metadata';
import { ConfigError, loadConfig, type AppConfig } from './config/config.js';
import { log } from './common/logger.js';
import { prepareDatabase } from './database/prepare-database.js';
import { DEMO_PASSWORD, DEMO_STAFF } from './seed/demo-accounts.js';
import { seedDemoClinicIfEmpty } from './seed/demo-seed.js';
import { createServer } from './server.js';

let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error — ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const database = await prepareDatabase(config);
if (database.appliedMigrations.length) log().info({ migrations: database.appliedMigrations }, 'migrations applied');
if (config.seedDemo) {
  const seeded = await seedDemoClinicIfEmpty(database.url);
  if (seeded) log().info('demo clinic created (see README for the demo accounts)');
}
const server = await createServer(config, database.url);
const url = `http://localhost:${config.port}`;
log().info({ url, embeddedDatabase: database.embedded !== null }, 'Backtrack is running');
// One plain line for the person who ran `npm start`, whatever the log level.
const demo = config.seedDemo ? `; demo accounts ${DEMO_STAFF.map((s) => s.email).join(', ')} (password ${DEMO_PASSWORD})` : '';
console.log(`Backtrack is running at ${url}${demo}`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log().info({ signal }, 'shutting down');
  await server.close();
  await database.embedded?.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
