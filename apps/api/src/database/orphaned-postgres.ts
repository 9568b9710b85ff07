// An API killed with SIGKILL (or by the OOM killer) leaves its embedded PostgreSQL running, and that
// server's postmaster.pid makes the next start fail. Before starting, find such a server and stop it,
// unless the process that started it still runs: then DATA_DIR is in use and we say so.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { log } from '../common/logger.js';

export class EmbeddedPostgresError extends Error {}

/** Line 1 of postmaster.pid is the postmaster's PID, line 2 its data directory, line 4 its port. */
export function readPostmasterPid(databaseDir: string): { pid: number; dataDir: string; port: number | null } | null {
  const file = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, dataDir: lines[1] ?? '', port: Number.isInteger(port) && port > 0 ? port : null };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    try {
      return execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    } catch {
      return '';
    }
  }
}

/** True when `pid` is a postgres started on exactly `databaseDir` (`postgres -D databaseDir …`). */
function runsOnDirectory(pid: number, databaseDir: string): boolean {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const at = args.indexOf('-D');
    return /postgres/.test(path.basename(args[0] ?? '')) && at >= 0 && args[at + 1] === databaseDir;
  } catch {
    const command = commandLine(pid);
    return /postgres/.test(command) && command.includes(`-D ${databaseDir} `);
  }
}

const ownerFile = (dataDir: string) => path.join(dataDir, 'embedded-postgres.owner');

/**
 * Claims DATA_DIR for this process before anything starts on it, so that a later start can tell an
 * orphan from a server in use, and two starts at the same moment cannot take each other's fresh
 * server for an orphan: the owner file is created exclusively, and only a dead owner's is replaced.
 */
export async function claimOwner(dataDir: string, databaseDir: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(ownerFile(dataDir), `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = liveOwner(dataDir);
    if (owner !== null) {
      const lock = readPostmasterPid(databaseDir);
      throw new EmbeddedPostgresError(
        `${dataDir} is in use: its PostgreSQL${lock ? ` (PID ${lock.pid})` : ''} belongs to the running process ${owner}; stop that process or set another DATA_DIR`,
      );
    }
    await rm(ownerFile(dataDir), { force: true }); // left by a process that is gone
  }
  throw new EmbeddedPostgresError(`${dataDir} is being claimed by another process starting at the same moment`);
}

function liveOwner(dataDir: string): number | null {
  if (!existsSync(ownerFile(dataDir))) return null;
  const pid = Number(readFileSync(ownerFile(dataDir), 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return null;
  return /node/.test(commandLine(pid)) ? pid : null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

/** Stops an orphaned PostgreSQL on `databaseDir`; a stale PID file of a dead server is PostgreSQL's own business. */
export async function stopOrphanedPostgres(dataDir: string, databaseDir: string): Promise<void> {
  const lock = readPostmasterPid(databaseDir);
  if (!lock || lock.pid === process.pid || !isAlive(lock.pid)) return;
  if (lock.dataDir !== databaseDir || !runsOnDirectory(lock.pid, databaseDir)) {
    // The PID was reused by another process (any other PostgreSQL included: only a postgres started
    // with `-D databaseDir`, as ours always is, is ours to stop), which PostgreSQL would take for a live server.
    await rm(path.join(databaseDir, 'postmaster.pid'), { force: true });
    return;
  }
  const owner = liveOwner(dataDir);
  if (owner !== null) {
    throw new EmbeddedPostgresError(
      `${dataDir} is in use: its PostgreSQL (PID ${lock.pid}) belongs to the running process ${owner}; stop that process or set another DATA_DIR`,
    );
  }
  log().warn({ pid: lock.pid, port: lock.port }, 'stopping the embedded PostgreSQL that a killed process left running');
  // Fast shutdown first (rolls back open transactions), then immediate, then SIGKILL.
  for (const [signal, waitMs] of [
    ['SIGINT', 15000],
    ['SIGQUIT', 5000],
    ['SIGKILL', 5000],
  ] as const) {
    try {
      process.kill(lock.pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(lock.pid, waitMs)) return;
  }
  throw new EmbeddedPostgresError(`the PostgreSQL left running on ${databaseDir} (PID ${lock.pid}) did not stop`);
}
