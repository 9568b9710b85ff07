// bench/results.json (everything measured), bench/results.md (the table) and the same table in the
// README between its bench markers, so the README always shows the latest run and its command.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../config/paths.js';
import type { CpuPerRequest } from './cpu-time.js';
import type { HttpLoadResult } from './http-load.js';
import type { LoadFigures } from './latency.js';

export interface Target {
  p95?: number;
  p99?: number;
  perSecond?: number;
  /** API p50 over floor p50. */
  ratio?: number;
}

export interface ScenarioResult {
  key: string;
  title: string;
  connections: number | null;
  target: Target;
  api: HttpLoadResult;
  statements: number | null;
  floor: (LoadFigures & { rows: number }) | null;
  ratio: number | null;
  /** CPU milliseconds per request of the API processes, PostgreSQL and the load generator (cpu-time.ts). */
  cpu: CpuPerRequest;
  /** bookSession: overlapping active sessions found by SQL afterwards. */
  overlaps?: number;
}

export interface BenchResults {
  at: string;
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres: string; loadAverage: number[] };
  dataset: { clinics: number; therapists: number; patients: number; sessions: number; assessments: number };
  clinic: string;
  scenarios: ScenarioResult[];
  memory: {
    samples: number;
    sustainedSeconds: number;
    perProcess: {
      startMb: number;
      peakMb: number;
      endMb: number;
      sustainedStartMb: number | null;
      sustainedEndMb: number | null;
      sustainedSlopeMbPerMinute: number | null;
    }[];
  };
}

export const README_START = '<!-- bench:results -->';
export const README_END = '<!-- /bench:results -->';

/** Each target of a scenario, met or not. */
export function verdicts(r: ScenarioResult): { label: string; met: boolean }[] {
  const out: { label: string; met: boolean }[] = [];
  const { target, api } = r;
  if (target.p95 !== undefined) out.push({ label: `p95 < ${target.p95} ms`, met: api.p95 < target.p95 });
  if (target.p99 !== undefined) out.push({ label: `p99 < ${target.p99} ms`, met: api.p99 < target.p99 });
  if (target.perSecond !== undefined) out.push({ label: `> ${target.perSecond}/s`, met: api.perSecond > target.perSecond });
  if (target.ratio !== undefined && r.ratio !== null) out.push({ label: `API/floor < ${target.ratio}`, met: r.ratio < target.ratio });
  if (r.overlaps !== undefined) out.push({ label: 'no overlap', met: r.overlaps === 0 });
  if (api.errors > 0) out.push({ label: 'no errors', met: false });
  return out;
}

export function markdownTable(results: BenchResults): string {
  const n = (v: number) => v.toLocaleString('en');
  const lines = [
    `Measured ${results.at.slice(0, 16).replace('T', ' ')} UTC with \`${results.command}\` on ${results.machine.cpus} cores ` +
      `(${results.machine.cpuModel}), Node ${results.machine.node}, PostgreSQL ${results.machine.postgres}; ` +
      `load average at the end ${results.machine.loadAverage.join(' / ')}. Data: ${n(results.dataset.sessions)} sessions, ` +
      `${n(results.dataset.assessments)} assessments, ${n(results.dataset.patients)} patients, ${results.dataset.clinics} clinics; ` +
      `reads ask about ${results.clinic}, the clinic with the most assessments.`,
    '',
    '| operation | clients | req/s | p50 ms | p95 ms | p99 ms | errors | SQL statements | floor p50 ms | API/floor | CPU ms per request: API · PostgreSQL · load | targets |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of results.scenarios) {
    const targets = verdicts(r)
      .map((v) => `${v.met ? 'met' : '**missed**'}: ${v.label}`)
      .join('; ');
    lines.push(
      `| ${r.title} | ${r.connections ?? ''} | ${r.api.perSecond} | ${r.api.p50} | ${r.api.p95} | ${r.api.p99} | ${r.api.errors} | ` +
        `${r.statements ?? 'n/a'} | ${r.floor?.p50 ?? 'n/a'} | ${r.ratio ?? 'n/a'} | ${r.cpu.api} · ${r.cpu.postgres ?? 'n/a'} · ${r.cpu.loadGenerator} | ` +
        `${targets || '—'} |`,
    );
  }
  const mem = results.memory;
  lines.push('');
  lines.push(
    `Resident memory of the two API processes (sampled every second, ${mem.samples} samples): ` +
      mem.perProcess
        .map(
          (p, i) =>
            `process ${i + 1}: ${p.startMb} MB at start, peak ${p.peakMb} MB, ${p.endMb} MB at the end` +
            (p.sustainedSlopeMbPerMinute === null
              ? ''
              : `; over ${mem.sustainedSeconds} s of sustained load ${p.sustainedStartMb} → ${p.sustainedEndMb} MB (${p.sustainedSlopeMbPerMinute} MB/min)`),
        )
        .join('; ') +
      '.',
  );
  return lines.join('\n');
}

export async function writeReport(results: BenchResults): Promise<string[]> {
  const dir = path.join(repoRoot(), 'bench');
  await mkdir(dir, { recursive: true });
  const json = path.join(dir, 'results.json');
  const md = path.join(dir, 'results.md');
  const table = markdownTable(results);
  await writeFile(json, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(md, `# Benchmark results\n\n${table}\n`);
  const readmePath = path.join(repoRoot(), 'README.md');
  const readme = await readFile(readmePath, 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start >= 0 && end > start) {
    await writeFile(readmePath, `${readme.slice(0, start + README_START.length)}\n${table}\n${readme.slice(end)}`);
    return [json, md, readmePath];
  }
  return [json, md];
}
