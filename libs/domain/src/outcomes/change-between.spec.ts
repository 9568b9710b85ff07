import { scoreResponses, type Instrument } from '../instruments/index.js';
import { changeBetween } from './index.js';
import { EXACT_HALVES } from './test-support.js';

const at = (score: number, normalized: number) => ({ score, normalized });

describe('changeBetween', () => {
  it.each<[string, Instrument, ReturnType<typeof at>, ReturnType<typeof at>, number, number | null, boolean, boolean]>([
    // [why, instrument, baseline, latest, points, percent, meaningful, meetsClaim]
    ['NPRS 8 → 5: 30/80 = 37.5%', 'NPRS', at(8, 80), at(5, 50), 3, 37.5, true, false],
    ['NPRS 6 → 5: below both rules', 'NPRS', at(6, 60), at(5, 50), 1, (10 / 60) * 100, false, false],
    ['NPRS 10 → 8: 20%, but the 2-point MCID', 'NPRS', at(10, 100), at(8, 80), 2, 20, true, false],
    ['NPRS 4 → 2: exactly 50%', 'NPRS', at(4, 40), at(2, 20), 2, 50, true, true],
    ['PEG 5 → 3.5: exactly 30%', 'PEG', at(5, 50), at(3.5, 35), 1.5, 30, true, false],
    ['PEG 10 → 7.33: 2.67 points but no MCID', 'PEG', at(10, 100), at(7.33, 73.3), 10 - 7.33, 26.7, false, false],
    ['ODI 40 → 30: 25% but the 10-point MCID', 'ODI', at(40, 40), at(30, 30), 10, 25, true, false],
    ['ODI 46 → 23: 50%', 'ODI', at(46, 46), at(23, 23), 23, 50, true, true],
    ['ODI 20 → 12: 8 points but 40%', 'ODI', at(20, 20), at(12, 12), 8, 40, true, false],
    ['ODI 30 → 36: worse', 'ODI', at(30, 30), at(36, 36), -6, -20, false, false],
    ['NDI 26 → 18: 30.77%', 'NDI', at(26, 26), at(18, 18), 8, (8 / 26) * 100, true, false],
    ['NDI 50 → 42: 8 points, 16%', 'NDI', at(50, 50), at(42, 42), 8, 16, false, false],
    ['RMDQ 12 → 7: 5-point MCID, 41.67%', 'RMDQ', at(12, 50), at(7, (7 / 24) * 100), 5, (5 / 12) * 100, true, false],
    ['RMDQ 12 → 6: 50%', 'RMDQ', at(12, 50), at(6, 25), 6, 50, true, true],
    ['RMDQ 20 → 16: 4 points, 20%', 'RMDQ', at(20, (20 / 24) * 100), at(16, (16 / 24) * 100), 4, 20, false, false],
    ['PSFS 3 → 5: latest − baseline, 2-point MCID', 'PSFS', at(3, 70), at(5, 50), 2, (20 / 70) * 100, true, false],
    ['PSFS 4 → 7: 50% of (10 − mean)', 'PSFS', at(4, 60), at(7, 30), 3, 50, true, true],
    ['PSFS 5 → 3: worse is negative', 'PSFS', at(5, 50), at(3, 70), -2, -40, false, false],
  ])('%s', (_why, instrument, baseline, latest, points, percent, meaningful, meetsClaim) => {
    const change = changeBetween(instrument, baseline, latest);
    expect(change.changePoints).toBeCloseTo(points, 10);
    if (percent === null) expect(change.changePercent).toBeNull();
    else expect(change.changePercent).toBeCloseTo(percent, 10);
    expect(change.meaningful).toBe(meaningful);
    expect(change.meetsClaim).toBe(meetsClaim);
  });

  it('has no percent from a baseline of 0, so only the MCID can make it meaningful', () => {
    expect(changeBetween('NPRS', at(0, 0), at(0, 0))).toEqual({
      changePoints: 0,
      changePercent: null,
      meaningful: false,
      meetsClaim: false,
    });
    expect(changeBetween('NPRS', at(0, 0), at(3, 30))).toEqual({
      changePoints: -3,
      changePercent: null,
      meaningful: false,
      meetsClaim: false,
    });
    // PSFS all 10s normalizes to 0.
    expect(changeBetween('PSFS', at(10, 0), at(9, 10))).toEqual({
      changePoints: -1,
      changePercent: null,
      meaningful: false,
      meetsClaim: false,
    });
  });

  it.each(EXACT_HALVES)(
    '$instrument: an exact 50% from full-precision scores meets the claim',
    ({ instrument, before, after, roundedMisses }) => {
      const [b, l] = [scoreResponses(instrument, before), scoreResponses(instrument, after)];
      const change = changeBetween(instrument, b.exact, l.exact);
      expect(change.changePercent).toBeCloseTo(50, 12);
      expect(change).toMatchObject({ meaningful: true, meetsClaim: true });
      // The same change from the stored, rounded values: the bug this guards against.
      const rounded = changeBetween(instrument, b, l);
      expect(rounded.meetsClaim).toBe(!roundedMisses);
      if (roundedMisses) expect(rounded.changePercent).toBeLessThan(50 - 1e-3);
    },
  );

  it('still needs its float slack with full precision: RMDQ 10 → 5 and ODI 38/45 → 19/45 compute as 49.99999999999999', () => {
    const rmdq = (yes: number) =>
      scoreResponses(
        'RMDQ',
        Array.from({ length: 24 }, (_, i) => (i < yes ? 1 : 0)),
      ).exact;
    const rmdqChange = changeBetween('RMDQ', rmdq(10), rmdq(5));
    expect(rmdqChange.changePercent).toBe(49.99999999999999);
    expect(rmdqChange.meetsClaim).toBe(true);
    const odi = (sections: number[]) => scoreResponses('ODI', [...sections, null]).exact;
    const odiChange = changeBetween('ODI', odi([5, 5, 5, 5, 5, 5, 4, 2, 2]), odi([3, 2, 2, 2, 2, 2, 2, 2, 2]));
    expect(odiChange.changePercent).toBe(49.99999999999999);
    expect(odiChange.meetsClaim).toBe(true);
  });

  it('keeps full precision and tolerates float noise at the thresholds', () => {
    // (73.3 − 51.31) × 100 / 73.3 is 29.999999999999996 in floating point, a 30% change in decimals.
    const change = changeBetween('PEG', at(7.33, 73.3), at(5.13, 51.31));
    expect(change.changePercent).not.toBe(30);
    expect(change.changePercent).toBeCloseTo(30, 12);
    expect(change.meaningful).toBe(true);
    // 33.33 − 23.33 must reach the 10-point MCID.
    expect(changeBetween('ODI', at(33.33, 33.33), at(23.33, 23.33)).meaningful).toBe(true);
    expect(changeBetween('ODI', at(33.33, 33.33), at(23.34, 23.34)).changePercent).toBeCloseTo((9.99 / 33.33) * 100, 10);
  });
});
