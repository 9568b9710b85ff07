// The API as `npm start` runs it (dist/main.js with its heap limits), as child processes on one database, for the benchmark:
// request limits lifted (every client is 127.0.0.1), the statement count header on, no dispatcher (the
// figures are the requests' own work), and its resident memory read from /proc while it runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_NODE_FLAGS } from '../config/node-flags.js';
import { freePort } from '../database/embedded-postgres.js';

const MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), '../main.js');

export interface ApiProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startApiProcesses(databaseUrl: string, count: number): Promise<ApiProcess[]> {
  const jwtSecret = randomBytes(32).toString('hex');
  const started: ApiProcess[] = [];
  try {
    // One after the other: each applies pending migrations at start.
    for (let i = 0; i < count; i++) started.push(await startOne(databaseUrl, jwtSecret));
    return started;
  } catch (error) {
    await Promise.all(started.map((p) => p.stop()));
    throw error;
  }
}

async function startOne(databaseUrl: string, jwtSecret: string): Promise<ApiProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [...API_NODE_FLAGS, MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      JWT_SECRET: jwtSecret,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      MESSAGE_DISPATCH: 'false',
      SQL_STATEMENT_COUNT: 'true',
      RATE_LIMIT_PER_IP: '1000000',
      RATE_LIMIT_PER_USER: '1000000',
      LOGIN_IP_MAX_FAILURES: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start within 60 s:\n${output}`)), 60_000);
    const check = setInterval(() => {
      if (!output.includes('Backtrack is running at')) return;
      clearInterval(check);
      clearTimeout(timer);
      resolve();
    }, 50);
    void exited.then(() => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`the API exited before it was running:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident set size of a process in MB (Linux /proc). */
export async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
}

export interface MemorySample {
  /** Seconds since sampling began. */
  t: number;
  mb: number[];
}

/** Samples every process's RSS each `everyMs` until stopped. */
export function sampleMemory(pids: number[], everyMs = 1000): { startedAt: number; stop(): MemorySample[] } {
  const samples: MemorySample[] = [];
  const start = performance.now();
  const take = () =>
    void Promise.all(pids.map(residentMb)).then(
      (mb) => samples.push({ t: Math.round((performance.now() - start) / 100) / 10, mb }),
      () => undefined,
    );
  take();
  const timer = setInterval(take, everyMs);
  return {
    startedAt: start,
    stop: () => {
      clearInterval(timer);
      return samples;
    },
  };
}

/** Least-squares slope of the samples, MB per minute, per process. */
export function memorySlopes(samples: MemorySample[]): number[] {
  if (samples.length < 2) return [];
  return samples[0].mb.map((_, p) => {
    const xs = samples.map((s) => s.t / 60);
    const ys = samples.map((s) => s.mb[p]);
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    const num = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
    const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
    return den === 0 ? 0 : Math.round((num / den) * 100) / 100;
  });
}
