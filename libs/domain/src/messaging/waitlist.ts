// Which wait-list entries a freed time suits: the same service, the therapist asked for (or any), a
// local date within the patient's range and a time inside one of their weekly windows (none: any time).
import { DateTime } from 'luxon';
import { assertZone, isoWeekday, localDateOf, type LocalDate } from '../scheduling/local-date.js';
import { parseWallTime, wallTimeMinutes, type WallTime } from '../scheduling/wall-time.js';
import { SchedulingInputError } from '../scheduling/errors.js';

/** A weekly window in the clinic's zone: ISO weekday (1 = Monday) and a local time range. */
export interface WaitlistWindow {
  weekday: number;
  startTime: WallTime;
  endTime: WallTime;
}

export interface WaitlistWish {
  serviceTypeId: string;
  therapistId: string | null;
  windows: readonly WaitlistWindow[];
  earliestDate: LocalDate | null;
  latestDate: LocalDate | null;
}

export interface FreedTime {
  serviceTypeId: string;
  therapistId: string;
  start: number;
  end: number;
}

export const WAITLIST_WINDOW_LIMIT = 21;

/** Refuses a malformed window, naming it (`windows[2].endTime`). */
export function assertWaitlistWindows(windows: readonly WaitlistWindow[], field = 'windows'): void {
  if (windows.length > WAITLIST_WINDOW_LIMIT) throw new SchedulingInputError(field, `At most ${WAITLIST_WINDOW_LIMIT} windows`);
  windows.forEach((w, i) => {
    if (!Number.isInteger(w.weekday) || w.weekday < 1 || w.weekday > 7) {
      throw new SchedulingInputError(`${field}[${i}].weekday`, 'Expected an ISO weekday, 1 (Monday) to 7 (Sunday)');
    }
    parseWallTime(w.startTime, { field: `${field}[${i}].startTime` });
    parseWallTime(w.endTime, { field: `${field}[${i}].endTime`, allowEndOfDay: true });
    if (wallTimeMinutes(w.endTime, { allowEndOfDay: true }) <= wallTimeMinutes(w.startTime)) {
      throw new SchedulingInputError(`${field}[${i}].endTime`, 'The window must end after it starts');
    }
  });
}

function compareDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function wishMatches(wish: WaitlistWish, freed: FreedTime, zone: string): boolean {
  if (wish.serviceTypeId !== freed.serviceTypeId) return false;
  if (wish.therapistId && wish.therapistId !== freed.therapistId) return false;
  const date = localDateOf(freed.start, zone);
  if (wish.earliestDate && compareDates(date, wish.earliestDate) < 0) return false;
  if (wish.latestDate && compareDates(date, wish.latestDate) > 0) return false;
  if (wish.windows.length === 0) return true;
  const tz = assertZone(zone);
  const start = DateTime.fromMillis(freed.start, { zone: tz });
  const end = DateTime.fromMillis(freed.end, { zone: tz });
  const startMinute = start.hour * 60 + start.minute;
  // A session running past local midnight ends at "24:00" or later of its own day.
  const endMinute = (end.hasSame(start, 'day') ? 0 : 1440) + end.hour * 60 + end.minute;
  const weekday = isoWeekday(date);
  return wish.windows.some(
    (w) =>
      w.weekday === weekday &&
      startMinute >= wallTimeMinutes(w.startTime) &&
      endMinute <= wallTimeMinutes(w.endTime, { allowEndOfDay: true }),
  );
}
