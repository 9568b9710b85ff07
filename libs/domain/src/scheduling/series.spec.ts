import { type RepeatFrequency, expandSeries } from './series.js';
import { at, iso } from './test-support.js';

const NY = 'America/New_York';

describe('expandSeries keeps the local wall-clock time', () => {
  it.each<[string, string, RepeatFrequency, number, number, string, string[]]>([
    [
      'weekly across New York spring forward (10:00 EST -> EDT)',
      '2026-03-01T15:00:00Z',
      'WEEKLY',
      1,
      3,
      NY,
      ['2026-03-01T15:00:00.000Z', '2026-03-08T14:00:00.000Z', '2026-03-15T14:00:00.000Z'],
    ],
    [
      'weekly across New York fall back (10:00 EDT -> EST)',
      '2026-10-25T14:00:00Z',
      'WEEKLY',
      1,
      3,
      NY,
      ['2026-10-25T14:00:00.000Z', '2026-11-01T15:00:00.000Z', '2026-11-08T15:00:00.000Z'],
    ],
    [
      'daily across New York fall back',
      '2026-10-31T13:00:00Z',
      'DAILY',
      1,
      3,
      NY,
      ['2026-10-31T13:00:00.000Z', '2026-11-01T14:00:00.000Z', '2026-11-02T14:00:00.000Z'],
    ],
    [
      'every other week across London spring forward',
      '2026-03-20T09:00:00Z',
      'WEEKLY',
      2,
      3,
      'Europe/London',
      ['2026-03-20T09:00:00.000Z', '2026-04-03T08:00:00.000Z', '2026-04-17T08:00:00.000Z'],
    ],
    [
      'daily across London fall back',
      '2026-10-24T08:00:00Z',
      'DAILY',
      1,
      3,
      'Europe/London',
      ['2026-10-24T08:00:00.000Z', '2026-10-25T09:00:00.000Z', '2026-10-26T09:00:00.000Z'],
    ],
    [
      'monthly across spring forward',
      '2026-02-15T15:00:00Z',
      'MONTHLY',
      1,
      3,
      NY,
      ['2026-02-15T15:00:00.000Z', '2026-03-15T14:00:00.000Z', '2026-04-15T14:00:00.000Z'],
    ],
    [
      'monthly from Jan 31 clamps to Feb 28 then returns to Mar 31',
      '2026-01-31T15:00:00Z',
      'MONTHLY',
      1,
      4,
      NY,
      ['2026-01-31T15:00:00.000Z', '2026-02-28T15:00:00.000Z', '2026-03-31T14:00:00.000Z', '2026-04-30T14:00:00.000Z'],
    ],
    [
      'monthly from Jan 31 in a leap year gives Feb 29',
      '2028-01-31T15:00:00Z',
      'MONTHLY',
      1,
      3,
      NY,
      ['2028-01-31T15:00:00.000Z', '2028-02-29T15:00:00.000Z', '2028-03-31T14:00:00.000Z'],
    ],
    [
      'every 3 months from Nov 30 (Feb 28, May 30)',
      '2025-11-30T15:00:00Z',
      'MONTHLY',
      3,
      3,
      NY,
      ['2025-11-30T15:00:00.000Z', '2026-02-28T15:00:00.000Z', '2026-05-30T14:00:00.000Z'],
    ],
    [
      'daily in a half-hour zone',
      '2026-03-02T03:30:00Z',
      'DAILY',
      2,
      2,
      'Asia/Kolkata',
      ['2026-03-02T03:30:00.000Z', '2026-03-04T03:30:00.000Z'],
    ],
    ['count 1 is just the first start', '2026-03-02T03:30:00Z', 'WEEKLY', 1, 1, NY, ['2026-03-02T03:30:00.000Z']],
  ])('%s', (_, first, frequency, interval, count, zone, expected) => {
    expect(expandSeries(at(first), { frequency, interval, count }, zone).map(iso)).toEqual(expected);
  });

  it('an occurrence in the spring-forward gap shifts forward (02:30 -> 03:30 EDT)', () => {
    expect(expandSeries(at('2026-03-07T07:30:00Z'), { frequency: 'DAILY', interval: 1, count: 3 }, NY).map(iso)).toEqual([
      '2026-03-07T07:30:00.000Z', // 02:30 EST
      '2026-03-08T07:30:00.000Z', // 03:30 EDT
      '2026-03-09T06:30:00.000Z', // 02:30 EDT
    ]);
  });

  it('an occurrence in the repeated fall-back hour takes the first 01:30 (EDT)', () => {
    expect(expandSeries(at('2026-10-31T05:30:00Z'), { frequency: 'DAILY', interval: 1, count: 3 }, NY).map(iso)).toEqual([
      '2026-10-31T05:30:00.000Z', // 01:30 EDT
      '2026-11-01T05:30:00.000Z', // 01:30 EDT, first occurrence
      '2026-11-02T06:30:00.000Z', // 01:30 EST
    ]);
  });

  it('keeps seconds and milliseconds of the first start', () => {
    expect(expandSeries(at('2026-01-05T10:00:30.250Z'), { frequency: 'DAILY', interval: 1, count: 2 }, 'UTC').map(iso)).toEqual([
      '2026-01-05T10:00:30.250Z',
      '2026-01-06T10:00:30.250Z',
    ]);
  });

  it('supports the 52-occurrence maximum', () => {
    const out = expandSeries(at('2026-01-05T15:00:00Z'), { frequency: 'WEEKLY', interval: 1, count: 52 }, NY);
    expect(out).toHaveLength(52);
    expect(iso(out[51])).toBe('2026-12-28T15:00:00.000Z');
  });
});

describe('expandSeries validation', () => {
  const start = at('2026-01-05T15:00:00Z');
  it.each([
    ['repeat.interval', { interval: 0, count: 3 }],
    ['repeat.interval', { interval: 53, count: 3 }],
    ['repeat.interval', { interval: 1.5, count: 3 }],
    ['repeat.count', { interval: 1, count: 0 }],
    ['repeat.count', { interval: 1, count: 53 }],
    ['repeat.count', { interval: 1, count: Number.NaN }],
  ])('rejects naming %s: %j', (field, rule) => {
    expect(() => expandSeries(start, { frequency: 'WEEKLY', ...rule }, NY)).toThrow(
      expect.objectContaining({ name: 'SchedulingInputError', field }),
    );
  });

  it('rejects an unknown frequency and zone', () => {
    expect(() => expandSeries(start, { frequency: 'YEARLY' as RepeatFrequency, interval: 1, count: 2 }, NY)).toThrow(
      expect.objectContaining({ field: 'repeat.frequency' }),
    );
    expect(() => expandSeries(start, { frequency: 'DAILY', interval: 1, count: 2 }, 'Nope/Zone')).toThrow(
      expect.objectContaining({ field: 'zone' }),
    );
  });
});
