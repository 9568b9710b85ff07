// When reminders go out: a fixed set of offsets before the session, never inside the clinic's quiet
// hours (a reminder due in them waits for their end), all read on the clinic's own clock so that a
// DST change moves nothing a patient would notice.
import { DateTime } from 'luxon';
import { addDays, assertZone, localDateOf } from '../scheduling/local-date.js';
import { localToInstant, wallTimeMinutes, type WallTime } from '../scheduling/wall-time.js';

const HOUR_MS = 3_600_000;

/** Local times; overnight when start is later than end (21:00–08:00). Equal times: no quiet hours. */
export interface QuietHours {
  start: WallTime;
  end: WallTime;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '08:00' };
export const DEFAULT_REMINDER_OFFSETS_HOURS = [48, 2] as const;

/** `due` itself, or the end of the quiet hours it falls in, on the clinic's clock. */
export function outsideQuietHours(due: number, quiet: QuietHours, zone: string): number {
  const start = wallTimeMinutes(quiet.start, { field: 'quietHoursStart' });
  const end = wallTimeMinutes(quiet.end, { field: 'quietHoursEnd' });
  if (start === end) return due;
  const local = DateTime.fromMillis(due, { zone: assertZone(zone) });
  const minute = local.hour * 60 + local.minute;
  const today = localDateOf(due, zone);
  if (start < end) return minute >= start && minute < end ? localToInstant(today, quiet.end, zone) : due;
  if (minute >= start) return localToInstant(addDays(today, 1), quiet.end, zone);
  if (minute < end) return localToInstant(today, quiet.end, zone);
  return due;
}

/** The instant quiet hours last began at or before `instant` (for a reminder that would otherwise be too late). */
function lastQuietStart(instant: number, quiet: QuietHours, zone: string): number {
  const today = localDateOf(instant, zone);
  const startToday = localToInstant(today, quiet.start, zone);
  return startToday <= instant ? startToday : localToInstant(addDays(today, -1), quiet.start, zone);
}

export interface ReminderPlan {
  /** The offset this reminder stands for, in hours before the session. */
  offsetHours: number;
  sendAt: number;
}

/**
 * The reminders of a session starting at `startsAt`, one per offset, latest offset first, leaving out
 * those whose time has passed at `now` and any that would coincide with an earlier one. A reminder due
 * in quiet hours goes out at their end; if that would be at or after the session's start (a 2-hour
 * reminder for an 08:00 session), it goes out just before quiet hours began, the evening before.
 */
export function planReminders(
  startsAt: number,
  offsetsHours: readonly number[],
  quiet: QuietHours,
  zone: string,
  now: number,
): ReminderPlan[] {
  const plans: ReminderPlan[] = [];
  const taken = new Set<number>();
  for (const offsetHours of [...offsetsHours].sort((a, b) => b - a)) {
    const due = startsAt - offsetHours * HOUR_MS;
    let sendAt = outsideQuietHours(due, quiet, zone);
    if (sendAt >= startsAt) sendAt = lastQuietStart(due, quiet, zone) - 60_000;
    if (sendAt < now || sendAt >= startsAt || taken.has(sendAt)) continue;
    taken.add(sendAt);
    plans.push({ offsetHours, sendAt });
  }
  return plans;
}
