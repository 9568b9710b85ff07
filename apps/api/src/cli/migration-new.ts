// npm run db:migration:new -- <name> — writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL that takes the last migrated schema to prisma/schema.prisma, plus a snapshot of the schema
// so the next migration (and the drift test) can diff against it. Nothing is written to any database.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../config/paths.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { SCHEMA_SNAPSHOT, defaultMigrationPaths, isEmptyMigration, pendingSchemaDiff } from '../database/migrator.js';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:migration:new -- <name>   (lowercase letters, digits and underscores)');
  process.exit(2);
}
const paths = defaultMigrationPaths(repoRoot());
const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(await mkdtemp(path.join(os.tmpdir(), 'backtrack-diff-')));
let sql: string;
try {
  sql = await pendingSchemaDiff(process.env.DATABASE_URL ?? embedded!.url('postgres'), paths);
} finally {
  await embedded?.stop();
}
if (isEmptyMigration(sql)) {
  console.log('prisma/schema.prisma matches the last migration: nothing to generate.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(paths.migrationsDir, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, 'migration.sql'), sql);
await writeFile(path.join(dir, SCHEMA_SNAPSHOT), await readFile(paths.schemaPath, 'utf8'));
await writeFile(path.join(paths.migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
console.log(
  `Wrote ${path.relative(process.cwd(), dir)}/migration.sql — append any constraint Prisma cannot express (exclusion, partial unique, check) by hand below the generated SQL.`,
);
