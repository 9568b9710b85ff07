import { weekRange, weekStats, type WeekSession } from './weekStats';

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
  const s = (id: string, startsAt: string, status: WeekSession['status'], lateCancel = false): WeekSession => ({
    id,
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
    status,
    lateCancel,
    therapistId: 't1',
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
    );
    expect(stats).toMatchObject({ sessions: 3, completed: 1, upcoming: 1, cancellations: 2, lateCancellations: 1, noShows: 1 });
    expect(stats.availableMinutes).toBe(32 * 60);
    expect(stats.bookedMinutes).toBe(120); // the completed and the booked hour; no-shows free the slot
    expect(stats.utilization).toBeCloseTo(120 / (32 * 60));
  });
});
