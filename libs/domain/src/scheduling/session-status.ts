import { SchedulingInputError } from './errors.js';

export type SessionStatus = 'BOOKED' | 'CHECKED_IN' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';
export type SessionAction = 'CHECK_IN' | 'COMPLETE' | 'CANCEL' | 'NO_SHOW' | 'RESCHEDULE';

/** Statuses that hold their time: they block therapist, room and patient. */
export const ACTIVE_STATUSES: readonly SessionStatus[] = ['BOOKED', 'CHECKED_IN', 'COMPLETED'];

// Completion requires check-in; once checked in the patient came, so neither no-show nor cancel.
const TRANSITIONS: Record<SessionStatus, Partial<Record<SessionAction, SessionStatus>>> = {
  BOOKED: { CHECK_IN: 'CHECKED_IN', CANCEL: 'CANCELLED', NO_SHOW: 'NO_SHOW', RESCHEDULE: 'BOOKED' },
  CHECKED_IN: { COMPLETE: 'COMPLETED' },
  COMPLETED: {},
  CANCELLED: {},
  NO_SHOW: {},
};

/** The status after `action`, or null when the transition is not allowed. */
export function nextStatus(from: SessionStatus, action: SessionAction): SessionStatus | null {
  return TRANSITIONS[from]?.[action] ?? null;
}

/** Late when cancelled less than the window before the start, or after it has begun. */
export function isLateCancellation(startsAt: number, now: number, lateCancelWindowHours: number): boolean {
  if (!Number.isFinite(lateCancelWindowHours) || lateCancelWindowHours < 0) {
    throw new SchedulingInputError('lateCancelWindowHours', 'Late-cancel window must be a non-negative number of hours');
  }
  return startsAt - now < lateCancelWindowHours * 3_600_000;
}
