// Moving a BOOKED session: the same parties and rules as a new booking, except that the session's own
// current slot is no conflict, and it keeps the length and buffer it was booked with.
import { Injectable } from '@nestjs/common';
import { AuditAction } from '../../audit/audit-action.js';
import { AuditService } from '../../audit/audit.service.js';
import { SessionMessagesService } from '../../reminders/session-messages.service.js';
import { SessionLifecycleService } from '../sessions/session-lifecycle.service.js';
import type { RescheduleSessionArgs } from '../sessions/session.inputs.js';
import { SessionsRepository, type SessionRecord } from '../sessions/sessions.repository.js';
import { BookingChecksService, type Placement } from './booking-checks.service.js';
import { bookingError, conflictDetails, overlapError } from './booking-errors.js';
import { BookingPartiesService } from './booking-parties.service.js';

@Injectable()
export class RescheduleService {
  constructor(
    private readonly lifecycle: SessionLifecycleService,
    private readonly parties: BookingPartiesService,
    private readonly checks: BookingChecksService,
    private readonly sessions: SessionsRepository,
    private readonly sessionMessages: SessionMessagesService,
    private readonly audit: AuditService,
  ) {}

  async reschedule(args: RescheduleSessionArgs): Promise<SessionRecord> {
    const session = await this.lifecycle.loadForAction(args.id);
    this.lifecycle.target(session, 'RESCHEDULE');
    this.parties.assertMayOverride(args.overrideReason);
    const roomId = args.roomId ?? session.roomId;
    const parties = await this.parties.resolve(
      { patientId: session.patientId, therapistId: session.therapistId, serviceTypeId: session.serviceTypeId, roomId },
      '',
      { existingService: true },
    );
    const start = args.startsAt.getTime();
    const end = start + (session.endsAt.getTime() - session.startsAt.getTime());
    const placement: Placement = {
      therapistId: session.therapistId,
      roomId,
      patientId: session.patientId,
      start,
      end,
      blockedEnd: end + (session.blockedUntil.getTime() - session.endsAt.getTime()),
    };
    const options = { excludeSessionId: session.id, allowOverlap: Boolean(args.overrideReason) };
    const { violations, busy } = await this.checks.check(parties.clinic, [placement], options);
    const refused = bookingError(violations[0]!, busy, parties.clinic.timezone, 'startsAt');
    if (refused) throw refused;

    const outcome = await this.sessions.transition(
      session.id,
      session.status,
      {
        startsAt: new Date(start),
        endsAt: new Date(end),
        blockedUntil: new Date(placement.blockedEnd),
        roomId,
        // A new time needs its own justification: an earlier override does not carry over.
        overrideReason: args.overrideReason?.trim() || null,
      },
      async (tx) => {
        const fields = ['startsAt', ...(roomId !== session.roomId ? ['roomId'] : []), ...(args.overrideReason ? ['overrideReason'] : [])];
        await this.audit.record(
          { action: AuditAction.RESCHEDULE, entity: 'Session', entityId: session.id, patientId: session.patientId, fields },
          tx,
        );
        await this.sessionMessages.rescheduled(tx, session.id);
      },
    );
    if (outcome === 'stale') throw await this.lifecycle.staleError(session.id, 'RESCHEDULE');
    if (outcome === 'overlap') {
      const again = await this.checks.check(parties.clinic, [placement], { excludeSessionId: session.id });
      throw overlapError('Another booking took this time a moment ago', conflictDetails(again.violations[0]!, again.busy));
    }
    return (await this.sessions.findById(session.id))!;
  }
}
