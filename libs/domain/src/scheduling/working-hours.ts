import { SchedulingInputError } from './errors.js';
import { type Interval, intersect, normalize } from './interval.js';
import { addDays, assertZone, isoWeekday, localDateOf, wallMs, wallToInstant } from './local-date.js';
import { type WallTime, wallTimeMinutes } from './wall-time.js';

/**
 * A weekly recurring block in clinic-local time. An end at or before the start (22:00–02:00)
 * crosses midnight into the next local day; "24:00" ends at the next local midnight.
 */
export interface WorkingBlock {
  /** ISO weekday, 1 = Monday .. 7 = Sunday. */
  weekday: number;
  start: WallTime;
  end: WallTime;
}

const DAY_MIN = 1440;
const WEEK_MIN = 7 * DAY_MIN;

/** Minutes since local midnight for start and end; end > start, up to two days for night blocks. */
function blockMinutes(block: WorkingBlock, field: string): { start: number; end: number } {
  const start = wallTimeMinutes(block.start, { field: `${field}.start` });
  const end = wallTimeMinutes(block.end, { field: `${field}.end`, allowEndOfDay: true });
  if (start === end) throw new SchedulingInputError(`${field}.end`, 'A working block cannot start and end at the same time');
  return { start, end: end > start ? end : end + DAY_MIN };
}

/**
 * Throws for a bad weekday or time, an empty block, or blocks that overlap on the weekly clock
 * (which includes a night block running into the next day's first block). Touching is fine.
 */
export function validateWorkingBlocks(blocks: WorkingBlock[], field = 'hours'): void {
  const placed: { start: number; end: number; index: number }[] = [];
  blocks.forEach((block, index) => {
    const f = `${field}[${index}]`;
    if (!Number.isInteger(block.weekday) || block.weekday < 1 || block.weekday > 7) {
      throw new SchedulingInputError(`${f}.weekday`, 'Weekday must be an integer from 1 (Monday) to 7 (Sunday)');
    }
    const { start, end } = blockMinutes(block, f);
    const offset = (block.weekday - 1) * DAY_MIN;
    placed.push({ start: offset + start, end: offset + end, index });
  });
  // Sunday night runs into Monday morning: compare each block also shifted one week later.
  const ring = [...placed, ...placed.map((p) => ({ ...p, start: p.start + WEEK_MIN, end: p.end + WEEK_MIN }))];
  ring.sort((a, b) => a.start - b.start);
  for (let i = 1; i < ring.length; i++) {
    if (ring[i].start < ring[i - 1].end) {
      const later = Math.max(ring[i].index, ring[i - 1].index);
      throw new SchedulingInputError(`${field}[${later}]`, 'Working blocks overlap');
    }
  }
}

/**
 * Working time as instants within `range`, normalized. Expands one local day at a time through
 * the zone, starting the day before range.start so that a night block begun then is included;
 * a 09:00–17:00 block is therefore 8 hours even on a 23- or 25-hour day.
 */
export function expandWorkingHours(blocks: WorkingBlock[], zone: string, range: Interval): Interval[] {
  validateWorkingBlocks(blocks);
  const tz = assertZone(zone);
  if (!Number.isFinite(range.start) || !Number.isFinite(range.end)) throw new SchedulingInputError('range', 'range must be finite');
  if (!(range.end > range.start)) return [];
  const byWeekday = new Map<number, { start: number; end: number }[]>();
  blocks.forEach((b, i) => {
    const list = byWeekday.get(b.weekday) ?? [];
    list.push(blockMinutes(b, `hours[${i}]`));
    byWeekday.set(b.weekday, list);
  });

  const out: Interval[] = [];
  const last = localDateOf(range.end, zone);
  for (let day = addDays(localDateOf(range.start, zone), -1); ; day = addDays(day, 1)) {
    for (const { start, end } of byWeekday.get(isoWeekday(day)) ?? []) {
      out.push({ start: wallToInstant(wallMs(day, start), tz), end: wallToInstant(wallMs(day, end), tz) });
    }
    if (day.year === last.year && day.month === last.month && day.day === last.day) break;
  }
  return intersect(normalize(out), [range]);
}
