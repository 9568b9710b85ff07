// The session lifecycle: the status machine of PRODUCT.md section 4 (every transition allowed and
// refused), late cancellation, rescheduling, who may act on whose sessions, and racing transitions.
import { graphql } from '../graphql/index.js';
import type {
  LifecycleCancelMutation,
  LifecycleCheckInMutation,
  LifecycleCompleteMutation,
  LifecycleNoShowMutation,
  LifecycleRescheduleMutation,
  TreatmentNoteInput,
} from '../graphql/graphql.js';
import { codeOf, type GqlResult } from '../support/api.js';
import { setupSchedulingClinic } from '../support/clinic-setup.js';
import { createPatient, createStaff, type Staff } from '../support/factories.js';
import { ALL_DAY, booked, createRoom, createTherapist, localAt, plusMinutes } from '../support/scheduling-factories.js';
import { sessionStartedAgo, sql } from '../support/sql.js';

const NOTE: TreatmentNoteInput = {
  techniques: ['DEEP_TISSUE', 'TRIGGER_POINT'],
  regions: ['LOWER_BACK'],
  pressure: 'FIRM',
  patientResponse: 'Less stiffness when bending',
};
const CHECK_IN = graphql(`
  mutation LifecycleCheckIn($id: ID!) {
    checkInSession(id: $id) {
      ...SessionFields
    }
  }
`);
const COMPLETE = graphql(`
  mutation LifecycleComplete($id: ID!, $note: TreatmentNoteInput!) {
    completeSession(id: $id, note: $note) {
      ...SessionFields
    }
  }
`);
const CANCEL = graphql(`
  mutation LifecycleCancel($id: ID!) {
    cancelSession(id: $id, reason: "feeling unwell") {
      ...SessionFields
    }
  }
`);
const NO_SHOW = graphql(`
  mutation LifecycleNoShow($id: ID!) {
    markNoShow(id: $id) {
      ...SessionFields
    }
  }
`);
const RESCHEDULE = graphql(`
  mutation LifecycleReschedule($id: ID!, $startsAt: DateTime!, $roomId: ID) {
    rescheduleSession(id: $id, startsAt: $startsAt, roomId: $roomId) {
      ...SessionFields
    }
  }
`);
const SESSION_STATUS = graphql(`
  query LifecycleSessionStatus($id: ID!) {
    Session(id: $id) {
      status
    }
  }
`);

interface Results {
  CHECK_IN: LifecycleCheckInMutation;
  COMPLETE: LifecycleCompleteMutation;
  CANCEL: LifecycleCancelMutation;
  NO_SHOW: LifecycleNoShowMutation;
  RESCHEDULE: LifecycleRescheduleMutation;
}
type Action = keyof Results;
const ACTIONS: Action[] = ['CHECK_IN', 'COMPLETE', 'CANCEL', 'NO_SHOW', 'RESCHEDULE'];
type Status = 'BOOKED' | 'CHECKED_IN' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';

const PATH_TO: Record<Status, Action[]> = {
  BOOKED: [],
  CHECKED_IN: ['CHECK_IN'],
  COMPLETED: ['CHECK_IN', 'COMPLETE'],
  CANCELLED: ['CANCEL'],
  NO_SHOW: ['NO_SHOW'],
};
const ALLOWED: Record<Status, Partial<Record<Action, Status>>> = {
  BOOKED: { CHECK_IN: 'CHECKED_IN', CANCEL: 'CANCELLED', NO_SHOW: 'NO_SHOW', RESCHEDULE: 'BOOKED' },
  CHECKED_IN: { COMPLETE: 'COMPLETED' },
  COMPLETED: {},
  CANCELLED: {},
  NO_SHOW: {},
};

describe('session lifecycle', () => {
  const s = setupSchedulingClinic();
  let slot = 0;

  /** Distinct 90-minute slots (08:00 … 18:30) on days 40 onwards, so sessions never collide. */
  const nextSlot = (): string => {
    const i = slot++;
    const minutes = 8 * 60 + (i % 8) * 90;
    return localAt(
      s.zone,
      40 + Math.floor(i / 8),
      `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
    );
  };
  /** Runs one action on a session; a reschedule without a time moves it to the next free slot. */
  const run = <A extends Action>(
    action: A,
    id: string,
    token = s.owner.token,
    startsAt?: string,
    roomId?: string,
  ): Promise<GqlResult<Results[A]>> => {
    const calls: { [K in Action]: () => Promise<GqlResult<Results[K]>> } = {
      CHECK_IN: () => s.api.gql(CHECK_IN, { id }, token),
      COMPLETE: () => s.api.gql(COMPLETE, { id, note: NOTE }, token),
      CANCEL: () => s.api.gql(CANCEL, { id }, token),
      NO_SHOW: () => s.api.gql(NO_SHOW, { id }, token),
      RESCHEDULE: () => s.api.gql(RESCHEDULE, { id, startsAt: startsAt ?? nextSlot(), roomId }, token),
    };
    return calls[action]();
  };
  let pastSlot = 0;
  /**
   * A BOOKED session that began a little while ago (attendance is recorded only once it can be true),
   * each in its own 90-minute slot of the recent past so that they never collide.
   */
  const sessionIn = async (status: Status, therapistId = s.therapist.id): Promise<string> => {
    const session = await booked(s.api, s.owner.token, {
      patientId: s.patientId,
      therapistId,
      serviceTypeId: s.service.id,
      startsAt: nextSlot(),
    });
    await sessionStartedAgo(session.id, 5 + 90 * pastSlot++);
    for (const action of PATH_TO[status]) expect(codeOf(await run(action, session.id))).toBeUndefined();
    return session.id;
  };

  const table = (Object.keys(ALLOWED) as Status[]).flatMap((from) =>
    ACTIONS.map((action) => [from, action, ALLOWED[from][action] ?? 'INVALID_TRANSITION'] as const),
  );

  it.each(table)('from %s, %s → %s', async (from, action, to) => {
    const id = await sessionIn(from);
    const result = await run(action, id);
    const payload = result.data ? Object.values(result.data)[0] : null;
    if (to !== 'INVALID_TRANSITION') {
      expect(codeOf(result)).toBeUndefined();
      expect(payload!.status).toBe(to);
    } else {
      expect({ code: codeOf(result), from: result.errors?.[0]?.extensions.from }).toEqual({ code: 'INVALID_TRANSITION', from });
      const after = await s.api.gql(SESSION_STATUS, { id }, s.owner.token);
      expect(after.data?.Session.status).toBe(from);
    }
  });

  it('stamps each step and stores the treatment note with the completion', async () => {
    const id = await sessionIn('CHECKED_IN');
    const done = await run('COMPLETE', id);
    expect(done.data?.completeSession).toMatchObject({
      status: 'COMPLETED',
      checkedInAt: expect.any(String),
      completedAt: expect.any(String),
    });
    const [note] = await sql(
      `SELECT techniques::text[] AS techniques, regions::text[] AS regions, pressure::text, "patientResponse", "authorId" FROM "TreatmentNote" WHERE "sessionId" = $1`,
      [id],
    );
    expect(note).toEqual({
      techniques: ['DEEP_TISSUE', 'TRIGGER_POINT'],
      regions: ['LOWER_BACK'],
      pressure: 'FIRM',
      patientResponse: NOTE.patientResponse,
      authorId: s.owner.id,
    });
    const [audit] = await sql(
      `SELECT a.action, a."actorId", a."patientId" = s."patientId" AS "samePatient" FROM "AuditEvent" a JOIN "TreatmentNote" n ON n.id::text = a."entityId" JOIN "Session" s ON s.id = n."sessionId" WHERE n."sessionId" = $1 AND a.entity = 'TreatmentNote'`,
      [id],
    );
    expect(audit).toEqual({ action: 'CREATE', actorId: s.owner.id, samePatient: true });
    const other = await sessionIn('CHECKED_IN');
    const badNote = await s.api.gql(COMPLETE, { id: other, note: { ...NOTE, techniques: [] } }, s.owner.token);
    expect({ code: codeOf(badNote), field: badNote.errors?.[0]?.extensions.field }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'note.techniques',
    });
  });

  it('flags a cancellation inside the late-cancel window as late', async () => {
    const anyTime = await createTherapist(s.api, s.clinic, ALL_DAY);
    const patient = await createPatient(s.api, s.owner.token);
    const soon = new Date(Math.ceil((Date.now() + 3 * 3_600_000) / 3_600_000) * 3_600_000).toISOString(); // 3–4 h ahead; window is 24 h
    const late = await booked(s.api, s.owner.token, {
      patientId: patient.id,
      therapistId: anyTime.id,
      serviceTypeId: s.service.id,
      startsAt: soon,
    });
    const early = await booked(s.api, s.owner.token, {
      patientId: patient.id,
      therapistId: anyTime.id,
      serviceTypeId: s.service.id,
      startsAt: plusMinutes(soon, 3 * 24 * 60),
    });
    const lateResult = await run('CANCEL', late.id);
    expect(lateResult.data?.cancelSession).toMatchObject({
      status: 'CANCELLED',
      lateCancel: true,
      cancelReason: 'feeling unwell',
      cancelledAt: expect.any(String),
    });
    expect((await run('CANCEL', early.id)).data?.cancelSession).toMatchObject({ status: 'CANCELLED', lateCancel: false });
    // A cancelled session frees its slot.
    expect(
      (await booked(s.api, s.owner.token, { patientId: patient.id, therapistId: anyTime.id, serviceTypeId: s.service.id, startsAt: soon }))
        .status,
    ).toBe('BOOKED');
  });

  it('reschedules under the booking rules, never conflicting with its own old slot', async () => {
    const [a, b] = await Promise.all([createPatient(s.api, s.owner.token), createPatient(s.api, s.owner.token)]);
    const at = (time: string) => localAt(s.zone, 60, time);
    const session = await booked(s.api, s.owner.token, {
      patientId: a.id,
      therapistId: s.therapist.id,
      serviceTypeId: s.service.id,
      startsAt: at('10:00'),
    });
    const moved = await run('RESCHEDULE', session.id, s.owner.token, at('10:30'));
    expect(moved.data?.rescheduleSession).toMatchObject({
      id: session.id,
      status: 'BOOKED',
      startsAt: new Date(at('10:30')).toISOString(),
      endsAt: new Date(at('11:30')).toISOString(),
      blockedUntil: new Date(at('11:45')).toISOString(),
    });
    const blocker = await booked(s.api, s.owner.token, {
      patientId: b.id,
      therapistId: s.therapist.id,
      serviceTypeId: s.service.id,
      startsAt: at('13:00'),
    });
    const onto = await run('RESCHEDULE', session.id, s.owner.token, at('12:00'));
    expect({ code: codeOf(onto), ids: onto.errors?.[0]?.extensions.sessionIds }).toEqual({ code: 'CONFLICT', ids: [blocker.id] });
    const outside = await run('RESCHEDULE', session.id, s.owner.token, at('06:00'));
    expect({ code: codeOf(outside), field: outside.errors?.[0]?.extensions.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    const room = await createRoom(s.api, s.owner.token);
    const toRoom = await run('RESCHEDULE', session.id, s.owner.token, at('15:00'), room.id);
    expect(toRoom.data?.rescheduleSession).toMatchObject({ room: { id: room.id }, startsAt: new Date(at('15:00')).toISOString() });
    // The old slot is free again.
    expect(
      (
        await booked(s.api, s.owner.token, {
          patientId: b.id,
          therapistId: s.therapist.id,
          serviceTypeId: s.service.id,
          startsAt: at('10:00'),
        })
      ).status,
    ).toBe('BOOKED');
  });

  describe('roles', () => {
    let mine: { id: string; staff: Staff };
    let colleague: { id: string; staff: Staff };
    let frontDesk: Staff;

    beforeAll(async () => {
      [mine, colleague, frontDesk] = await Promise.all([
        createTherapist(s.api, s.clinic),
        createTherapist(s.api, s.clinic),
        createStaff(s.api, s.clinic, 'FRONT_DESK'),
      ]);
    });

    it.each<Action>(['CHECK_IN', 'CANCEL', 'NO_SHOW', 'RESCHEDULE', 'COMPLETE'])(
      "a therapist cannot %s a colleague's session",
      async (action) => {
        const id = await sessionIn(action === 'COMPLETE' ? 'CHECKED_IN' : 'BOOKED', colleague.id);
        expect(codeOf(await run(action, id, mine.staff.token))).toBe('FORBIDDEN');
        expect(codeOf(await run(action, id, colleague.staff.token))).toBeUndefined();
      },
    );

    it('front desk checks in, cancels and marks no-shows but cannot complete; the owner can', async () => {
      const checkedIn = await sessionIn('CHECKED_IN', mine.id);
      expect(codeOf(await run('COMPLETE', checkedIn, frontDesk.token))).toBe('FORBIDDEN');
      expect(codeOf(await run('COMPLETE', checkedIn, s.owner.token))).toBeUndefined();
      for (const action of ['CHECK_IN', 'CANCEL', 'NO_SHOW'] as const) {
        expect(codeOf(await run(action, await sessionIn('BOOKED', mine.id), frontDesk.token))).toBeUndefined();
      }
    });
  });

  it('lets exactly one of several racing transitions win', async () => {
    const id = await sessionIn('BOOKED');
    const results = await Promise.all([
      ...Array.from({ length: 5 }, () => run('CHECK_IN', id)),
      ...Array.from({ length: 5 }, () => run('CANCEL', id)),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(Array(9).fill('INVALID_TRANSITION'));
  });
});
