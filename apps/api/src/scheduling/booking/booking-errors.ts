// Booking-rule violations as API errors: an overlap is CONFLICT listing the conflicting session ids;
// any other rule (working hours, time off, notice) is BAD_USER_INPUT naming the start field.
import type { BookingViolation, BusySession } from '@backtrack/domain';
import { DateTime } from 'luxon';
import { AppError, ConflictError, ErrorCode } from '../../common/app-error.js';

export interface ConflictDetail {
  sessionId: string;
  reason: string;
  startsAt: string;
}

const REASON_TEXT = { THERAPIST: 'the therapist', ROOM: 'the room', PATIENT: 'the patient' } as const;

function local(instant: number, zone: string): string {
  return DateTime.fromMillis(instant, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');
}

export function describeViolation(violation: BookingViolation, zone: string): string {
  switch (violation.rule) {
    case 'OUTSIDE_WORKING_HOURS':
      return 'The therapist does not work at this time';
    case 'DURING_TIME_OFF':
      return 'The therapist is on time off at this time';
    case 'TOO_SOON':
      return `Too short notice: the earliest bookable start is ${local(violation.earliest, zone)} (${zone})`;
    case 'OVERLAP': {
      const who = [...new Set(violation.conflicts.map((c) => REASON_TEXT[c.reason]))].join(', ');
      return `Overlaps another session (buffer included) of ${who}`;
    }
  }
}

export function conflictDetails(violations: BookingViolation[], busy: BusySession[]): ConflictDetail[] {
  const startOf = new Map(busy.map((b) => [b.sessionId, b.start]));
  return violations.flatMap((v) =>
    v.rule === 'OVERLAP'
      ? v.conflicts.map((c) => ({
          sessionId: c.sessionId,
          reason: c.reason,
          startsAt: new Date(startOf.get(c.sessionId) ?? 0).toISOString(),
        }))
      : [],
  );
}

const uniqueIds = (conflicts: ConflictDetail[]): string[] => [...new Set(conflicts.map((c) => c.sessionId))];

/** BAD_USER_INPUT for a slot the rules forbid, naming the offending field and the rules broken. */
export class BookingRuleError extends AppError {
  constructor(field: string, message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field, issues: [{ field, message }], ...details });
  }
}

/** The error for one placement's violations (none → null). */
export function bookingError(violations: BookingViolation[], busy: BusySession[], zone: string, field: string): AppError | null {
  if (violations.length === 0) return null;
  const conflicts = conflictDetails(violations, busy);
  const others = violations.filter((v) => v.rule !== 'OVERLAP');
  if (others.length > 0) {
    const message = others.map((v) => describeViolation(v, zone)).join('; ');
    return new BookingRuleError(field, message, {
      rules: violations.map((v) => v.rule),
      ...(conflicts.length ? { conflicts, sessionIds: uniqueIds(conflicts) } : {}),
    });
  }
  return overlapError(describeViolation(violations[0]!, zone), conflicts);
}

export function overlapError(message: string, conflicts: ConflictDetail[]): ConflictError {
  return new ConflictError(message, { rules: ['OVERLAP'], conflicts, sessionIds: uniqueIds(conflicts) });
}

export interface OccurrenceResult {
  index: number;
  start: number;
  violations: BookingViolation[];
}

/**
 * One error for a whole series, listing every failing occurrence with its local date: CONFLICT when
 * any occurrence overlaps another session, otherwise BAD_USER_INPUT on `field`.
 */
export function seriesError(results: OccurrenceResult[], busy: BusySession[], zone: string, field: string): AppError | null {
  const failing = results.filter((r) => r.violations.length > 0);
  if (failing.length === 0) return null;
  const occurrences = failing.flatMap((r) =>
    r.violations.map((v) => ({
      index: r.index,
      startsAt: new Date(r.start).toISOString(),
      localDate: DateTime.fromMillis(r.start, { zone }).toISODate(),
      rule: v.rule,
      message: describeViolation(v, zone),
      sessionIds: uniqueIds(conflictDetails([v], busy)),
    })),
  );
  const conflicts = conflictDetails(
    failing.flatMap((r) => r.violations),
    busy,
  );
  const summary = `${failing.length} of ${results.length} occurrences cannot be booked: ${occurrences.map((o) => `${o.localDate} (${o.rule})`).join(', ')}`;
  const details = { occurrences, conflicts, sessionIds: uniqueIds(conflicts) };
  if (occurrences.some((o) => o.rule === 'OVERLAP'))
    return new ConflictError(summary, { rules: [...new Set(occurrences.map((o) => o.rule))], ...details });
  return new BookingRuleError(field, summary, { rules: [...new Set(occurrences.map((o) => o.rule))], ...details });
}
