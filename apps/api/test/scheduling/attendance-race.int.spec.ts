// A status change racing a move of the same session: front desk checks a patient in, records a no-show,
// cancels or moves the session while a colleague moves it elsewhere. Each decision was made on the
// session's time as read (the attendance window, the late flag, a move's checks), so a move committed in
// between must make it fail, never apply it to a session that now starts somewhere else. movedWhile()
// forces that interleaving with a row lock held by a second connection: the change reads the session,
// waits on the lock to write, and the move commits first. Before the fix, each of these applied.
import { graphql } from '../graphql/index.js';
import { codeOf, type GqlResult } from '../support/api.js';
import { setupSchedulingClinic } from '../support/clinic-setup.js';
import { createPatient } from '../support/factories.js';
import { ALL_DAY, booked, createTherapist, localAt } from '../support/scheduling-factories.js';
import { closeDb, movedWhile, sessionStartedAgo, sql } from '../support/sql.js';

const CHECK_IN = graphql(`
  mutation RaceCheckIn($id: ID!) {
    checkInSession(id: $id) {
      id
      status
    }
  }
`);
const NO_SHOW = graphql(`
  mutation RaceNoShow($id: ID!) {
    markNoShow(id: $id) {
      id
      status
    }
  }
`);
const CANCEL = graphql(`
  mutation RaceCancel($id: ID!) {
    cancelSession(id: $id, reason: "Called in sick") {
      id
      lateCancel
    }
  }
`);
const MOVE = graphql(`
  mutation RaceMove($id: ID!, $startsAt: DateTime!) {
    rescheduleSession(id: $id, startsAt: $startsAt) {
      id
      startsAt
    }
  }
`);

describe('a status change racing a move of the same session', () => {
  const s = setupSchedulingClinic();
  let day = 3;
  afterAll(closeDb);

  /** A session of its own therapist and patient, starting `minutesAhead` from now. */
  async function sessionIn(minutesAhead: number): Promise<string> {
    const [therapist, patient] = await Promise.all([createTherapist(s.api, s.clinic, ALL_DAY), createPatient(s.api, s.owner.token)]);
    const created = await booked(s.api, s.owner.token, {
      patientId: patient.id,
      therapistId: therapist.id,
      serviceTypeId: s.service.id,
      startsAt: localAt(s.zone, day++, '10:00'),
    });
    await sessionStartedAgo(created.id, -minutesAhead);
    return created.id;
  }

  const rowOf = async (id: string) =>
    (
      await sql<{ status: string; startsAt: Date; checkedInAt: Date | null; noShowAt: Date | null }>(
        `SELECT status::text, "startsAt", "checkedInAt", "noShowAt" FROM "Session" WHERE id = $1`,
        [id],
      )
    )[0]!;

  /** The refusal a moved session gives: CONFLICT naming its new time. */
  function expectMovedRefusal(result: GqlResult<unknown>, movedTo: Date): void {
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors![0]!.message).toMatch(
      /^This session was moved to \d\d:\d\d on \w{3} \d{1,2} \w{3} \(America\/New_York\) while you were changing it/,
    );
    expect(result.errors![0]!.extensions).toMatchObject({ startsAt: movedTo.toISOString() });
  }

  it('refuses a check-in whose session was moved a week away meanwhile', async () => {
    const id = await sessionIn(30);
    const result = await movedWhile(id, 7, () => s.api.gql(CHECK_IN, { id }, s.owner.token));
    const row = await rowOf(id);
    expect(row).toMatchObject({ status: 'BOOKED', checkedInAt: null });
    expect(row.startsAt.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    expectMovedRefusal(result, row.startsAt);
  });

  it('refuses a no-show whose session was moved meanwhile', async () => {
    const id = await sessionIn(-5);
    const result = await movedWhile(id, 7, () => s.api.gql(NO_SHOW, { id }, s.owner.token));
    const row = await rowOf(id);
    expect(row).toMatchObject({ status: 'BOOKED', noShowAt: null });
    expectMovedRefusal(result, row.startsAt);
  });

  it('refuses a cancellation whose late flag was decided on the time before a move', async () => {
    const id = await sessionIn(30);
    const result = await movedWhile(id, 30, () => s.api.gql(CANCEL, { id }, s.owner.token));
    const row = await rowOf(id);
    expect(row.status).toBe('BOOKED');
    expectMovedRefusal(result, row.startsAt);
    // Asked again, it is cancelled on its new time: not late.
    expect((await s.api.gql(CANCEL, { id }, s.owner.token)).data?.cancelSession.lateCancel).toBe(false);
  });

  it('refuses a move checked against the time before another move', async () => {
    const id = await sessionIn(24 * 60);
    const result = await movedWhile(id, 7, () => s.api.gql(MOVE, { id, startsAt: localAt(s.zone, 60, '11:00') }, s.owner.token));
    const row = await rowOf(id);
    expectMovedRefusal(result, row.startsAt);
  });
});
