// Test helpers only (not exported from index). Both go through UTC so they ignore the process TZ.
import type { Interval } from './interval.js';

export const at = (iso: string): number => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad ISO in test: ${iso}`);
  return t;
};
export const iso = (t: number): string => new Date(t).toISOString();
export const span = (start: string, end: string): Interval => ({ start: at(start), end: at(end) });
export const isoSpans = (list: Interval[]): [string, string][] => list.map((i) => [iso(i.start), iso(i.end)]);
export const HOUR = 3_600_000;
