// The messages a session's life sends its patient: reminders planned when it is booked (one set per
// occurrence of a series), replanned when it moves, withdrawn when it is cancelled, and a cancellation
// notice carrying the calendar's CANCEL. Everything is written in the transaction of the change itself,
// so a booking that rolls back leaves no message behind, and the dispatcher sends them when due.
import { Injectable } from '@nestjs/common';
import { planReminders } from '@backtrack/domain';
import type { TenantTransaction } from '../database/prisma.service.js';
import { MessagesService } from '../messages/messages.service.js';
import { QuestionnaireRequestsService } from '../questionnaires/questionnaire-requests.service.js';
import { appointmentCalendar, appointmentLines, localWhen, type Appointment } from './appointment.js';
import { RemindersRepository, type ReminderSettings, type SessionDetails } from './reminders.repository.js';

const HOUR_MS = 3_600_000;
/** Calendar links outlive the session by a day, so "add to calendar" still works on the day. */
const CALENDAR_GRACE_MS = 24 * HOUR_MS;

function appointmentOf(session: SessionDetails, clinic: ReminderSettings): Appointment {
  return {
    sessionId: session.id,
    clinicName: clinic.name,
    clinicAddress: clinic.address,
    timezone: clinic.timezone,
    therapistName: session.therapist.displayName,
    serviceName: session.serviceType.name,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    revision: Math.max(0, Math.floor((session.updatedAt.getTime() - session.createdAt.getTime()) / 1000)),
  };
}

@Injectable()
export class SessionMessagesService {
  constructor(
    private readonly reminders: RemindersRepository,
    private readonly messages: MessagesService,
    private readonly questionnaires: QuestionnaireRequestsService,
  ) {}

  /** Plans the reminders of newly booked sessions. */
  async booked(tx: TenantTransaction, sessionIds: string[]): Promise<void> {
    const clinic = await this.reminders.settings(tx);
    for (const session of await this.reminders.sessions(tx, sessionIds)) await this.plan(tx, session, clinic);
    // A first visit of an episode gets its baseline questionnaire before it
    await this.questionnaires.sessionsChanged(tx, sessionIds);
  }

  /** All sessions of a newly booked series. */
  async bookedSeries(tx: TenantTransaction, seriesId: string): Promise<void> {
    await this.booked(
      tx,
      (await this.reminders.seriesSessionIds(tx, seriesId)).map((s) => s.id),
    );
  }

  /** A session moved: its pending reminders are withdrawn and planned again for the new time. */
  async rescheduled(tx: TenantTransaction, sessionId: string): Promise<void> {
    const clinic = await this.reminders.settings(tx);
    const [session] = await this.reminders.sessions(tx, [sessionId]);
    if (!session) return;
    await this.messages.cancelScheduled(tx, [sessionId], ['REMINDER'], `Session moved to ${localWhen(session.startsAt, clinic.timezone)}`);
    await this.plan(tx, session, clinic);
    await this.questionnaires.sessionsChanged(tx, [sessionId]);
  }

  /**
   * Sessions cancelled: pending reminders withdrawn, and the patient told (with the calendar's CANCEL),
   * unless the patient cancelled it themselves, who is told that it is done.
   */
  async cancelled(tx: TenantTransaction, sessionIds: string[], by: 'STAFF' | 'PATIENT'): Promise<void> {
    if (sessionIds.length === 0) return;
    await this.messages.cancelScheduled(tx, sessionIds, ['REMINDER'], 'Session cancelled');
    await this.questionnaires.sessionsChanged(tx, sessionIds);
    const clinic = await this.reminders.settings(tx);
    const sessions = await this.reminders.sessions(tx, sessionIds);
    const now = Date.now();
    for (const session of sessions) {
      if (session.endsAt.getTime() <= now) continue;
      const appointment = appointmentOf(session, clinic);
      const opening =
        by === 'PATIENT'
          ? 'Your appointment has been cancelled, as you asked.'
          : `${clinic.name} has cancelled your appointment. Please contact us to book another time.`;
      await this.messages.schedule(tx, {
        patientId: session.patientId,
        sessionId: session.id,
        kind: 'CANCELLATION',
        sendAt: new Date(now),
        subject: `Cancelled: ${session.serviceType.name} on ${localWhen(session.startsAt, clinic.timezone)}`,
        text: [opening, '', ...appointmentLines(appointment)].join('\n'),
        calendar: appointmentCalendar(appointment, 'CANCEL'),
        channels: clinic.reminderChannels,
      });
    }
  }

  private async plan(tx: TenantTransaction, session: SessionDetails, clinic: ReminderSettings): Promise<void> {
    if (session.status !== 'BOOKED') return;
    const plans = planReminders(
      session.startsAt.getTime(),
      clinic.reminderOffsetsHours,
      { start: clinic.quietHoursStart, end: clinic.quietHoursEnd },
      clinic.timezone,
      Date.now(),
    );
    if (plans.length === 0) return;
    const appointment = appointmentOf(session, clinic);
    const calendar = appointmentCalendar(appointment, 'REQUEST');
    const linkExpiry = session.startsAt;
    for (const plan of plans) {
      await this.messages.schedule(tx, {
        patientId: session.patientId,
        sessionId: session.id,
        kind: 'REMINDER',
        sendAt: new Date(plan.sendAt),
        subject: `Reminder: ${session.serviceType.name} at ${clinic.name}, ${localWhen(session.startsAt, clinic.timezone)}`,
        text: [
          `This is a reminder of your appointment at ${clinic.name}.`,
          '',
          ...appointmentLines(appointment),
          '',
          clinic.lateCancelWindowHours > 0
            ? `If you cannot come, please cancel at least ${clinic.lateCancelWindowHours} hours before, so that someone else can have the time.`
            : 'If you cannot come, please cancel so that someone else can have the time.',
        ].join('\n'),
        links: [
          { purpose: 'CONFIRM', label: 'Confirm you are coming', sessionId: session.id, expiresAt: linkExpiry },
          { purpose: 'CANCEL', label: 'Cancel', sessionId: session.id, expiresAt: linkExpiry },
          {
            purpose: 'CALENDAR',
            label: 'Add to your calendar',
            sessionId: session.id,
            expiresAt: new Date(session.endsAt.getTime() + CALENDAR_GRACE_MS),
          },
        ],
        calendar,
        channels: clinic.reminderChannels,
      });
    }
  }
}
