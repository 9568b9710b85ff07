// How an appointment reads in a message and in a calendar: the clinic's local date and time with its
// zone (a patient travelling still sees the clinic's clock), and an iCalendar event whose UID is the
// session's id, so a calendar updates or removes the same event when it is moved or cancelled.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';

export interface Appointment {
  sessionId: string;
  clinicName: string;
  clinicAddress: string;
  timezone: string;
  therapistName: string;
  serviceName: string;
  startsAt: Date;
  endsAt: Date;
  /** Increases with every change of the session (iCalendar SEQUENCE). */
  revision: number;
}

/** "Tuesday 12 January 2027 at 10:00 EST (America/New_York)" */
export function localWhen(at: Date, timezone: string): string {
  const local = DateTime.fromJSDate(at, { zone: timezone });
  return `${local.toFormat("cccc d LLLL yyyy 'at' HH:mm")} ${local.offsetNameShort ?? local.toFormat('ZZ')} (${timezone})`;
}

/** The lines every message about an appointment carries. */
export function appointmentLines(a: Appointment): string[] {
  return [
    `When: ${localWhen(a.startsAt, a.timezone)}`,
    `What: ${a.serviceName} with ${a.therapistName}`,
    `Where: ${a.clinicName}${a.clinicAddress ? `, ${a.clinicAddress.replace(/\s*\n\s*/g, ', ')}` : ''}`,
  ];
}

/** An invitation (REQUEST) or its withdrawal (CANCEL) for one appointment. */
export function appointmentCalendar(a: Appointment, method: 'REQUEST' | 'CANCEL'): string {
  const calendar = ical({
    prodId: { company: 'Backtrack', product: 'appointments', language: 'EN' },
    method: method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
    name: a.clinicName,
  });
  calendar.createEvent({
    id: `${a.sessionId}@backtrack`,
    sequence: a.revision,
    start: a.startsAt,
    end: a.endsAt,
    summary: `${a.serviceName} with ${a.therapistName} — ${a.clinicName}`,
    location: a.clinicAddress ? `${a.clinicName}, ${a.clinicAddress.replace(/\s*\n\s*/g, ', ')}` : a.clinicName,
    status: method === 'REQUEST' ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
  });
  return calendar.toString();
}
