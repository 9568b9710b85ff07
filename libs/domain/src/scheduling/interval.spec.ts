import fc from 'fast-check';
import { type Interval, containsInterval, intersect, normalize, overlaps, subtract } from './interval.js';

const iv = (start: number, end: number): Interval => ({ start, end });

describe('normalize', () => {
  it.each<[string, Interval[], Interval[]]>([
    ['empty list', [], []],
    ['drops empty and inverted intervals', [iv(5, 5), iv(7, 3)], []],
    ['sorts unsorted input', [iv(20, 30), iv(0, 10)], [iv(0, 10), iv(20, 30)]],
    ['merges overlapping', [iv(0, 10), iv(5, 15)], [iv(0, 15)]],
    ['merges touching', [iv(0, 10), iv(10, 20)], [iv(0, 20)]],
    ['absorbs nested', [iv(0, 100), iv(10, 20), iv(30, 40)], [iv(0, 100)]],
    ['keeps gaps', [iv(0, 10), iv(11, 20)], [iv(0, 10), iv(11, 20)]],
    ['merges a chain out of order', [iv(30, 40), iv(0, 10), iv(9, 31)], [iv(0, 40)]],
    ['duplicates collapse', [iv(1, 2), iv(1, 2)], [iv(1, 2)]],
  ])('%s', (_, input, expected) => {
    expect(normalize(input)).toEqual(expected);
  });

  it('does not mutate or alias the input', () => {
    const input = [iv(10, 20), iv(0, 15)];
    const out = normalize(input);
    out[0].end = 999;
    expect(input).toEqual([iv(10, 20), iv(0, 15)]);
  });
});

describe('intersect', () => {
  it.each<[string, Interval[], Interval[], Interval[]]>([
    ['empty with anything', [], [iv(0, 10)], []],
    ['anything with empty', [iv(0, 10)], [], []],
    ['disjoint', [iv(0, 10)], [iv(20, 30)], []],
    ['touching share no instant', [iv(0, 10)], [iv(10, 20)], []],
    ['partial overlap', [iv(0, 10)], [iv(5, 15)], [iv(5, 10)]],
    ['nested', [iv(0, 100)], [iv(10, 20), iv(30, 40)], [iv(10, 20), iv(30, 40)]],
    ['one spanning several', [iv(5, 35)], [iv(0, 10), iv(20, 30), iv(32, 50)], [iv(5, 10), iv(20, 30), iv(32, 35)]],
    ['unsorted, overlapping inputs', [iv(20, 30), iv(0, 12), iv(10, 15)], [iv(14, 22), iv(0, 1)], [iv(0, 1), iv(14, 15), iv(20, 22)]],
    ['identical', [iv(0, 10)], [iv(0, 10)], [iv(0, 10)]],
  ])('%s', (_, a, b, expected) => {
    expect(intersect(a, b)).toEqual(expected);
    expect(intersect(b, a)).toEqual(expected);
  });
});

describe('subtract', () => {
  it.each<[string, Interval[], Interval[], Interval[]]>([
    ['empty minus anything', [], [iv(0, 10)], []],
    ['minus nothing (normalizes)', [iv(10, 20), iv(0, 10)], [], [iv(0, 20)]],
    ['disjoint cut', [iv(0, 10)], [iv(20, 30)], [iv(0, 10)]],
    ['touching cut removes nothing', [iv(0, 10)], [iv(10, 20), iv(-5, 0)], [iv(0, 10)]],
    ['hole in the middle', [iv(0, 10)], [iv(3, 5)], [iv(0, 3), iv(5, 10)]],
    ['cut covering everything', [iv(3, 5)], [iv(0, 10)], []],
    ['cut at the start', [iv(0, 10)], [iv(-5, 4)], [iv(4, 10)]],
    ['cut at the end', [iv(0, 10)], [iv(6, 15)], [iv(0, 6)]],
    ['several holes', [iv(0, 20)], [iv(2, 4), iv(6, 8), iv(18, 25)], [iv(0, 2), iv(4, 6), iv(8, 18)]],
    ['one cut spanning two pieces', [iv(0, 10), iv(20, 30)], [iv(5, 25)], [iv(0, 5), iv(25, 30)]],
    ['unsorted cuts', [iv(0, 30)], [iv(20, 25), iv(5, 10)], [iv(0, 5), iv(10, 20), iv(25, 30)]],
    [
      'long cut then a later one',
      [iv(0, 10), iv(20, 30), iv(40, 50)],
      [iv(5, 22), iv(45, 46)],
      [iv(0, 5), iv(22, 30), iv(40, 45), iv(46, 50)],
    ],
  ])('%s', (_, a, b, expected) => {
    expect(subtract(a, b)).toEqual(expected);
  });
});

describe('overlaps', () => {
  it.each<[string, Interval, Interval, boolean]>([
    ['partial', iv(0, 10), iv(5, 15), true],
    ['nested', iv(0, 10), iv(2, 3), true],
    ['identical', iv(0, 10), iv(0, 10), true],
    ['touching at end', iv(0, 10), iv(10, 20), false],
    ['touching at start', iv(10, 20), iv(0, 10), false],
    ['disjoint', iv(0, 10), iv(11, 20), false],
    ['empty interval overlaps nothing', iv(5, 5), iv(0, 10), false],
  ])('%s', (_, a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});

describe('containsInterval', () => {
  it.each<[string, Interval[], Interval, boolean]>([
    ['inside one', [iv(0, 10)], iv(2, 8), true],
    ['exactly equal', [iv(0, 10)], iv(0, 10), true],
    ['sticks out', [iv(0, 10)], iv(5, 11), false],
    ['in a gap', [iv(0, 10), iv(20, 30)], iv(12, 18), false],
    ['straddles a gap', [iv(0, 10), iv(20, 30)], iv(5, 25), false],
    ['across touching pieces (merged)', [iv(10, 20), iv(0, 10)], iv(5, 15), true],
    ['empty outer', [], iv(0, 1), false],
    ['empty inner is never contained', [iv(0, 10)], iv(5, 5), false],
  ])('%s', (_, outer, inner, expected) => {
    expect(containsInterval(outer, inner)).toBe(expected);
  });
});

describe('interval algebra agrees with point-by-point membership', () => {
  // Small integer grid: an instant t is "in" a list when some interval holds t (half-open).
  const arbList = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })).map(([s, e]) => iv(s, e)),
    { maxLength: 6 },
  );
  const holds = (list: Interval[], t: number) => list.some((i) => i.start <= t && t < i.end);
  const grid = Array.from({ length: 42 }, (_, t) => t);
  const isNormal = (list: Interval[]) => list.every((i, k) => i.start < i.end && (k === 0 || list[k - 1].end < i.start));

  it('normalize, intersect and subtract', () => {
    fc.assert(
      fc.property(arbList, arbList, (a, b) => {
        for (const [out, expected] of [
          [normalize(a), (t: number) => holds(a, t)],
          [intersect(a, b), (t: number) => holds(a, t) && holds(b, t)],
          [subtract(a, b), (t: number) => holds(a, t) && !holds(b, t)],
        ] as const) {
          expect(isNormal(out)).toBe(true);
          expect(grid.filter((t) => holds(out, t))).toEqual(grid.filter(expected));
        }
      }),
      { numRuns: 300 },
    );
  });
});
