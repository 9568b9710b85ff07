// An owner undoes a no-show or a cancellation recorded by mistake: the session is BOOKED again, the
// marks of the mistake cleared, and its reminders planned again. The reason is free text that may name
// the patient, so it is kept with the session (appended to its notes, which staff already read) and
// the audit event names only the fields the revert set, as every audited change does.
import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AuditAction } from '../../audit/audit-action.js';
import { AuditService } from '../../audit/audit.service.js';
import { SessionMessagesService } from '../../reminders/session-messages.service.js';
import { BookingChecksService } from '../booking/booking-checks.service.js';
import { conflictDetails, overlapError } from '../booking/booking-errors.js';
import { ClinicSettingsRepository } from '../clinic-settings/clinic-settings.repository.js';
import { WaitlistOffersService } from '../../waitlist/waitlist-offers.service.js';
import { InvalidTransitionError } from '../scheduling.errors.js';
import { SessionLifecycleService } from './session-lifecycle.service.js';
import { SessionsRepository, type SessionRecord, type TransitionData } from './sessions.repository.js';

const REVERTIBLE = { NO_SHOW: 'no-show', CANCELLED: 'cancellation' } as const;

@Injectable()
export class SessionRevertService {
  constructor(
    private readonly lifecycle: SessionLifecycleService,
    private readonly sessions: SessionsRepository,
    private readonly clinics: ClinicSettingsRepository,
    private readonly checks: BookingChecksService,
    private readonly audit: AuditService,
    private readonly sessionMessages: SessionMessagesService,
    private readonly offers: WaitlistOffersService,
  ) {}

  async revert(id: string, reason: string): Promise<SessionRecord> {
    const session = await this.lifecycle.loadForAction(id);
    if (session.status !== 'NO_SHOW' && session.status !== 'CANCELLED') throw new InvalidTransitionError('REVERT', session.status);
    const clinic = await this.clinics.current();
    const today = DateTime.now().setZone(clinic.timezone).toISODate();
    const line = `Reverted ${REVERTIBLE[session.status]} to booked on ${today}: ${reason.trim()}`;
    const cleared: TransitionData =
      session.status === 'NO_SHOW' ? { noShowAt: null } : { cancelledAt: null, cancelReason: null, lateCancel: false };
    const data: TransitionData = { status: 'BOOKED', ...cleared, notes: session.notes ? `${session.notes}\n${line}` : line };

    const outcome = await this.sessions.transition(id, session.status, data, async (tx) => {
      await this.audit.record(
        { action: AuditAction.REVERT, entity: 'Session', entityId: id, patientId: session.patientId, fields: Object.keys(data) },
        tx,
      );
      // Booked again: reminders still ahead are planned anew (none for a session already past).
      await this.sessionMessages.booked(tx, [id]);
      // The time its cancellation offered to the wait list is taken again.
      if (session.status === 'CANCELLED') await this.offers.withdraw(tx, { therapistId: session.therapistId, startsAt: session.startsAt });
    });
    if (outcome === 'stale') throw await this.lifecycle.staleError(id, 'REVERT');
    if (outcome === 'overlap') {
      // The exclusion constraints refused: someone booked the freed time meanwhile. Name who.
      const placement = {
        therapistId: session.therapistId,
        roomId: session.roomId,
        patientId: session.patientId,
        start: session.startsAt.getTime(),
        end: session.endsAt.getTime(),
        blockedEnd: session.blockedUntil.getTime(),
      };
      const again = await this.checks.check(clinic, [placement], { excludeSessionId: id });
      throw overlapError(
        'This time has been booked by another session since the cancellation; book a new time instead',
        conflictDetails(again.violations[0] ?? [], again.busy),
      );
    }
    return (await this.sessions.findById(id))!;
  }
}
