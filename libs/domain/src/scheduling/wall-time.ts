import { SchedulingInputError } from './errors.js';
import { assertLocalDate, assertZone, wallMs, wallToInstant, type LocalDate } from './local-date.js';

/** "HH:MM", 00:00–23:59; "24:00" only as the end of a block (the next local midnight). */
export type WallTime = string;

export interface ParsedWallTime {
  hour: number;
  minute: number;
}

export interface ParseWallTimeOptions {
  /** Names the input in the error. */
  field?: string;
  /** Accept "24:00" (only ends may use it). */
  allowEndOfDay?: boolean;
}

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseWallTime(s: WallTime, options: ParseWallTimeOptions = {}): ParsedWallTime {
  const field = options.field ?? 'time';
  if (typeof s !== 'string') throw new SchedulingInputError(field, 'Expected a time "HH:MM"');
  if (s === '24:00') {
    if (options.allowEndOfDay) return { hour: 24, minute: 0 };
    throw new SchedulingInputError(field, '"24:00" is only allowed as an end time');
  }
  const match = WALL_TIME.exec(s);
  if (!match) throw new SchedulingInputError(field, `Expected a time "HH:MM" between 00:00 and 23:59, got "${s}"`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** Minutes since local midnight; 1440 for "24:00". */
export function wallTimeMinutes(s: WallTime, options: ParseWallTimeOptions = {}): number {
  const { hour, minute } = parseWallTime(s, options);
  return hour * 60 + minute;
}

/**
 * The instant at which the clinic's clock reads `time` on `date`. "24:00" is the next local
 * midnight. DST policy (see wallToInstant): nonexistent times shift forward by the gap, ambiguous
 * times take the first occurrence.
 */
export function localToInstant(date: LocalDate, time: WallTime, zone: string): number {
  const tz = assertZone(zone);
  assertLocalDate(date);
  return wallToInstant(wallMs(date, wallTimeMinutes(time, { allowEndOfDay: true })), tz);
}
