// `npm start`: configuration, database (embedded unless DATABASE_URL), migrations, demo data on an
// empty database, then the API and admin on PORT. SIGINT/SIGTERM close everything cleanly.
import 'reflect-metadata';
import { ConfigError, loadConfig, type AppConfig } from './config/config.js';
import { log } from './common/logger.js';
import { prepareDatabase } from './database/prepare-database.js';
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
log().info({ url: `http://localhost:${config.port}`, embeddedDatabase: database.embedded !== null }, 'Backtrack is running');

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
