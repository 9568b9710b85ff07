// Who may act on a therapist's calendar: OWNER and FRONT_DESK on every therapist of the clinic, a
// THERAPIST only on their own (PRODUCT.md section 1).
import { ForbiddenError } from '../common/app-error.js';
import { currentStaff } from '../common/request-context.js';

export function assertActsFor(therapistUserId: string, what = 'sessions'): void {
  // No staff member: a patient acting through a signed link (a wait-list claim), bound to one offer.
  const actor = currentStaff();
  if (actor?.role === 'THERAPIST' && actor.userId !== therapistUserId) {
    throw new ForbiddenError(`A therapist can only act on their own ${what}`);
  }
}
