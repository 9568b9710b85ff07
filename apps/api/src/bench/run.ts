// The benchmark itself: two API processes on one database, each operation driven for `seconds` after a
// short warm-up, its floor run the same way, statement counts read from the API's x-sql-statements
// header, the memory of both processes sampled throughout and under a sustained mixed load.
import os from 'node:os';
import pg from 'pg';
import { DEMO_PASSWORD } from '../seed/demo-accounts.js';
import { memorySlopes, sampleMemory, startApiProcesses, type ApiProcess, type MemorySample } from './api-processes.js';
import { postmasterOf, startCpuClock, type CpuPerRequest } from './cpu-time.js';
import { countOverlaps, pickFixtures, type Fixtures } from './fixtures.js';
import { runFloorLoad, type FloorQuery } from './floor-load.js';
import {
  availableSlotsFloor,
  clinicOutcomesFloor,
  dayScheduleFloor,
  FLOOR_NOTE,
  insertSessionFloor,
  patientOutcomesFloor,
  patientsFloor,
  reminderEffectFloor,
  weekStatisticsFloor,
} from './floor-sql.js';
import { runHttpLoad, type GraphqlCall, type HttpLoadResult } from './http-load.js';
import type { LoadFigures } from './latency.js';
import * as op from './operations.js';
import { writeReport, type BenchResults, type ScenarioResult, type Target } from './report.js';

const WARM_UP_SECONDS = 2;
const BOOKING_CLIENTS = 32;
const DAY_MS = 86_400_000;

export interface BenchOptions {
  databaseUrl: string;
  seconds: number;
  sustainSeconds: number;
  only: string[] | null;
}

interface Scenario {
  key: string;
  title: string;
  target: Target;
  connections: number;
  token: 'owner' | 'frontDesk';
  next: (connection: number, n: number) => GraphqlCall;
  check?: (data: Record<string, unknown>) => void;
  floor?: (connection: number, n: number) => FloorQuery[];
}

export async function runBenchmark(options: BenchOptions): Promise<BenchResults> {
  const { databaseUrl, seconds } = options;
  console.log('Picking what to ask about from the database…');
  const fx = await pickFixtures(databaseUrl, BOOKING_CLIENTS);
  console.log(
    `Data set: ${fx.dataset.sessions.toLocaleString('en')} sessions, ${fx.dataset.assessments.toLocaleString('en')} assessments, ` +
      `${fx.dataset.patients.toLocaleString('en')} patients in ${fx.dataset.clinics} clinics; the largest clinic is ${fx.clinic.name}`,
  );
  const postmaster = await postmasterOf(databaseUrl);
  const apis = await startApiProcesses(databaseUrl, 2);
  const memory = sampleMemory(apis.map((a) => a.pid));
  try {
    const urls = apis.map((a) => a.url);
    const tokens = {
      owner: await login(urls[0], fx.clinic.ownerEmail),
      frontDesk: await login(urls[0], fx.clinic.frontDeskEmail),
    };
    const scenarios = readScenarios(fx);
    const results: ScenarioResult[] = [];
    const wanted = (key: string) => !options.only || options.only.includes(key);
    for (const scenario of scenarios.filter((s) => wanted(s.key))) {
      console.log(`${scenario.title}: warming up, then ${seconds} s over HTTP and ${seconds} s of its SQL floor…`);
      const load = { urls, token: tokens[scenario.token], connections: scenario.connections, next: scenario.next, check: scenario.check };
      await runHttpLoad({ ...load, seconds: WARM_UP_SECONDS });
      const clock = await startCpuClock(
        apis.map((a) => a.pid),
        postmaster,
      );
      const api = await runHttpLoad({ ...load, seconds });
      const cpu = await clock(api.requests);
      const statements = await statementsPerRequest(urls[0], tokens[scenario.token], scenario.next(0, 0));
      const floor = scenario.floor
        ? await runFloorLoad(databaseUrl, { connections: scenario.connections, seconds, next: scenario.floor })
        : null;
      results.push(scenarioResult(scenario, api, statements, floor, cpu));
      printLine(results.at(-1)!);
    }
    const booking = wanted('bookSession') ? await benchBooking(fx, apis, databaseUrl, seconds, postmaster) : null;
    if (booking) {
      results.push(booking);
      printLine(booking);
    }
    const sustained = options.sustainSeconds > 0 ? await sustain(urls, tokens, scenarios, options.sustainSeconds, memory.startedAt) : null;
    const samples = memory.stop();
    const report: BenchResults = {
      at: new Date().toISOString(),
      command: `npm run bench -- --seconds ${seconds} --sustain ${options.sustainSeconds}${options.only ? ` --only ${options.only.join(',')}` : ''}`,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        postgres: await serverVersion(databaseUrl),
        loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
      },
      dataset: fx.dataset,
      clinic: fx.clinic.name,
      scenarios: results,
      memory: memoryReport(samples, sustained),
    };
    const paths = await writeReport(report);
    console.log(`Wrote ${paths.join(', ')}`);
    return report;
  } finally {
    memory.stop();
    await Promise.all(apis.map((a) => a.stop()));
  }
}

function readScenarios(fx: Fixtures): Scenario[] {
  const { clinic } = fx;
  const weekAhead = (n: number) => {
    const from = new Date(Math.ceil(Date.now() / DAY_MS) * DAY_MS + (n % 3) * 7 * DAY_MS);
    return { from, to: new Date(from.getTime() + 7 * DAY_MS) };
  };
  const slotsOf = (connection: number, n: number) => {
    const therapist = fx.therapists[(connection * 7 + n) % fx.therapists.length];
    return { therapistId: therapist.id, serviceTypeId: therapist.serviceTypeId, ...weekAhead(n) };
  };
  const day = (connection: number, n: number) => fx.days[(connection + n) % fx.days.length];
  const prefix = (connection: number, n: number) => fx.searchPrefixes[(connection * 11 + n) % fx.searchPrefixes.length];
  const outcomePatient = (connection: number, n: number) => fx.outcomePatientIds[(connection * 37 + n) % fx.outcomePatientIds.length];
  const halfYearAgo = new Date(Date.now() - 182 * DAY_MS);
  /** This week and the five before it, by a day in each. */
  const weekDay = (connection: number, n: number) => new Date(Date.now() - ((connection + n) % 6) * 7 * DAY_MS).toISOString().slice(0, 10);
  const week = weekAhead(0);
  const lastWeek = { from: new Date(week.from.getTime() - 7 * DAY_MS), to: week.from };
  const list = (field: string, min: number) => (data: Record<string, unknown>) => {
    const rows = data[field];
    if (!Array.isArray(rows) || rows.length < min) throw new Error(`${field} returned ${Array.isArray(rows) ? rows.length : 'no'} rows`);
  };
  return [
    {
      key: 'me',
      title: 'Baseline: `me`, the signed-in user (no target)',
      target: {},
      connections: 4,
      token: 'frontDesk',
      next: () => ({ query: op.ME, variables: {} }),
    },
    {
      key: 'availableSlots',
      title: 'availableSlots: one therapist, a week',
      target: { p95: 25, ratio: 2 },
      connections: 4,
      token: 'frontDesk',
      next: (c, n) => ({ query: op.AVAILABLE_SLOTS, variables: iso(slotsOf(c, n)) }),
      floor: (c, n) => [availableSlotsFloor({ clinicId: clinic.id, ...slotsOf(c, n) })],
    },
    {
      key: 'daySchedule',
      title: "Day schedule: a day's sessions with patient, therapist (hours), service, room",
      target: { p95: 30, ratio: 2 },
      connections: 4,
      token: 'frontDesk',
      next: (c, n) => ({ query: op.DAY_SCHEDULE, variables: { filter: iso(day(c, n)) } }),
      check: list('allSessions', 1),
      floor: (c, n) => [dayScheduleFloor({ clinicId: clinic.id, ...day(c, n) })],
    },
    {
      key: 'allPatients',
      title: 'allPatients: page of 25 by name',
      target: { p95: 30, ratio: 2 },
      connections: 4,
      token: 'frontDesk',
      next: () => ({ query: op.PATIENTS_PAGE, variables: {} }),
      check: list('allPatients', 25),
      floor: () => [patientsFloor({ clinicId: clinic.id, q: null })],
    },
    {
      key: 'allPatientsSearch',
      title: 'allPatients: page of 25 by name, searched',
      target: { p95: 30, ratio: 2 },
      connections: 4,
      token: 'frontDesk',
      next: (c, n) => ({ query: op.PATIENTS_PAGE, variables: { filter: { q: prefix(c, n) } } }),
      check: list('allPatients', 1),
      floor: (c, n) => [patientsFloor({ clinicId: clinic.id, q: prefix(c, n) })],
    },
    {
      key: 'patientOutcomes',
      title: "patientOutcomes: a patient's open episode",
      target: { p95: 20, ratio: 2 },
      connections: 4,
      token: 'owner',
      next: (c, n) => ({ query: op.PATIENT_OUTCOMES, variables: { patientId: outcomePatient(c, n) } }),
      floor: (c, n) => [patientOutcomesFloor({ clinicId: clinic.id, patientId: outcomePatient(c, n) })],
    },
    {
      key: 'clinicOutcomes',
      title: 'clinicOutcomes: the largest clinic, whole',
      target: { p95: 150, ratio: 2 },
      connections: 2,
      token: 'owner',
      next: () => ({ query: op.CLINIC_OUTCOMES, variables: {} }),
      floor: () => clinicOutcomesFloor({ clinicId: clinic.id }),
    },
    {
      key: 'clinicOutcomesFiltered',
      title: 'clinicOutcomes: one therapist, the last 6 months',
      target: { ratio: 2 },
      connections: 2,
      token: 'owner',
      next: () => ({
        query: op.CLINIC_OUTCOMES,
        variables: { filter: { therapistId: fx.outcomeTherapistId, from: halfYearAgo.toISOString() } },
      }),
      floor: () => clinicOutcomesFloor({ clinicId: clinic.id, therapistId: fx.outcomeTherapistId, from: halfYearAgo }),
    },
    {
      key: 'dashboardWeek',
      title: "Owner dashboard: a week's statistics",
      target: { ratio: 2 },
      connections: 4,
      token: 'owner',
      next: (c, n) => ({ query: op.WEEK_STATISTICS, variables: { day: weekDay(c, n) } }),
      floor: (c, n) => [weekStatisticsFloor({ clinicId: clinic.id, day: weekDay(c, n) })],
    },
    {
      key: 'dashboardReminders',
      title: "Owner dashboard: last week's reminder figures",
      target: { ratio: 2 },
      connections: 2,
      token: 'owner',
      next: () => ({ query: op.REMINDER_EFFECT, variables: iso(lastWeek) }),
      floor: () => [reminderEffectFloor({ clinicId: clinic.id, ...lastWeek })],
    },
  ];
}

/** bookSession from 32 clients on distinct therapists, half on each API process, each taking its therapist's next free time. */
async function benchBooking(
  fx: Fixtures,
  apis: ApiProcess[],
  databaseUrl: string,
  seconds: number,
  postmaster: number | null,
): Promise<ScenarioResult> {
  const clients = fx.bookingClients;
  console.log(`bookSession: finding free times for ${clients.length} therapists…`);
  const tokens = new Map<string, string>();
  for (const c of clients) if (!tokens.has(c.email)) tokens.set(c.email, await login(apis[0].url, c.email));
  // Far enough ahead that the seeded weeks to come are behind: eight weeks of each therapist's hours.
  const from = new Date(Math.ceil(Date.now() / DAY_MS) * DAY_MS + 42 * DAY_MS);
  const to = new Date(from.getTime() + 56 * DAY_MS);
  const times = await Promise.all(
    clients.map(async (c) => {
      const starts: number[] = [];
      for (let part = 0; part < 2; part++) {
        const partFrom = new Date(from.getTime() + part * 28 * DAY_MS);
        const data = await graphql<{ availableSlots: { startsAt: string }[] }>(apis[0].url, tokens.get(c.email)!, op.AVAILABLE_SLOTS, {
          therapistId: c.therapistId,
          serviceTypeId: c.serviceTypeId,
          from: partFrom.toISOString(),
          to: new Date(partFrom.getTime() + 28 * DAY_MS).toISOString(),
        });
        for (const slot of data.availableSlots) {
          const start = Date.parse(slot.startsAt);
          if (!starts.length || start >= starts.at(-1)! + c.blockedMinutes * 60_000) starts.push(start);
        }
      }
      return starts;
    }),
  );
  // Connections 0–15 go to the first process and 16–31 to the second (runHttpLoad spreads them in order).
  const next = (connection: number, n: number): GraphqlCall => {
    const c = clients[connection];
    const start = times[connection][n % times[connection].length];
    return {
      query: op.BOOK_SESSION,
      variables: {
        input: {
          patientId: c.patientIds[n % c.patientIds.length],
          therapistId: c.therapistId,
          serviceTypeId: c.serviceTypeId,
          roomId: c.roomId,
          startsAt: new Date(start).toISOString(),
        },
      },
    };
  };
  const most = Math.min(...times.map((t) => t.length));
  console.log(`bookSession: ${clients.length} clients, at least ${most} free times each; ${seconds} s over HTTP…`);
  const clock = await startCpuClock(
    apis.map((a) => a.pid),
    postmaster,
  );
  const api = await runHttpLoad({
    urls: apis.map((a) => a.url),
    token: (connection) => tokens.get(clients[connection].email)!,
    connections: clients.length,
    seconds,
    next,
    check: (data) => {
      if (!(data.bookSession as { id?: string } | undefined)?.id) throw new Error('no session in the answer');
    },
  });
  const cpu = await clock(api.requests);
  const overlaps = await countOverlaps(
    databaseUrl,
    clients.map((c) => c.therapistId),
    from,
    to,
  );
  const statements = await statementsPerRequest(apis[0].url, tokens.get(clients[0].email)!, next(0, times[0].length - 1));
  // The floor: the session row alone, inserted by 32 connections at times of their own two years on, then removed.
  const floorBase = Date.now() + 730 * DAY_MS;
  const floor = await runFloorLoad(databaseUrl, {
    connections: clients.length,
    seconds,
    next: (connection, n) => {
      const c = clients[connection];
      return [
        insertSessionFloor({
          clinicId: c.clinicId,
          patientId: c.patientIds[n % c.patientIds.length],
          therapistId: c.therapistId,
          serviceTypeId: c.serviceTypeId,
          roomId: c.roomId,
          startsAt: new Date(floorBase + (n * clients.length + connection) * 2 * 3_600_000),
          minutes: c.durationMinutes,
          blockedMinutes: c.blockedMinutes,
        }),
      ];
    },
  });
  await deleteFloorRows(databaseUrl);
  return {
    ...scenarioResult(
      {
        key: 'bookSession',
        title: `bookSession: ${clients.length} clients on distinct therapists, two API processes`,
        target: { perSecond: 300, p99: 100 },
      },
      api,
      statements,
      floor,
      cpu,
    ),
    overlaps,
  };
}

async function sustain(
  urls: string[],
  tokens: Record<'owner' | 'frontDesk', string>,
  scenarios: Scenario[],
  seconds: number,
  samplingStartedAt: number,
): Promise<{ from: number; to: number }> {
  console.log(`Sustained mixed load for ${seconds} s (memory)…`);
  const started = performance.now();
  const reads = scenarios.filter((s) => !['me', 'clinicOutcomes', 'clinicOutcomesFiltered'].includes(s.key));
  const result = await runHttpLoad({
    urls,
    token: tokens.owner,
    connections: 8,
    seconds,
    next: (connection, n) => reads[(connection + n) % reads.length].next(connection, n),
  });
  console.log(`  ${result.requests} requests, ${result.errors} errors, ${result.perSecond}/s`);
  const from = (started - samplingStartedAt) / 1000;
  return { from, to: from + seconds };
}

function memoryReport(samples: MemorySample[], sustained: { from: number; to: number } | null): BenchResults['memory'] {
  const processes = samples[0]?.mb.length ?? 0;
  const during = sustained ? samples.filter((s) => s.t >= sustained.from && s.t <= sustained.to) : [];
  return {
    samples: samples.length,
    perProcess: Array.from({ length: processes }, (_, p) => ({
      startMb: samples[0].mb[p],
      peakMb: Math.max(...samples.map((s) => s.mb[p])),
      endMb: samples.at(-1)!.mb[p],
      sustainedStartMb: during[0]?.mb[p] ?? null,
      sustainedEndMb: during.at(-1)?.mb[p] ?? null,
      sustainedSlopeMbPerMinute: during.length > 1 ? memorySlopes(during)[p] : null,
    })),
    sustainedSeconds: sustained ? Math.round(sustained.to - sustained.from) : 0,
  };
}

function scenarioResult(
  scenario: Pick<Scenario, 'key' | 'title' | 'target'> & { connections?: number },
  api: HttpLoadResult,
  statements: number | null,
  floor: (LoadFigures & { rows: number }) | null,
  cpu: CpuPerRequest,
): ScenarioResult {
  return {
    key: scenario.key,
    title: scenario.title,
    connections: scenario.connections ?? null,
    target: scenario.target,
    api,
    statements,
    floor,
    ratio: floor && floor.p50 > 0 ? Math.round((api.p50 / floor.p50) * 100) / 100 : null,
    cpu,
  };
}

function printLine(r: ScenarioResult): void {
  console.log(
    `  ${r.api.perSecond}/s, p50 ${r.api.p50} ms, p95 ${r.api.p95} ms, p99 ${r.api.p99} ms, ${r.api.errors} errors` +
      `${r.statements === null ? '' : `, ${r.statements} statements`}${r.floor ? `; floor p50 ${r.floor.p50} ms, ratio ${r.ratio}` : ''}` +
      `; CPU ms per request: API ${r.cpu.api}, PostgreSQL ${r.cpu.postgres ?? 'n/a'}, load generator ${r.cpu.loadGenerator}` +
      `${r.api.errorSamples.length ? `\n  errors: ${r.api.errorSamples.join(' | ')}` : ''}`,
  );
}

async function statementsPerRequest(url: string, token: string, call: GraphqlCall): Promise<number | null> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(call),
  });
  await response.text();
  const header = response.headers.get('x-sql-statements');
  return header === null ? null : Number(header);
}

async function graphql<T>(url: string, token: string | null, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
  return body.data;
}

async function login(url: string, email: string): Promise<string> {
  return (await graphql<{ login: { token: string } }>(url, null, op.LOGIN, { email, password: DEMO_PASSWORD })).login.token;
}

async function serverVersion(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v;
  } finally {
    await client.end();
  }
}

async function deleteFloorRows(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DELETE FROM "Session" WHERE notes = $1 AND "startsAt" > now() + interval '1 year'`, [FLOOR_NOTE]);
  } finally {
    await client.end();
  }
}

const iso = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
