// Attendance racing a move: front desk checks a patient in while a colleague moves the same session to
// next week. Each decision was made on the session's time as read, so whichever commits second must be
// refused: a check-in must never land on a session that now starts a week away, nor a move on a session
// that is already checked in. Fired with real concurrency over HTTP, the move a few milliseconds ahead by
// a varying margin so that some check-ins read before the move commits and write after it.
import { graphql } from '../graphql/index.js';
import { codeOf } from '../support/api.js';
import { setupSchedulingClinic } from '../support/clinic-setup.js';
import { createPatient } from '../support/factories.js';
import { ALL_DAY, booked, createTherapist, localAt } from '../support/scheduling-factories.js';
import { sessionStartedAgo, sql } from '../support/sql.js';

const CHECK_IN = graphql(`
  mutation RaceCheckIn($id: ID!) {
    checkInSession(id: $id) {
      id
      status
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
const CANCEL = graphql(`
  mutation RaceCancel($id: ID!) {
    cancelSession(id: $id, reason: "Called in sick") {
      id
      lateCancel
    }
  }
`);

const PAIRS = 16;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('attendance and cancellation racing a move of the same session', () => {
  const s = setupSchedulingClinic();

  /** Sessions of their own therapist and patient, starting in 30 minutes (check-in open, within 24 h). */
  async function startingSoon(count: number, firstDay: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const [therapist, patient] = await Promise.all([createTherapist(s.api, s.clinic, ALL_DAY), createPatient(s.api, s.owner.token)]);
      const created = await booked(s.api, s.owner.token, {
        patientId: patient.id,
        therapistId: therapist.id,
        serviceTypeId: s.service.id,
        startsAt: localAt(s.zone, firstDay + i, '10:00'),
      });
      await sessionStartedAgo(created.id, -30);
      ids.push(created.id);
    }
    return ids;
  }

  it('lets exactly one of a check-in and a move through, never a check-in of a session moved away', async () => {
    const ids = await startingSoon(PAIRS, 3);
    const outcomes = await Promise.all(
      ids.map(async (id, i) => {
        const move = s.api.gql(MOVE, { id, startsAt: localAt(s.zone, 40 + i, '11:00') }, s.owner.token);
        await pause(i % 12);
        const checkIn = s.api.gql(CHECK_IN, { id }, s.owner.token);
        const [moved, checkedIn] = await Promise.all([move, checkIn]);
        return { moved: !moved.errors, checkedIn: !checkedIn.errors, codes: [codeOf(moved), codeOf(checkedIn)] };
      }),
    );
    const rows = await sql<{ id: string; status: string; later: boolean }>(
      `SELECT id, status::text, "startsAt" > now() + interval '1 day' AS later FROM "Session" WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    // The database's state: checked in and still starting soon, or booked and moved.
    expect(rows.filter((r) => (r.status === 'CHECKED_IN') === r.later)).toEqual([]);
    // What each user was told agrees with it: exactly one of the two succeeded, the other was refused.
    expect(outcomes.filter((o) => o.moved === o.checkedIn)).toEqual([]);
    for (const o of outcomes) expect(o.codes.filter(Boolean).every((c) => c === 'INVALID_TRANSITION' || c === 'CONFLICT')).toBe(true);
  });

  it('computes a late cancellation from the time the session has when it is cancelled', async () => {
    const ids = await startingSoon(PAIRS, 80);
    const outcomes = await Promise.all(
      ids.map(async (id, i) => {
        const move = s.api.gql(MOVE, { id, startsAt: localAt(s.zone, 120 + i, '11:00') }, s.owner.token);
        await pause(i % 12);
        const [moved, cancelled] = await Promise.all([move, s.api.gql(CANCEL, { id }, s.owner.token)]);
        return { moved: !moved.errors, cancelled: !cancelled.errors, codes: [codeOf(moved), codeOf(cancelled)] };
      }),
    );
    // A cancellation after a move is no conflict: both may succeed, but never neither.
    expect(outcomes.filter((o) => !o.cancelled && !o.moved)).toEqual([]);
    for (const o of outcomes) expect(o.codes.filter(Boolean).every((c) => c === 'INVALID_TRANSITION' || c === 'CONFLICT')).toBe(true);
    // A session cancelled while starting in 30 minutes is late; one moved weeks ahead and then cancelled is not.
    const rows = await sql<{ id: string; lateCancel: boolean; later: boolean }>(
      `SELECT id, "lateCancel", "startsAt" > now() + interval '1 day' AS later FROM "Session"
        WHERE id = ANY($1::uuid[]) AND status = 'CANCELLED'`,
      [ids],
    );
    expect(rows).toHaveLength(outcomes.filter((o) => o.cancelled).length);
    expect(rows.filter((r) => r.lateCancel === r.later)).toEqual([]);
  });
});
