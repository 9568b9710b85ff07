import { confirmationSummary, noShowSummary, sessionsSummary, weekRange, weekStats, type WeekSession } from './weekStats';

const ZONE = 'America/New_York';

describe('weekRange', () => {
  it('runs Monday to Monday in the clinic zone', () => {
    expect(weekRange('2026-11-19', ZONE)).toEqual({
      from: '2026-11-16T05:00:00.000Z',
      to: '2026-11-23T05:00:00.000Z',
      monday: '2026-11-16',
    });
  });
  it('is 167 hours across the spring DST switch', () => {
    const { from, to } = weekRange('2026-03-05', ZONE);
    expect((Date.parse(to) - Date.parse(from)) / 3_600_000).toBe(167);
  });
});

describe('weekStats', () => {
  const range = weekRange('2026-11-19', ZONE);
  const therapist = {
    id: 't1',
    displayName: 'Maya Chen',
    // Mon–Fri 09:00–17:00 = 40 hours
    workingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
    timeOff: [{ startsAt: '2026-11-20T14:00:00.000Z', endsAt: '2026-11-20T22:00:00.000Z' }], // Friday 09–17 off
  };
  const s = (
    id: string,
    startsAt: string,
    status: WeekSession['status'],
    lateCancel = false,
    confirmedAt: string | null = null,
  ): WeekSession => ({
    id,
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
    status,
    lateCancel,
    therapistId: 't1',
    confirmedAt,
  });

  it('counts statuses and utilization over working hours minus time off', () => {
    const stats = weekStats(
      [
        s('a', '2026-11-16T14:00:00.000Z', 'COMPLETED'),
        s('b', '2026-11-17T14:00:00.000Z', 'NO_SHOW'),
        s('c', '2026-11-18T14:00:00.000Z', 'CANCELLED', true),
        s('d', '2026-11-18T16:00:00.000Z', 'CANCELLED'),
        s('e', '2026-11-19T14:00:00.000Z', 'BOOKED'),
        s('f', '2026-11-30T14:00:00.000Z', 'BOOKED'), // next week
      ],
      [therapist],
      ZONE,
      range,
      Date.parse('2026-11-19T12:00:00.000Z'), // Thursday morning, before e
    );
    expect(stats).toMatchObject({ sessions: 3, completed: 1, upcoming: 1, cancellations: 2, lateCancellations: 1, noShows: 1 });
    expect(stats.availableMinutes).toBe(32 * 60);
    expect(stats.bookedMinutes).toBe(120); // the completed and the booked hour; no-shows free the slot
    expect(stats.utilization).toBeCloseTo(120 / (32 * 60));
  });

  it('counts attendance only for sessions that have begun; later ones are to come whatever their status', () => {
    const now = Date.parse('2026-11-18T15:00:00.000Z'); // Wednesday 10:00 in New York
    const stats = weekStats(
      [
        s('a', '2026-11-16T14:00:00.000Z', 'COMPLETED'),
        s('b', '2026-11-17T14:00:00.000Z', 'NO_SHOW'),
        s('c', '2026-11-18T14:30:00.000Z', 'CHECKED_IN'), // began half an hour ago, not completed yet
        s('d', '2026-11-17T16:00:00.000Z', 'BOOKED'), // yesterday, never recorded
        s('e', '2026-11-19T14:00:00.000Z', 'COMPLETED'), // tomorrow: cannot have been attended
        s('f', '2026-11-20T14:00:00.000Z', 'NO_SHOW'), // nor missed
        s('g', '2026-11-20T16:00:00.000Z', 'BOOKED'),
        s('h', '2026-11-21T16:00:00.000Z', 'CANCELLED', true), // a cancellation has happened, whenever its session
      ],
      [therapist],
      ZONE,
      range,
      now,
    );
    expect(stats).toMatchObject({
      sessions: 7,
      begun: 4,
      completed: 1,
      toRecord: 2,
      upcoming: 3,
      noShows: 1,
      noShowRate: 0.25,
      cancellations: 1,
      lateCancellations: 1,
    });
    expect(sessionsSummary(stats)).toBe('1 completed · 2 to record · 3 to come');
    expect(noShowSummary(stats)).toBe('1 of 4 begun, 25%');
    // A session begins at its start: at that instant it counts
    expect(weekStats([s('x', '2026-11-18T15:00:00.000Z', 'BOOKED')], [therapist], ZONE, range, now)).toMatchObject({
      begun: 1,
      upcoming: 0,
    });
  });

  it('has no no-show rate before any session has begun', () => {
    const stats = weekStats(
      [s('a', '2026-11-19T14:00:00.000Z', 'BOOKED')],
      [therapist],
      ZONE,
      range,
      Date.parse('2026-11-16T05:00:00.000Z'),
    );
    expect(stats).toMatchObject({ begun: 0, upcoming: 1, noShows: 0, noShowRate: null });
    expect(noShowSummary(stats)).toBe('No session has begun yet');
    expect(sessionsSummary(stats)).toBe('0 completed · 1 to come');
  });

  it('counts confirmations among booked and attended sessions of the week only', () => {
    const confirmedAt = '2026-11-15T12:00:00.000Z';
    const stats = weekStats(
      [
        s('a', '2026-11-16T14:00:00.000Z', 'COMPLETED', false, confirmedAt),
        s('b', '2026-11-17T14:00:00.000Z', 'CHECKED_IN', false, confirmedAt),
        s('c', '2026-11-18T14:00:00.000Z', 'BOOKED'),
        s('d', '2026-11-18T16:00:00.000Z', 'BOOKED'),
        s('e', '2026-11-19T14:00:00.000Z', 'CANCELLED', false, confirmedAt), // confirmed, then cancelled: not held
        s('f', '2026-11-19T16:00:00.000Z', 'NO_SHOW', false, confirmedAt), // confirmed but did not come
        s('g', '2026-11-23T14:00:00.000Z', 'BOOKED', false, confirmedAt), // next Monday
      ],
      [therapist],
      ZONE,
      range,
    );
    expect(stats.confirmation).toEqual({ confirmed: 2, of: 4, share: 0.5 });
    expect(confirmationSummary(stats.confirmation)).toBe('2 of 4 sessions, 50%');
  });

  it('gives no share of an empty week', () => {
    const stats = weekStats([s('c', '2026-11-18T14:00:00.000Z', 'CANCELLED', false, '2026-11-15T12:00:00.000Z')], [therapist], ZONE, range);
    expect(stats.confirmation).toEqual({ confirmed: 0, of: 0, share: null });
    expect(confirmationSummary(stats.confirmation)).toBe('0 of 0 sessions');
  });
});

describe('confirmationSummary', () => {
  it('rounds the share and says session for one', () => {
    expect(confirmationSummary({ confirmed: 12, of: 30, share: 0.4 })).toBe('12 of 30 sessions, 40%');
    expect(confirmationSummary({ confirmed: 1, of: 1, share: 1 })).toBe('1 of 1 session, 100%');
    expect(confirmationSummary({ confirmed: 1, of: 3, share: 1 / 3 })).toBe('1 of 3 sessions, 33%');
  });
});
