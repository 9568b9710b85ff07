// Concurrency: PostgreSQL's exclusion constraints, not the check before the insert, decide who gets a
// slot. Of N simultaneous requests exactly one succeeds; the rest get CONFLICT naming the winner.
import type { BookSessionMutation } from '../graphql/graphql.js';
import { createPatient } from '../support/factories.js';
import { codeOf, unique, type GqlResult } from '../support/api.js';
import { setupSchedulingClinic } from '../support/clinic-setup.js';
import { book, countSessions, createRoom, createTherapist, localAt, type TestTherapist } from '../support/scheduling-factories.js';

function expectOneWinner(results: GqlResult<BookSessionMutation>[]): string {
  const statuses = results.map((r) => r.status);
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
  const winners = results.filter((r) => r.data?.bookSession);
  expect(winners).toHaveLength(1);
  const winnerId = winners[0]!.data!.bookSession.id;
  const losers = results.filter((r) => !r.data?.bookSession);
  expect(losers.map(codeOf)).toEqual(losers.map(() => 'CONFLICT'));
  for (const loser of losers) expect(loser.errors![0]!.extensions.sessionIds).toEqual([winnerId]);
  return winnerId;
}

describe('booking races', () => {
  const s = setupSchedulingClinic();
  let others: TestTherapist[];

  beforeAll(async () => {
    others = await Promise.all(Array.from({ length: 8 }, () => createTherapist(s.api, s.clinic)));
  });

  it('lets exactly one of 50 simultaneous bookings of one slot through', async () => {
    const patients = await Promise.all(Array.from({ length: 50 }, () => createPatient(s.api, s.owner.token)));
    const startsAt = localAt(s.zone, 5, '10:00');
    const before = await countSessions(s.api, s.owner.token, { therapistId: s.therapist.id });
    // Different patients, so only the therapist's exclusion constraint can stop them.
    const results = await Promise.all(
      patients.map((p) =>
        book(s.api, s.owner.token, { patientId: p.id, therapistId: s.therapist.id, serviceTypeId: s.service.id, startsAt }),
      ),
    );
    const winnerId = expectOneWinner(results);
    expect(await countSessions(s.api, s.owner.token, { therapistId: s.therapist.id })).toBe(before + 1);
    const conflicts = results.find((r) => r.errors)!.errors![0]!.extensions.conflicts as {
      sessionId: string;
      reason: string;
      startsAt: string;
    }[];
    expect(conflicts).toEqual([{ sessionId: winnerId, reason: 'THERAPIST', startsAt: new Date(startsAt).toISOString() }]);
  });

  it('keeps one room to one session across different therapists', async () => {
    const room = await createRoom(s.api, s.owner.token);
    const patients = await Promise.all(others.map(() => createPatient(s.api, s.owner.token)));
    const startsAt = localAt(s.zone, 6, '11:00');
    const results = await Promise.all(
      others.map((t, i) =>
        book(s.api, s.owner.token, {
          patientId: patients[i]!.id,
          therapistId: t.id,
          serviceTypeId: s.service.id,
          startsAt,
          roomId: room.id,
        }),
      ),
    );
    expectOneWinner(results);
    expect(results.find((r) => r.errors)!.errors![0]!.extensions.conflicts).toEqual([expect.objectContaining({ reason: 'ROOM' })]);
  });

  it('keeps one patient in one session across different therapists and rooms', async () => {
    const rooms = await Promise.all(others.map(() => createRoom(s.api, s.owner.token)));
    const patient = await createPatient(s.api, s.owner.token);
    const startsAt = localAt(s.zone, 6, '14:00');
    const results = await Promise.all(
      others.map((t, i) =>
        book(s.api, s.owner.token, {
          patientId: patient.id,
          therapistId: t.id,
          serviceTypeId: s.service.id,
          startsAt,
          roomId: rooms[i]!.id,
        }),
      ),
    );
    expectOneWinner(results);
    expect(results.find((r) => r.errors)!.errors![0]!.extensions.conflicts).toEqual([expect.objectContaining({ reason: 'PATIENT' })]);
  });

  it('treats overlapping (not identical) simultaneous requests, buffers included, the same way', async () => {
    const patients = await Promise.all(Array.from({ length: 10 }, () => createPatient(s.api, s.owner.token)));
    // Starts 5 minutes apart across 50 minutes: every pair overlaps once the 15-minute buffer counts.
    const results = await Promise.all(
      patients.map((p, i) =>
        book(s.api, s.owner.token, {
          patientId: p.id,
          therapistId: s.therapist.id,
          serviceTypeId: s.service.id,
          startsAt: localAt(s.zone, 7, `09:${String(i * 5).padStart(2, '0')}`),
        }),
      ),
    );
    expectOneWinner(results);
  });

  it('returns one session to concurrent retries with the same idempotency key', async () => {
    const patient = await createPatient(s.api, s.owner.token);
    const input = {
      patientId: patient.id,
      therapistId: s.therapist.id,
      serviceTypeId: s.service.id,
      startsAt: localAt(s.zone, 8, '15:00'),
      idempotencyKey: unique('key-'),
    };
    const results = await Promise.all(Array.from({ length: 10 }, () => book(s.api, s.owner.token, input)));
    expect(results.map(codeOf)).toEqual(results.map(() => undefined));
    expect(new Set(results.map((r) => r.data!.bookSession.id)).size).toBe(1);
    expect(await countSessions(s.api, s.owner.token, { patientId: patient.id })).toBe(1);
  });
});
