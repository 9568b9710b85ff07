import { DEFAULT_QUIET_HOURS, outsideQuietHours, planReminders } from './reminders.js';

const NY = 'America/New_York';
const iso = (ms: number) => new Date(ms).toISOString();
const at = (s: string) => Date.parse(s);

describe('outsideQuietHours', () => {
  it('leaves a time outside quiet hours alone', () => {
    expect(iso(outsideQuietHours(at('2027-01-12T15:00:00Z'), DEFAULT_QUIET_HOURS, NY))).toBe('2027-01-12T15:00:00.000Z');
  });

  it('moves a late-evening time to 08:00 local the next morning', () => {
    // 22:30 EST on 11 Jan -> 08:00 EST on 12 Jan
    expect(iso(outsideQuietHours(at('2027-01-12T03:30:00Z'), DEFAULT_QUIET_HOURS, NY))).toBe('2027-01-12T13:00:00.000Z');
  });

  it('moves an early-morning time to 08:00 local the same morning', () => {
    expect(iso(outsideQuietHours(at('2027-01-12T10:00:00Z'), DEFAULT_QUIET_HOURS, NY))).toBe('2027-01-12T13:00:00.000Z');
  });

  it('ends quiet hours at 08:00 on the clock of the morning after a spring-forward night', () => {
    // 14 March 2027: clocks go 02:00 EST -> 03:00 EDT. Due at 22:00 EST on 13 March; 08:00 EDT is 12:00Z, not 13:00Z.
    expect(iso(outsideQuietHours(at('2027-03-14T03:00:00Z'), DEFAULT_QUIET_HOURS, NY))).toBe('2027-03-14T12:00:00.000Z');
  });

  it('ends quiet hours at 08:00 on the clock of the morning after a fall-back night', () => {
    // 7 November 2027: clocks go 02:00 EDT -> 01:00 EST. Due at 01:30 (first, EDT); 08:00 EST is 13:00Z.
    expect(iso(outsideQuietHours(at('2027-11-07T05:30:00Z'), DEFAULT_QUIET_HOURS, NY))).toBe('2027-11-07T13:00:00.000Z');
  });

  it('supports daytime quiet hours and none at all', () => {
    expect(iso(outsideQuietHours(at('2027-01-12T17:30:00Z'), { start: '12:00', end: '14:00' }, NY))).toBe('2027-01-12T19:00:00.000Z');
    expect(iso(outsideQuietHours(at('2027-01-12T03:30:00Z'), { start: '00:00', end: '00:00' }, NY))).toBe('2027-01-12T03:30:00.000Z');
  });
});

describe('planReminders', () => {
  const now = at('2027-01-01T00:00:00Z');

  it('plans 48 h and 2 h before a midday session', () => {
    // Session 12:00 EST on 14 Jan = 17:00Z
    const plans = planReminders(at('2027-01-14T17:00:00Z'), [2, 48], DEFAULT_QUIET_HOURS, NY, now);
    expect(plans.map((p) => [p.offsetHours, iso(p.sendAt)])).toEqual([
      [48, '2027-01-12T17:00:00.000Z'],
      [2, '2027-01-14T15:00:00.000Z'],
    ]);
  });

  it('keeps the 48-hour reminder at the same local time across a spring-forward weekend', () => {
    // Session Monday 15 March 2027 09:00 EDT (13:00Z); 48 h earlier is Saturday 08:00 EST (13:00Z), just outside quiet hours.
    const [first, second] = planReminders(at('2027-03-15T13:00:00Z'), [48, 2], DEFAULT_QUIET_HOURS, NY, now);
    expect(iso(first!.sendAt)).toBe('2027-03-13T13:00:00.000Z');
    // 2 h before 09:00 is 07:00, inside quiet hours: 08:00 EDT = 12:00Z
    expect(iso(second!.sendAt)).toBe('2027-03-15T12:00:00.000Z');
  });

  it('sends the evening before when the end of quiet hours is too late', () => {
    // Session 08:00 EST on 14 Jan (13:00Z): 2 h before is 06:00, quiet until 08:00 = the start. Goes out 20:59 on the 13th.
    const plans = planReminders(at('2027-01-14T13:00:00Z'), [2], DEFAULT_QUIET_HOURS, NY, now);
    expect(plans.map((p) => iso(p.sendAt))).toEqual(['2027-01-14T01:59:00.000Z']);
  });

  it('leaves out reminders whose time has passed and duplicates', () => {
    const start = at('2027-01-14T17:00:00Z');
    expect(planReminders(start, [48, 2], DEFAULT_QUIET_HOURS, NY, at('2027-01-13T00:00:00Z')).map((p) => p.offsetHours)).toEqual([2]);
    // 10 h and 9 h before a 08:30 session both fall in quiet hours and both end at 08:00... only the first is kept.
    const early = at('2027-01-14T13:30:00Z');
    expect(planReminders(early, [10, 9], DEFAULT_QUIET_HOURS, NY, now)).toHaveLength(1);
    expect(planReminders(start, [], DEFAULT_QUIET_HOURS, NY, now)).toEqual([]);
  });
});
