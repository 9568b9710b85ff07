// Reminders over the real API: planned when a session is booked (per occurrence of a series), moved
// with a reschedule, withdrawn with a cancellation (which sends the calendar's CANCEL), kept out of
// quiet hours on the clinic's clock across a DST change, and delivered over a real SMTP conversation
// with an .ics invitation. A booking whose transaction rolls back leaves no message behind.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { DateTime } from 'luxon';
import { SMTPServer } from 'smtp-server';
import { runWithContext } from '../../src/common/request-context.js';
import { MessageDeliveryService } from '../../src/messages/message-delivery.service.js';
import { BookingService } from '../../src/scheduling/booking/booking.service.js';
import { graphql } from '../graphql/index.js';
import { codeOf, startApi, unique, type TestApi } from '../support/api.js';
import { createPatient, createStaff } from '../support/factories.js';
import {
  booked,
  localAt,
  nextDstDays,
  onDate,
  schedulingClinic,
  updateClinicSettings,
  type SchedulingClinic,
} from '../support/scheduling-factories.js';
import { sql } from '../support/sql.js';

const CONTACT = graphql(`
  mutation RemindersContact($id: ID!, $email: String, $emailConsent: Boolean) {
    updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {
      id
    }
  }
`);

const SESSION_MESSAGES = graphql(`
  query RemindersOfSession($sessionId: ID!) {
    allMessages(filter: { sessionId: $sessionId }, perPage: 100, sortField: "sendAt", sortOrder: "ASC") {
      id
      kind
      channel
      status
      statusReason
      subject
      text
      sendAt
    }
  }
`);

const RESCHEDULE = graphql(`
  mutation RemindersReschedule($id: ID!, $startsAt: DateTime!) {
    rescheduleSession(id: $id, startsAt: $startsAt) {
      id
      startsAt
    }
  }
`);

const CANCEL = graphql(`
  mutation RemindersCancel($id: ID!, $reason: String!) {
    cancelSession(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const EFFECT = graphql(`
  query RemindersEffect($from: DateTime!, $to: DateTime!) {
    reminderEffect(from: $from, to: $to) {
      confirmed {
        count
        n
        rate
      }
      noShowsReminded {
        count
        n
        rate
      }
      noShowsNotReminded {
        count
        n
        rate
      }
    }
  }
`);

const BOOK_SERIES = graphql(`
  mutation RemindersSeries($input: BookSeriesInput!) {
    bookSeries(input: $input) {
      id
      sessions {
        id
      }
    }
  }
`);

interface Mail {
  raw: Buffer;
  to: string[];
}

function startSmtp(): Promise<{ server: SMTPServer; port: number; mails: Mail[] }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({ raw: Buffer.concat(chunks), to: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      });
    },
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.server.address() as AddressInfo).port, mails }));
  });
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const HOUR = 3_600_000;

describe('appointment reminders', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let api: TestApi;
  let s: SchedulingClinic;

  beforeAll(async () => {
    smtp = await startSmtp();
    // No dispatcher here: the messages suite runs the one dispatcher these parallel suites share, so
    // this suite hands its reminder to the delivery job itself, over its own SMTP server.
    api = await startApi({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'Harbour Physio <clinic@example.test>',
      PUBLIC_URL: 'https://clinic.example.test',
    });
    s = await schedulingClinic(api);
    // About reminders only: questionnaires at home (their own suite) would add their messages to each session's
    await updateClinicSettings(api, s.owner.token, { address: '12 Quay Street\nPortland, ME 04101', questionnairesEnabled: false });
  });

  afterAll(async () => {
    await api.close();
    await new Promise<void>((r) => smtp.server.close(() => r()));
  });

  async function reachablePatient(): Promise<{ id: string; email: string }> {
    const email = `${unique()}@example.test`;
    const { id } = await createPatient(api, s.owner.token);
    const updated = await api.gql(CONTACT, { id, email, emailConsent: true }, s.owner.token);
    expect(updated.errors).toBeUndefined();
    return { id, email };
  }

  async function messagesOf(sessionId: string) {
    const result = await api.gql(SESSION_MESSAGES, { sessionId }, s.owner.token);
    expect(result.errors).toBeUndefined();
    return result.data!.allMessages;
  }

  const bookFor = (patientId: string, startsAt: string) =>
    booked(api, s.owner.token, { patientId, therapistId: s.therapist.id, serviceTypeId: s.service.id, startsAt });

  it('plans one reminder 48 h and one 2 h before, naming clinic, therapist, service, local time with zone and address, with links', async () => {
    const patient = await reachablePatient();
    const session = await bookFor(patient.id, localAt(s.zone, 5, '12:00'));
    const messages = await messagesOf(session.id);
    expect(messages.map((m) => [m.kind, m.status, m.channel])).toEqual([
      ['REMINDER', 'SCHEDULED', 'EMAIL'],
      ['REMINDER', 'SCHEDULED', 'EMAIL'],
    ]);
    const start = Date.parse(session.startsAt);
    expect(messages.map((m) => (start - Date.parse(m.sendAt)) / HOUR)).toEqual([48, 2]);
    const local = DateTime.fromISO(session.startsAt, { zone: s.zone });
    const text = messages[0]!.text;
    expect(text).toContain(`When: ${local.toFormat("cccc d LLLL yyyy 'at' 12:00")} ${local.offsetNameShort} (${s.zone})`);
    expect(text).toContain(`What: `);
    expect(text).toMatch(/with Therapist /);
    expect(text).toContain('Where: ');
    expect(text).toContain('12 Quay Street, Portland, ME 04101');
    expect(text).toMatch(/Confirm you are coming: https:\/\/clinic\.example\.test\/p\/confirm\?token=[\w.-]+/);
    expect(text).toMatch(/Cancel: https:\/\/clinic\.example\.test\/p\/cancel\?token=[\w.-]+/);
    expect(text).toMatch(/Add to your calendar: https:\/\/clinic\.example\.test\/p\/calendar\.ics\?token=[\w.-]+/);
    expect(text).toMatch(/To stop these emails: https:\/\/clinic\.example\.test\/p\/opt-out\?token=/);
    // The link tokens themselves are never stored, only their hashes
    const token = /confirm\?token=([\w.-]+)/.exec(text)![1]!;
    expect(await sql('SELECT 1 FROM "PatientLink" WHERE "tokenHash" = $1', [token])).toEqual([]);
    expect(await sql('SELECT purpose FROM "PatientLink" WHERE "sessionId" = $1 ORDER BY purpose', [session.id])).toHaveLength(6);
  });

  it('delivers a due reminder over SMTP with its .ics invitation (METHOD:REQUEST)', async () => {
    const patient = await reachablePatient();
    const session = await bookFor(patient.id, localAt(s.zone, 4, '10:00'));
    const [first] = await messagesOf(session.id);
    // Time passes: the 48-hour reminder falls due, and the delivery job runs (marked queued, so the
    // other suite's relay leaves it to us).
    await sql(`UPDATE "Message" SET "sendAt" = now(), "queuedAt" = now() WHERE id = $1`, [first!.id]);
    await api.server.app.get(MessageDeliveryService).deliver({ messageId: first!.id, clinicId: s.owner.clinicId }, true);
    const mail = await until('the reminder email', async () => smtp.mails.find((m) => m.to.includes(patient.email)));
    const parsed = await simpleParser(mail.raw);
    expect(parsed.subject).toBe(first!.subject);
    expect(parsed.subject).toMatch(/^Reminder: .+ at .+, .+ 10:00 E[SD]T \(America\/New_York\)$/);
    expect(parsed.text).toContain('This is a reminder of your appointment');
    const invite = parsed.attachments.find((a) => a.contentType.startsWith('text/calendar')) ?? null;
    const calendarText = invite
      ? invite.content.toString('utf8')
      : /BEGIN:VCALENDAR[\s\S]+END:VCALENDAR/.exec(mail.raw.toString('utf8'))?.[0];
    expect(calendarText).toContain('METHOD:REQUEST');
    expect(calendarText).toContain(`UID:${session.id}@backtrack`);
    expect(calendarText).toContain(`DTSTART:${DateTime.fromISO(session.startsAt).toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'")}`);
    await until('SENT', async () => (await messagesOf(session.id)).find((m) => m.id === first!.id && m.status === 'SENT'));
  });

  it('moves the reminders when the session is rescheduled', async () => {
    const patient = await reachablePatient();
    const session = await bookFor(patient.id, localAt(s.zone, 5, '14:00'));
    const before = await messagesOf(session.id);
    const moved = await api.gql(RESCHEDULE, { id: session.id, startsAt: localAt(s.zone, 6, '15:00') }, s.owner.token);
    expect(moved.errors).toBeUndefined();
    const after = await messagesOf(session.id);
    for (const old of before) {
      expect(after.find((m) => m.id === old.id)).toMatchObject({
        status: 'CANCELLED',
        statusReason: expect.stringMatching(/^Session moved to /),
      });
    }
    const scheduled = after.filter((m) => m.status === 'SCHEDULED');
    const start = Date.parse(moved.data!.rescheduleSession.startsAt);
    expect(scheduled.map((m) => (start - Date.parse(m.sendAt)) / HOUR)).toEqual([48, 2]);
    expect(scheduled[0]!.text).toContain('at 15:00');
  });

  it('withdraws the reminders and sends a cancellation with the calendar CANCEL when the clinic cancels', async () => {
    const patient = await reachablePatient();
    const session = await bookFor(patient.id, localAt(s.zone, 5, '16:00'));
    const cancelled = await api.gql(CANCEL, { id: session.id, reason: 'Therapist ill' }, s.owner.token);
    expect(cancelled.data?.cancelSession.status).toBe('CANCELLED');
    const messages = await messagesOf(session.id);
    expect(messages.filter((m) => m.kind === 'REMINDER').map((m) => [m.status, m.statusReason])).toEqual([
      ['CANCELLED', 'Session cancelled'],
      ['CANCELLED', 'Session cancelled'],
    ]);
    const notice = messages.find((m) => m.kind === 'CANCELLATION')!;
    expect(notice.subject).toMatch(/^Cancelled: /);
    expect(notice.text).toMatch(/has cancelled your appointment/);
    const [row] = await sql<{ calendar: string }>('SELECT calendar FROM "Message" WHERE id = $1', [notice.id]);
    expect(row!.calendar).toContain('METHOD:CANCEL');
    expect(row!.calendar).toContain(`UID:${session.id}@backtrack`);
  });

  it('gives each occurrence of a series its own reminders', async () => {
    const patient = await reachablePatient();
    const series = await api.gql(
      BOOK_SERIES,
      {
        input: {
          patientId: patient.id,
          therapistId: s.therapist.id,
          serviceTypeId: s.service.id,
          startsAt: localAt(s.zone, 10, '09:30'),
          repeat: { frequency: 'WEEKLY', interval: 1, count: 3 },
        },
      },
      s.owner.token,
    );
    expect(series.errors).toBeUndefined();
    for (const { id } of series.data!.bookSeries.sessions) {
      expect((await messagesOf(id)).map((m) => m.kind)).toEqual(['REMINDER', 'REMINDER']);
    }
  });

  it('sends a reminder due in quiet hours when they end, on the clinic clock, across the spring-forward night', async () => {
    const patient = await reachablePatient();
    const { springForward } = nextDstDays(s.zone);
    // The morning after the clocks went forward: 09:00, so 2 h before is 07:00, inside 21:00–08:00.
    const day = DateTime.fromISO(springForward, { zone: s.zone }).plus({ days: 1 }).toISODate()!;
    const session = await bookFor(patient.id, onDate(s.zone, day, '09:00'));
    const [early, late] = await messagesOf(session.id);
    const lateLocal = DateTime.fromISO(late!.sendAt, { zone: s.zone });
    expect(lateLocal.toFormat('yyyy-LL-dd HH:mm')).toBe(`${day} 08:00`);
    // 48 h before 09:00 EDT is 08:00 EST two days earlier: outside quiet hours, exactly 48 h.
    expect((Date.parse(session.startsAt) - Date.parse(early!.sendAt)) / HOUR).toBe(48);
    expect(DateTime.fromISO(early!.sendAt, { zone: s.zone }).toFormat('HH:mm')).toBe('08:00');
  });

  it('follows the clinic settings: offsets, quiet hours, and none at all', async () => {
    const own = await schedulingClinic(api);
    await updateClinicSettings(api, own.owner.token, {
      reminderOffsetsHours: [24],
      quietHoursStart: '22:00',
      quietHoursEnd: '09:00',
      questionnairesEnabled: false,
    });
    const email = `${unique()}@example.test`;
    await api.gql(CONTACT, { id: own.patientId, email, emailConsent: true }, own.owner.token);
    const session = await booked(api, own.owner.token, {
      patientId: own.patientId,
      therapistId: own.therapist.id,
      serviceTypeId: own.service.id,
      startsAt: localAt(own.zone, 5, '08:30'),
    });
    const result = await api.gql(SESSION_MESSAGES, { sessionId: session.id }, own.owner.token);
    // 24 h before 08:30 is 08:30 the day before, inside 22:00–09:00: it goes at 09:00, 23.5 h before.
    expect(result.data!.allMessages.map((m) => (Date.parse(session.startsAt) - Date.parse(m.sendAt)) / HOUR)).toEqual([23.5]);

    await updateClinicSettings(api, own.owner.token, { reminderOffsetsHours: [] });
    const quiet = await booked(api, own.owner.token, {
      patientId: own.patientId,
      therapistId: own.therapist.id,
      serviceTypeId: own.service.id,
      startsAt: localAt(own.zone, 6, '12:00'),
    });
    expect((await api.gql(SESSION_MESSAGES, { sessionId: quiet.id }, own.owner.token)).data!.allMessages).toEqual([]);
  });

  it('leaves no reminder behind when the booking transaction rolls back', async () => {
    const patient = await reachablePatient();
    const app = api.server.app;
    const actor = { userId: s.owner.id, clinicId: s.owner.clinicId, role: 'OWNER' as const, name: 'Owner', email: s.owner.email };
    await expect(
      runWithContext({ requestId: unique(), actor }, () =>
        app.get(BookingService).book(
          {
            patientId: patient.id,
            therapistId: s.therapist.id,
            serviceTypeId: s.service.id,
            startsAt: new Date(localAt(s.zone, 7, '11:00')),
          },
          async () => {
            throw new Error('a later step of the booking failed');
          },
        ),
      ),
    ).rejects.toThrow('a later step of the booking failed');
    expect(await sql('SELECT id FROM "Session" WHERE "patientId" = $1', [patient.id])).toEqual([]);
    expect(await sql('SELECT id FROM "Message" WHERE "patientId" = $1', [patient.id])).toEqual([]);
    expect(await sql('SELECT id FROM "PatientLink" WHERE "patientId" = $1', [patient.id])).toEqual([]);
  });

  it('gives the owner the confirmation rate and no-shows of reminded and not reminded sessions, each with its n', async () => {
    const own = await schedulingClinic(api);
    await api.gql(CONTACT, { id: own.patientId, email: `${unique()}@example.test`, emailConsent: true }, own.owner.token);
    const bookAt = (days: number) =>
      booked(api, own.owner.token, {
        patientId: own.patientId,
        therapistId: own.therapist.id,
        serviceTypeId: own.service.id,
        startsAt: localAt(own.zone, days, '10:00'),
      });
    const missed = await bookAt(5);
    const attended = await bookAt(6);
    // Both happened last week: one missed after its reminder went out, one attended and confirmed with none sent.
    const shift = async (id: string, daysAgo: number, status: string, confirmed: boolean) => {
      await sql(
        `UPDATE "Session" SET "startsAt" = now() - make_interval(days => $2), "endsAt" = now() - make_interval(days => $2) + interval '1 hour',
                "blockedUntil" = now() - make_interval(days => $2) + interval '75 minutes', status = $3::"SessionStatus",
                "confirmedAt" = CASE WHEN $4 THEN now() - make_interval(days => $2 + 1) END WHERE id = $1`,
        [id, daysAgo, status, confirmed],
      );
    };
    await shift(missed.id, 3, 'NO_SHOW', false);
    await shift(attended.id, 2, 'COMPLETED', true);
    await sql(
      `UPDATE "Message" m SET status = 'SENT', "sentAt" = s."startsAt" - interval '2 hours' FROM "Session" s WHERE m."sessionId" = s.id AND s.id = $1`,
      [missed.id],
    );
    await sql(`UPDATE "Message" SET status = 'CANCELLED', "statusReason" = 'test' WHERE "sessionId" = $1`, [attended.id]);
    const week = { from: new Date(Date.now() - 7 * 86400000).toISOString(), to: new Date().toISOString() };
    const result = await api.gql(EFFECT, week, own.owner.token);
    expect(result.errors).toBeUndefined();
    expect(result.data?.reminderEffect).toEqual({
      confirmed: { count: 1, n: 2, rate: 0.5 },
      noShowsReminded: { count: 1, n: 1, rate: 1 },
      noShowsNotReminded: { count: 0, n: 1, rate: 0 },
    });
    const empty = await api.gql(EFFECT, { from: week.to, to: new Date(Date.now() + 86400000).toISOString() }, own.owner.token);
    expect(empty.data?.reminderEffect.confirmed).toEqual({ count: 0, n: 0, rate: null });
    const frontDesk = await createStaff(api, own.clinic, 'FRONT_DESK');
    expect(codeOf(await api.gql(EFFECT, week, frontDesk.token))).toBe('FORBIDDEN');
    expect((await api.gql(EFFECT, { from: week.to, to: week.from }, own.owner.token)).errors?.[0]?.extensions.field).toBe('to');
  });
});
