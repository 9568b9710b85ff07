import { ACTIVE_STATUSES, type SessionAction, type SessionStatus, isLateCancellation, nextStatus } from './session-status.js';
import { at } from './test-support.js';

const statuses: SessionStatus[] = ['BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW'];
const actions: SessionAction[] = ['CHECK_IN', 'COMPLETE', 'CANCEL', 'NO_SHOW', 'RESCHEDULE'];

const allowed: Record<string, SessionStatus> = {
  'BOOKED CHECK_IN': 'CHECKED_IN',
  'BOOKED CANCEL': 'CANCELLED',
  'BOOKED NO_SHOW': 'NO_SHOW',
  'BOOKED RESCHEDULE': 'BOOKED',
  'CHECKED_IN COMPLETE': 'COMPLETED',
};

describe('nextStatus', () => {
  const table = statuses.flatMap((from) => actions.map((action) => [from, action, allowed[`${from} ${action}`] ?? null] as const));

  it('covers all 25 pairs, 5 allowed', () => {
    expect(table).toHaveLength(25);
    expect(table.filter(([, , to]) => to !== null)).toHaveLength(5);
  });

  it.each(table)('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it.each<[SessionStatus, SessionAction]>([
    ['BOOKED', 'COMPLETE'], // completion requires check-in
    ['CHECKED_IN', 'NO_SHOW'], // the patient came
    ['CHECKED_IN', 'CANCEL'],
    ['CHECKED_IN', 'RESCHEDULE'],
    ['CANCELLED', 'CHECK_IN'],
    ['NO_SHOW', 'CHECK_IN'],
  ])('refuses %s --%s-->', (from, action) => {
    expect(nextStatus(from, action)).toBeNull();
  });
});

describe('ACTIVE_STATUSES', () => {
  it('are the statuses that hold time', () => {
    expect(ACTIVE_STATUSES).toEqual(['BOOKED', 'CHECKED_IN', 'COMPLETED']);
  });
});

describe('isLateCancellation', () => {
  const start = at('2026-01-05T10:00:00Z');
  it.each([
    ['two days before, 24h window', '2026-01-03T10:00:00Z', 24, false],
    ['exactly 24h before', '2026-01-04T10:00:00Z', 24, false],
    ['one minute inside the window', '2026-01-04T10:01:00Z', 24, true],
    ['an hour before', '2026-01-05T09:00:00Z', 24, true],
    ['at the start', '2026-01-05T10:00:00Z', 24, true],
    ['after the start', '2026-01-05T10:30:00Z', 24, true],
    ['no window, before the start', '2026-01-05T09:59:00Z', 0, false],
    ['no window, after the start', '2026-01-05T10:01:00Z', 0, true],
    ['fractional window (1.5h), 1h before', '2026-01-05T09:00:00Z', 1.5, true],
  ])('%s -> %s', (_, now, hours, late) => {
    expect(isLateCancellation(start, at(now), hours)).toBe(late);
  });

  it.each([-1, Number.NaN])('rejects window %s', (hours) => {
    expect(() => isLateCancellation(start, start, hours)).toThrow(expect.objectContaining({ field: 'lateCancelWindowHours' }));
  });
});
