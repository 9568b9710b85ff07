// Pure layout for the calendar grid: which minutes of a day a column shows, and side-by-side lanes
// for sessions that overlap (a cancelled session and its replacement, or several therapists in the
// clinic-wide week view).
import { expandWorkingHours, type Interval } from '@backtrack/domain';
import { dayInterval, minuteOfDay, type IsoDate } from '../shared/time';
import type { Therapist } from '../shared/catalog';
import type { Session } from './api';

export interface Placed {
  session: Session;
  start: number;
  end: number;
  blockedEnd: number;
  lane: number;
  lanes: number;
}

export type MinuteRange = [number, number];

/** Sessions of one clinic-local day as minute ranges, each with a lane so overlapping ones sit side by side. */
export function placeSessions(sessions: Session[], date: IsoDate, zone: string): Placed[] {
  const items = sessions
    .map((session) => ({
      session,
      start: Math.max(0, minuteOfDay(session.startsAt, date, zone)),
      end: Math.min(1440, minuteOfDay(session.endsAt, date, zone)),
      blockedEnd: Math.min(1440, minuteOfDay(session.blockedUntil, date, zone)),
      lane: 0,
      lanes: 1,
    }))
    .filter((p) => p.end > p.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  // Clusters of transitively overlapping sessions share one lane count.
  let cluster: typeof items = [];
  let clusterEnd = -1;
  const flush = () => {
    const laneEnds: number[] = [];
    for (const item of cluster) {
      let lane = laneEnds.findIndex((end) => end <= item.start);
      if (lane === -1) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = item.end;
      item.lane = lane;
    }
    for (const item of cluster) item.lanes = laneEnds.length;
    cluster = [];
  };
  for (const item of items) {
    if (item.start >= clusterEnd && cluster.length) flush();
    cluster.push(item);
    clusterEnd = Math.max(clusterEnd, item.end);
  }
  if (cluster.length) flush();
  return items;
}

/** A therapist's working time on one clinic-local day, as instants (the domain expands it through the zone). */
export function workingIntervals(therapist: Therapist, date: IsoDate, zone: string): Interval[] {
  return expandWorkingHours(therapist.workingHours, zone, dayInterval(date, zone));
}

/** Instants within one clinic-local day as wall-clock minutes of that day, for drawing. */
export function minuteRanges(intervals: Interval[], date: IsoDate, zone: string): MinuteRange[] {
  const iso = (instant: number) => new Date(instant).toISOString();
  return intervals.map((i): MinuteRange => [minuteOfDay(iso(i.start), date, zone), minuteOfDay(iso(i.end), date, zone)]);
}

/** Time off overlapping the day, as minutes. */
export function timeOffMinutes(therapist: Therapist, date: IsoDate, zone: string): { range: MinuteRange; reason: string }[] {
  return therapist.timeOff
    .map((off) => ({
      range: [Math.max(0, minuteOfDay(off.startsAt, date, zone)), Math.min(1440, minuteOfDay(off.endsAt, date, zone))] as MinuteRange,
      reason: off.reason,
    }))
    .filter(({ range }) => range[1] > range[0]);
}

/** The hours to draw: working time and sessions, at least 08:00–18:00, whole hours. */
export function visibleHours(ranges: MinuteRange[]): MinuteRange {
  let start = 8 * 60;
  let end = 18 * 60;
  for (const [s, e] of ranges) {
    start = Math.min(start, s);
    end = Math.max(end, e);
  }
  return [Math.floor(start / 60) * 60, Math.min(1440, Math.ceil(end / 60) * 60)];
}

/** "09:00–12:30, 13:30–17:00" or "Not working". */
export function describeHours(ranges: MinuteRange[]): string {
  if (!ranges.length) return 'Not working';
  const f = (m: number) => `${String(Math.floor(m / 60) % 25).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return ranges.map(([s, e]) => `${f(s)}–${f(e)}`).join(', ');
}

/**
 * The therapists who take a column on `date`: those with working time that day, and any with a session
 * then (hours changed since it was booked, or an owner's booking outside them), so nothing is hidden.
 * A therapist who neither works nor has a session that day takes no room in the week view.
 */
export function therapistsOnDay(therapists: Therapist[], date: IsoDate, zone: string, sessions: Session[]): Therapist[] {
  return therapists.filter(
    (t) =>
      workingIntervals(t, date, zone).length > 0 ||
      sessions.some(
        (s) => s.therapist.id === t.id && minuteOfDay(s.startsAt, date, zone) >= 0 && minuteOfDay(s.startsAt, date, zone) < 1440,
      ),
  );
}

/** `minute` rounded down to the clinic's slot step. */
export function snapToStep(minute: number, step: number): number {
  return Math.floor(minute / step) * step;
}

/**
 * The start minutes offered as free cells: every slot step inside working time, not under a session
 * that still holds its time (buffer included) and not before `notBefore` (now, on today's column).
 */
export function freeCellMinutes(working: MinuteRange[], busy: MinuteRange[], step: number, notBefore = -1): number[] {
  const out: number[] = [];
  for (const [start, end] of working) {
    for (let m = Math.ceil(start / step) * step; m + step <= end; m += step) {
      if (m < notBefore) continue;
      if (busy.some(([s, e]) => s < m + step && m < e)) continue;
      out.push(m);
    }
  }
  return out;
}
