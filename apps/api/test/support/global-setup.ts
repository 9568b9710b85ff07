// One real PostgreSQL for the whole API test run (embedded, in a temporary folder), migrated once.
// Tests isolate themselves with unique data (each signs up its own clinic), not with mocks.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
// Jest's global setup resolves modules without the suite's moduleNameMapper, so the sources are
// required by their .ts paths (the swc transform still applies), and their own relative `.js`
// imports are resolved to the `.ts` beside them here.
const Module = require('node:module') as { _resolveFilename(request: string, ...rest: unknown[]): string };
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request: string, ...rest: unknown[]) {
  try {
    return resolveFilename.call(this, request, ...rest);
  } catch (error) {
    if (!/^\.\.?\/.*\.js$/.test(request)) throw error;
    return resolveFilename.call(this, request.replace(/\.js$/, '.ts'), ...rest);
  }
};
const { startEmbeddedPostgres } =
  require('../../src/database/embedded-postgres.ts') as typeof import('../../src/database/embedded-postgres.js');
const { applyMigrations, defaultMigrationPaths } =
  require('../../src/database/migrator.ts') as typeof import('../../src/database/migrator.js');
const { repoRoot } = require('../../src/config/paths.ts') as typeof import('../../src/config/paths.js');
const { MIGRATION_APPLICATION_NAME, STATEMENT_LOG_SETTINGS, statementLogPath, withApplicationName, writeCapture } =
  require('../tenancy/capture.ts') as typeof import('../tenancy/capture.js');

declare global {
  var __BACKTRACK_PG__: { stop(): Promise<void> } | undefined;
  /** The test cluster's statement log, condensed by the global teardown for the tenancy audit. */
  var __BACKTRACK_STATEMENT_LOG__: string | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) {
    process.env.BACKTRACK_TEST_DB = process.env.TEST_DATABASE_URL;
    await applyMigrations(process.env.TEST_DATABASE_URL, defaultMigrationPaths(repoRoot()));
    // Another server's log is out of reach: the tenancy audit then says it has nothing to check.
    await writeCapture({
      capturedAt: new Date().toISOString(),
      command: ['jest', ...process.argv.slice(2)].join(' '),
      notCaptured: 'the suite ran against TEST_DATABASE_URL, whose statements are not logged here',
      executedByApplication: {},
      statements: [],
    });
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backtrack-test-'));
  // This cluster only (not npm start's) logs every statement, for the tenancy audit (test/tenancy).
  const pg = await startEmbeddedPostgres(dir, undefined, { settings: STATEMENT_LOG_SETTINGS });
  globalThis.__BACKTRACK_PG__ = pg;
  globalThis.__BACKTRACK_STATEMENT_LOG__ = statementLogPath(path.join(dir, 'postgres'));
  const url = await pg.createDatabase('backtrack_test');
  await applyMigrations(withApplicationName(url, MIGRATION_APPLICATION_NAME), defaultMigrationPaths(repoRoot()));
  process.env.BACKTRACK_TEST_DB = url;
  process.env.BACKTRACK_TEST_PG_ADMIN = pg.url('postgres');
}
