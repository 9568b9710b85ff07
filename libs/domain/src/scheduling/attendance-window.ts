// Attendance is recorded only when it can be true (PRODUCT.md §4): a patient may be checked in from a
// clinic-set window before the start, and a session completed or marked no-show only once it has begun.
// The API refuses with the message below; the admin disables its buttons with the short form.
import { DateTime } from 'luxon';
import { SchedulingInputError } from './errors.js';
import { assertZone } from './local-date.js';

export type AttendanceAction = 'CHECK_IN' | 'COMPLETE' | 'NO_SHOW';

export const DEFAULT_CHECK_IN_WINDOW_MINUTES = 60;
export const CHECK_IN_WINDOW_LIMITS = { min: 0, max: 1440 } as const;

const MINUTE_MS = 60_000;

export function assertCheckInWindow(minutes: number, field = 'checkInWindowMinutes'): void {
  if (!Number.isInteger(minutes) || minutes < CHECK_IN_WINDOW_LIMITS.min || minutes > CHECK_IN_WINDOW_LIMITS.max) {
    throw new SchedulingInputError(field, `Check-in window must be a whole number of minutes from 0 to ${CHECK_IN_WINDOW_LIMITS.max}`);
  }
}

/** The earliest instant at which `action` may be recorded for a session starting at `startsAt`. */
export function attendanceOpensAt(action: AttendanceAction, startsAt: number, checkInWindowMinutes: number): number {
  if (action !== 'CHECK_IN') return startsAt;
  assertCheckInWindow(checkInWindowMinutes);
  return startsAt - checkInWindowMinutes * MINUTE_MS;
}

export interface AttendanceRefusal {
  action: AttendanceAction;
  /** The earliest allowed instant (ms). */
  opensAt: number;
  /** The full reason, with the clinic's zone: "Check-in opens at 09:00 on Tue 3 Mar (Europe/London), 60 minutes before the start". */
  message: string;
  /** For a disabled button: "Check-in opens at 09:00", with the day when it is not today. */
  short: string;
}

const OPENS: Record<AttendanceAction, string> = {
  CHECK_IN: 'Check-in opens at',
  COMPLETE: 'Completion opens at',
  NO_SHOW: 'A no-show can be recorded from',
};

function windowText(minutes: number): string {
  if (minutes === 0) return 'when the session starts';
  // "60 minutes" reads better than "1 hour" at the default; whole hours from two on.
  const span = minutes >= 120 && minutes % 60 === 0 ? `${minutes / 60} hours` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `${span} before the start`;
}

/**
 * Why `action` cannot be recorded yet at `now`, or null when it may. Only timing is judged here; the
 * status machine (nextStatus) decides whether the action applies at all.
 */
export function attendanceRefusal(
  action: AttendanceAction,
  startsAt: number,
  now: number,
  checkInWindowMinutes: number,
  zone: string,
): AttendanceRefusal | null {
  const opensAt = attendanceOpensAt(action, startsAt, checkInWindowMinutes);
  if (now >= opensAt) return null;
  const tz = assertZone(zone);
  const at = DateTime.fromMillis(opensAt, { zone: tz });
  const time = at.toFormat('HH:mm');
  // English names whatever the host's locale, so the message reads the same everywhere.
  const day = at.setLocale('en-GB').toFormat('ccc d LLL');
  const sameDay = DateTime.fromMillis(now, { zone: tz }).hasSame(at, 'day');
  const why = action === 'CHECK_IN' ? windowText(checkInWindowMinutes) : 'when the session starts';
  return {
    action,
    opensAt,
    message: `${OPENS[action]} ${time} on ${day} (${zone}), ${why}`,
    short: `${OPENS[action]} ${time}${sameDay ? '' : ` on ${day}`}`,
  };
}
