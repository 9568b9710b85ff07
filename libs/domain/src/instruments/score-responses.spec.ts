import { InvalidResponsesError, roundScore, scoreResponses, type Instrument } from './index.js';

const rmdq = (yes: number): number[] => Array.from({ length: 24 }, (_, i) => (i < yes ? 1 : 0));

describe('scoreResponses', () => {
  // Each expected value is worked out by hand in the comment beside it.
  it.each<[string, Instrument, unknown[], number, number, number]>([
    ['NPRS 7', 'NPRS', [7], 7, 70, 1],
    ['NPRS 0', 'NPRS', [0], 0, 0, 1],
    ['NPRS 10', 'NPRS', [10], 10, 100, 1],
    ['PEG mean (4+6+8)/3 = 6', 'PEG', [4, 6, 8], 6, 60, 3],
    ['PEG 4/3 = 1.333… → 1.33, 13.333… → 13.33', 'PEG', [1, 1, 2], 1.33, 13.33, 3],
    ['PEG 8/3 = 2.666… → 2.67, 26.67', 'PEG', [2, 3, 3], 2.67, 26.67, 3],
    ['ODI all 5s = 50/50', 'ODI', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 100, 100, 10],
    ['ODI all 0s', 'ODI', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 0, 10],
    ['ODI sum 23 of 50', 'ODI', [3, 2, 4, 1, 0, 5, 2, 3, 1, 2], 46, 46, 10],
    ['ODI one skipped: 19/45 = 42.22…', 'ODI', [3, 2, null, 1, 0, 5, 2, 3, 1, 2], 42.22, 42.22, 9],
    ['ODI one skipped: 13/45 = 28.888… rounds up', 'ODI', [5, 5, 3, null, 0, 0, 0, 0, 0, 0], 28.89, 28.89, 9],
    ['ODI two skipped: 17/40 = 42.5', 'ODI', [3, 2, null, 1, 0, 5, null, 3, 1, 2], 42.5, 42.5, 8],
    ['ODI two skipped: 3/40 = 7.5', 'ODI', [1, 1, 1, 0, null, 0, 0, null, 0, 0], 7.5, 7.5, 8],
    ['NDI sum 13 of 50', 'NDI', [1, 2, 1, 0, 3, 2, 1, 1, 2, 0], 26, 26, 10],
    ['NDI two skipped: 10/40', 'NDI', [null, 2, 1, 0, 3, 2, 1, 1, null, 0], 25, 25, 8],
    ['NDI all 5s', 'NDI', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 100, 100, 10],
    ['RMDQ 9 yes: 9/24 = 37.5%', 'RMDQ', rmdq(9), 9, 37.5, 24],
    ['RMDQ 10 yes: 41.666… → 41.67', 'RMDQ', rmdq(10), 10, 41.67, 24],
    ['RMDQ none', 'RMDQ', rmdq(0), 0, 0, 24],
    ['RMDQ all 24', 'RMDQ', rmdq(24), 24, 100, 24],
    ['PSFS 3 activities: mean 4, (10 − 4) × 10', 'PSFS', [3, 5, 4], 4, 60, 3],
    ['PSFS 4 activities: mean 3.75', 'PSFS', [2, 3, 4, 6], 3.75, 62.5, 4],
    ['PSFS 5 activities: mean 3', 'PSFS', [1, 2, 3, 4, 5], 3, 70, 5],
    ['PSFS 29/3 = 9.666…: 9.67 and 3.33', 'PSFS', [10, 10, 9], 9.67, 3.33, 3],
    ['PSFS all normal', 'PSFS', [10, 10, 10, 10, 10], 10, 0, 5],
  ])('%s', (_name, instrument, responses, score, normalized, answered) => {
    const scored = scoreResponses(instrument, responses);
    expect(scored).toEqual({ score, normalized, answered, exact: expect.any(Object) });
    // The rounded values are the exact ones rounded
    expect(roundScore(scored.exact.score)).toBe(score);
    expect(roundScore(scored.exact.normalized)).toBe(normalized);
  });

  it.each<[string, Instrument, unknown[], number, number]>([
    ['PEG 4/3 keeps every digit', 'PEG', [1, 1, 2], 4 / 3, (4 / 3) * 10],
    ['ODI one skipped: 19/45', 'ODI', [3, 2, null, 1, 0, 5, 2, 3, 1, 2], 1900 / 45, 1900 / 45],
    ['RMDQ 14 of 24', 'RMDQ', rmdq(14), 14, 1400 / 24],
    ['PSFS 29/3', 'PSFS', [10, 10, 9], 29 / 3, (10 - 29 / 3) * 10],
  ])('exact: %s', (_name, instrument, responses, score, normalized) => {
    const { exact } = scoreResponses(instrument, responses);
    expect(exact.score).toBeCloseTo(score, 12);
    expect(exact.normalized).toBeCloseTo(normalized, 12);
  });

  it('stores 2 decimals, normalized rounded from the full-precision score', () => {
    // PSFS 5/3 = 1.666…: normalized is round(83.333…) = 83.33, not round(1.67) derived 83.3.
    expect(scoreResponses('PSFS', [1, 2, 2])).toMatchObject({ score: 1.67, normalized: 83.33, answered: 3 });
    // ODI 1 of 9 answered sections' 45 points: 2.222… → 2.22.
    expect(scoreResponses('ODI', [1, 0, 0, 0, 0, 0, 0, 0, 0, null]).score).toBe(2.22);
  });

  it.each<[Instrument, unknown[]]>([
    ['ODI', [3, null, null, null, 1, 1, 1, 1, 1, 1]],
    ['NDI', [null, null, null, 0, 0, 0, 0, 0, 0, 0]],
    ['PSFS', [5, 5]],
    ['PSFS', [5, 5, 5, 5, 5, 5]],
    ['NPRS', [11]],
    ['RMDQ', rmdq(5).slice(1)],
  ])('refuses invalid %s responses with the issues', (instrument, responses) => {
    let caught: unknown;
    try {
      scoreResponses(instrument, responses);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidResponsesError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as InvalidResponsesError;
    expect(error.instrument).toBe(instrument);
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error.message).toContain(error.issues[0]!.message);
  });
});

describe('roundScore', () => {
  it.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [1.004999, 1],
    [33.333333, 33.33],
    [66.666666, 66.67],
    [42.5, 42.5],
    [-1.005, -1.01],
    [0, 0],
  ])('rounds %p to %p', (x, expected) => {
    expect(roundScore(x)).toBe(expected);
  });

  it('never yields -0 and passes non-finite values through', () => {
    expect(Object.is(roundScore(-0.001), 0)).toBe(true);
    expect(roundScore(Number.NaN)).toBeNaN();
    expect(roundScore(Infinity)).toBe(Infinity);
  });
});
