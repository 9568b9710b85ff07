import { HOUR, isoSpans, span } from './test-support.js';
import { type WorkingBlock, expandWorkingHours, validateWorkingBlocks } from './working-hours.js';

const MON = 1;
const SAT = 6;
const SUN = 7;
const NY = 'America/New_York';
const LONDON = 'Europe/London';
const hours = (list: { start: number; end: number }[]) => list.map((i) => (i.end - i.start) / HOUR);

describe('validateWorkingBlocks', () => {
  it.each<[string, WorkingBlock[], string]>([
    ['weekday 0', [{ weekday: 0, start: '09:00', end: '17:00' }], 'hours[0].weekday'],
    ['weekday 8', [{ weekday: 8, start: '09:00', end: '17:00' }], 'hours[0].weekday'],
    ['fractional weekday', [{ weekday: 1.5, start: '09:00', end: '17:00' }], 'hours[0].weekday'],
    ['bad start', [{ weekday: 1, start: '9:00', end: '17:00' }], 'hours[0].start'],
    ['"24:00" as start', [{ weekday: 1, start: '24:00', end: '02:00' }], 'hours[0].start'],
    ['bad end', [{ weekday: 1, start: '09:00', end: '17:60' }], 'hours[0].end'],
    ['start equals end', [{ weekday: 1, start: '09:00', end: '09:00' }], 'hours[0].end'],
    [
      'error names the index',
      [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 2, start: '09:00', end: '12:00' },
        { weekday: 3, start: '13:00', end: 'x' },
      ],
      'hours[2].end',
    ],
    [
      'overlap on the same weekday',
      [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '11:00', end: '14:00' },
      ],
      'hours[1]',
    ],
    [
      'nested on the same weekday',
      [
        { weekday: 2, start: '13:00', end: '14:00' },
        { weekday: 2, start: '09:00', end: '17:00' },
      ],
      'hours[1]',
    ],
    [
      'night block into the next day',
      [
        { weekday: 1, start: '22:00', end: '02:00' },
        { weekday: 2, start: '01:00', end: '05:00' },
      ],
      'hours[1]',
    ],
    [
      'Sunday night into Monday',
      [
        { weekday: 1, start: '01:00', end: '05:00' },
        { weekday: 7, start: '22:00', end: '02:00' },
      ],
      'hours[1]',
    ],
  ])('rejects %s', (_, blocks, field) => {
    expect(() => validateWorkingBlocks(blocks)).toThrow(expect.objectContaining({ name: 'SchedulingInputError', field }));
  });

  it.each<[string, WorkingBlock[]]>([
    ['no blocks', []],
    ['a normal week', [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }))],
    [
      'touching blocks',
      [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '12:00', end: '17:00' },
      ],
    ],
    [
      'a split day',
      [
        { weekday: 1, start: '08:00', end: '12:00' },
        { weekday: 1, start: '13:00', end: '17:00' },
      ],
    ],
    [
      'night block touching the next morning',
      [
        { weekday: 1, start: '22:00', end: '02:00' },
        { weekday: 2, start: '02:00', end: '06:00' },
      ],
    ],
    [
      '"24:00" end',
      [
        { weekday: 1, start: '18:00', end: '24:00' },
        { weekday: 2, start: '00:00', end: '03:00' },
      ],
    ],
    [
      'same hours on different days',
      [
        { weekday: 1, start: '09:00', end: '17:00' },
        { weekday: 2, start: '09:00', end: '17:00' },
      ],
    ],
  ])('accepts %s', (_, blocks) => {
    expect(() => validateWorkingBlocks(blocks)).not.toThrow();
  });

  it('uses the given field prefix', () => {
    expect(() => validateWorkingBlocks([{ weekday: 9, start: '09:00', end: '10:00' }], 'input.hours')).toThrow(
      expect.objectContaining({ field: 'input.hours[0].weekday' }),
    );
  });
});

describe('expandWorkingHours on DST switch days', () => {
  it.each([
    // zone, local day (a Sunday), UTC bounds of that local day, 09:00–17:00 in UTC, day length
    [
      NY,
      '2026-03-08 (23h day)',
      ['2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z'],
      ['2026-03-08T13:00:00.000Z', '2026-03-08T21:00:00.000Z'],
      23,
    ],
    [
      NY,
      '2026-11-01 (25h day)',
      ['2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z'],
      ['2026-11-01T14:00:00.000Z', '2026-11-01T22:00:00.000Z'],
      25,
    ],
    [
      LONDON,
      '2026-03-29 (23h day)',
      ['2026-03-29T00:00:00Z', '2026-03-29T23:00:00Z'],
      ['2026-03-29T08:00:00.000Z', '2026-03-29T16:00:00.000Z'],
      23,
    ],
    [
      LONDON,
      '2026-10-25 (25h day)',
      ['2026-10-24T23:00:00Z', '2026-10-26T00:00:00Z'],
      ['2026-10-25T09:00:00.000Z', '2026-10-25T17:00:00.000Z'],
      25,
    ],
  ])('%s %s: 09:00–17:00 is 8 hours', (zone, _, [dayStart, dayEnd], expected, dayHours) => {
    const day = span(dayStart, dayEnd);
    const office = expandWorkingHours([{ weekday: SUN, start: '09:00', end: '17:00' }], zone, day);
    expect(isoSpans(office)).toEqual([expected]);
    expect(hours(office)).toEqual([8]);

    const wholeDay = expandWorkingHours(
      [{ weekday: SUN, start: '00:00', end: '24:00' }],
      zone,
      span('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'),
    );
    const thatDay = wholeDay.filter((i) => i.start === day.start);
    expect(thatDay).toEqual([day]);
    expect(hours(thatDay)).toEqual([dayHours]);
  });

  it('keeps 09:00–17:00 at 8 hours every day through a week containing both sides of the switch', () => {
    const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
    const out = expandWorkingHours(week, NY, span('2026-03-05T00:00:00Z', '2026-03-12T00:00:00Z'));
    expect(isoSpans(out).map(([s]) => s)).toEqual([
      '2026-03-05T14:00:00.000Z',
      '2026-03-06T14:00:00.000Z',
      '2026-03-07T14:00:00.000Z',
      '2026-03-08T13:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
      '2026-03-10T13:00:00.000Z',
      '2026-03-11T13:00:00.000Z',
    ]);
    expect(hours(out)).toEqual([8, 8, 8, 8, 8, 8, 8]);
  });

  it.each([
    [
      'starts in the nonexistent hour: 02:30 reads as 03:30 EDT',
      '2026-03-08',
      '02:30',
      '04:00',
      ['2026-03-08T07:30:00.000Z', '2026-03-08T08:00:00.000Z'],
    ],
    [
      'ends in the nonexistent hour: 02:30 reads as 03:30 EDT',
      '2026-03-08',
      '00:00',
      '02:30',
      ['2026-03-08T05:00:00.000Z', '2026-03-08T07:30:00.000Z'],
    ],
    [
      'starts in the ambiguous hour: 01:30 is the first (EDT) occurrence',
      '2026-11-01',
      '01:30',
      '03:00',
      ['2026-11-01T05:30:00.000Z', '2026-11-01T08:00:00.000Z'],
    ],
    ['lies inside the ambiguous hour', '2026-11-01', '01:00', '01:45', ['2026-11-01T05:00:00.000Z', '2026-11-01T05:45:00.000Z']],
  ])('a New York block that %s', (_, date, start, end, expected) => {
    const out = expandWorkingHours([{ weekday: SUN, start, end }], NY, span(`${date}T00:00:00Z`, `${date}T23:59:00Z`));
    expect(isoSpans(out)).toEqual([expected]);
  });
});

describe('expandWorkingHours across midnight', () => {
  const night: WorkingBlock[] = [{ weekday: SAT, start: '22:00', end: '02:00' }];

  it.each([
    // Range: Saturday 00:00Z to Monday 00:00Z, wide enough for the whole night in either zone.
    ['an ordinary night (4h)', LONDON, ['2026-01-10', '2026-01-12'], ['2026-01-10T22:00:00.000Z', '2026-01-11T02:00:00.000Z'], 4],
    [
      'New York spring-forward night (02:00 reads as 03:00 EDT: 4h)',
      NY,
      ['2026-03-07', '2026-03-09'],
      ['2026-03-08T03:00:00.000Z', '2026-03-08T07:00:00.000Z'],
      4,
    ],
    ['New York fall-back night (5h)', NY, ['2026-10-31', '2026-11-02'], ['2026-11-01T02:00:00.000Z', '2026-11-01T07:00:00.000Z'], 5],
    ['London spring-forward night (3h)', LONDON, ['2026-03-28', '2026-03-30'], ['2026-03-28T22:00:00.000Z', '2026-03-29T01:00:00.000Z'], 3],
    ['London fall-back night (5h)', LONDON, ['2026-10-24', '2026-10-26'], ['2026-10-24T21:00:00.000Z', '2026-10-25T02:00:00.000Z'], 5],
  ])('%s', (_, zone, [saturday, monday], expected, length) => {
    const out = expandWorkingHours(night, zone, span(`${saturday}T00:00:00Z`, `${monday}T00:00:00Z`));
    expect(isoSpans(out)).toEqual([expected]);
    expect(hours(out)).toEqual([length]);
  });

  it('catches the tail of a night block begun the local day before range.start', () => {
    // Range is Sunday 00:00–12:00 New York; the block began Saturday 22:00.
    const out = expandWorkingHours(night, NY, span('2026-01-11T05:00:00Z', '2026-01-11T17:00:00Z'));
    expect(isoSpans(out)).toEqual([['2026-01-11T05:00:00.000Z', '2026-01-11T07:00:00.000Z']]);
  });

  it('merges "24:00" with a block starting at the next midnight', () => {
    const blocks = [
      { weekday: MON, start: '18:00', end: '24:00' },
      { weekday: 2, start: '00:00', end: '03:00' },
    ];
    const out = expandWorkingHours(blocks, LONDON, span('2026-01-05T00:00:00Z', '2026-01-07T00:00:00Z'));
    expect(isoSpans(out)).toEqual([['2026-01-05T18:00:00.000Z', '2026-01-06T03:00:00.000Z']]);
  });
});

describe('expandWorkingHours clipping and input', () => {
  const week = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));

  it('clips to the range', () => {
    const out = expandWorkingHours(week, 'UTC', span('2026-01-05T12:00:00Z', '2026-01-06T10:00:00Z'));
    expect(isoSpans(out)).toEqual([
      ['2026-01-05T12:00:00.000Z', '2026-01-05T17:00:00.000Z'],
      ['2026-01-06T09:00:00.000Z', '2026-01-06T10:00:00.000Z'],
    ]);
  });

  it('skips weekdays without blocks', () => {
    expect(expandWorkingHours(week, 'UTC', span('2026-01-10T00:00:00Z', '2026-01-12T00:00:00Z'))).toEqual([]);
  });

  it('returns nothing for an empty range', () => {
    expect(expandWorkingHours(week, 'UTC', span('2026-01-05T12:00:00Z', '2026-01-05T12:00:00Z'))).toEqual([]);
  });

  it('uses the clinic zone, not UTC, for the weekday (Kolkata Monday starts Sunday 18:30Z)', () => {
    const out = expandWorkingHours(
      [{ weekday: MON, start: '00:00', end: '01:00' }],
      'Asia/Kolkata',
      span('2026-01-04T00:00:00Z', '2026-01-06T00:00:00Z'),
    );
    expect(isoSpans(out)).toEqual([['2026-01-04T18:30:00.000Z', '2026-01-04T19:30:00.000Z']]);
  });

  it.each([
    ['zone', () => expandWorkingHours(week, 'Nowhere/City', span('2026-01-05T00:00:00Z', '2026-01-06T00:00:00Z'))],
    ['range', () => expandWorkingHours(week, 'UTC', { start: 0, end: Number.NaN })],
    [
      'hours[0].weekday',
      () => expandWorkingHours([{ weekday: 0, start: '09:00', end: '10:00' }], 'UTC', span('2026-01-05T00:00:00Z', '2026-01-06T00:00:00Z')),
    ],
  ])('rejects bad input naming %s', (field, attempt) => {
    expect(attempt).toThrow(expect.objectContaining({ field }));
  });
});
