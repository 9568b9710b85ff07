import { assertCheckInWindow, attendanceOpensAt, attendanceRefusal } from './attendance-window.js';
import { SchedulingInputError } from './errors.js';
import { at, iso } from './test-support.js';

const MIN = 60_000;

describe('attendanceOpensAt', () => {
  it('opens check-in the window before the start, complete and no-show at the start', () => {
    const start = at('2026-03-03T10:00:00Z');
    expect(iso(attendanceOpensAt('CHECK_IN', start, 60))).toBe('2026-03-03T09:00:00.000Z');
    expect(iso(attendanceOpensAt('CHECK_IN', start, 0))).toBe('2026-03-03T10:00:00.000Z');
    expect(iso(attendanceOpensAt('CHECK_IN', start, 1440))).toBe('2026-03-02T10:00:00.000Z');
    expect(iso(attendanceOpensAt('COMPLETE', start, 60))).toBe('2026-03-03T10:00:00.000Z');
    expect(iso(attendanceOpensAt('NO_SHOW', start, 60))).toBe('2026-03-03T10:00:00.000Z');
  });

  it.each([-1, 1441, 2.5, Number.NaN])('refuses a window of %p minutes', (minutes) => {
    expect(() => assertCheckInWindow(minutes)).toThrow(SchedulingInputError);
    expect(() => attendanceOpensAt('CHECK_IN', 0, minutes)).toThrow(/Check-in window/);
  });
});

describe('attendanceRefusal', () => {
  const start = at('2026-03-03T10:00:00Z'); // Tue 3 Mar, 10:00 in London (GMT)

  it('allows check-in from exactly the window before the start, refuses a minute earlier', () => {
    expect(attendanceRefusal('CHECK_IN', start, start - 60 * MIN, 60, 'Europe/London')).toBeNull();
    expect(attendanceRefusal('CHECK_IN', start, start - 59 * MIN, 60, 'Europe/London')).toBeNull();
    const refusal = attendanceRefusal('CHECK_IN', start, start - 61 * MIN, 60, 'Europe/London');
    expect(refusal).toEqual({
      action: 'CHECK_IN',
      opensAt: start - 60 * MIN,
      message: 'Check-in opens at 09:00 on Tue 3 Mar (Europe/London), 60 minutes before the start',
      short: 'Check-in opens at 09:00',
    });
  });

  it('refuses complete and no-show before the start and allows them from it', () => {
    for (const action of ['COMPLETE', 'NO_SHOW'] as const) {
      expect(attendanceRefusal(action, start, start, 60, 'Europe/London')).toBeNull();
      expect(attendanceRefusal(action, start, start + MIN, 60, 'Europe/London')).toBeNull();
      expect(attendanceRefusal(action, start, start - MIN, 60, 'Europe/London')?.opensAt).toBe(start);
    }
    expect(attendanceRefusal('COMPLETE', start, start - MIN, 60, 'Europe/London')?.message).toBe(
      'Completion opens at 10:00 on Tue 3 Mar (Europe/London), when the session starts',
    );
    expect(attendanceRefusal('NO_SHOW', start, start - MIN, 60, 'Europe/London')?.short).toBe('A no-show can be recorded from 10:00');
  });

  it('names the day in the short form when it is not today in the clinic', () => {
    expect(attendanceRefusal('CHECK_IN', start, start - 3 * 86_400_000, 60, 'Europe/London')?.short).toBe(
      'Check-in opens at 09:00 on Tue 3 Mar',
    );
  });

  it.each([
    // zone, session start (UTC), window, expected local opening in the message
    // London spring-forward (29 Mar 2026, 01:00 GMT → 02:00 BST): 10:00 BST minus 9 h is 00:00 GMT
    ['Europe/London', '2026-03-29T09:00:00Z', 540, '00:00 on Sun 29 Mar (Europe/London), 9 hours before the start'],
    // New York fall-back (1 Nov 2026, 02:00 EDT → 01:00 EST): 09:00 EST minus 8 elapsed hours is the
    // second 01:00 (EST), minus 9 hours the first (EDT): the window is elapsed time, not wall time
    ['America/New_York', '2026-11-01T14:00:00Z', 480, '01:00 on Sun 1 Nov (America/New_York), 8 hours before the start'],
    ['America/New_York', '2026-11-01T14:00:00Z', 540, '01:00 on Sun 1 Nov (America/New_York), 9 hours before the start'],
    ['America/New_York', '2026-11-01T14:00:00Z', 600, '00:00 on Sun 1 Nov (America/New_York), 10 hours before the start'],
    // After the switch the offset is the new one: 09:00 BST minus 60 min is 08:00
    ['Europe/London', '2026-03-29T08:00:00Z', 60, '08:00 on Sun 29 Mar (Europe/London), 60 minutes before the start'],
    // Crossing midnight backwards into the previous local day
    ['Europe/London', '2026-03-03T00:30:00Z', 90, '23:00 on Mon 2 Mar (Europe/London), 90 minutes before the start'],
    // Half-hour zone: 10:00 IST is 04:30Z; minus 45 min is 09:15 IST
    ['Asia/Kolkata', '2026-03-03T04:30:00Z', 45, '09:15 on Tue 3 Mar (Asia/Kolkata), 45 minutes before the start'],
    ['America/New_York', '2026-03-03T15:00:00Z', 0, '10:00 on Tue 3 Mar (America/New_York), when the session starts'],
  ])('in %s a session at %s with a %i-minute window opens at %s', (zone, startIso, window, expected) => {
    const startsAt = at(startIso);
    const refusal = attendanceRefusal('CHECK_IN', startsAt, startsAt - window * MIN - MIN, window, zone);
    expect(refusal?.message).toBe(`Check-in opens at ${expected}`);
    expect(refusal?.opensAt).toBe(startsAt - window * MIN);
  });

  it('refuses an unknown zone', () => {
    expect(() => attendanceRefusal('CHECK_IN', start, 0, 60, 'Mars/Base')).toThrow(SchedulingInputError);
  });
});
