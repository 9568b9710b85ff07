import type { LinkView } from './api';

/** Where an appointment stands for a patient holding a confirm or cancel link. */
export type SessionState = 'upcoming' | 'cancelled' | 'past';

export function sessionStateOf(view: LinkView, now: number): SessionState {
  if (view.sessionStatus === 'CANCELLED') return 'cancelled';
  // Checked in, completed or missed, or simply begun: nothing is left to confirm or cancel.
  if (view.sessionStatus !== 'BOOKED' || Date.parse(view.startsAt) <= now) return 'past';
  return 'upcoming';
}
