// npm run bench [-- --seconds 10 --sustain 60 --only availableSlots,bookSession]
// The API on a seeded database (DATABASE_URL, or the embedded PostgreSQL in DATA_DIR: seed it first with
// `DATA_DIR=… npm run seed -- --scale large`), driven over HTTP by autocannon through each benchmarked
// operation, against the same data fetched by hand-written SQL (the floor). Writes bench/results.json,
// bench/results.md and the README's table. Never part of `npm test`: it takes minutes and the machine.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { errorMessage } from '../common/error-message.js';
import { loadConfig } from '../config/config.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { runBenchmark } from '../bench/run.js';

function fail(message: string): never {
  console.error(`Benchmark failed — ${message}`);
  process.exit(1);
}

let values: { seconds?: string; sustain?: string; only?: string };
try {
  ({ values } = parseArgs({ options: { seconds: { type: 'string' }, sustain: { type: 'string' }, only: { type: 'string' } } }));
} catch (error) {
  fail(`${errorMessage(error)}\nusage: npm run bench -- [--seconds 10] [--sustain 60] [--only availableSlots,bookSession,…]`);
}
const seconds = Number(values.seconds ?? 10);
const sustain = Number(values.sustain ?? 60);
if (!(seconds >= 1 && seconds <= 600)) fail('--seconds must be from 1 to 600');
if (!(sustain >= 0 && sustain <= 3600)) fail('--sustain must be from 0 to 3600');
const only = values.only ? values.only.split(',').map((s) => s.trim()) : null;

const config = loadConfig();
const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir).catch((e: unknown) => fail(errorMessage(e)));
try {
  const url = config.databaseUrl ?? (await embedded!.createDatabase('backtrack'));
  await runBenchmark({ databaseUrl: url, seconds, sustainSeconds: sustain, only });
} catch (error) {
  await embedded?.stop().catch(() => undefined);
  fail(errorMessage(error));
}
await embedded?.stop();
process.exit(0);
