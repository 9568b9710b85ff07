// The audit log beyond clinical records: bookings, reschedules, cancellations and status changes,
// staff and role changes, settings changes and sign-ins each leave an event (ids and field names,
// never values or passwords), all through the real GraphQL endpoint.
import { graphql } from '../graphql/index.js';
import type { AuditEventFilter } from '../graphql/graphql.js';
import { codeOf, unique } from '../support/api.js';
import { setupSchedulingClinic } from '../support/clinic-setup.js';
import { insertSession } from '../support/clinical-factories.js';
import { PASSWORD, createStaff } from '../support/factories.js';
import { booked, localAt, updateClinicSettings } from '../support/scheduling-factories.js';
import { closeDb, db } from '../support/sql.js';

const EVENTS = graphql(`
  query AuditKindEvents($filter: AuditEventFilter) {
    allAuditEvents(filter: $filter, perPage: 500, sortField: "at", sortOrder: "ASC") {
      id
      actorId
      actorRole
      action
      entity
      entityId
      entityIds
      patientId
      patientIds
      fields
      requestId
    }
  }
`);
const RESCHEDULE = graphql(`
  mutation AuditReschedule($id: ID!, $startsAt: DateTime!) {
    rescheduleSession(id: $id, startsAt: $startsAt) {
      id
    }
  }
`);
const CANCEL = graphql(`
  mutation AuditCancel($id: ID!) {
    cancelSession(id: $id, reason: "Patient is ill") {
      id
    }
  }
`);
const CHECK_IN = graphql(`
  mutation AuditCheckIn($id: ID!) {
    checkInSession(id: $id) {
      id
    }
  }
`);
const COMPLETE = graphql(`
  mutation AuditComplete($id: ID!) {
    completeSession(id: $id, note: { techniques: [SWEDISH], regions: [LOWER_BACK], pressure: LIGHT, patientResponse: "Relaxed" }) {
      id
    }
  }
`);
const NO_SHOW = graphql(`
  mutation AuditNoShow($id: ID!) {
    markNoShow(id: $id) {
      id
    }
  }
`);
const REVERT = graphql(`
  mutation AuditRevert($id: ID!) {
    revertSessionStatus(id: $id, reason: "Marked the wrong patient") {
      id
    }
  }
`);
const UPDATE_USER = graphql(`
  mutation AuditUpdateUser($id: ID!, $role: Role, $active: Boolean) {
    updateUser(id: $id, role: $role, active: $active) {
      id
    }
  }
`);
const LOGIN = graphql(`
  mutation AuditLogin($e: String!, $p: String!) {
    login(email: $e, password: $p) {
      token
    }
  }
`);

describe('audit events of the schedule, staff, settings and sign-ins', () => {
  const s = setupSchedulingClinic();
  afterAll(() => closeDb());

  async function events(filter: AuditEventFilter) {
    const result = await s.api.gql(EVENTS, { filter }, s.owner.token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.allAuditEvents;
  }

  it('records a booking, its reschedule and its cancellation', async () => {
    const session = await booked(s.api, s.owner.token, {
      patientId: s.patientId,
      therapistId: s.therapist.id,
      serviceTypeId: s.service.id,
      startsAt: localAt(s.zone, 5, '10:00'),
    });
    expect((await s.api.gql(RESCHEDULE, { id: session.id, startsAt: localAt(s.zone, 5, '12:00') }, s.owner.token)).errors).toBeUndefined();
    expect((await s.api.gql(CANCEL, { id: session.id }, s.therapist.staff.token)).errors).toBeUndefined();

    const seen = await events({ entityId: session.id });
    expect(seen.map((e) => [e.action, e.entity, e.actorRole, e.patientId, e.fields])).toEqual([
      ['BOOK', 'Session', 'OWNER', s.patientId, []],
      ['RESCHEDULE', 'Session', 'OWNER', s.patientId, ['startsAt']],
      ['CANCEL', 'Session', 'THERAPIST', s.patientId, []],
    ]);
    expect(seen[2]!.actorId).toBe(s.therapist.staff.id);
    for (const e of seen) expect(e.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('records check-in, completion and no-show', async () => {
    const fixture = { clinicId: s.clinic.clinicId, patientId: s.patientId, therapistId: s.therapist.id, serviceTypeId: s.service.id };
    const attended = await insertSession({ ...fixture, createdById: s.owner.id });
    const missed = await insertSession({ ...fixture, createdById: s.owner.id });
    const token = s.therapist.staff.token;
    expect((await s.api.gql(CHECK_IN, { id: attended.id }, token)).errors).toBeUndefined();
    expect((await s.api.gql(COMPLETE, { id: attended.id }, token)).errors).toBeUndefined();
    expect((await s.api.gql(NO_SHOW, { id: missed.id }, token)).errors).toBeUndefined();
    const onAttended = await events({ entityId: attended.id, entity: 'Session' });
    expect(onAttended.map((e) => e.action)).toEqual(['CHECK_IN', 'COMPLETE']);
    const onMissed = await events({ entityId: missed.id });
    expect(onMissed.map((e) => [e.action, e.actorId, e.patientId])).toEqual([['NO_SHOW', s.therapist.staff.id, s.patientId]]);
    // The note written with the completion has its own event, in the same request.
    const notes = await events({ entity: 'TreatmentNote', action: 'CREATE', patientId: s.patientId });
    expect(notes.map((e) => e.requestId)).toContain(onAttended[1]!.requestId);
  });

  it("records an owner's revert of a no-show, naming the fields it set and never the reason", async () => {
    const fixture = { clinicId: s.clinic.clinicId, patientId: s.patientId, therapistId: s.therapist.id, serviceTypeId: s.service.id };
    const missed = await insertSession({ ...fixture, createdById: s.owner.id });
    expect((await s.api.gql(NO_SHOW, { id: missed.id }, s.therapist.staff.token)).errors).toBeUndefined();
    expect((await s.api.gql(REVERT, { id: missed.id }, s.owner.token)).errors).toBeUndefined();
    const seen = await events({ entityId: missed.id });
    expect(seen.map((e) => [e.action, e.entity, e.actorRole, e.actorId, e.patientId, e.fields])).toEqual([
      ['NO_SHOW', 'Session', 'THERAPIST', s.therapist.staff.id, s.patientId, []],
      ['REVERT', 'Session', 'OWNER', s.owner.id, s.patientId, ['status', 'noShowAt', 'notes']],
    ]);
    expect(JSON.stringify(seen)).not.toContain('wrong patient');
  });

  it('records staff created, a role change and a deactivation, naming the fields only', async () => {
    const staff = await createStaff(s.api, s.clinic, 'FRONT_DESK', 'Dana Desk');
    expect((await s.api.gql(UPDATE_USER, { id: staff.id, role: 'THERAPIST' }, s.owner.token)).errors).toBeUndefined();
    expect((await s.api.gql(UPDATE_USER, { id: staff.id, active: false }, s.owner.token)).errors).toBeUndefined();
    const seen = await events({ entity: 'User', entityId: staff.id, actorId: s.owner.id });
    expect(seen.map((e) => [e.action, e.fields])).toEqual([
      ['CREATE', ['role']],
      ['ROLE_CHANGE', ['role']],
      ['UPDATE', ['active']],
    ]);
    expect(seen.every((e) => e.patientId === null && e.patientIds.length === 0)).toBe(true);
  });

  it('records settings changes by field name', async () => {
    await updateClinicSettings(s.api, s.owner.token, { slotStepMinutes: 30, lateCancelWindowHours: 12 });
    const seen = await events({ entity: 'Clinic', action: 'UPDATE' });
    expect(seen.at(-1)).toEqual(
      expect.objectContaining({ entityId: s.clinic.clinicId, actorId: s.owner.id, fields: ['slotStepMinutes', 'lateCancelWindowHours'] }),
    );
  });

  it('records sign-ins and failed ones, never the password', async () => {
    const staff = await createStaff(s.api, s.clinic, 'THERAPIST', 'Lou Login');
    const wrong = `wrong-${unique()}`;
    expect(codeOf(await s.api.gql(LOGIN, { e: staff.email, p: wrong }))).toBe('UNAUTHENTICATED');
    expect((await s.api.gql(LOGIN, { e: staff.email, p: PASSWORD })).data?.login.token).toBeTruthy();
    const seen = await events({ entity: 'User', entityId: staff.id, actorId: staff.id });
    // createStaff signed in once already; then the failure and the success of this test.
    expect(seen.map((e) => e.action)).toEqual(['LOGIN', 'LOGIN_FAILED', 'LOGIN']);
    expect(seen.every((e) => e.actorRole === 'THERAPIST' && e.requestId)).toBe(true);
    const { rows } = await db().query(`SELECT * FROM "AuditEvent" WHERE "clinicId" = $1`, [s.clinic.clinicId]);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(wrong);
    expect(stored).not.toContain(PASSWORD);
  });
});
