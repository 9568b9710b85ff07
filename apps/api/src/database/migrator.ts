// Applies and generates Prisma migrations with Prisma's WebAssembly schema engine, so migrations run
// offline and inside the API process (the native engine binary is a download this project avoids).
// The result is identical to `prisma migrate deploy`: the same SQL files, recorded in _prisma_migrations.
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

// @types/node does not declare the WebAssembly global that Node provides.
declare const WebAssembly: {
  compile(bytes: Uint8Array): Promise<unknown>;
  instantiate(module: unknown, imports: Record<string, unknown>): Promise<{ exports: Record<string, unknown> }>;
};
const NO_FILTERS = { externalTables: [], externalEnums: [] };

export const SCHEMA_SNAPSHOT = 'schema.prisma.snapshot';

export interface SchemaEngineHandle {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
}

let glue: Promise<{ SchemaEngine: { new: (...args: unknown[]) => Promise<SchemaEngineHandle> } }> | undefined;

async function loadEngine(root: string) {
  glue ??= (async () => {
    const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const resolver = createRequire(path.join(root, 'package.json'));
    const wasmPath = path.join(path.dirname(resolver.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
    const module = await WebAssembly.compile(await readFile(wasmPath));
    const instance = await WebAssembly.instantiate(module, { './schema_engine_bg.js': bg });
    (bg as unknown as { __wbg_set_wasm(e: unknown): void }).__wbg_set_wasm(instance.exports);
    (instance.exports as unknown as { __wbindgen_start(): void }).__wbindgen_start();
    return bg as unknown as { SchemaEngine: { new: (...args: unknown[]) => Promise<SchemaEngineHandle> } };
  })();
  return glue;
}

async function openEngine(databaseUrl: string, schemaPath: string, schemaText: string): Promise<SchemaEngineHandle> {
  const { SchemaEngine } = await loadEngine(path.resolve(path.dirname(schemaPath), '..'));
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  const log = () => undefined;
  return SchemaEngine.new({ datamodels: [[schemaPath, schemaText]] }, log, adapter);
}

export interface MigrationPaths {
  schemaPath: string;
  migrationsDir: string;
}

export function defaultMigrationPaths(root: string): MigrationPaths {
  return { schemaPath: path.join(root, 'prisma/schema.prisma'), migrationsDir: path.join(root, 'prisma/migrations') };
}

async function listMigrationDirs(migrationsDir: string): Promise<string[]> {
  const names = await readdir(migrationsDir).catch(() => [] as string[]);
  const dirs: string[] = [];
  for (const name of names.sort()) {
    if ((await stat(path.join(migrationsDir, name))).isDirectory()) dirs.push(name);
  }
  return dirs;
}

/**
 * True when every migration folder is recorded as finished (and not rolled back) in _prisma_migrations
 * with the checksum of its file as it is now; anything else goes to the engine, which reports it.
 */
export async function migrationsUpToDate(databaseUrl: string, paths: MigrationPaths): Promise<boolean> {
  const dirs = await listMigrationDirs(paths.migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`);
    if (!table.rows[0]?.present) return false;
    const done = await client.query<{ name: string; checksum: string }>(
      `SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(done.rows.map((row) => [row.name, row.checksum]));
    for (const dir of dirs) {
      const sql = await readFile(path.join(paths.migrationsDir, dir, 'migration.sql'));
      if (applied.get(dir) !== createHash('sha256').update(sql).digest('hex')) return false;
    }
    return true;
  } finally {
    await client.end();
  }
}

/** Applies every pending migration in order; returns the names applied. */
export async function applyMigrations(databaseUrl: string, paths: MigrationPaths): Promise<string[]> {
  // Replicas of a rolling start would otherwise queue on the engine's advisory lock (10 s timeout)
  // only to find nothing to do.
  if (await migrationsUpToDate(databaseUrl, paths)) return [];
  const dirs = await listMigrationDirs(paths.migrationsDir);
  const schemaText = await readFile(paths.schemaPath, 'utf8');
  const engine = await openEngine(databaseUrl, paths.schemaPath, schemaText);
  const migrationDirectories = await Promise.all(
    dirs.map(async (dir) => ({
      path: dir,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: await readFile(path.join(paths.migrationsDir, dir, 'migration.sql'), 'utf8') },
      },
    })),
  );
  const lockPath = path.join(paths.migrationsDir, 'migration_lock.toml');
  const lockContent = await readFile(lockPath, 'utf8').catch(() => null);
  const result = await engine.applyMigrations({
    migrationsList: {
      baseDir: paths.migrationsDir,
      lockfile: { path: 'migration_lock.toml', content: lockContent },
      shadowDbInitScript: '',
      migrationDirectories,
    },
    filters: NO_FILTERS,
  });
  return result.appliedMigrationNames;
}

/** The schema as of the newest migration (each migration folder keeps a snapshot), or null if none. */
export async function lastMigratedSchema(paths: MigrationPaths): Promise<string | null> {
  const dirs = await listMigrationDirs(paths.migrationsDir);
  const last = dirs.at(-1);
  return last ? readFile(path.join(paths.migrationsDir, last, SCHEMA_SNAPSHOT), 'utf8') : null;
}

/** SQL that takes a database from the last migrated schema to the current schema.prisma. */
// The engine opens a connection when it starts, although a datamodel-to-datamodel diff reads nothing.
export async function pendingSchemaDiff(databaseUrl: string, paths: MigrationPaths): Promise<string> {
  const schemaText = await readFile(paths.schemaPath, 'utf8');
  const previous = await lastMigratedSchema(paths);
  const engine = await openEngine(databaseUrl, paths.schemaPath, schemaText);
  const from = previous === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: paths.schemaPath, content: previous }] };
  const result = await engine.diff({
    from,
    to: { tag: 'schemaDatamodel', files: [{ path: paths.schemaPath, content: schemaText }] },
    script: true,
    exitCode: null,
    filters: NO_FILTERS,
  });
  return result.stdout ?? '';
}

export function isEmptyMigration(sql: string): boolean {
  return sql.includes('This is an empty migration') || sql.trim() === '';
}
