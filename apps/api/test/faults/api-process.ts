// The built API (dist/main.js) as a child process, as `npm start` runs it, and what the fault tests
// look at from outside: its output, its exit, /health, and the embedded PostgreSQL's postmaster.pid.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { GqlResult, TestApi } from '../support/api.js';

const MAIN = path.join(__dirname, '../../dist/main.js');

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  dataDir: string;
  /** The factories of test/support talk to this process through it (only `url`, `gql` and `rawGql` are real). */
  api: TestApi;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// Every API process spawned, so that cleanUp() also finds those whose start failed.
const children = new Set<ChildProcess>();

export const tempDataDir = () => mkdtemp(path.join(os.tmpdir(), 'backtrack-faults-'));

/** Spawns the API and resolves once it printed its "running" line; rejects with its output if it exits or hangs first. */
export async function spawnApi(dataDir: string, env: Record<string, string> = {}, timeoutMs = 60000): Promise<ApiProcess> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'JWT_SECRET', 'BACKTRACK_TEST_DB', 'BACKTRACK_TEST_PG_ADMIN']) delete childEnv[name];
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...childEnv,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      // Every request comes from 127.0.0.1.
      RATE_LIMIT_PER_IP: '1000000',
      RATE_LIMIT_PER_USER: '1000000',
      SIGNUP_IP_MAX: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = setInterval(() => {
      if (!output.includes('Backtrack is running at')) return;
      clearInterval(check);
      clearTimeout(timer);
      resolve();
    }, 50);
    void exited.then(({ code, signal }) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`API exited (${signal ?? code}) before it was running:\n${output}`));
    });
  });
  const api = {
    url,
    gql: (operation: object, variables?: unknown, token?: string) => post(url, operation.toString(), variables ?? {}, token),
    rawGql: (query: string, variables?: unknown, token?: string) => post(url, query, variables ?? {}, token),
  } as unknown as TestApi;
  return { child, url, dataDir, api, output: () => output, exited };
}

export async function post<T>(url: string, query: string, variables: unknown, token?: string): Promise<GqlResult<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { ...(JSON.parse(text) as Omit<GqlResult<T>, 'status'>), status: response.status };
  } catch {
    return { data: null, errors: [{ message: text, extensions: { code: 'NOT_JSON' } }], status: response.status };
  }
}

/** The HTTP status of /health and its body, or status 0 when nothing answers. */
export async function health(url: string): Promise<{ status: number; body: any }> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5000) });
    return { status: response.status, body: await response.json() };
  } catch {
    return { status: 0, body: null };
  }
}

/** The PID on line 1 of DATA_DIR/postgres/postmaster.pid, when the file exists. */
export function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export function isAlive(pid: number | null): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (exited, not yet reaped by whoever inherited it) is gone for our purposes.
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return true;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `condition` every 50 ms; the time it took, or an error after `timeoutMs`. */
export async function waitFor(what: string, condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(50);
  }
  return Date.now() - started;
}

/** After a test: no API process and no PostgreSQL of `dataDir` left behind, whatever happened. */
export async function cleanUp(dataDir: string | undefined): Promise<void> {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
  if (!dataDir) return;
  const pid = postmasterPid(dataDir);
  if (isAlive(pid)) {
    process.kill(pid!, 'SIGQUIT');
    await waitFor('postgres gone', () => !isAlive(pid), 10000).catch(() => process.kill(pid!, 'SIGKILL'));
  }
  await rm(dataDir, { recursive: true, force: true });
}
