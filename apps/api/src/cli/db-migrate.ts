// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded PostgreSQL in
// DATA_DIR when DATABASE_URL is not set.
import { loadConfig } from '../config/config.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { applyMigrations, defaultMigrationPaths } from '../database/migrator.js';
import { repoRoot } from '../config/paths.js';

const config = loadConfig();
const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
try {
  const url = config.databaseUrl ?? (await embedded!.createDatabase('backtrack'));
  const applied = await applyMigrations(url, defaultMigrationPaths(repoRoot()));
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
} finally {
  await embedded?.stop();
}
