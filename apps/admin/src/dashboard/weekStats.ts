// This week's operations for the owner's dashboard, computed from the week's sessions and the
// therapists' working hours (expanded through the clinic's zone by libs/domain, so DST weeks are right).
// Attendance figures count only what has happened: a session that has not begun is "to come" whatever
// its status says (attendance cannot be recorded ahead of time, but older data may hold such records).
import { ACTIVE_STATUSES, expandWorkingHours, intersect, normalize, subtract, type Interval } from '@backtrack/domain';
import { DateTime } from 'luxon';
import type { DashboardTherapistsQuery, DashboardWeekQuery } from '../graphql/graphql';

export type WeekSession = DashboardWeekQuery['allSessions'][number];
export type WeekTherapist = DashboardTherapistsQuery['allTherapists'][number];

export interface TherapistWeek {
  therapistId: string;
  name: string;
  sessions: number;
  bookedMinutes: number;
  availableMinutes: number;
  utilization: number | null;
}

export interface WeekStats {
  /** Sessions that start this week and were not cancelled. */
  sessions: number;
  /** Of those, the ones that have begun (by `now`): the base of the attendance figures. */
  begun: number;
  /** Begun and completed. */
  completed: number;
  /** Begun, still booked or checked in: attendance to record. */
  toRecord: number;
  /** Not begun yet (and not cancelled). */
  upcoming: number;
  cancellations: number;
  lateCancellations: number;
  /** Begun and marked no-show. */
  noShows: number;
  /** No-shows over the sessions that have begun; null before any has. */
  noShowRate: number | null;
  /** Booked or attended sessions (booked, checked in, completed) and how many of them the patient confirmed by link. */
  confirmation: { confirmed: number; of: number; share: number | null };
  bookedMinutes: number;
  availableMinutes: number;
  /** Booked minutes over working minutes (time off removed); null when nobody works this week. */
  utilization: number | null;
  byTherapist: TherapistWeek[];
}

/** [Monday 00:00, next Monday 00:00) in the clinic's zone, containing `day` (YYYY-MM-DD). */
export function weekRange(day: string, zone: string): { from: string; to: string; monday: string } {
  const monday = DateTime.fromISO(day, { zone }).startOf('week');
  return { from: monday.toUTC().toISO()!, to: monday.plus({ weeks: 1 }).toUTC().toISO()!, monday: monday.toISODate()! };
}

const minutes = (list: Interval[]) => list.reduce((sum, i) => sum + (i.end - i.start), 0) / 60_000;

/** "3 completed · 1 to record · 12 to come": what has happened, then what has not. */
export function sessionsSummary({ completed, toRecord, upcoming }: Pick<WeekStats, 'completed' | 'toRecord' | 'upcoming'>): string {
  return [`${completed} completed`, ...(toRecord > 0 ? [`${toRecord} to record`] : []), `${upcoming} to come`].join(' · ');
}

/** "1 of 8 begun, 13%"; nothing to rate before a session has begun. */
export function noShowSummary({ noShows, begun, noShowRate }: Pick<WeekStats, 'noShows' | 'begun' | 'noShowRate'>): string {
  return noShowRate === null ? 'No session has begun yet' : `${noShows} of ${begun} begun, ${Math.round(noShowRate * 100)}%`;
}

/** "12 of 30 sessions, 40%"; no percentage of nothing. */
export function confirmationSummary({ confirmed, of, share }: WeekStats['confirmation']): string {
  const count = `${confirmed} of ${of} ${of === 1 ? 'session' : 'sessions'}`;
  return share === null ? count : `${count}, ${Math.round(share * 100)}%`;
}

export function weekStats(
  sessions: WeekSession[],
  therapists: WeekTherapist[],
  zone: string,
  range: { from: string; to: string },
  now: number = Date.now(),
): WeekStats {
  const week: Interval = { start: Date.parse(range.from), end: Date.parse(range.to) };
  const inWeek = sessions.filter((s) => {
    const start = Date.parse(s.startsAt);
    return start >= week.start && start < week.end;
  });
  const notCancelled = inWeek.filter((s) => s.status !== 'CANCELLED');
  const begun = notCancelled.filter((s) => Date.parse(s.startsAt) <= now);
  const noShows = begun.filter((s) => s.status === 'NO_SHOW').length;
  const byTherapist = therapists.map((t): TherapistWeek => {
    const working = expandWorkingHours(t.workingHours, zone, week);
    const off = normalize(t.timeOff.map((o) => ({ start: Date.parse(o.startsAt), end: Date.parse(o.endsAt) })));
    const available = subtract(working, off);
    const mine = inWeek.filter((s) => s.therapistId === t.id);
    const booked = normalize(
      mine.filter((s) => ACTIVE_STATUSES.includes(s.status)).map((s) => ({ start: Date.parse(s.startsAt), end: Date.parse(s.endsAt) })),
    );
    const availableMinutes = minutes(available);
    // Only booked time inside working hours counts, so an owner's override cannot push it over 100%.
    const bookedMinutes = minutes(intersect(booked, available));
    return {
      therapistId: t.id,
      name: t.displayName,
      sessions: mine.filter((s) => s.status !== 'CANCELLED').length,
      bookedMinutes,
      availableMinutes,
      utilization: availableMinutes > 0 ? bookedMinutes / availableMinutes : null,
    };
  });
  // Sessions still holding their time: a cancelled one needs no confirmation, and a no-show's confirmation says
  // nothing we act on.
  const held = inWeek.filter((s) => ACTIVE_STATUSES.includes(s.status));
  const confirmed = held.filter((s) => s.confirmedAt).length;
  const bookedMinutes = byTherapist.reduce((s, t) => s + t.bookedMinutes, 0);
  const availableMinutes = byTherapist.reduce((s, t) => s + t.availableMinutes, 0);
  return {
    sessions: notCancelled.length,
    begun: begun.length,
    completed: begun.filter((s) => s.status === 'COMPLETED').length,
    toRecord: begun.filter((s) => s.status === 'BOOKED' || s.status === 'CHECKED_IN').length,
    upcoming: notCancelled.length - begun.length,
    cancellations: inWeek.filter((s) => s.status === 'CANCELLED').length,
    lateCancellations: inWeek.filter((s) => s.status === 'CANCELLED' && s.lateCancel).length,
    noShows,
    noShowRate: begun.length > 0 ? noShows / begun.length : null,
    confirmation: { confirmed, of: held.length, share: held.length > 0 ? confirmed / held.length : null },
    bookedMinutes,
    availableMinutes,
    utilization: availableMinutes > 0 ? bookedMinutes / availableMinutes : null,
    byTherapist,
  };
}
