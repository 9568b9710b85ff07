// Loads a scale seed into an empty, migrated database with COPY (postgres.js streams it), clinic by
// clinic, in one transaction: a failure leaves the database as it was. The tables force row-level
// security on their owner, and COPY FROM refuses tables under row-level security, so the transaction
// lifts FORCE for the load and restores it before committing, as the migrations do for their
// backfills. The exclusion constraints check every active session as it is copied: an overlap would
// fail the load. EpisodeMeasure is then computed by the application's own statement over every episode.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import { episodeMeasureUpsertSql } from '../../outcomes/episode-measure.repository.js';
import { Prisma } from '../../generated/prisma/client.js';
import { generateClinic, TABLE_COLUMNS, TABLE_NAMES, type GenerateContext, type TableName } from './generate.js';
import type { Progress } from './progress.js';

export interface TableSummary {
  table: string;
  rows: number;
  seconds: number;
}

export interface LoadSummary {
  tables: TableSummary[];
  generateSeconds: number;
  totalSeconds: number;
}

export class SeedRefusedError extends Error {}

const CHUNK_ROWS = 2000;
const DEFERRED_INDEX_TABLES = ['Session', 'Assessment', 'Message', 'QuestionnaireRequest', 'TreatmentNote', 'EpisodeOfCare', 'Patient'];
/** Summary lines that are steps, not tables (no row count). */
const STEPS = new Set(['indexes', 'ANALYZE']);

async function* chunks(lines: string[]): AsyncGenerator<string> {
  for (let i = 0; i < lines.length; i += CHUNK_ROWS) yield lines.slice(i, i + CHUNK_ROWS).join('');
}

export async function loadScaleSeed(url: string, ctx: GenerateContext, progress?: Progress): Promise<LoadSummary> {
  const started = performance.now();
  const sql = postgres(url, { max: 1, onnotice: () => undefined, connection: { application_name: 'backtrack-seed' } });
  const rows = new Map<string, number>(TABLE_NAMES.map((t) => [t, 0]));
  const seconds = new Map<string, number>(TABLE_NAMES.map((t) => [t, 0]));
  let generateSeconds = 0;
  try {
    const [{ n }] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM "Clinic"`;
    if (n > 0) throw new SeedRefusedError(`the database already has ${n} clinic(s): a scale seed loads into an empty database only`);
    await sql.begin(async (tx) => {
      await tx.unsafe(`SET LOCAL synchronous_commit = off`);
      const forced = (
        await tx<{ name: string }[]>`SELECT relname AS name FROM pg_class
          WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relforcerowsecurity ORDER BY 1`
      ).map((r) => r.name);
      for (const table of forced) await tx.unsafe(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      // The big tables' secondary indexes and exclusion constraints are built once after the load rather
      // than row by row (unique indexes stay: foreign keys depend on them). Rebuilding the exclusion
      // constraints still checks every active session against every other.
      await tx.unsafe(`SET LOCAL maintenance_work_mem = '256MB'`);
      const deferred = await tx<{ table: string; name: string; def: string; constraint: string | null }[]>`
        SELECT t.relname AS table, quote_ident(ic.relname) AS name,
               CASE WHEN c.oid IS NULL THEN pg_get_indexdef(i.indexrelid) ELSE pg_get_constraintdef(c.oid) END AS def,
               quote_ident(c.conname) AS constraint
          FROM pg_index i
          JOIN pg_class t ON t.oid = i.indrelid
          JOIN pg_class ic ON ic.oid = i.indexrelid
          LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = t.oid AND c.contype = 'x'
         WHERE t.relnamespace = 'public'::regnamespace AND t.relname IN ${tx(DEFERRED_INDEX_TABLES)}
           AND NOT i.indisunique AND NOT i.indisprimary
         ORDER BY 1, 2`;
      for (const d of deferred) {
        await tx.unsafe(d.constraint ? `ALTER TABLE "${d.table}" DROP CONSTRAINT ${d.constraint}` : `DROP INDEX ${d.name}`);
      }

      for (let c = 0; c < ctx.preset.clinics; c++) {
        progress?.update({ clinic: c, clinics: ctx.preset.clinics, table: 'generating', rows: total(rows) });
        const g = performance.now();
        const clinic = generateClinic(ctx, c);
        generateSeconds += (performance.now() - g) / 1000;
        const clinicRows = TABLE_NAMES.reduce((sum, t) => sum + clinic[t].length, 0);
        let done = 0;
        for (const table of TABLE_NAMES) {
          const lines = clinic[table];
          if (!lines.length) continue;
          progress?.update({ clinic: c + done / clinicRows, clinics: ctx.preset.clinics, table, rows: total(rows) });
          const t0 = performance.now();
          const columns = (TABLE_COLUMNS[table] as readonly string[]).map((col) => `"${col}"`).join(', ');
          const writable = await tx.unsafe(`COPY "${table}" (${columns}) FROM STDIN`).writable();
          await pipeline(Readable.from(chunks(lines)), writable);
          seconds.set(table, seconds.get(table)! + (performance.now() - t0) / 1000);
          rows.set(table, rows.get(table)! + lines.length);
          done += lines.length;
        }
      }

      progress?.update({ clinic: ctx.preset.clinics, clinics: ctx.preset.clinics, table: 'indexes', rows: total(rows) });
      const i0 = performance.now();
      for (const d of deferred) {
        await tx.unsafe(d.constraint ? `ALTER TABLE "${d.table}" ADD CONSTRAINT ${d.constraint} ${d.def}` : d.def);
      }
      seconds.set('indexes', (performance.now() - i0) / 1000);
      rows.set('indexes', 0);

      progress?.update({ clinic: ctx.preset.clinics, clinics: ctx.preset.clinics, table: 'EpisodeMeasure', rows: total(rows) });
      const t0 = performance.now();
      const upsert = episodeMeasureUpsertSql(Prisma.sql`true`);
      const result = await tx.unsafe(upsert.text);
      rows.set('EpisodeMeasure', result.count);
      seconds.set('EpisodeMeasure', (performance.now() - t0) / 1000);

      for (const table of forced) await tx.unsafe(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    });
    progress?.update({ clinic: ctx.preset.clinics, clinics: ctx.preset.clinics, table: 'ANALYZE', rows: total(rows) });
    const t0 = performance.now();
    await sql.unsafe('ANALYZE');
    seconds.set('ANALYZE', (performance.now() - t0) / 1000);
    rows.set('ANALYZE', 0);
  } finally {
    progress?.done();
    await sql.end();
  }
  return {
    tables: [...rows.keys()].map((table) => ({ table, rows: rows.get(table)!, seconds: seconds.get(table)! })),
    generateSeconds,
    totalSeconds: (performance.now() - started) / 1000,
  };
}

function total(rows: Map<string, number>): number {
  let n = 0;
  for (const v of rows.values()) n += v;
  return n;
}

export function formatSummary(summary: LoadSummary): string {
  const lines = summary.tables.map(
    (t) =>
      `  ${t.table.padEnd(22)} ${STEPS.has(t.table) ? ''.padStart(11) : t.rows.toLocaleString('en').padStart(11)} ${t.seconds.toFixed(1).padStart(7)} s`,
  );
  const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
  return [
    `  ${'table'.padEnd(22)} ${'rows'.padStart(11)} ${'time'.padStart(9)}`,
    ...lines,
    `  ${'generating (in Node)'.padEnd(22)} ${''.padStart(11)} ${summary.generateSeconds.toFixed(1).padStart(7)} s`,
    `  ${'total'.padEnd(22)} ${rows.toLocaleString('en').padStart(11)} ${summary.totalSeconds.toFixed(1).padStart(7)} s`,
  ].join('\n');
}

export type { TableName };
