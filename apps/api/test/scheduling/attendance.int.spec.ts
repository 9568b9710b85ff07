// Attendance that cannot be faked (PRODUCT.md §4): check-in no earlier than the clinic's window before
// the start, complete and no-show not before the start, each refusal INVALID_TRANSITION with the
// earliest allowed time in the clinic's zone; and an owner's revert of a no-show or cancellation made
// by mistake, with a reason, audited, refused when the freed time has been booked since.
import { DateTime } from 'luxon';
import { graphql } from '../graphql/index.js';
import type { TreatmentNoteInput } from '../graphql/graphql.js';
import { codeOf, type GqlResult } from '../support/api.js';
import { setupSchedulingClinic } from '../support/clinic-setup.js';
import { createPatient, createStaff, type Staff } from '../support/factories.js';
import { ALL_DAY, booked, createTherapist, localAt, nextDstDays, onDate } from '../support/scheduling-factories.js';
import { sessionStartedAgo, sql } from '../support/sql.js';

const CHECK_IN = graphql(`
  mutation AttendanceCheckIn($id: ID!) {
    checkInSession(id: $id) {
      id
      status
    }
  }
`);
const COMPLETE = graphql(`
  mutation AttendanceComplete($id: ID!, $note: TreatmentNoteInput!) {
    completeSession(id: $id, note: $note) {
      id
      status
    }
  }
`);
const NO_SHOW = graphql(`
  mutation AttendanceNoShow($id: ID!) {
    markNoShow(id: $id) {
      id
      status
    }
  }
`);
const CANCEL = graphql(`
  mutation AttendanceCancel($id: ID!) {
    cancelSession(id: $id, reason: "Patient has the flu") {
      id
      status
      lateCancel
    }
  }
`);
const REVERT = graphql(`
  mutation AttendanceRevert($id: ID!, $reason: String!) {
    revertSessionStatus(id: $id, reason: $reason) {
      id
      status
      noShowAt
      cancelledAt
      cancelReason
      lateCancel
      notes
    }
  }
`);
const SETTINGS = graphql(`
  mutation AttendanceWindow($minutes: Int) {
    updateClinicSettings(checkInWindowMinutes: $minutes) {
      checkInWindowMinutes
    }
  }
`);

const NOTE = { techniques: ['SWEDISH'], regions: ['LOWER_BACK'], pressure: 'LIGHT', patientResponse: 'Relaxed' } as TreatmentNoteInput;

describe('attendance only when it can be true', () => {
  const s = setupSchedulingClinic();
  let frontDesk: Staff;
  let day = 3;

  beforeAll(async () => {
    frontDesk = await createStaff(s.api, s.clinic, 'FRONT_DESK');
  });

  /** A booked session of its own therapist and patient (so moving it in time never collides). */
  async function session(startsAt = localAt(s.zone, day++, '10:00')) {
    const [therapist, patient] = await Promise.all([createTherapist(s.api, s.clinic, ALL_DAY), createPatient(s.api, s.owner.token)]);
    const created = await booked(s.api, s.owner.token, {
      patientId: patient.id,
      therapistId: therapist.id,
      serviceTypeId: s.service.id,
      startsAt,
    });
    return { id: created.id, therapist, patientId: patient.id };
  }
  const startOf = async (id: string): Promise<Date> => (await sql(`SELECT "startsAt" FROM "Session" WHERE id = $1`, [id]))[0]!.startsAt;
  const statusOf = async (id: string): Promise<string> => (await sql(`SELECT status::text FROM "Session" WHERE id = $1`, [id]))[0]!.status;
  const setWindow = async (minutes: number) => expect((await s.api.gql(SETTINGS, { minutes }, s.owner.token)).errors).toBeUndefined();
  /** "09:00 on Tue 3 Mar" in the clinic's zone. */
  const local = (instant: number, zone = s.zone) => {
    const dt = DateTime.fromMillis(instant, { zone }).setLocale('en-GB');
    return `${dt.toFormat('HH:mm')} on ${dt.toFormat('ccc d LLL')}`;
  };
  const refusal = (result: GqlResult<unknown>) => ({
    code: codeOf(result),
    message: result.errors?.[0]?.message,
    earliestAllowedAt: result.errors?.[0]?.extensions.earliestAllowedAt,
  });

  it('refuses check-in 61 minutes before the start with the earliest time, and allows it 59 minutes before', async () => {
    await setWindow(60);
    const { id } = await session();
    await sessionStartedAgo(id, -61);
    const opens = (await startOf(id)).getTime() - 60 * 60_000;
    expect(refusal(await s.api.gql(CHECK_IN, { id }, frontDesk.token))).toEqual({
      code: 'INVALID_TRANSITION',
      message: `Check-in opens at ${local(opens)} (${s.zone}), 60 minutes before the start`,
      earliestAllowedAt: new Date(opens).toISOString(),
    });
    expect(await statusOf(id)).toBe('BOOKED');
    await sessionStartedAgo(id, -59);
    expect((await s.api.gql(CHECK_IN, { id }, frontDesk.token)).data?.checkInSession.status).toBe('CHECKED_IN');
  });

  it('refuses completion and no-show before the start, and allows them once it has begun', async () => {
    await setWindow(60);
    const attended = await session();
    const missed = await session();
    await sessionStartedAgo(attended.id, -30);
    await sessionStartedAgo(missed.id, -1);
    expect((await s.api.gql(CHECK_IN, { id: attended.id }, s.owner.token)).errors).toBeUndefined();

    const start = (await startOf(attended.id)).getTime();
    expect(refusal(await s.api.gql(COMPLETE, { id: attended.id, note: NOTE }, attended.therapist.staff.token))).toEqual({
      code: 'INVALID_TRANSITION',
      message: `Completion opens at ${local(start)} (${s.zone}), when the session starts`,
      earliestAllowedAt: new Date(start).toISOString(),
    });
    const missedStart = (await startOf(missed.id)).getTime();
    expect(refusal(await s.api.gql(NO_SHOW, { id: missed.id }, frontDesk.token))).toEqual({
      code: 'INVALID_TRANSITION',
      message: `A no-show can be recorded from ${local(missedStart)} (${s.zone}), when the session starts`,
      earliestAllowedAt: new Date(missedStart).toISOString(),
    });
    expect([await statusOf(attended.id), await statusOf(missed.id)]).toEqual(['CHECKED_IN', 'BOOKED']);
    // No note was written by the refused completion
    expect(await sql(`SELECT id FROM "TreatmentNote" WHERE "sessionId" = $1`, [attended.id])).toEqual([]);

    await sessionStartedAgo(attended.id, 1);
    await sessionStartedAgo(missed.id, 1);
    expect((await s.api.gql(COMPLETE, { id: attended.id, note: NOTE }, attended.therapist.staff.token)).data?.completeSession.status).toBe(
      'COMPLETED',
    );
    expect((await s.api.gql(NO_SHOW, { id: missed.id }, frontDesk.token)).data?.markNoShow.status).toBe('NO_SHOW');
  });

  it('applies the window the owner sets, and refuses one out of range naming the field', async () => {
    const { id } = await session();
    await sessionStartedAgo(id, -100);
    await setWindow(30);
    const opens = (await startOf(id)).getTime() - 30 * 60_000;
    const refused = await s.api.gql(CHECK_IN, { id }, frontDesk.token);
    expect(refusal(refused)).toMatchObject({ code: 'INVALID_TRANSITION', earliestAllowedAt: new Date(opens).toISOString() });
    expect(refused.errors?.[0]?.message).toMatch(/, 30 minutes before the start$/);

    expect((await s.api.gql(SETTINGS, { minutes: 120 }, s.owner.token)).data?.updateClinicSettings.checkInWindowMinutes).toBe(120);
    expect((await s.api.gql(CHECK_IN, { id }, frontDesk.token)).data?.checkInSession.status).toBe('CHECKED_IN');

    for (const minutes of [-1, 1441]) {
      const bad = await s.api.gql(SETTINGS, { minutes }, s.owner.token);
      expect({ code: codeOf(bad), field: bad.errors?.[0]?.extensions.field }).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'checkInWindowMinutes',
      });
    }
    expect(codeOf(await s.api.gql(SETTINGS, { minutes: 10 }, frontDesk.token))).toBe('FORBIDDEN');
    await setWindow(60);
  });

  it.each([
    // New York springs forward at 02:00 EST: 10:00 EDT less 8 elapsed hours is 01:00 EST (wall-clock
    // subtraction would give the nonexistent 02:00)
    ['springForward', 480, '01:00'],
    // and falls back at 02:00 EDT: 10:00 EST less 10 hours is 01:00 EDT (wall-clock: 00:00)
    ['fallBack', 600, '01:00'],
  ] as const)('on the %s day a %i-minute window opens check-in at %s local time', async (which, minutes, expected) => {
    const date = nextDstDays(s.zone)[which];
    const { id } = await session(onDate(s.zone, date, '10:00'));
    await setWindow(minutes);
    const result = await s.api.gql(CHECK_IN, { id }, frontDesk.token);
    const opens = (await startOf(id)).getTime() - minutes * 60_000;
    const day = DateTime.fromISO(date, { zone: s.zone }).setLocale('en-GB').toFormat('ccc d LLL');
    expect(refusal(result)).toEqual({
      code: 'INVALID_TRANSITION',
      message: `Check-in opens at ${expected} on ${day} (${s.zone}), ${minutes / 60} hours before the start`,
      earliestAllowedAt: new Date(opens).toISOString(),
    });
    await setWindow(60);
  });

  describe('an owner reverts a no-show or cancellation made by mistake', () => {
    const auditOf = (id: string) =>
      sql(`SELECT action, "actorId", "patientId", fields FROM "AuditEvent" WHERE "entityId" = $1 ORDER BY at, action`, [id]);

    it('takes a no-show back to BOOKED, keeps the reason in the notes and audits it', async () => {
      const { id, patientId } = await session();
      await sessionStartedAgo(id, 10);
      expect((await s.api.gql(NO_SHOW, { id }, frontDesk.token)).errors).toBeUndefined();
      const reverted = await s.api.gql(REVERT, { id, reason: '  Patient was in the waiting room  ' }, s.owner.token);
      expect(reverted.errors).toBeUndefined();
      const today = DateTime.now().setZone(s.zone).toISODate();
      expect(reverted.data?.revertSessionStatus).toMatchObject({
        status: 'BOOKED',
        noShowAt: null,
        notes: `Reverted no-show to booked on ${today}: Patient was in the waiting room`,
      });
      const events = await auditOf(id);
      expect(events.at(-1)).toEqual({ action: 'REVERT', actorId: s.owner.id, patientId, fields: ['status', 'noShowAt', 'notes'] });
      // Booked again, the session can now be attended
      expect((await s.api.gql(CHECK_IN, { id }, frontDesk.token)).data?.checkInSession.status).toBe('CHECKED_IN');
    });

    it('takes a cancellation back to BOOKED and plans its reminders again', async () => {
      const { id, patientId } = await session();
      expect((await s.api.gql(CANCEL, { id }, frontDesk.token)).errors).toBeUndefined();
      const [{ now }] = await sql(`SELECT now() AS now`);
      const reverted = await s.api.gql(REVERT, { id, reason: 'Cancelled the wrong patient' }, s.owner.token);
      expect(reverted.data?.revertSessionStatus).toMatchObject({
        status: 'BOOKED',
        cancelledAt: null,
        cancelReason: null,
        lateCancel: false,
        notes: expect.stringMatching(/^Reverted cancellation to booked on \d{4}-\d\d-\d\d: Cancelled the wrong patient$/),
      });
      expect((await auditOf(id)).at(-1)).toEqual({
        action: 'REVERT',
        actorId: s.owner.id,
        patientId,
        fields: ['status', 'cancelledAt', 'cancelReason', 'lateCancel', 'notes'],
      });
      // The default reminders (48 h and 2 h before) are planned anew
      const reminders = await sql(`SELECT id FROM "Message" WHERE "sessionId" = $1 AND kind = 'REMINDER' AND "createdAt" >= $2`, [id, now]);
      expect(reminders).toHaveLength(2);
    });

    it('is for owners only, needs a reason and applies only to a no-show or cancellation', async () => {
      const { id, therapist } = await session();
      await sessionStartedAgo(id, 10);
      expect((await s.api.gql(NO_SHOW, { id }, frontDesk.token)).errors).toBeUndefined();
      for (const token of [frontDesk.token, therapist.staff.token]) {
        expect(codeOf(await s.api.gql(REVERT, { id, reason: 'mistake' }, token))).toBe('FORBIDDEN');
      }
      for (const reason of ['', '   ', 'x'.repeat(501)]) {
        const bad = await s.api.gql(REVERT, { id, reason }, s.owner.token);
        expect({ code: codeOf(bad), field: bad.errors?.[0]?.extensions.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
      }
      expect(await statusOf(id)).toBe('NO_SHOW');
      expect((await sql(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "entityId" = $1 AND action = 'REVERT'`, [id]))[0]!.n).toBe(0);

      const booked = await session();
      const notRevertible = await s.api.gql(REVERT, { id: booked.id, reason: 'mistake' }, s.owner.token);
      expect({ code: codeOf(notRevertible), from: notRevertible.errors?.[0]?.extensions.from }).toEqual({
        code: 'INVALID_TRANSITION',
        from: 'BOOKED',
      });
    });

    it('refuses a cancellation whose time has been booked since, naming the session that took it', async () => {
      const first = await session();
      const startsAt = (await startOf(first.id)).toISOString();
      expect((await s.api.gql(CANCEL, { id: first.id }, frontDesk.token)).errors).toBeUndefined();
      const other = await createPatient(s.api, s.owner.token);
      const taken = await booked(s.api, s.owner.token, {
        patientId: other.id,
        therapistId: first.therapist.id,
        serviceTypeId: s.service.id,
        startsAt,
      });
      const refused = await s.api.gql(REVERT, { id: first.id, reason: 'Cancelled by mistake' }, s.owner.token);
      expect({ code: codeOf(refused), ids: refused.errors?.[0]?.extensions.sessionIds }).toEqual({ code: 'CONFLICT', ids: [taken.id] });
      expect(refused.errors?.[0]?.message).toMatch(/booked by another session since the cancellation/);
      expect(await statusOf(first.id)).toBe('CANCELLED');
      expect((await sql(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "entityId" = $1 AND action = 'REVERT'`, [first.id]))[0]!.n).toBe(
        0,
      );
    });
  });
});
