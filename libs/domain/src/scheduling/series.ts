import { DateTime } from 'luxon';
import { SchedulingInputError } from './errors.js';
import { assertZone, wallToInstant } from './local-date.js';

export type RepeatFrequency = 'DAILY' | 'WEEKLY' | 'MONTHLY';

export interface RepeatRule {
  frequency: RepeatFrequency;
  interval: number;
  count: number;
}

/** The largest repeat interval and the most occurrences of one series, the first included. */
export const SERIES_LIMIT = 52;

const UNIT = { DAILY: 'days', WEEKLY: 'weeks', MONTHLY: 'months' } as const;

function requireRange(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 1 || value > SERIES_LIMIT)
    throw new SchedulingInputError(field, `${field} must be an integer from 1 to ${SERIES_LIMIT}`);
}

/**
 * Occurrence starts at the first start's local wall-clock time. Occurrence i is first + i×interval
 * units of calendar time, never cumulative, so monthly from Jan 31 clamps to Feb 28 and returns to
 * Mar 31. Each wall time is resolved by our DST policy (gap: shift forward; ambiguous: earlier).
 */
export function expandSeries(firstStart: number, repeat: RepeatRule, zone: string): number[] {
  const tz = assertZone(zone);
  if (!Number.isFinite(firstStart)) throw new SchedulingInputError('startsAt', 'Invalid start');
  if (!Object.hasOwn(UNIT, repeat.frequency))
    throw new SchedulingInputError('repeat.frequency', 'Frequency must be DAILY, WEEKLY or MONTHLY');
  requireRange(repeat.interval, 'repeat.interval');
  requireRange(repeat.count, 'repeat.count');
  const first = DateTime.fromMillis(firstStart, { zone: tz });
  // The wall-clock reading, as if UTC, so that adding units is pure calendar arithmetic.
  const wall = DateTime.fromObject(first.toObject(), { zone: 'utc' });
  const out = [firstStart];
  for (let i = 1; i < repeat.count; i++) {
    out.push(wallToInstant(wall.plus({ [UNIT[repeat.frequency]]: i * repeat.interval }).toMillis(), tz));
  }
  return out;
}
