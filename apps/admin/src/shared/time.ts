// Every time on the schedule is read and written in the CLINIC's zone (clinicSettings.timezone), never
// the browser's: a front desk laptop set to another zone must still show 09:00 for a 09:00 session.
import type { Interval } from '@backtrack/domain';
import { DateTime } from 'luxon';

export type IsoDate = string; // YYYY-MM-DD, a calendar day in the clinic's zone

export const inZone = (instant: string, zone: string) => DateTime.fromISO(instant, { zone });

export function todayIn(zone: string, now: Date = new Date()): IsoDate {
  return DateTime.fromJSDate(now, { zone }).toISODate()!;
}

export function dayStart(date: IsoDate, zone: string): DateTime {
  return DateTime.fromISO(date, { zone }).startOf('day');
}

/** [start, end) of a clinic-local day as UTC ISO instants (23 or 25 hours on DST days). */
export function dayRange(date: IsoDate, zone: string): { from: string; to: string } {
  const start = dayStart(date, zone);
  return { from: start.toUTC().toISO()!, to: start.plus({ days: 1 }).toUTC().toISO()! };
}

/** Monday of the ISO week containing `date`. */
export function weekStart(date: IsoDate, zone: string): IsoDate {
  return dayStart(date, zone).startOf('week').toISODate()!;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return DateTime.fromISO(date).plus({ days }).toISODate()!;
}

export const hhmm = (instant: string, zone: string) => inZone(instant, zone).toFormat('HH:mm');

export const timeRange = (startsAt: string, endsAt: string, zone: string) => `${hhmm(startsAt, zone)}–${hhmm(endsAt, zone)}`;

/** "Tue 8 Dec 2026" */
export const longDay = (date: IsoDate) => DateTime.fromISO(date).toFormat('ccc d LLL yyyy');

/** "Tuesday 8 December 2026" */
export const fullDay = (date: IsoDate) => DateTime.fromISO(date).toFormat('cccc d LLLL yyyy');

export const instantDay = (instant: string, zone: string): IsoDate => inZone(instant, zone).toISODate()!;

/** Minutes since the clinic-local midnight of `date` (wall clock, so 09:00 is 540 even on DST days). */
export function minuteOfDay(instant: string, date: IsoDate, zone: string): number {
  const t = inZone(instant, zone);
  const dayDiff = Math.round(t.startOf('day').diff(DateTime.fromISO(date, { zone }).startOf('day'), 'days').days);
  return dayDiff * 1440 + t.hour * 60 + t.minute;
}

export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** [start, end) of a clinic-local day as epoch milliseconds, for the domain's interval functions. */
export function dayInterval(date: IsoDate, zone: string): Interval {
  const { from, to } = dayRange(date, zone);
  return { start: Date.parse(from), end: Date.parse(to) };
}
