import { rateHint, rateValue, reminderCaution, reminderPeriod } from './reminderSummaries';

const rate = (count: number, n: number) => ({ count, n, rate: n > 0 ? count / n : null });

describe('reminderPeriod', () => {
  it.each([
    // weekOf, zone, from, to, label
    ['2026-11-30', 'Europe/London', '2026-09-13T23:00:00.000Z', '2026-12-07T00:00:00.000Z', '14 Sep – 6 Dec 2026'],
    // Spans the switch to daylight time on 8 March: starts in EST, ends in EDT.
    ['2026-03-23', 'America/New_York', '2026-01-05T05:00:00.000Z', '2026-03-30T04:00:00.000Z', '5 Jan – 29 Mar 2026'],
    // Across the new year, in a half-hour zone.
    ['2026-02-02', 'Asia/Kolkata', '2025-11-16T18:30:00.000Z', '2026-02-08T18:30:00.000Z', '17 Nov 2025 – 8 Feb 2026'],
  ])('12 weeks ending with the week of %s in %s', (weekOf, zone, from, to, label) => {
    expect(reminderPeriod(weekOf, zone)).toEqual({ from, to, label });
  });
});

describe('rateValue and rateHint', () => {
  it('gives the share to a tenth of a percent, with its n', () => {
    expect(rateValue(rate(3, 120))).toBe('2.5%');
    expect(rateValue(rate(1, 3))).toBe('33.3%');
    expect(rateHint(rate(3, 120), 'sessions')).toBe('3 of 120 sessions');
  });
  it('has no share of nothing', () => {
    expect(rateValue(rate(0, 0))).toBe('—');
    expect(rateHint(rate(0, 0), 'sessions')).toBe('No sessions yet');
  });
});

describe('reminderCaution', () => {
  it('names each group under 20 sessions', () => {
    expect(reminderCaution({ noShowsReminded: rate(0, 1), noShowsNotReminded: rate(2, 19) })).toBe(
      'Not reliable yet: only 1 session with a reminder and only 19 sessions without one. Compare the no-show rates once each group has at least 20 sessions.',
    );
    expect(reminderCaution({ noShowsReminded: rate(0, 5), noShowsNotReminded: rate(2, 40) })).toBe(
      'Not reliable yet: only 5 sessions with a reminder. Compare the no-show rates once each group has at least 20 sessions.',
    );
    expect(reminderCaution({ noShowsReminded: rate(0, 0), noShowsNotReminded: rate(1, 78) })).toBe(
      'Not reliable yet: no session with a reminder. Compare the no-show rates once each group has at least 20 sessions.',
    );
  });
  it('has nothing to compare before any session, and no caution from 20 sessions in each group', () => {
    expect(reminderCaution({ noShowsReminded: rate(0, 0), noShowsNotReminded: rate(0, 0) })).toBe(
      'No session has happened in this period yet: nothing to compare.',
    );
    expect(reminderCaution({ noShowsReminded: rate(1, 20), noShowsNotReminded: rate(2, 20) })).toBeNull();
  });
});
