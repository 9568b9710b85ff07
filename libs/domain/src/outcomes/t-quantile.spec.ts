import { ciFromMoments, MIN_N_FOR_INTERVAL, reportedInterval, tQuantile, tQuantile975 } from './index.js';

describe('tQuantile975', () => {
  // Reference values from scipy.stats.t.ppf(0.975, df).
  it.each([
    [1, 12.706204736174694],
    [2, 4.302652729749462],
    [3, 3.1824463052837078],
    [4, 2.7764451051977934],
    [5, 2.5705818356363146],
    [7, 2.364624251592784],
    [10, 2.228138851986274],
    [20, 2.085963447265864],
    [30, 2.0422724563012378],
    [50, 2.008559112100761],
    [100, 1.9839715185235518],
    [1000, 1.9623390808264083],
    [0.5, 164.55767348048818],
    [2.5, 3.5746548420036817],
  ])('df = %p', (df, expected) => {
    expect(tQuantile975(df)).toBeCloseTo(expected, 9);
  });

  it('matches the closed forms for 1 and 2 degrees of freedom', () => {
    expect(tQuantile975(1)).toBeCloseTo(Math.tan(Math.PI * 0.475), 10);
    expect(tQuantile975(2)).toBeCloseTo(0.95 / Math.sqrt(2 * 0.975 * 0.025), 10);
  });

  it('tends to the normal 1.959964 for large df (scipy: 1.959964221767205 at 1e7)', () => {
    expect(tQuantile975(1e7)).toBeCloseTo(1.959964221767205, 9);
  });

  it('handles other probabilities', () => {
    expect(tQuantile(0.95, 10)).toBeCloseTo(1.8124611228116756, 9);
  });

  it.each([0, -1, Number.NaN])('refuses df = %p', (df) => {
    expect(() => tQuantile975(df)).toThrow(RangeError);
  });
});

describe('ciFromMoments', () => {
  it('is mean ± t(0.975, n − 1) · sd / √n', () => {
    const ci = ciFromMoments(5, 40, Math.sqrt(562.5))!;
    const half = 2.7764451051977934 * Math.sqrt(562.5 / 5);
    expect(ci.low).toBeCloseTo(40 - half, 9);
    expect(ci.high).toBeCloseTo(40 + half, 9);
  });

  it('is a point with sd 0', () => {
    expect(ciFromMoments(3, 12, 0)).toEqual({ low: 12, high: 12 });
  });

  it.each([
    [0, 0, 0],
    [1, 50, 0],
    [2.5, 50, 1],
    [5, Number.NaN, 1],
    [5, 10, -1],
  ])('is null for n = %p, mean = %p, sd = %p', (n, mean, sd) => {
    expect(ciFromMoments(n, mean, sd)).toBeNull();
  });
});

describe('reportedInterval', () => {
  it(`is ciFromMoments from ${MIN_N_FOR_INTERVAL} values on`, () => {
    expect(MIN_N_FOR_INTERVAL).toBe(5);
    expect(reportedInterval(5, 40, Math.sqrt(562.5))).toEqual(ciFromMoments(5, 40, Math.sqrt(562.5)));
    expect(reportedInterval(30, 12, 0)).toEqual({ low: 12, high: 12 });
  });

  it.each([
    [4, 40, 10],
    [2, 40, 10],
    [0, null, null],
    [6, null, null],
  ])('is null for n = %p, mean = %p: too few to estimate, or nothing to estimate', (n, mean, sd) => {
    expect(reportedInterval(n, mean, sd)).toBeNull();
  });
});
