// rescheduleSession over HTTP: to another therapist (their hours and bookings apply), and for a series
// the rest of it by the same local offset, all or none with every refused occurrence listed. Every
// moved session's reminders move with it.
import { DateTime } from 'luxon';
import { graphql } from '../graphql/index.js';
import { codeOf, unique } from '../support/api.js';
import { setupSchedulingClinic } from '../support/clinic-setup.js';
import { createPatient, createStaff } from '../support/factories.js';
import { BOOK_SERIES, booked, createTherapist, localAt } from '../support/scheduling-factories.js';
import { sql } from '../support/sql.js';

const RESCHEDULE = graphql(`
  mutation RescheduleMove($id: ID!, $startsAt: DateTime!, $therapistId: ID, $scope: RescheduleScope) {
    rescheduleSession(id: $id, startsAt: $startsAt, therapistId: $therapistId, scope: $scope) {
      id
      startsAt
      endsAt
      status
      therapistId
      therapist {
        id
        displayName
      }
    }
  }
`);

const CONTACT = graphql(`
  mutation RescheduleContact($id: ID!, $email: String, $emailConsent: Boolean) {
    updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {
      id
    }
  }
`);

const SESSIONS = graphql(`
  query RescheduleSessions($ids: [ID!]) {
    allSessions(filter: { ids: $ids }, perPage: 100, sortField: "startsAt", sortOrder: "ASC") {
      id
      startsAt
      therapistId
      status
    }
  }
`);

const SLOTS = graphql(`
  query RescheduleSlots($therapistId: ID!, $serviceTypeId: ID!, $from: DateTime!, $to: DateTime!, $excludeSessionId: ID) {
    availableSlots(therapistId: $therapistId, serviceTypeId: $serviceTypeId, from: $from, to: $to, excludeSessionId: $excludeSessionId) {
      startsAt
    }
  }
`);

const HOUR = 3_600_000;
const DAY_MS = 24 * HOUR;

describe('rescheduleSession', () => {
  const s = setupSchedulingClinic();

  // A colleague who works mornings only.
  let colleague: { id: string };
  beforeAll(async () => {
    colleague = await createTherapist(
      s.api,
      s.clinic,
      [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '12:00' })),
    );
  });

  const bookAt = async (startsAt: string, therapistId = s.therapist.id, patientId?: string) =>
    booked(s.api, s.owner.token, {
      patientId: patientId ?? (await createPatient(s.api, s.owner.token)).id,
      therapistId,
      serviceTypeId: s.service.id,
      startsAt,
    });

  const sessionsOf = async (ids: string[]) => {
    const result = await s.api.gql(SESSIONS, { ids }, s.owner.token);
    expect(result.errors).toBeUndefined();
    return result.data!.allSessions;
  };

  async function reachablePatient(): Promise<string> {
    const { id } = await createPatient(s.api, s.owner.token);
    const updated = await s.api.gql(CONTACT, { id, email: `${unique()}@example.test`, emailConsent: true }, s.owner.token);
    expect(updated.errors).toBeUndefined();
    return id;
  }

  /** The session's reminders still to be sent, as hours before its start. */
  async function pendingReminderHours(sessionId: string): Promise<number[]> {
    const rows = await sql<{ sendAt: Date; startsAt: Date }>(
      `SELECT m."sendAt", s."startsAt" FROM "Message" m JOIN "Session" s ON s.id = m."sessionId"
        WHERE m."sessionId" = $1 AND m.kind = 'REMINDER' AND m.status = 'SCHEDULED' ORDER BY m."sendAt"`,
      [sessionId],
    );
    return rows.map((r) => (r.startsAt.getTime() - r.sendAt.getTime()) / HOUR);
  }

  it('moves a session to another therapist with free time, and its reminders with it', async () => {
    const patientId = await reachablePatient();
    const session = await bookAt(localAt(s.zone, 5, '15:00'), s.therapist.id, patientId);
    expect(await pendingReminderHours(session.id)).toEqual([48, 2]);
    const target = localAt(s.zone, 6, '10:00');
    const result = await s.api.gql(RESCHEDULE, { id: session.id, startsAt: target, therapistId: colleague.id }, s.owner.token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.rescheduleSession).toMatchObject({ id: session.id, therapistId: colleague.id, status: 'BOOKED' });
    expect(Date.parse(result.data!.rescheduleSession.startsAt)).toBe(Date.parse(target));
    // The old reminders are withdrawn, new ones planned for the new time, naming the new therapist.
    expect(await pendingReminderHours(session.id)).toEqual([48, 2]);
    const texts = await sql<{ text: string; status: string }>(
      `SELECT text, status FROM "Message" WHERE "sessionId" = $1 AND kind = 'REMINDER' ORDER BY "createdAt"`,
      [session.id],
    );
    expect(texts.filter((t) => t.status === 'CANCELLED')).toHaveLength(2);
    const colleagueName = result.data!.rescheduleSession.therapist.displayName;
    expect(texts.filter((t) => t.status === 'SCHEDULED').every((t) => t.text.includes(colleagueName))).toBe(true);
    const [audit] = await sql<{ fields: string[] }>(
      `SELECT fields FROM "AuditEvent" WHERE "entityId" = $1 AND action = 'RESCHEDULE' ORDER BY at DESC LIMIT 1`,
      [session.id],
    );
    expect(audit!.fields).toEqual(expect.arrayContaining(['startsAt', 'therapistId']));
  });

  it('refuses a therapist change outside the new therapist’s hours, naming the field, and changes nothing', async () => {
    const session = await bookAt(localAt(s.zone, 7, '15:00'));
    const result = await s.api.gql(
      RESCHEDULE,
      { id: session.id, startsAt: localAt(s.zone, 7, '14:00'), therapistId: colleague.id },
      s.owner.token,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toMatch(/startsAt: The therapist does not work at this time/);
    expect(result.errors![0]!.extensions.field).toBe('startsAt');
    const [after] = await sessionsOf([session.id]);
    expect(after).toMatchObject({ therapistId: s.therapist.id, startsAt: session.startsAt });
  });

  it('refuses a therapist change onto the new therapist’s booking with CONFLICT naming it', async () => {
    const blocker = await bookAt(localAt(s.zone, 8, '09:00'), colleague.id);
    const session = await bookAt(localAt(s.zone, 8, '15:00'));
    const result = await s.api.gql(
      RESCHEDULE,
      { id: session.id, startsAt: localAt(s.zone, 8, '09:30'), therapistId: colleague.id },
      s.owner.token,
    );
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors![0]!.message).toMatch(/Overlaps another session .* of the therapist/);
    expect(result.errors![0]!.extensions.sessionIds).toEqual([blocker.id]);
    const [after] = await sessionsOf([session.id]);
    expect(after!.therapistId).toBe(s.therapist.id);
  });

  it('lets a therapist move their own session but not hand it to a colleague', async () => {
    const own = await createTherapist(s.api, s.clinic);
    const session = await bookAt(localAt(s.zone, 9, '15:00'), own.id);
    const toColleague = await s.api.gql(
      RESCHEDULE,
      { id: session.id, startsAt: localAt(s.zone, 9, '10:00'), therapistId: colleague.id },
      own.staff.token,
    );
    expect(codeOf(toColleague)).toBe('FORBIDDEN');
    const later = await s.api.gql(RESCHEDULE, { id: session.id, startsAt: localAt(s.zone, 9, '16:00') }, own.staff.token);
    expect(later.errors).toBeUndefined();
  });

  it('rejects a malformed therapist id as BAD_USER_INPUT naming the field', async () => {
    const session = await bookAt(localAt(s.zone, 9, '09:00'));
    const result = await s.api.gql(
      RESCHEDULE,
      { id: session.id, startsAt: localAt(s.zone, 9, '10:00'), therapistId: 'not-an-id' },
      s.owner.token,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors![0]!.extensions)).toContain('therapistId');
  });

  async function weeklySeries(startsAt: string, count: number, patientId?: string) {
    const result = await s.api.gql(
      BOOK_SERIES,
      {
        input: {
          patientId: patientId ?? (await createPatient(s.api, s.owner.token)).id,
          therapistId: s.therapist.id,
          serviceTypeId: s.service.id,
          startsAt,
          repeat: { frequency: 'WEEKLY', interval: 1, count },
        },
      },
      s.owner.token,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.bookSeries.sessions;
  }

  it('moves this and every later booked occurrence by the same local offset, to another therapist, reminders included', async () => {
    const patientId = await reachablePatient();
    const series = await weeklySeries(localAt(s.zone, 40, '14:00'), 4, patientId);
    const [first, second, third, fourth] = series;
    // A day earlier, in the colleague's morning.
    const target = DateTime.fromISO(second!.startsAt, { zone: s.zone }).minus({ days: 1 }).set({ hour: 10, minute: 30 });
    const result = await s.api.gql(
      RESCHEDULE,
      { id: second!.id, startsAt: target.toUTC().toISO()!, therapistId: colleague.id, scope: 'THIS_AND_FOLLOWING' },
      s.owner.token,
    );
    expect(result.errors).toBeUndefined();
    const after = await sessionsOf(series.map((x) => x.id));
    const byId = new Map(after.map((x) => [x.id, x]));
    expect(byId.get(first!.id)).toMatchObject({ startsAt: first!.startsAt, therapistId: s.therapist.id });
    for (const moved of [second!, third!, fourth!]) {
      const now = byId.get(moved.id)!;
      const was = DateTime.fromISO(moved.startsAt, { zone: s.zone });
      const is = DateTime.fromISO(now.startsAt, { zone: s.zone });
      expect(is.toISODate()).toBe(was.minus({ days: 1 }).toISODate());
      expect(is.toFormat('HH:mm')).toBe('10:30');
      expect(now.therapistId).toBe(colleague.id);
      expect(await pendingReminderHours(moved.id)).toEqual([48, 2]);
    }
    expect(await pendingReminderHours(first!.id)).toEqual([48, 2]);
  });

  it('moves none of the series when occurrences conflict, listing every refused one with its date', async () => {
    const series = await weeklySeries(localAt(s.zone, 70, '15:00'), 4);
    const move = (iso: string) => DateTime.fromISO(iso, { zone: s.zone }).plus({ days: 1 }).set({ hour: 16 });
    // The third and fourth occurrences' new times are taken.
    const blockers = [
      await bookAt(move(series[2]!.startsAt).toUTC().toISO()!),
      await bookAt(move(series[3]!.startsAt).plus({ minutes: 30 }).toUTC().toISO()!),
    ];
    const result = await s.api.gql(
      RESCHEDULE,
      { id: series[1]!.id, startsAt: move(series[1]!.startsAt).toUTC().toISO()!, scope: 'THIS_AND_FOLLOWING' },
      s.owner.token,
    );
    expect(codeOf(result)).toBe('CONFLICT');
    const extensions = result.errors![0]!.extensions as unknown as {
      occurrences: { localDate: string; rule: string }[];
      sessionIds: string[];
    };
    expect(extensions.occurrences.map((o) => [o.localDate, o.rule])).toEqual([
      [move(series[2]!.startsAt).toISODate(), 'OVERLAP'],
      [move(series[3]!.startsAt).toISODate(), 'OVERLAP'],
    ]);
    expect(new Set(extensions.sessionIds)).toEqual(new Set(blockers.map((b) => b.id)));
    expect(result.errors![0]!.message).toMatch(/^2 of 3 occurrences cannot be booked/);
    const after = await sessionsOf(series.map((x) => x.id));
    expect(after.map((x) => x.startsAt)).toEqual(series.map((x) => x.startsAt));
  });

  it('moves only the one occurrence with scope THIS (the default)', async () => {
    const series = await weeklySeries(localAt(s.zone, 100, '11:00'), 3);
    const target = Date.parse(series[0]!.startsAt) + 2 * HOUR;
    const result = await s.api.gql(RESCHEDULE, { id: series[0]!.id, startsAt: new Date(target).toISOString() }, s.owner.token);
    expect(result.errors).toBeUndefined();
    const after = await sessionsOf(series.map((x) => x.id));
    expect(after.map((x) => Date.parse(x.startsAt))).toEqual([target, Date.parse(series[1]!.startsAt), Date.parse(series[2]!.startsAt)]);
  });

  it('moves a series a whole week later without meeting its own occurrences on the way', async () => {
    const series = await weeklySeries(localAt(s.zone, 130, '12:00'), 3);
    const target = DateTime.fromISO(series[0]!.startsAt, { zone: s.zone }).plus({ days: 7 });
    const result = await s.api.gql(
      RESCHEDULE,
      { id: series[0]!.id, startsAt: target.toUTC().toISO()!, scope: 'THIS_AND_FOLLOWING' },
      s.owner.token,
    );
    expect(result.errors).toBeUndefined();
    const after = await sessionsOf(series.map((x) => x.id));
    const local = after.map((x) => DateTime.fromISO(x.startsAt, { zone: s.zone }));
    expect(local.map((d) => d.toFormat('HH:mm'))).toEqual(['12:00', '12:00', '12:00']);
    expect(Date.parse(after[2]!.startsAt) - Date.parse(series[2]!.startsAt)).toBeGreaterThanOrEqual(7 * DAY_MS - HOUR);
  });

  it('availableSlots leaves out nothing when the session to exclude is given as null (as the admin sends it)', async () => {
    const session = await bookAt(localAt(s.zone, 11, '10:00'));
    const range = { from: localAt(s.zone, 11, '00:00'), to: localAt(s.zone, 12, '00:00') };
    const base = { therapistId: s.therapist.id, serviceTypeId: s.service.id, ...range };
    const withNull = await s.api.gql(SLOTS, { ...base, excludeSessionId: null }, s.owner.token);
    expect(withNull.errors).toBeUndefined();
    const starts = withNull.data!.availableSlots.map((x) => Date.parse(x.startsAt));
    expect(starts.length).toBeGreaterThan(0);
    expect(starts).not.toContain(Date.parse(session.startsAt));
    const excluding = await s.api.gql(SLOTS, { ...base, excludeSessionId: session.id }, s.owner.token);
    expect(excluding.data!.availableSlots.map((x) => Date.parse(x.startsAt))).toContain(Date.parse(session.startsAt));
  });

  it('a front desk may move a session to another therapist', async () => {
    const desk = await createStaff(s.api, s.clinic, 'FRONT_DESK', 'Desk Mover');
    const session = await bookAt(localAt(s.zone, 10, '15:00'));
    const result = await s.api.gql(
      RESCHEDULE,
      { id: session.id, startsAt: localAt(s.zone, 10, '11:00'), therapistId: colleague.id },
      desk.token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.rescheduleSession.therapistId).toBe(colleague.id);
  });
});
