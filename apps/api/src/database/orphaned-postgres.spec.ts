// Only a postgres started on this very data directory is ever stopped: a PID from a stale
// postmaster.pid may since belong to anything, another PostgreSQL included.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { claimOwner, isAlive, stopOrphanedPostgres } from './orphaned-postgres.js';

describe('stopOrphanedPostgres', () => {
  let dir: string;
  let databaseDir: string;
  let child: ChildProcess | undefined;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'orphan-'));
    databaseDir = path.join(dir, 'postgres');
    await mkdir(databaseDir);
  });
  afterEach(async () => {
    child?.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  /** A long-running process whose program is called `postgres`, with the arguments given. */
  async function fakePostgres(args: string[]): Promise<number> {
    const program = path.join(dir, 'bin', 'postgres');
    await mkdir(path.dirname(program));
    await symlink('/bin/sh', program);
    child = spawn(program, ['-c', 'sleep 30', ...args], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    return child.pid!;
  }

  const writePid = (pid: number, dataDir: string) => writeFile(path.join(databaseDir, 'postmaster.pid'), `${pid}\n${dataDir}\n0\n5432\n`);

  it('leaves alone a PostgreSQL of another data directory and drops the stale lock file', async () => {
    const pid = await fakePostgres(['-D', '/var/lib/postgresql/16/main']);
    await writePid(pid, databaseDir);
    await stopOrphanedPostgres(dir, databaseDir);
    expect(isAlive(pid)).toBe(true);
    expect(existsSync(path.join(databaseDir, 'postmaster.pid'))).toBe(false);
  });

  it('leaves alone a process whose lock file names another directory', async () => {
    const pid = await fakePostgres(['-D', databaseDir]);
    await writePid(pid, '/some/other/dir');
    await stopOrphanedPostgres(dir, databaseDir);
    expect(isAlive(pid)).toBe(true);
  });

  it('stops a postgres left running on this directory', async () => {
    const pid = await fakePostgres(['-D', databaseDir]);
    await writePid(pid, databaseDir);
    await stopOrphanedPostgres(dir, databaseDir);
    expect(isAlive(pid)).toBe(false);
  });

  it('claims the data directory from a dead owner, and refuses it while a live API holds it', async () => {
    const owner = path.join(dir, 'embedded-postgres.owner');
    await writeFile(owner, '999999999\n');
    await claimOwner(dir, databaseDir);
    expect(await readFile(owner, 'utf8')).toBe(`${process.pid}\n`);

    child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    await writeFile(owner, `${child.pid}\n`);
    await expect(claimOwner(dir, databaseDir)).rejects.toThrow(/is in use: .* belongs to the running process \d+/);
    expect(await readFile(owner, 'utf8')).toBe(`${child.pid}\n`);
  });
});
