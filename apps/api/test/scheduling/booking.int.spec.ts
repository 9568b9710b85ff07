// bookSession: every rule of PRODUCT.md section 4, who may book, ids of other clinics, idempotency.
import { graphql } from '../graphql/index.js';
import { codeOf, unique } from '../support/api.js';
import { setupSchedulingClinic } from '../support/clinic-setup.js';
import { createPatient, createStaff } from '../support/factories.js';
import {
  ALL_DAY,
  book,
  booked,
  countSessions,
  createRoom,
  createServiceType,
  createTherapist,
  localAt,
  plusMinutes,
  schedulingClinic,
  type BookingInput,
} from '../support/scheduling-factories.js';
import { sql } from '../support/sql.js';

// Every field and relation a session has, to compare bookSession's answer with the session read back.
graphql(`
  fragment BookingAnswerFields on Session {
    id
    patientId
    therapistId
    serviceTypeId
    roomId
    episodeId
    seriesId
    startsAt
    endsAt
    blockedUntil
    status
    notes
    overrideReason
    cancelReason
    lateCancel
    cancelledAt
    confirmedAt
    checkedInAt
    completedAt
    noShowAt
    createdById
    createdAt
    updatedAt
    precautions {
      key
      advice
    }
    patient {
      id
      name
      clearanceStatus
    }
    therapist {
      id
      displayName
      workingHours {
        weekday
        start
        end
      }
    }
    serviceType {
      id
      name
      durationMinutes
      bufferMinutes
    }
    room {
      id
      name
    }
  }
`);
const BOOK_FULL = graphql(`
  mutation BookingAnswer($input: BookSessionInput!) {
    bookSession(input: $input) {
      ...BookingAnswerFields
    }
  }
`);
const SESSION_FULL = graphql(`
  query BookingReadBack($id: ID!) {
    Session(id: $id) {
      ...BookingAnswerFields
    }
  }
`);
const ADD_TIME_OFF = graphql(`
  mutation BookingAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!) {
    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b, reason: "course") {
      id
    }
  }
`);
const AUDIT = graphql(`
  query BookingAudit($f: AuditEventFilter) {
    allAuditEvents(filter: $f) {
      action
      entity
      entityId
      patientId
      actorId
    }
  }
`);
const DEACTIVATE_ROOM = graphql(`
  mutation BookingDeactivateRoom($id: ID!) {
    updateRoom(id: $id, active: false) {
      id
    }
  }
`);
const DEACTIVATE_SERVICE_TYPE = graphql(`
  mutation BookingDeactivateServiceType($id: ID!) {
    updateServiceType(id: $id, active: false) {
      id
    }
  }
`);
const DEACTIVATE_THERAPIST = graphql(`
  mutation BookingDeactivateTherapist($id: ID!) {
    updateTherapist(id: $id, active: false) {
      id
    }
  }
`);
const SESSION = graphql(`
  query BookingSession($id: ID!) {
    Session(id: $id) {
      id
      status
    }
  }
`);
const CHECK_IN = graphql(`
  mutation BookingCheckIn($id: ID!) {
    checkInSession(id: $id) {
      id
    }
  }
`);
const NO_SHOW = graphql(`
  mutation BookingNoShow($id: ID!) {
    markNoShow(id: $id) {
      id
    }
  }
`);
const CANCEL = graphql(`
  mutation BookingCancel($id: ID!) {
    cancelSession(id: $id, reason: "x") {
      id
    }
  }
`);
const RESCHEDULE = graphql(`
  mutation BookingReschedule($id: ID!, $at: DateTime!) {
    rescheduleSession(id: $id, startsAt: $at) {
      id
    }
  }
`);
const SESSIONS = graphql(`
  query BookingSessions($f: SessionFilter) {
    allSessions(filter: $f) {
      id
    }
  }
`);

describe('bookSession', () => {
  const s = setupSchedulingClinic();

  const base = (patientId: string, startsAt: string) => ({ patientId, therapistId: s.therapist.id, serviceTypeId: s.service.id, startsAt });

  it("books a session with its service length and buffer, in the patient's open episode", async () => {
    const patient = await createPatient(s.api, s.owner.token);
    const startsAt = localAt(s.zone, 10, '10:00');
    const session = await booked(s.api, s.owner.token, { ...base(patient.id, startsAt), roomId: s.room.id, notes: 'first visit' });
    expect(session).toMatchObject({
      status: 'BOOKED',
      startsAt: new Date(startsAt).toISOString(),
      endsAt: plusMinutes(startsAt, 60),
      blockedUntil: plusMinutes(startsAt, 75),
      patient: { id: patient.id },
      therapist: { id: s.therapist.id },
      serviceType: { id: s.service.id },
      room: { id: s.room.id },
    });
    expect(session.episodeId).toBeTruthy();
    const second = await booked(s.api, s.owner.token, base(patient.id, localAt(s.zone, 11, '10:00')));
    expect(second.episodeId).toBe(session.episodeId);
  });

  it('answers with the session exactly as reading it back gives it, relations included', async () => {
    const patient = await createPatient(s.api, s.owner.token);
    const input = { ...base(patient.id, localAt(s.zone, 13, '15:00')), roomId: s.room.id, notes: 'answer check' };
    const answered = await s.api.gql(BOOK_FULL, { input }, s.owner.token);
    expect(answered.errors).toBeUndefined();
    const read = await s.api.gql(SESSION_FULL, { id: answered.data!.bookSession.id }, s.owner.token);
    expect(answered.data!.bookSession).toEqual(read.data!.Session);
  });

  it("counts the buffer: inside another session's buffer is refused, right after it is accepted", async () => {
    const [a, b, c] = await Promise.all([
      createPatient(s.api, s.owner.token),
      createPatient(s.api, s.owner.token),
      createPatient(s.api, s.owner.token),
    ]);
    const first = await booked(s.api, s.owner.token, base(a.id, localAt(s.zone, 12, '10:00'))); // blocks 10:00–11:15
    for (const time of ['11:00', '11:14']) {
      const refused = await book(s.api, s.owner.token, base(b.id, localAt(s.zone, 12, time)));
      expect({ time, code: codeOf(refused), ids: refused.errors?.[0]?.extensions.sessionIds }).toEqual({
        time,
        code: 'CONFLICT',
        ids: [first.id],
      });
    }
    // A session whose own buffer would run into the next one is refused too (08:50 + 60 + 15 > 10:00).
    expect(codeOf(await book(s.api, s.owner.token, base(c.id, localAt(s.zone, 12, '08:50'))))).toBe('CONFLICT');
    expect((await booked(s.api, s.owner.token, base(b.id, localAt(s.zone, 12, '11:15')))).status).toBe('BOOKED');
    expect((await booked(s.api, s.owner.token, base(c.id, localAt(s.zone, 12, '08:45')))).status).toBe('BOOKED');
  });

  it('refuses times outside working hours, during time off and inside the minimum notice, naming startsAt', async () => {
    const patient = await createPatient(s.api, s.owner.token);
    const outside = await book(s.api, s.owner.token, base(patient.id, localAt(s.zone, 13, '07:30')));
    expect({ code: codeOf(outside), field: outside.errors?.[0]?.extensions.field, rules: outside.errors?.[0]?.extensions.rules }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.startsAt',
      rules: ['OUTSIDE_WORKING_HOURS'],
    });
    // Ends after closing (19:30 + 60 > 20:00).
    expect(codeOf(await book(s.api, s.owner.token, base(patient.id, localAt(s.zone, 13, '19:30'))))).toBe('BAD_USER_INPUT');

    const off = await s.api.gql(
      ADD_TIME_OFF,
      { t: s.therapist.id, a: localAt(s.zone, 14, '12:00'), b: localAt(s.zone, 14, '14:00') },
      s.owner.token,
    );
    expect(codeOf(off)).toBeUndefined();
    const during = await book(s.api, s.owner.token, base(patient.id, localAt(s.zone, 14, '11:30')));
    expect({ code: codeOf(during), rules: during.errors?.[0]?.extensions.rules }).toEqual({
      code: 'BAD_USER_INPUT',
      rules: ['DURING_TIME_OFF'],
    });

    const allDay = await createTherapist(s.api, s.clinic, ALL_DAY);
    const soon = new Date(Date.now() + 20 * 60_000).toISOString(); // notice is 60 minutes by default
    const tooSoon = await book(s.api, s.owner.token, { ...base(patient.id, soon), therapistId: allDay.id });
    expect({ code: codeOf(tooSoon), field: tooSoon.errors?.[0]?.extensions.field, rules: tooSoon.errors?.[0]?.extensions.rules }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.startsAt',
      rules: ['TOO_SOON'],
    });
    expect(await countSessions(s.api, s.owner.token, { patientId: patient.id })).toBe(0);
  });

  it('lets only an owner override an overlap, stores the reason, and keeps the override from being stacked on', async () => {
    const frontDesk = await createStaff(s.api, s.clinic, 'FRONT_DESK');
    const [a, b, c] = await Promise.all([
      createPatient(s.api, s.owner.token),
      createPatient(s.api, s.owner.token),
      createPatient(s.api, s.owner.token),
    ]);
    const startsAt = localAt(s.zone, 15, '10:00');
    const first = await booked(s.api, s.owner.token, base(a.id, startsAt));
    const denied = await book(s.api, frontDesk.token, { ...base(b.id, startsAt), overrideReason: 'urgent flare-up' });
    expect(codeOf(denied)).toBe('FORBIDDEN');
    const overridden = await booked(s.api, s.owner.token, { ...base(b.id, startsAt), overrideReason: 'urgent flare-up' });
    expect(overridden.overrideReason).toBe('urgent flare-up');
    const audit = await s.api.gql(AUDIT, { f: { entityId: overridden.id, action: 'OVERRIDE' } }, s.owner.token);
    expect(audit.data?.allAuditEvents).toEqual([
      { action: 'OVERRIDE', entity: 'Session', entityId: overridden.id, patientId: b.id, actorId: s.owner.id },
    ]);
    // An override excuses itself only: a plain booking over it is still a conflict.
    const stacked = await book(s.api, frontDesk.token, base(c.id, plusMinutes(startsAt, 30)));
    expect(codeOf(stacked)).toBe('CONFLICT');
    expect(new Set(stacked.errors?.[0]?.extensions.sessionIds as string[])).toEqual(new Set([first.id, overridden.id]));
  });

  it('lets a therapist book only for themself; front desk books for anyone', async () => {
    const other = await createTherapist(s.api, s.clinic);
    const frontDesk = await createStaff(s.api, s.clinic, 'FRONT_DESK');
    const patient = await createPatient(s.api, s.owner.token);
    const forColleague = await book(s.api, other.staff.token, base(patient.id, localAt(s.zone, 16, '10:00')));
    expect(codeOf(forColleague)).toBe('FORBIDDEN');
    expect(
      (await booked(s.api, other.staff.token, { ...base(patient.id, localAt(s.zone, 16, '10:00')), therapistId: other.id })).status,
    ).toBe('BOOKED');
    expect((await booked(s.api, frontDesk.token, base(patient.id, localAt(s.zone, 16, '14:00')))).status).toBe('BOOKED');
  });

  it('refuses inactive therapists, services and rooms, and patients awaiting clearance', async () => {
    const patient = await createPatient(s.api, s.owner.token);
    const therapist = await createTherapist(s.api, s.clinic);
    const service = await createServiceType(s.api, s.owner.token);
    const room = await createRoom(s.api, s.owner.token);
    const startsAt = localAt(s.zone, 17, '10:00');
    const input = { patientId: patient.id, therapistId: therapist.id, serviceTypeId: service.id, roomId: room.id, startsAt };
    await s.api.gql(DEACTIVATE_ROOM, { id: room.id }, s.owner.token);
    expect((await book(s.api, s.owner.token, input)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.roomId',
    });
    await s.api.gql(DEACTIVATE_SERVICE_TYPE, { id: service.id }, s.owner.token);
    expect((await book(s.api, s.owner.token, input)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.serviceTypeId',
    });
    await s.api.gql(DEACTIVATE_THERAPIST, { id: therapist.id }, s.owner.token);
    expect((await book(s.api, s.owner.token, input)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.therapistId',
    });

    await sql(`UPDATE "Patient" SET "clearanceStatus" = 'NEEDS_MEDICAL_CLEARANCE' WHERE id = $1`, [patient.id]);
    expect(codeOf(await book(s.api, s.owner.token, base(patient.id, startsAt)))).toBe('CLEARANCE_REQUIRED');
    expect(await countSessions(s.api, s.owner.token, { patientId: patient.id })).toBe(0);
  });

  it('returns the same session for a retried idempotency key, and refuses the key for another booking', async () => {
    const patient = await createPatient(s.api, s.owner.token);
    const input = { ...base(patient.id, localAt(s.zone, 18, '10:00')), idempotencyKey: unique('retry-') };
    const first = await booked(s.api, s.owner.token, input);
    const again = await booked(s.api, s.owner.token, input);
    expect(again.id).toBe(first.id);
    expect(await countSessions(s.api, s.owner.token, { patientId: patient.id })).toBe(1);
    const reused = await book(s.api, s.owner.token, { ...input, startsAt: localAt(s.zone, 18, '14:00') });
    expect({ code: codeOf(reused), field: reused.errors?.[0]?.extensions.field }).toEqual({
      code: 'CONFLICT',
      field: 'input.idempotencyKey',
    });
  });

  it('treats every id of another clinic exactly like a missing one', async () => {
    const other = await schedulingClinic(s.api);
    const foreignSession = await booked(s.api, other.owner.token, {
      patientId: other.patientId,
      therapistId: other.therapist.id,
      serviceTypeId: other.service.id,
      startsAt: localAt(s.zone, 19, '10:00'),
    });
    const patient = await createPatient(s.api, s.owner.token);
    const startsAt = localAt(s.zone, 19, '12:00');
    const cases: [Partial<BookingInput>, string][] = [
      [{ patientId: other.patientId }, 'Patient'],
      [{ therapistId: other.therapist.id }, 'Therapist'],
      [{ serviceTypeId: other.service.id }, 'ServiceType'],
      [{ roomId: other.room.id }, 'Room'],
      [{ episodeId: foreignSession.episodeId }, 'EpisodeOfCare'],
    ];
    for (const [override, entity] of cases) {
      const result = await book(s.api, s.owner.token, { ...base(patient.id, startsAt), ...override });
      expect({ entity, code: codeOf(result), message: result.errors?.[0]?.message }).toEqual({
        entity,
        code: 'NOT_FOUND',
        message: `${entity} ${Object.values(override)[0]} not found`,
      });
    }
    expect(codeOf(await s.api.gql(SESSION, { id: foreignSession.id }, s.owner.token))).toBe('NOT_FOUND');
    expect(codeOf(await s.api.gql(CHECK_IN, { id: foreignSession.id }, s.owner.token))).toBe('NOT_FOUND');
    expect(codeOf(await s.api.gql(NO_SHOW, { id: foreignSession.id }, s.owner.token))).toBe('NOT_FOUND');
    expect(codeOf(await s.api.gql(CANCEL, { id: foreignSession.id }, s.owner.token))).toBe('NOT_FOUND');
    expect(codeOf(await s.api.gql(RESCHEDULE, { id: foreignSession.id, at: startsAt }, s.owner.token))).toBe('NOT_FOUND');
    const list = await s.api.gql(SESSIONS, { f: { ids: [foreignSession.id] } }, s.owner.token);
    expect(list.data?.allSessions).toEqual([]);
    const untouched = await s.api.gql(SESSION, { id: foreignSession.id }, other.owner.token);
    expect(untouched.data?.Session.status).toBe('BOOKED');
  });

  it('refuses an episode of another patient, and malformed input naming the field, writing nothing', async () => {
    const [a, b] = await Promise.all([createPatient(s.api, s.owner.token), createPatient(s.api, s.owner.token)]);
    const ofA = await booked(s.api, s.owner.token, base(a.id, localAt(s.zone, 20, '10:00')));
    const wrongEpisode = await book(s.api, s.owner.token, { ...base(b.id, localAt(s.zone, 20, '12:00')), episodeId: ofA.episodeId });
    expect(wrongEpisode.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.episodeId' });
    const cases: [Partial<BookingInput>, string][] = [
      [{ patientId: 'nope' }, 'input.patientId'],
      [{ roomId: 'nope' }, 'input.roomId'],
      [{ notes: 'x'.repeat(2001) }, 'input.notes'],
      [{ idempotencyKey: 'has space' }, 'input.idempotencyKey'],
      [{ overrideReason: '' }, 'input.overrideReason'],
    ];
    for (const [override, field] of cases) {
      const result = await book(s.api, s.owner.token, { ...base(b.id, localAt(s.zone, 20, '12:00')), ...override });
      expect({ code: codeOf(result), field: result.errors?.[0]?.extensions.field }).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(codeOf(await book(s.api, s.owner.token, base(b.id, 'not-a-date')))).toBe('BAD_USER_INPUT');
    expect(await countSessions(s.api, s.owner.token, { patientId: b.id })).toBe(0);
  });
});
