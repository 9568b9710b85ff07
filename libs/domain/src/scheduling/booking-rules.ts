import { type Interval, containsInterval, overlaps } from './interval.js';

export interface BookingCandidate {
  start: number;
  end: number;
  /** end + the service's buffer; the buffer counts for conflicts. */
  blockedEnd: number;
}

export type BusyReason = 'THERAPIST' | 'ROOM' | 'PATIENT';

/** An active session sharing the therapist, room or patient with the candidate. */
export interface BusySession {
  sessionId: string;
  start: number;
  blockedEnd: number;
  reason: BusyReason;
}

export interface BookingContext {
  working: Interval[];
  timeOff: Interval[];
  busy: BusySession[];
  now: number;
  minimumNoticeMinutes: number;
}

export type BookingViolation =
  | { rule: 'OUTSIDE_WORKING_HOURS' }
  | { rule: 'DURING_TIME_OFF' }
  | { rule: 'TOO_SOON'; earliest: number }
  | { rule: 'OVERLAP'; conflicts: { sessionId: string; reason: BusyReason }[] };

export type BookingCheck = (candidate: BookingCandidate, context: BookingContext) => BookingViolation | null;

const session = (c: BookingCandidate): Interval => ({ start: c.start, end: c.end });

/** The session itself must lie within one working block; its buffer may run past closing. */
export const withinWorkingHours: BookingCheck = (candidate, context) =>
  containsInterval(context.working, session(candidate)) ? null : { rule: 'OUTSIDE_WORKING_HOURS' };

export const outsideTimeOff: BookingCheck = (candidate, context) =>
  context.timeOff.some((off) => overlaps(off, session(candidate))) ? { rule: 'DURING_TIME_OFF' } : null;

export const afterMinimumNotice: BookingCheck = (candidate, context) => {
  const earliest = context.now + context.minimumNoticeMinutes * 60_000;
  return candidate.start < earliest ? { rule: 'TOO_SOON', earliest } : null;
};

/** Buffers on both sides count; one session busy for two reasons is listed once per reason. */
export const noOverlap: BookingCheck = (candidate, context) => {
  const mine: Interval = { start: candidate.start, end: candidate.blockedEnd };
  const seen = new Set<string>();
  const conflicts: { sessionId: string; reason: BusyReason }[] = [];
  for (const busy of context.busy) {
    const key = `${busy.sessionId}\u0000${busy.reason}`;
    if (seen.has(key) || !overlaps(mine, { start: busy.start, end: busy.blockedEnd })) continue;
    seen.add(key);
    conflicts.push({ sessionId: busy.sessionId, reason: busy.reason });
  }
  return conflicts.length > 0 ? { rule: 'OVERLAP', conflicts } : null;
};

export const bookingChecks: readonly BookingCheck[] = [withinWorkingHours, outsideTimeOff, afterMinimumNotice, noOverlap];

/** Every violation, not just the first, so the caller can report them all at once. */
export function evaluateBooking(
  candidate: BookingCandidate,
  context: BookingContext,
  checks: readonly BookingCheck[] = bookingChecks,
): BookingViolation[] {
  return checks.map((check) => check(candidate, context)).filter((v): v is BookingViolation => v !== null);
}
