// Resolves the database for this process: DATABASE_URL when set, else an embedded PostgreSQL whose
// data lives in DATA_DIR. Applies migrations either way.
import type { AppConfig } from '../config/config.js';
import { repoRoot } from '../config/paths.js';
import { errorMessage } from '../common/error-message.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { applyMigrations, defaultMigrationPaths } from './migrator.js';

export interface PreparedDatabase {
  url: string;
  embedded: EmbeddedDatabase | null;
  appliedMigrations: string[];
}

/** A start-up failure with its cause in words, for the one line main.ts prints. */
export class DatabaseStartError extends Error {}

export async function prepareDatabase(config: AppConfig, embeddedPort?: number): Promise<PreparedDatabase> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(config.dataDir, embeddedPort).catch((error: unknown) => {
        throw new DatabaseStartError(`the embedded PostgreSQL in ${config.dataDir} did not start: ${errorMessage(error)}`);
      });
  try {
    const url = config.databaseUrl ?? (await embedded!.createDatabase('backtrack'));
    const appliedMigrations = await applyMigrations(url, defaultMigrationPaths(repoRoot()));
    return { url, embedded, appliedMigrations };
  } catch (error) {
    await embedded?.stop();
    const where = config.databaseUrl ? 'DATABASE_URL' : 'the embedded PostgreSQL';
    throw new DatabaseStartError(`could not migrate ${where}: ${errorMessage(error)}`);
  }
}
