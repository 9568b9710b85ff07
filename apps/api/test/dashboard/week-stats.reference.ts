// The reference for weekStatistics: the computation the admin's dashboard ran in the browser over
// pages of sessions before the week moved into PostgreSQL (issue 13), kept as plain TypeScript over the
// domain's interval algebra and working-hours expansion, so that the SQL can be compared with it on
// random data. Its one change: it takes every time off of the week, where the admin only had those
// not yet over (allTherapists' timeOff), which left past weeks' time off counted as working time.
import { ACTIVE_STATUSES, expandWorkingHours, intersect, normalize, subtract, type Interval, type SessionStatus } from '@backtrack/domain';

export interface ReferenceSession {
  startsAt: string;
  endsAt: string;
  status: SessionStatus;
  lateCancel: boolean;
  therapistId: string;
  confirmedAt: string | null;
}

export interface ReferenceTherapist {
  id: string;
  displayName: string;
  workingHours: { weekday: number; start: string; end: string }[];
  timeOff: { startsAt: string; endsAt: string }[];
}

const minutes = (list: Interval[]) => list.reduce((sum, i) => sum + (i.end - i.start), 0) / 60_000;
const ratio = (count: number, of: number) => (of > 0 ? count / of : null);

/** `therapists`: the clinic's active therapists, in the order the result lists them. */
export function referenceWeekStats(
  sessions: ReferenceSession[],
  therapists: ReferenceTherapist[],
  zone: string,
  range: { from: string; to: string },
  now: number,
) {
  const week: Interval = { start: Date.parse(range.from), end: Date.parse(range.to) };
  const inWeek = sessions.filter((s) => {
    const start = Date.parse(s.startsAt);
    return start >= week.start && start < week.end;
  });
  const notCancelled = inWeek.filter((s) => s.status !== 'CANCELLED');
  const begun = notCancelled.filter((s) => Date.parse(s.startsAt) <= now);
  const noShows = begun.filter((s) => s.status === 'NO_SHOW').length;
  const byTherapist = therapists.map((t) => {
    const available = subtract(
      expandWorkingHours(t.workingHours, zone, week),
      normalize(t.timeOff.map((o) => ({ start: Date.parse(o.startsAt), end: Date.parse(o.endsAt) }))),
    );
    const mine = inWeek.filter((s) => s.therapistId === t.id);
    const booked = normalize(
      mine.filter((s) => ACTIVE_STATUSES.includes(s.status)).map((s) => ({ start: Date.parse(s.startsAt), end: Date.parse(s.endsAt) })),
    );
    const availableMinutes = minutes(available);
    const bookedMinutes = minutes(intersect(booked, available));
    return {
      therapistId: t.id,
      name: t.displayName,
      sessions: mine.filter((s) => s.status !== 'CANCELLED').length,
      bookedMinutes,
      availableMinutes,
      utilization: ratio(bookedMinutes, availableMinutes),
    };
  });
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
    noShowRate: ratio(noShows, begun.length),
    confirmation: { confirmed, of: held.length, share: ratio(confirmed, held.length) },
    bookedMinutes,
    availableMinutes,
    utilization: ratio(bookedMinutes, availableMinutes),
    byTherapist,
  };
}
