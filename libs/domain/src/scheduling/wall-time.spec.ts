import { SchedulingInputError } from './errors.js';
import { at, iso } from './test-support.js';
import { localToInstant, parseWallTime, wallTimeMinutes } from './wall-time.js';

describe('parseWallTime', () => {
  it.each([
    ['00:00', 0, 0],
    ['09:05', 9, 5],
    ['23:59', 23, 59],
  ])('parses %s', (s, hour, minute) => {
    expect(parseWallTime(s)).toEqual({ hour, minute });
  });

  it.each(['24:00', '24:01', '9:00', '09:60', '25:00', '0900', '09:00:00', '', ' 09:00', 'ab:cd', '-1:00'])(
    'rejects %j naming the field',
    (s) => {
      const attempt = () => parseWallTime(s, { field: 'hours[0].start' });
      expect(attempt).toThrow(SchedulingInputError);
      expect(attempt).toThrow(expect.objectContaining({ field: 'hours[0].start' }));
    },
  );

  it('accepts "24:00" only when asked for an end', () => {
    expect(parseWallTime('24:00', { allowEndOfDay: true })).toEqual({ hour: 24, minute: 0 });
    expect(wallTimeMinutes('24:00', { allowEndOfDay: true })).toBe(1440);
  });

  it('defaults the field name to "time"', () => {
    expect(() => parseWallTime('nope')).toThrow(expect.objectContaining({ field: 'time' }));
  });
});

describe('localToInstant', () => {
  it.each([
    // ordinary days
    ['America/New_York', [2026, 1, 15], '09:00', '2026-01-15T14:00:00.000Z'],
    ['America/New_York', [2026, 7, 15], '09:00', '2026-07-15T13:00:00.000Z'],
    ['Asia/Kolkata', [2026, 3, 2], '09:00', '2026-03-02T03:30:00.000Z'],
    ['Asia/Kathmandu', [2026, 3, 2], '00:00', '2026-03-01T18:15:00.000Z'],
    ['UTC', [2026, 3, 2], '23:59', '2026-03-02T23:59:00.000Z'],
    // "24:00" is the next local midnight, across a year end
    ['Europe/London', [2026, 12, 31], '24:00', '2027-01-01T00:00:00.000Z'],
    // nonexistent (spring forward): shifted forward by the gap
    ['America/New_York', [2026, 3, 8], '02:30', '2026-03-08T07:30:00.000Z'], // = 03:30 EDT
    ['America/New_York', [2026, 3, 8], '02:00', '2026-03-08T07:00:00.000Z'], // = 03:00 EDT
    ['America/New_York', [2026, 3, 8], '03:00', '2026-03-08T07:00:00.000Z'],
    ['America/New_York', [2026, 3, 8], '01:59', '2026-03-08T06:59:00.000Z'],
    ['Europe/London', [2026, 3, 29], '01:30', '2026-03-29T01:30:00.000Z'], // = 02:30 BST
    ['Australia/Lord_Howe', [2026, 10, 4], '02:15', '2026-10-03T15:45:00.000Z'], // 30-minute gap
    // ambiguous (fall back): the earlier instant, first occurrence
    ['America/New_York', [2026, 11, 1], '01:30', '2026-11-01T05:30:00.000Z'], // EDT, not 06:30Z EST
    ['America/New_York', [2026, 11, 1], '01:00', '2026-11-01T05:00:00.000Z'],
    ['America/New_York', [2026, 11, 1], '02:00', '2026-11-01T07:00:00.000Z'], // after the repeat: EST
    ['Europe/London', [2026, 10, 25], '01:30', '2026-10-25T00:30:00.000Z'], // BST, not 01:30Z GMT
    ['Australia/Lord_Howe', [2026, 4, 5], '01:45', '2026-04-04T14:45:00.000Z'], // +11, not +10:30
  ])('%s %j %s -> %s', (zone, [year, month, day], time, expected) => {
    expect(iso(localToInstant({ year, month, day }, time, zone))).toBe(expected);
  });

  it('makes the New York spring-forward day 23 hours and the fall-back day 25 hours', () => {
    const ny = 'America/New_York';
    const len = (y: number, m: number, d: number) =>
      (localToInstant({ year: y, month: m, day: d }, '24:00', ny) - localToInstant({ year: y, month: m, day: d }, '00:00', ny)) / 3_600_000;
    expect([len(2026, 3, 8), len(2026, 11, 1), len(2026, 3, 9)]).toEqual([23, 25, 24]);
  });

  it.each([
    ['zone', () => localToInstant({ year: 2026, month: 1, day: 1 }, '09:00', 'Mars/Olympus')],
    ['date', () => localToInstant({ year: 2026, month: 2, day: 30 }, '09:00', 'UTC')],
    ['time', () => localToInstant({ year: 2026, month: 1, day: 1 }, '9am', 'UTC')],
  ])('rejects a bad %s', (field, attempt) => {
    expect(attempt).toThrow(expect.objectContaining({ name: 'SchedulingInputError', field }));
  });

  it('does not depend on the process time zone', () => {
    expect(localToInstant({ year: 2026, month: 6, day: 1 }, '12:00', 'Europe/Paris')).toBe(at('2026-06-01T10:00:00Z'));
  });
});
