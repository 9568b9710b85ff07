// Where a request's CPU goes: the time the API processes, PostgreSQL (the benchmarked cluster's
// postmaster and its children, backends included) and this process (autocannon, the load generator) spend on the CPU while an
// operation is driven, read from /proc before and after and divided by the requests answered. On a
// machine whose cores all three share, these sums bound what any latency target can reach: four clients
// on two cores wait, on average, for about twice the CPU one request costs.
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import pg from 'pg';

/** CPU milliseconds per request, by who spent them. */
export interface CpuPerRequest {
  api: number;
  /** null when PostgreSQL runs on another machine */
  postgres: number | null;
  loadGenerator: number;
}

let ticksPerSecond: number | null = null;

/** The fields of /proc/<pid>/stat after the name (which may hold spaces): [0] is field 3, the state. */
function fieldsOf(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
}

/** utime + stime, in clock ticks (fields 14 and 15). */
function ticksOf(stat: string): number {
  const fields = fieldsOf(stat);
  return Number(fields[11]) + Number(fields[12]);
}

/** The parent's pid (field 4). */
function parentIn(stat: string): number {
  return Number(fieldsOf(stat)[1]);
}

async function processTicks(pid: number): Promise<number> {
  try {
    return ticksOf(await readFile(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return 0; // it ended
  }
}

/** The parent of a process (field 4 of /proc/<pid>/stat), or null when it is not on this machine. */
async function parentOf(pid: number): Promise<number | null> {
  try {
    return parentIn(await readFile(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The postmaster of the cluster at `databaseUrl`: the parent of a backend serving us. Null when the
 * database is on another machine, whose CPU this one cannot see.
 */
export async function postmasterOf(databaseUrl: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return await parentOf(rows[0]!.pid);
  } finally {
    await client.end();
  }
}

/** Ticks of the postmaster and its children by pid (a backend that ended between readings loses its share). */
async function clusterTicks(postmaster: number): Promise<Map<number, number>> {
  const ticks = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const pid = Number(entry);
      if (pid === postmaster || parentIn(stat) === postmaster) ticks.set(pid, ticksOf(stat));
    } catch {
      // ended while listed
    }
  }
  return ticks;
}

function msPerTick(): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return 1000 / ticksPerSecond;
}

/**
 * Starts counting; the returned function gives the CPU spent since, per request, for `requests` answered.
 * PostgreSQL's share is null without a local `postmaster` (postmasterOf).
 */
export async function startCpuClock(apiPids: number[], postmaster: number | null): Promise<(requests: number) => Promise<CpuPerRequest>> {
  const api0 = (await Promise.all(apiPids.map(processTicks))).reduce((a, b) => a + b, 0);
  const pg0 = postmaster === null ? null : await clusterTicks(postmaster);
  const self0 = process.cpuUsage();
  return async (requests) => {
    const api1 = (await Promise.all(apiPids.map(processTicks))).reduce((a, b) => a + b, 0);
    let pg: number | null = null;
    if (postmaster !== null && pg0) {
      pg = 0;
      for (const [pid, ticks] of await clusterTicks(postmaster)) pg += ticks - (pg0.get(pid) ?? 0);
    }
    const self = process.cpuUsage(self0);
    const per = (ms: number) => (requests > 0 ? Math.round((ms / requests) * 100) / 100 : Number.NaN);
    return {
      api: per((api1 - api0) * msPerTick()),
      postgres: pg === null ? null : per(pg * msPerTick()),
      loadGenerator: per((self.user + self.system) / 1000),
    };
  };
}
