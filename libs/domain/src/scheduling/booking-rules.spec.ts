import {
  type BookingCandidate,
  type BookingContext,
  afterMinimumNotice,
  bookingChecks,
  evaluateBooking,
  noOverlap,
  outsideTimeOff,
  withinWorkingHours,
} from './booking-rules.js';
import { at, span } from './test-support.js';

// A 60-minute session at 10:00Z with a 15-minute buffer, booked the day before.
const candidate = (start = '2026-01-05T10:00:00Z', minutes = 60, buffer = 15): BookingCandidate => {
  const s = at(start);
  return { start: s, end: s + minutes * 60_000, blockedEnd: s + (minutes + buffer) * 60_000 };
};
const context = (over: Partial<BookingContext> = {}): BookingContext => ({
  working: [span('2026-01-05T09:00:00Z', '2026-01-05T17:00:00Z')],
  timeOff: [],
  busy: [],
  now: at('2026-01-04T10:00:00Z'),
  minimumNoticeMinutes: 120,
  ...over,
});

describe('withinWorkingHours', () => {
  it.each<[string, BookingCandidate, BookingContext, boolean]>([
    ['inside', candidate(), context(), true],
    ['exactly at opening', candidate('2026-01-05T09:00:00Z'), context(), true],
    ['ending exactly at closing, buffer past closing', candidate('2026-01-05T16:00:00Z'), context(), true],
    ['before opening', candidate('2026-01-05T08:30:00Z'), context(), false],
    ['running past closing', candidate('2026-01-05T16:30:00Z'), context(), false],
    [
      'across a lunch break',
      candidate('2026-01-05T11:30:00Z'),
      context({ working: [span('2026-01-05T09:00:00Z', '2026-01-05T12:00:00Z'), span('2026-01-05T13:00:00Z', '2026-01-05T17:00:00Z')] }),
      false,
    ],
    [
      'across touching blocks',
      candidate('2026-01-05T11:30:00Z'),
      context({ working: [span('2026-01-05T09:00:00Z', '2026-01-05T12:00:00Z'), span('2026-01-05T12:00:00Z', '2026-01-05T17:00:00Z')] }),
      true,
    ],
    ['no working hours', candidate(), context({ working: [] }), false],
  ])('%s', (_, c, ctx, ok) => {
    expect(withinWorkingHours(c, ctx)).toEqual(ok ? null : { rule: 'OUTSIDE_WORKING_HOURS' });
  });
});

describe('outsideTimeOff', () => {
  it.each<[string, BookingCandidate, string[][], boolean]>([
    ['no time off', candidate(), [], true],
    ['time off elsewhere', candidate(), [['2026-01-06T00:00:00Z', '2026-01-07T00:00:00Z']], true],
    ['time off ending at the start', candidate(), [['2026-01-05T09:00:00Z', '2026-01-05T10:00:00Z']], true],
    ['time off starting at the end', candidate(), [['2026-01-05T11:00:00Z', '2026-01-05T12:00:00Z']], true],
    ['time off during the session', candidate(), [['2026-01-05T10:30:00Z', '2026-01-05T10:45:00Z']], false],
    ['time off covering the day', candidate(), [['2026-01-05T00:00:00Z', '2026-01-06T00:00:00Z']], false],
  ])('%s', (_, c, off, ok) => {
    const ctx = context({ timeOff: off.map(([s, e]) => span(s, e)) });
    expect(outsideTimeOff(c, ctx)).toEqual(ok ? null : { rule: 'DURING_TIME_OFF' });
  });
});

describe('afterMinimumNotice', () => {
  const now = at('2026-01-05T08:00:00Z');
  it.each<[string, number, string, boolean]>([
    ['well ahead', 120, '2026-01-05T10:00:00Z', true],
    ['exactly at the earliest instant', 120, '2026-01-05T10:00:00Z', true],
    ['one minute too soon', 121, '2026-01-05T10:00:00Z', false],
    ['in the past with no notice', 0, '2026-01-05T07:00:00Z', false],
    ['now with no notice', 0, '2026-01-05T08:00:00Z', true],
  ])('%s', (_, notice, start, ok) => {
    const result = afterMinimumNotice(candidate(start), context({ now, minimumNoticeMinutes: notice }));
    expect(result).toEqual(ok ? null : { rule: 'TOO_SOON', earliest: now + notice * 60_000 });
  });

  it('reports the earliest allowed start', () => {
    expect(afterMinimumNotice(candidate('2026-01-05T09:00:00Z'), context({ now, minimumNoticeMinutes: 120 }))).toEqual({
      rule: 'TOO_SOON',
      earliest: at('2026-01-05T10:00:00Z'),
    });
  });
});

describe('noOverlap', () => {
  const busy = (sessionId: string, start: string, blockedEnd: string, reason: 'THERAPIST' | 'ROOM' | 'PATIENT' = 'THERAPIST') => ({
    sessionId,
    start: at(start),
    blockedEnd: at(blockedEnd),
    reason,
  });

  it.each([
    ['nothing busy', [], []],
    ['previous session and its buffer end exactly at our start', [busy('a', '2026-01-05T09:00:00Z', '2026-01-05T10:00:00Z')], []],
    ['next session starts exactly when our buffer ends', [busy('a', '2026-01-05T11:15:00Z', '2026-01-05T12:00:00Z')], []],
    [
      'next session starts inside our buffer',
      [busy('a', '2026-01-05T11:10:00Z', '2026-01-05T12:00:00Z')],
      [{ sessionId: 'a', reason: 'THERAPIST' }],
    ],
    [
      "previous session's buffer runs into our start",
      [busy('a', '2026-01-05T09:00:00Z', '2026-01-05T10:05:00Z', 'ROOM')],
      [{ sessionId: 'a', reason: 'ROOM' }],
    ],
    [
      'several conflicts, each reason kept, duplicates dropped',
      [
        busy('a', '2026-01-05T10:00:00Z', '2026-01-05T11:00:00Z', 'THERAPIST'),
        busy('b', '2026-01-05T10:30:00Z', '2026-01-05T11:30:00Z', 'PATIENT'),
        busy('a', '2026-01-05T10:00:00Z', '2026-01-05T11:00:00Z', 'ROOM'),
        busy('a', '2026-01-05T10:00:00Z', '2026-01-05T11:00:00Z', 'THERAPIST'),
        busy('c', '2026-01-05T13:00:00Z', '2026-01-05T14:00:00Z', 'ROOM'),
      ],
      [
        { sessionId: 'a', reason: 'THERAPIST' },
        { sessionId: 'b', reason: 'PATIENT' },
        { sessionId: 'a', reason: 'ROOM' },
      ],
    ],
  ])('%s', (_, list, conflicts) => {
    expect(noOverlap(candidate(), context({ busy: list }))).toEqual(conflicts.length ? { rule: 'OVERLAP', conflicts } : null);
  });
});

describe('evaluateBooking', () => {
  it('passes a valid booking', () => {
    expect(evaluateBooking(candidate(), context())).toEqual([]);
  });

  it('lists every violation in pipeline order', () => {
    const ctx = context({
      working: [span('2026-01-05T12:00:00Z', '2026-01-05T17:00:00Z')],
      timeOff: [span('2026-01-05T10:30:00Z', '2026-01-05T11:00:00Z')],
      busy: [{ sessionId: 's1', start: at('2026-01-05T10:00:00Z'), blockedEnd: at('2026-01-05T11:00:00Z'), reason: 'PATIENT' }],
      now: at('2026-01-05T09:00:00Z'),
      minimumNoticeMinutes: 120,
    });
    expect(evaluateBooking(candidate(), ctx)).toEqual([
      { rule: 'OUTSIDE_WORKING_HOURS' },
      { rule: 'DURING_TIME_OFF' },
      { rule: 'TOO_SOON', earliest: at('2026-01-05T11:00:00Z') },
      { rule: 'OVERLAP', conflicts: [{ sessionId: 's1', reason: 'PATIENT' }] },
    ]);
  });

  it('runs only the checks it is given (e.g. an owner override skips the overlap check)', () => {
    const ctx = context({
      busy: [{ sessionId: 's1', start: at('2026-01-05T10:00:00Z'), blockedEnd: at('2026-01-05T11:00:00Z'), reason: 'THERAPIST' }],
    });
    expect(evaluateBooking(candidate(), ctx)).toHaveLength(1);
    expect(
      evaluateBooking(
        candidate(),
        ctx,
        bookingChecks.filter((c) => c !== noOverlap),
      ),
    ).toEqual([]);
  });

  it('has the four checks in order', () => {
    expect(bookingChecks).toEqual([withinWorkingHours, outsideTimeOff, afterMinimumNotice, noOverlap]);
  });
});
