import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { Interval } from './interval.js';
import { type SlotInput, generateSlots } from './slots.js';
import { at, iso, span } from './test-support.js';

const MIN = 60_000;
const base = (over: Partial<SlotInput>): SlotInput => ({
  available: [span('2026-01-05T09:00:00Z', '2026-01-05T12:00:00Z')],
  busy: [],
  durationMinutes: 50,
  bufferMinutes: 10,
  stepMinutes: 30,
  zone: 'UTC',
  range: span('2026-01-05T00:00:00Z', '2026-01-06T00:00:00Z'),
  notBefore: 0,
  ...over,
});
const starts = (input: SlotInput) => generateSlots(input).map((s) => iso(s.start).slice(11, 16));

describe('generateSlots rules (UTC clinic)', () => {
  it.each<[string, Partial<SlotInput>, string[]]>([
    ['free morning: every step whose session fits', {}, ['09:00', '09:30', '10:00', '10:30', '11:00']],
    // 10:00 would block until 11:00 and 10:30 overlaps the busy session itself.
    [
      'busy 10:30–11:00: own buffer must not run into it; touching is fine',
      { busy: [span('2026-01-05T10:30:00Z', '2026-01-05T11:00:00Z')] },
      ['09:00', '09:30', '11:00'],
    ],
    [
      "a previous session's buffer until 09:05 blocks 09:00",
      { busy: [span('2026-01-05T08:00:00Z', '2026-01-05T09:05:00Z')] },
      ['09:30', '10:00', '10:30', '11:00'],
    ],
    [
      'the buffer may run past the end of availability',
      { available: [span('2026-01-05T09:00:00Z', '2026-01-05T11:55:00Z')] },
      ['09:00', '09:30', '10:00', '10:30', '11:00'],
    ],
    [
      'no buffer: back-to-back with busy',
      { bufferMinutes: 0, busy: [span('2026-01-05T10:50:00Z', '2026-01-05T11:00:00Z')] },
      ['09:00', '09:30', '10:00', '11:00'],
    ],
    ['minimum notice mid-step rounds up to the next step', { notBefore: at('2026-01-05T09:10:00Z') }, ['09:30', '10:00', '10:30', '11:00']],
    ['notBefore exactly on a step keeps it', { notBefore: at('2026-01-05T09:30:00Z') }, ['09:30', '10:00', '10:30', '11:00']],
    ['range end is exclusive for starts', { range: span('2026-01-05T00:00:00Z', '2026-01-05T10:30:00Z') }, ['09:00', '09:30', '10:00']],
    [
      'a session may end after range end',
      { range: span('2026-01-05T00:00:00Z', '2026-01-05T11:01:00Z') },
      ['09:00', '09:30', '10:00', '10:30', '11:00'],
    ],
    ['range start cuts earlier starts', { range: span('2026-01-05T10:00:00Z', '2026-01-06T00:00:00Z') }, ['10:00', '10:30', '11:00']],
    [
      'time off split (available given as two windows)',
      { available: [span('2026-01-05T09:00:00Z', '2026-01-05T10:00:00Z'), span('2026-01-05T10:40:00Z', '2026-01-05T12:00:00Z')] },
      ['09:00', '11:00'],
    ],
    [
      'touching windows merge: a session may span them',
      { available: [span('2026-01-05T10:00:00Z', '2026-01-05T12:00:00Z'), span('2026-01-05T09:00:00Z', '2026-01-05T10:00:00Z')] },
      ['09:00', '09:30', '10:00', '10:30', '11:00'],
    ],
    [
      'steps count from midnight, not from the window start',
      { available: [span('2026-01-05T09:10:00Z', '2026-01-05T12:00:00Z')] },
      ['09:30', '10:00', '10:30', '11:00'],
    ],
    [
      'step 45 from midnight: 09:00, 09:45, 10:30',
      { stepMinutes: 45, durationMinutes: 30, bufferMinutes: 0 },
      ['09:00', '09:45', '10:30', '11:15'],
    ],
    [
      'step 50 does not divide the day; still counted from midnight',
      { stepMinutes: 50, durationMinutes: 30, bufferMinutes: 0 },
      ['09:10', '10:00', '10:50'],
    ],
    [
      'overlapping busy lists are normalized',
      { busy: [span('2026-01-05T09:55:00Z', '2026-01-05T10:20:00Z'), span('2026-01-05T09:50:00Z', '2026-01-05T10:00:00Z')] },
      ['10:30', '11:00'],
    ],
    ['nothing available', { available: [] }, []],
    ['window shorter than the session', { available: [span('2026-01-05T09:00:00Z', '2026-01-05T09:49:00Z')] }, []],
  ])('%s', (_, over, expected) => {
    expect(starts(base(over))).toEqual(expected);
  });

  it('returns {start, end = start + duration}', () => {
    expect(generateSlots(base({ available: [span('2026-01-05T09:00:00Z', '2026-01-05T10:00:00Z')] }))).toEqual([
      span('2026-01-05T09:00:00Z', '2026-01-05T09:50:00Z'),
    ]);
  });

  it.each<[string, Partial<SlotInput>]>([
    ['durationMinutes', { durationMinutes: 0 }],
    ['bufferMinutes', { bufferMinutes: -5 }],
    ['stepMinutes', { stepMinutes: 7.5 }],
    ['zone', { zone: 'Not/AZone' }],
    ['range', { range: { start: 0, end: Number.POSITIVE_INFINITY } }],
  ])('rejects a bad %s', (field, over) => {
    expect(() => generateSlots(base(over))).toThrow(expect.objectContaining({ name: 'SchedulingInputError', field }));
  });
});

describe('generateSlots in the clinic zone', () => {
  it('aligns to local hours in Asia/Kolkata (+05:30), not to UTC hours', () => {
    // 09:10–12:00 IST; hourly steps are 10:00 and 11:00 IST = 04:30Z and 05:30Z.
    const out = generateSlots(
      base({
        zone: 'Asia/Kolkata',
        stepMinutes: 60,
        durationMinutes: 60,
        bufferMinutes: 0,
        available: [span('2026-03-02T03:40:00Z', '2026-03-02T06:30:00Z')],
        range: span('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'),
      }),
    );
    expect(out.map((s) => iso(s.start))).toEqual(['2026-03-02T04:30:00.000Z', '2026-03-02T05:30:00.000Z']);
  });

  it('Asia/Kolkata 15-minute steps fall on local :00/:15/:30/:45', () => {
    const out = generateSlots(
      base({
        zone: 'Asia/Kolkata',
        stepMinutes: 15,
        durationMinutes: 45,
        bufferMinutes: 15,
        available: [span('2026-03-02T03:30:00Z', '2026-03-02T05:00:00Z')], // 09:00–10:30 IST
        busy: [span('2026-03-02T04:30:00Z', '2026-03-02T05:00:00Z')], // 10:00–10:30 IST
        range: span('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'),
      }),
    );
    expect(out.map((s) => DateTime.fromMillis(s.start, { zone: 'Asia/Kolkata' }).toFormat('HH:mm'))).toEqual(['09:00']);
    expect(out.map((s) => iso(s.start))).toEqual(['2026-03-02T03:30:00.000Z']);
  });

  it('Asia/Kathmandu (+05:45) half-hour steps', () => {
    const out = generateSlots(
      base({
        zone: 'Asia/Kathmandu',
        stepMinutes: 30,
        durationMinutes: 30,
        bufferMinutes: 0,
        available: [span('2026-03-02T03:00:00Z', '2026-03-02T04:30:00Z')], // 08:45–10:15 NPT
        range: span('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'),
      }),
    );
    expect(out.map((s) => iso(s.start))).toEqual(['2026-03-02T03:15:00.000Z', '2026-03-02T03:45:00.000Z']); // 09:00, 09:30 NPT
  });

  it('New York spring-forward day: hourly starts skip the missing 02:00 (23 slots)', () => {
    const day = span('2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z');
    const out = generateSlots(
      base({ zone: 'America/New_York', stepMinutes: 60, durationMinutes: 60, bufferMinutes: 0, available: [day], range: day }),
    );
    expect(out).toHaveLength(23);
    expect(out.slice(0, 4).map((s) => iso(s.start))).toEqual([
      '2026-03-08T05:00:00.000Z',
      '2026-03-08T06:00:00.000Z',
      '2026-03-08T07:00:00.000Z',
      '2026-03-08T08:00:00.000Z',
    ]);
    expect(out.map((s) => DateTime.fromMillis(s.start, { zone: 'America/New_York' }).minute)).toEqual(Array(23).fill(0));
  });

  it('New York fall-back day: both 01:00s are offered (25 slots)', () => {
    const day = span('2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z');
    const out = generateSlots(
      base({ zone: 'America/New_York', stepMinutes: 60, durationMinutes: 60, bufferMinutes: 0, available: [day], range: day }),
    );
    expect(out).toHaveLength(25);
    expect(out.slice(0, 4).map((s) => iso(s.start))).toEqual([
      '2026-11-01T04:00:00.000Z',
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T06:00:00.000Z',
      '2026-11-01T07:00:00.000Z',
    ]);
  });

  it.each([
    // 45-minute steps stay on local wall-clock multiples (00:00, 00:45, 01:30, 02:15, 03:00 ...) on DST days.
    [
      'spring forward: 02:15 does not exist',
      ['2026-03-08T05:00:00Z', '2026-03-08T08:00:00Z'],
      [
        '2026-03-08T05:00:00.000Z',
        '2026-03-08T05:45:00.000Z',
        '2026-03-08T06:30:00.000Z',
        '2026-03-08T07:00:00.000Z',
        '2026-03-08T07:45:00.000Z',
      ],
    ],
    [
      'fall back: 01:30 happens twice',
      ['2026-11-01T04:00:00Z', '2026-11-01T08:00:00Z'],
      [
        '2026-11-01T04:00:00.000Z',
        '2026-11-01T04:45:00.000Z',
        '2026-11-01T05:30:00.000Z',
        '2026-11-01T06:30:00.000Z',
        '2026-11-01T07:15:00.000Z',
      ],
    ],
  ])('New York %s', (_, [from, to], expected) => {
    const window = span(from, to);
    const out = generateSlots(
      base({
        zone: 'America/New_York',
        stepMinutes: 45,
        durationMinutes: 15,
        bufferMinutes: 0,
        available: [window],
        range: span('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'),
      }),
    );
    expect(out.map((s) => iso(s.start))).toEqual(expected);
  });

  it('Europe/London 09:00–17:00 on the spring-forward day gives 8 hourly slots from 08:00Z', () => {
    const window = span('2026-03-29T08:00:00Z', '2026-03-29T16:00:00Z');
    const out = generateSlots(
      base({ zone: 'Europe/London', stepMinutes: 60, durationMinutes: 60, bufferMinutes: 0, available: [window], range: window }),
    );
    expect(out.map((s) => iso(s.start).slice(11, 16))).toEqual(['08:00', '09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00']);
  });
});

describe('generateSlots scale', () => {
  it('handles a year of 15-minute steps against 20 000 busy ranges quickly', () => {
    const year = span('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    const busy: Interval[] = [];
    for (let t = year.start; busy.length < 20_000; t += 26 * MIN * 20) busy.push({ start: t, end: t + 20 * MIN });
    const began = Date.now();
    const out = generateSlots(
      base({ zone: 'America/New_York', stepMinutes: 15, durationMinutes: 30, bufferMinutes: 0, available: [year], busy, range: year }),
    );
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(out.length).toBeGreaterThan(10_000);
  });
});

describe('generateSlots agrees with a brute-force oracle', () => {
  // Oracle: every whole minute, aligned by reading the local clock through luxon.
  function oracle(input: SlotInput): number[] {
    const out: number[] = [];
    for (let t = Math.ceil(input.range.start / MIN) * MIN; t < input.range.end; t += MIN) {
      const local = DateTime.fromMillis(t, { zone: input.zone });
      if ((local.hour * 60 + local.minute) % input.stepMinutes !== 0 || t < input.notBefore) continue;
      const end = t + input.durationMinutes * MIN;
      const blockedEnd = end + input.bufferMinutes * MIN;
      if (!input.available.some((a) => a.start <= t && end <= a.end) && !coveredByUnion(input.available, t, end)) continue;
      if (input.busy.some((b) => b.start < blockedEnd && t < b.end && b.end > b.start)) continue;
      out.push(t);
    }
    return out;
  }
  function coveredByUnion(list: Interval[], start: number, end: number): boolean {
    let cursor = start;
    for (const i of [...list].sort((a, b) => a.start - b.start)) if (i.start <= cursor && i.end > cursor) cursor = Math.max(cursor, i.end);
    return cursor >= end;
  }

  const zones = ['UTC', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe'];
  // Two-day windows around real DST switches, so the property exercises gaps and repeats.
  const days = [
    '2026-03-07T12:00:00Z',
    '2026-10-31T12:00:00Z',
    '2026-03-28T12:00:00Z',
    '2026-10-24T12:00:00Z',
    '2026-04-04T00:00:00Z',
    '2026-10-03T00:00:00Z',
  ];
  const rel = (max: number) => fc.integer({ min: 0, max });
  const span48h = 48 * 60;
  const arbInterval = fc.tuple(rel(span48h), rel(600)).map(([s, len]) => [s, len] as const);

  it('on random inputs around DST switches', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...days),
        fc.array(arbInterval, { maxLength: 4 }),
        fc.array(arbInterval, { maxLength: 6 }),
        fc.constantFrom(5, 15, 30, 45, 60, 90),
        fc.integer({ min: 5, max: 120 }),
        fc.integer({ min: 0, max: 30 }),
        rel(span48h),
        (zone, day, avail, busy, stepMinutes, durationMinutes, bufferMinutes, notice) => {
          const origin = at(day);
          const toIv = ([s, len]: readonly [number, number]) => ({ start: origin + s * MIN, end: origin + (s + len) * MIN });
          const input: SlotInput = {
            zone,
            stepMinutes,
            durationMinutes,
            bufferMinutes,
            available: avail.map(toIv),
            busy: busy.map(toIv),
            range: { start: origin, end: origin + span48h * MIN },
            notBefore: origin + notice * MIN - 7,
          };
          expect(generateSlots(input).map((s) => s.start)).toEqual(oracle(input));
        },
      ),
      { numRuns: 100 },
    );
  });
});
