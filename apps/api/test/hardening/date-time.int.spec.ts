// DateTime values that rolled over (issue 12, finding 1): 30 February booked 2 March, "1" was stored as
// 2001-01-01, a bare number was taken as an instant. Each is now refused as BAD_USER_INPUT naming the
// argument, and nothing is written.
import { DateTime } from 'luxon';
import type { GqlResult } from '../support/api.js';
import { setupClinic, setupSchedulingClinic } from '../support/clinic-setup.js';
import { patientOfTherapist } from '../support/clinical-factories.js';
import { booked, countSessions, localAt } from '../support/scheduling-factories.js';
import { countRows } from '../support/sql.js';

const BOOK = `mutation($input: BookSessionInput!) { bookSession(input: $input) { id startsAt } }`;
const RESCHEDULE = `mutation($id: ID!, $startsAt: DateTime!) { rescheduleSession(id: $id, startsAt: $startsAt) { id startsAt } }`;
const RECORD = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id takenAt } }`;

const MALFORMED: [string, unknown][] = [
  ['30 February', '2027-02-30T15:00:00Z'],
  ['hour 24', '2027-03-01T24:00:00Z'],
  ['a year alone', '1'],
  ['a bare number', 1_800_000_000_000],
  ['a number in a string', '1800000000000'],
  ['a date without a time', '2027-03-01'],
  ['a time without an offset', '2027-03-01T15:00:00'],
  ['an offset beyond ±14:00', '2027-03-01T15:00:00+25:00'],
  ['a date in words', 'March 1, 2027 15:00 UTC'],
];

function expectRefused(result: GqlResult<unknown>, field: string): void {
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
}

describe('DateTime arguments: booking', () => {
  const c = setupSchedulingClinic();
  const input = (startsAt: unknown) => ({ patientId: c.patientId, therapistId: c.therapist.id, serviceTypeId: c.service.id, startsAt });

  it.each(MALFORMED)('refuses %s as bookSession startsAt and books nothing', async (_, startsAt) => {
    const result = await c.api.rawGql(BOOK, { input: input(startsAt) }, c.owner.token);
    expectRefused(result, 'input.startsAt');
    expect(result.errors?.[0]?.message).toContain('$input');
    expect(await countSessions(c.api, c.owner.token)).toBe(0);
  });

  it('refuses 30 February written inline in the operation, as bad input too', async () => {
    const inline = `mutation { bookSession(input: { patientId: "${c.patientId}", therapistId: "${c.therapist.id}", serviceTypeId: "${c.service.id}", startsAt: "2027-02-30T15:00:00Z" }) { id } }`;
    const result = await c.api.rawGql(inline, {}, c.owner.token);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startsAt' });
    expect(result.errors?.[0]?.message).toContain('"2027-02-30T15:00:00Z" is not a valid DateTime');
    expect(await countSessions(c.api, c.owner.token)).toBe(0);
  });

  it('takes a local time with its offset as the instant it names', async () => {
    const utc = localAt(c.zone, 3, '10:00');
    const local = DateTime.fromISO(utc).setZone(c.zone).toISO()!;
    expect(local).not.toMatch(/Z$/);
    const result = await c.api.rawGql(BOOK, { input: input(local) }, c.owner.token);
    expect(result.errors).toBeUndefined();
    expect((result.data as { bookSession: { startsAt: string } }).bookSession.startsAt).toBe(utc);
  });

  it('refuses 30 February as rescheduleSession startsAt (a plain argument) and leaves the session where it was', async () => {
    const startsAt = localAt(c.zone, 4, '11:00');
    const session = await booked(c.api, c.owner.token, input(startsAt) as Parameters<typeof booked>[2]);
    expectRefused(await c.api.rawGql(RESCHEDULE, { id: session.id, startsAt: '2027-02-30T15:00:00Z' }, c.owner.token), 'startsAt');
    const read = await c.api.rawGql(`query($id: ID!) { Session(id: $id) { startsAt } }`, { id: session.id }, c.owner.token);
    expect(read.data).toEqual({ Session: { startsAt } });
  });
});

describe('DateTime arguments: assessments', () => {
  const clinic = setupClinic();

  it.each([
    ['30 February', '2026-02-30T10:00:00Z'],
    ['a year alone', '1'],
    ['a bare number', 1_700_000_000_000],
    ['a date without a time', '2026-01-15'],
  ])('refuses %s as recordAssessment takenAt and records nothing', async (_, takenAt) => {
    const patient = await patientOfTherapist(clinic);
    const result = await clinic.api.rawGql(
      RECORD,
      { input: { patientId: patient.id, instrument: 'NPRS', responses: [5], takenAt } },
      clinic.therapist.token,
    );
    expectRefused(result, 'input.takenAt');
    expect(await countRows('Assessment', '"patientId" = $1', [patient.id])).toBe(0);
  });
});
