import type { BusySession } from '@backtrack/domain';
import { ErrorCode } from '../../common/app-error.js';
import { bookingError, seriesError } from './booking-errors.js';

const at = (iso: string) => Date.parse(iso);
const busy: BusySession[] = [
  { sessionId: 's1', start: at('2027-01-04T15:00:00Z'), blockedEnd: at('2027-01-04T16:15:00Z'), reason: 'THERAPIST' },
  { sessionId: 's1', start: at('2027-01-04T15:00:00Z'), blockedEnd: at('2027-01-04T16:15:00Z'), reason: 'ROOM' },
];
const zone = 'America/New_York';

describe('bookingError', () => {
  it('is null without violations', () => {
    expect(bookingError([], busy, zone, 'input.startsAt')).toBeNull();
  });

  it('makes an overlap a CONFLICT listing each conflict and the distinct session ids', () => {
    const error = bookingError(
      [
        {
          rule: 'OVERLAP',
          conflicts: [
            { sessionId: 's1', reason: 'THERAPIST' },
            { sessionId: 's1', reason: 'ROOM' },
          ],
        },
      ],
      busy,
      zone,
      'input.startsAt',
    )!;
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.details).toMatchObject({
      sessionIds: ['s1'],
      conflicts: [
        { sessionId: 's1', reason: 'THERAPIST', startsAt: '2027-01-04T15:00:00.000Z' },
        { sessionId: 's1', reason: 'ROOM', startsAt: '2027-01-04T15:00:00.000Z' },
      ],
    });
    expect(error.message).toBe('Overlaps another session (buffer included) of the therapist, the room');
  });

  it('prefers BAD_USER_INPUT on the field when any other rule is broken, naming the earliest start in local time', () => {
    const error = bookingError([{ rule: 'TOO_SOON', earliest: at('2027-01-04T14:00:00Z') }], busy, zone, 'startsAt')!;
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.details).toMatchObject({ field: 'startsAt', rules: ['TOO_SOON'] });
    expect(error.message).toContain('Mon 2027-01-04 09:00 (America/New_York)');
  });
});

describe('seriesError', () => {
  it('lists every failing occurrence with its local date, CONFLICT when any overlaps', () => {
    const error = seriesError(
      [
        { index: 0, start: at('2027-01-04T15:00:00Z'), violations: [] },
        { index: 1, start: at('2027-01-12T01:00:00Z'), violations: [{ rule: 'OUTSIDE_WORKING_HOURS' }] },
        {
          index: 2,
          start: at('2027-01-18T15:00:00Z'),
          violations: [{ rule: 'OVERLAP', conflicts: [{ sessionId: 's1', reason: 'THERAPIST' }] }],
        },
      ],
      busy,
      zone,
      'input.startsAt',
    )!;
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.details.occurrences).toEqual([
      {
        index: 1,
        startsAt: '2027-01-12T01:00:00.000Z',
        localDate: '2027-01-11',
        rule: 'OUTSIDE_WORKING_HOURS',
        message: expect.any(String),
        sessionIds: [],
      },
      {
        index: 2,
        startsAt: '2027-01-18T15:00:00.000Z',
        localDate: '2027-01-18',
        rule: 'OVERLAP',
        message: expect.any(String),
        sessionIds: ['s1'],
      },
    ]);
    expect(error.message).toBe('2 of 3 occurrences cannot be booked: 2027-01-11 (OUTSIDE_WORKING_HOURS), 2027-01-18 (OVERLAP)');
  });

  it('is BAD_USER_INPUT on the field when no occurrence overlaps', () => {
    const error = seriesError(
      [{ index: 0, start: at('2027-01-04T15:00:00Z'), violations: [{ rule: 'DURING_TIME_OFF' }] }],
      busy,
      zone,
      'input.startsAt',
    )!;
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.details.field).toBe('input.startsAt');
  });
});
