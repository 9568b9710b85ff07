// Status changes after booking: check in, complete (with the treatment note), cancel, no-show. The
// domain's nextStatus decides what is allowed; the repository's compare-and-set makes a racing second
// change fail as INVALID_TRANSITION instead of overwriting the first.
import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { attendanceRefusal, isLateCancellation, nextStatus, type AttendanceAction, type SessionAction } from '@backtrack/domain';
import { AuditAction } from '../../audit/audit-action.js';
import { AuditService } from '../../audit/audit.service.js';
import { ConflictError, NotFoundError, type AppError } from '../../common/app-error.js';
import { currentActor } from '../../common/request-context.js';
import type { SessionStatus } from '../../generated/prisma/client.js';
import { ClinicSettingsRepository } from '../clinic-settings/clinic-settings.repository.js';
import { assertActsFor } from '../scheduling-access.js';
import { AttendanceTooEarlyError, InvalidTransitionError } from '../scheduling.errors.js';
import { noteContent } from '../../clinical/notes/treatment-note.inputs.js';
import { CancelScope, type TreatmentNoteInput } from './session.inputs.js';
import { SessionsRepository, type AfterTransition, type SessionRecord, type TransitionData } from './sessions.repository.js';
import { QuestionnaireRequestsService } from '../../questionnaires/questionnaire-requests.service.js';
import { SessionMessagesService } from '../../reminders/session-messages.service.js';
import { WaitlistOffersService, type FreedSlot } from '../../waitlist/waitlist-offers.service.js';

/** The time a cancelled session gives back, as the wait list is offered it. */
export function freedSlotOf(
  session: Pick<SessionRecord, 'therapistId' | 'serviceTypeId' | 'roomId' | 'startsAt' | 'endsAt' | 'patientId'> & {
    therapist: { displayName: string };
    serviceType: { name: string };
  },
): FreedSlot {
  return {
    therapistId: session.therapistId,
    therapistName: session.therapist.displayName,
    serviceTypeId: session.serviceTypeId,
    serviceName: session.serviceType.name,
    roomId: session.roomId,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    freedByPatientId: session.patientId,
  };
}

@Injectable()
export class SessionLifecycleService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly clinics: ClinicSettingsRepository,
    private readonly audit: AuditService,
    private readonly sessionMessages: SessionMessagesService,
    private readonly offers: WaitlistOffersService,
    private readonly questionnaires: QuestionnaireRequestsService,
  ) {}

  /** The session, provided the actor may act on it (a therapist only on their own). */
  async loadForAction(id: string): Promise<SessionRecord> {
    const session = await this.sessions.findById(id);
    if (!session) throw new NotFoundError('Session', id);
    assertActsFor(session.therapist.userId);
    return session;
  }

  /** The status `action` leads to from the session's current one, or INVALID_TRANSITION. */
  target(session: SessionRecord, action: SessionAction): SessionStatus {
    const to = nextStatus(session.status, action);
    if (!to) throw new InvalidTransitionError(action, session.status);
    return to;
  }

  /** Attendance only once it can be true: check-in from the clinic's window before the start, the rest from the start. */
  async assertAttendanceOpen(session: SessionRecord, action: AttendanceAction, now: Date): Promise<void> {
    const clinic = await this.clinics.current();
    const refusal = attendanceRefusal(action, session.startsAt.getTime(), now.getTime(), clinic.checkInWindowMinutes, clinic.timezone);
    if (refusal) throw new AttendanceTooEarlyError(refusal, session.status);
  }

  /**
   * After a lost compare-and-set: the status that won; or, when the session is still as it was read
   * (`read`, the session the refused change was decided on) but for its time, where it was moved to;
   * or, when it is unchanged, that another session of its series changed.
   */
  async staleError(id: string, action: SessionAction | 'REVERT', read?: SessionRecord): Promise<AppError> {
    const now = await this.sessions.findById(id);
    if (now && read && now.status === read.status) {
      if (now.startsAt.getTime() !== read.startsAt.getTime()) {
        const { timezone } = await this.clinics.current();
        const when = DateTime.fromJSDate(now.startsAt, { zone: timezone }).setLocale('en-GB').toFormat("HH:mm 'on' ccc d LLL");
        return new ConflictError(`This session was moved to ${when} (${timezone}) while you were changing it; look at it again and retry`, {
          sessionIds: [id],
          startsAt: now.startsAt.toISOString(),
        });
      }
      return new ConflictError('Another session of this series changed while you were changing it; look at the series again and retry', {
        sessionIds: [id],
      });
    }
    return new InvalidTransitionError(action, now?.status ?? 'gone');
  }

  async checkIn(id: string): Promise<SessionRecord> {
    return this.apply(id, 'CHECK_IN', AuditAction.CHECK_IN, (now) => ({ checkedInAt: now }));
  }

  async markNoShow(id: string): Promise<SessionRecord> {
    return this.apply(id, 'NO_SHOW', AuditAction.NO_SHOW, (now) => ({ noShowAt: now }));
  }

  async cancel(id: string, reason: string, scope: CancelScope = CancelScope.THIS): Promise<SessionRecord> {
    const session = await this.loadForAction(id);
    const status = this.target(session, 'CANCEL');
    const clinic = await this.clinics.current();
    const now = new Date();
    const data = (s: SessionRecord): TransitionData => ({
      status,
      cancelReason: reason.trim(),
      cancelledAt: now,
      lateCancel: isLateCancellation(s.startsAt.getTime(), now.getTime(), clinic.lateCancelWindowHours),
    });
    const wholeSeries = scope === CancelScope.THIS_AND_FOLLOWING && session.seriesId;
    const cancelled = wholeSeries ? await this.sessions.bookedInSeriesFrom(session.seriesId!, session.startsAt) : [session];
    // Committed with the cancellation: reminders withdrawn, the patient told, the freed time offered.
    const afterCancel: AfterTransition = async (tx) => {
      await this.audit.recordMany(
        cancelled.map((s) => ({ action: AuditAction.CANCEL, entity: 'Session', entityId: s.id, patientId: s.patientId })),
        tx,
      );
      await this.sessionMessages.cancelled(
        tx,
        cancelled.map((s) => s.id),
        'STAFF',
      );
      await this.offers.offer(tx, cancelled.map(freedSlotOf));
    };
    // Late or not was decided on each session's start as read: a move in between makes it stale.
    if (wholeSeries) {
      const changes = cancelled.map((s) => ({ id: s.id, expected: { status: 'BOOKED' as const, startsAt: s.startsAt }, data: data(s) }));
      if ((await this.sessions.transitionAll(changes, afterCancel)) !== 'done') throw await this.staleError(id, 'CANCEL', session);
    } else if (
      (await this.sessions.transition(id, { status: session.status, startsAt: session.startsAt }, data(session), afterCancel)) !== 'done'
    ) {
      throw await this.staleError(id, 'CANCEL', session);
    }
    return (await this.sessions.findById(id))!;
  }

  async complete(id: string, note: TreatmentNoteInput): Promise<SessionRecord> {
    const session = await this.loadForAction(id);
    this.target(session, 'COMPLETE');
    const completedAt = new Date();
    await this.assertAttendanceOpen(session, 'COMPLETE', completedAt);
    const outcome = await this.sessions.complete(
      id,
      completedAt,
      {
        authorId: currentActor().userId,
        ...noteContent(note),
      },
      async (tx, noteId) => {
        await this.audit.recordMany(
          [
            { action: AuditAction.COMPLETE, entity: 'Session', entityId: id, patientId: session.patientId },
            { action: AuditAction.CREATE, entity: 'TreatmentNote', entityId: noteId, patientId: session.patientId },
          ],
          tx,
        );
        // Every Nth completed session of the episode asks the patient how they are at home
        await this.questionnaires.sessionCompleted(tx, id, completedAt);
      },
    );
    if (outcome !== 'done') throw await this.staleError(id, 'COMPLETE');
    return (await this.sessions.findById(id))!;
  }

  private async apply(
    id: string,
    action: AttendanceAction,
    audited: AuditAction,
    data: (now: Date) => TransitionData,
  ): Promise<SessionRecord> {
    const session = await this.loadForAction(id);
    const status = this.target(session, action);
    const now = new Date();
    await this.assertAttendanceOpen(session, action, now);
    const audit: AfterTransition = (tx) =>
      this.audit.record({ action: audited, entity: 'Session', entityId: id, patientId: session.patientId }, tx);
    // The attendance window was checked against the start as read: a move in between makes it stale.
    const expected = { status: session.status, startsAt: session.startsAt };
    if ((await this.sessions.transition(id, expected, { ...data(now), status }, audit)) !== 'done')
      throw await this.staleError(id, action, session);
    return (await this.sessions.findById(id))!;
  }
}
