import { DateTime, IANAZone } from 'luxon';
import { SchedulingInputError } from './errors.js';

/** A calendar day in some zone, e.g. the clinic's local day. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Zones already checked: luxon's isValidZone builds an Intl formatter on every call (most of a slot search's time). */
const knownZones = new Map<string, IANAZone>();

export function assertZone(zone: string, field = 'zone'): IANAZone {
  const known = knownZones.get(zone);
  if (known) return known;
  if (!IANAZone.isValidZone(zone)) throw new SchedulingInputError(field, `Unknown time zone "${zone}"`);
  const checked = IANAZone.create(zone);
  knownZones.set(zone, checked);
  return checked;
}

export function assertLocalDate(date: LocalDate, field = 'date'): void {
  // Calendar arithmetic in UTC is zone-free; it only checks that the day exists.
  if (!DateTime.utc(date.year, date.month, date.day).isValid) {
    throw new SchedulingInputError(field, `Invalid date ${date.year}-${date.month}-${date.day}`);
  }
}

/** The clinic-local calendar day containing `instant`. */
export function localDateOf(instant: number, zone: string): LocalDate {
  const dt = DateTime.fromMillis(instant, { zone: assertZone(zone) });
  return { year: dt.year, month: dt.month, day: dt.day };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const dt = DateTime.utc(date.year, date.month, date.day).plus({ days });
  return { year: dt.year, month: dt.month, day: dt.day };
}

/** ISO weekday, 1 = Monday .. 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  return DateTime.utc(date.year, date.month, date.day).weekday;
}

/** Wall-clock reading as if it were UTC; lets us do wall-clock arithmetic without a zone. */
export function wallMs(date: LocalDate, minuteOfDay: number): number {
  return Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE_MS;
}

/**
 * Every instant whose wall clock in `zone` reads `wall` (from `wallMs`), ascending: one normally,
 * two in a fall-back hour, none in a spring-forward gap. Offsets a day either side bracket any
 * single transition, which is all real zones have near one wall time.
 */
export function instantsAtWall(wall: number, zone: IANAZone): number[] {
  const before = zone.offset(wall - DAY_MS);
  const after = zone.offset(wall + DAY_MS);
  const found = new Set<number>();
  for (const offset of [before, after]) {
    const instant = wall - offset * MINUTE_MS;
    if (zone.offset(instant) === offset) found.add(instant);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * The instant for a wall-clock reading, by our DST policy: an ambiguous reading takes the EARLIER
 * instant (luxon would take the later one, so we do not rely on its default); a nonexistent one
 * is read with the offset in force before the jump, i.e. shifted forward by the gap
 * (02:30 on a New York spring-forward day is 03:30 EDT), the same as luxon's default.
 */
export function wallToInstant(wall: number, zone: IANAZone): number {
  const found = instantsAtWall(wall, zone);
  if (found.length > 0) return found[0];
  return wall - zone.offset(wall - DAY_MS) * MINUTE_MS;
}
