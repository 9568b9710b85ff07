import fc from 'fast-check';
import { scoreResponses } from '../instruments/index.js';
import { breakdown, ciFromMoments, MIN_N_FOR_INTERVAL, summarizeEpisodes, type EpisodeChange } from './index.js';
import { EXACT_HALVES } from './test-support.js';

/** An ODI episode: score and normalized are the same percent. */
const episode = (
  episodeId: string,
  baseline: number,
  latest: number | null,
  therapistId: string | null = 't1',
  modality: string | null = 'SWEDISH',
): EpisodeChange => ({
  episodeId,
  therapistId,
  modality,
  baselineScore: baseline,
  baselineNormalized: baseline,
  latestScore: latest,
  latestNormalized: latest,
});

// Worked by hand (ODI, MCID 10):
//   e1 50 → 15  70%   meaningful, claim
//   e2 40 → 24  40%   meaningful
//   e3 60 → 27  55%   meaningful, claim
//   e4 40 → 30  25%   meaningful by the 10-point MCID
//   e5 20 → 18  10%   not improved
//   e6  0 →  4  no percent (baseline 0): left out of mean/median, counted as not improved
//   e7, e8      dropouts
const cohort: EpisodeChange[] = [
  episode('e1', 50, 15, 't1', 'SWEDISH'),
  episode('e2', 40, 24, 't2', 'DEEP_TISSUE'),
  episode('e3', 60, 27, 't1', 'DEEP_TISSUE'),
  episode('e4', 40, 30, 't2', 'SWEDISH'),
  episode('e5', 20, 18, 't1', null),
  episode('e6', 0, 4, 't2', 'SWEDISH'),
  episode('e7', 30, null, 't1', 'SWEDISH'),
  episode('e8', 44, null, null, 'SWEDISH'),
];

describe('summarizeEpisodes', () => {
  it('computes the cohort by hand', () => {
    const stats = summarizeEpisodes('ODI', cohort);
    // Percents 70, 40, 55, 25, 10: mean 40, median 40.
    // Sample variance (30² + 0² + 15² + 15² + 30²) / 4 = 562.5; t(0.975, 4) = 2.7764451051977934.
    const half = (2.7764451051977934 * Math.sqrt(562.5)) / Math.sqrt(5);
    expect(half).toBeCloseTo(29.44864, 4);
    expect(stats).toEqual({
      episodes: 8,
      withFollowUp: 6,
      dropouts: 2,
      captureRate: 6 / 8,
      changeN: 5,
      meanChangePercent: 40,
      medianChangePercent: 40,
      ci95Low: expect.closeTo(40 - half, 9),
      ci95High: expect.closeTo(40 + half, 9),
      completers: { meaningfulShare: 4 / 6, claimShare: 2 / 6 },
      intentionToTreat: { meaningfulShare: 4 / 8, claimShare: 2 / 8 },
    });
  });

  it('agrees with ciFromMoments fed SQL-style aggregates (n, avg, stddev_samp)', () => {
    const stats = summarizeEpisodes('ODI', cohort);
    const ci = ciFromMoments(5, 40, Math.sqrt(562.5))!;
    expect(stats.ci95Low).toBeCloseTo(ci.low, 12);
    expect(stats.ci95High).toBeCloseTo(ci.high, 12);
  });

  it('averages the middle two for an even count', () => {
    const stats = summarizeEpisodes('ODI', cohort.slice(0, 4));
    // Percents 70, 40, 55, 25 → sorted 25, 40, 55, 70.
    expect(stats.medianChangePercent).toBe(47.5);
    expect(stats.meanChangePercent).toBe(47.5);
  });

  it(`has no CI below ${MIN_N_FOR_INTERVAL} changes: too few to estimate`, () => {
    // e1–e4: 4 percents, whose t interval ciFromMoments would still compute.
    const four = summarizeEpisodes('ODI', cohort.slice(0, 4));
    expect(four).toMatchObject({ changeN: 4, meanChangePercent: 47.5, ci95Low: null, ci95High: null });
    expect(ciFromMoments(4, 47.5, 19.365)).not.toBeNull();
    // A baseline of 0 adds a completer but no percent: still 4, still no interval.
    expect(summarizeEpisodes('ODI', [...cohort.slice(0, 4), cohort[5]!])).toMatchObject({ withFollowUp: 5, changeN: 4, ci95Low: null });
    expect(summarizeEpisodes('ODI', cohort.slice(0, 5)).ci95Low).not.toBeNull();
  });

  it('has no CI with a single change and no mean without any', () => {
    expect(summarizeEpisodes('ODI', [episode('e1', 50, 15), episode('e2', 40, null)])).toMatchObject({
      meanChangePercent: 70,
      medianChangePercent: 70,
      ci95Low: null,
      ci95High: null,
    });
    expect(summarizeEpisodes('ODI', [episode('e6', 0, 4)])).toMatchObject({
      withFollowUp: 1,
      meanChangePercent: null,
      medianChangePercent: null,
      ci95Low: null,
      completers: { meaningfulShare: 0, claimShare: 0 },
    });
  });

  it('counts dropouts as not improved in intention-to-treat only', () => {
    const stats = summarizeEpisodes('ODI', [episode('e1', 50, 15), episode('e7', 30, null), episode('e8', 44, null)]);
    expect(stats.completers).toEqual({ meaningfulShare: 1, claimShare: 1 });
    expect(stats.intentionToTreat).toEqual({ meaningfulShare: 1 / 3, claimShare: 1 / 3 });
  });

  it('has null shares when their denominator is 0', () => {
    expect(summarizeEpisodes('ODI', [episode('e7', 30, null)])).toEqual({
      episodes: 1,
      withFollowUp: 0,
      dropouts: 1,
      captureRate: 0,
      changeN: 0,
      meanChangePercent: null,
      medianChangePercent: null,
      ci95Low: null,
      ci95High: null,
      completers: { meaningfulShare: null, claimShare: null },
      intentionToTreat: { meaningfulShare: 0, claimShare: 0 },
    });
    expect(summarizeEpisodes('ODI', [])).toMatchObject({
      episodes: 0,
      captureRate: null,
      intentionToTreat: { meaningfulShare: null, claimShare: null },
    });
  });

  it('uses the instrument rules: RMDQ points and PSFS direction', () => {
    const rmdq: EpisodeChange = {
      ...episode('r', 0, 0),
      baselineScore: 20,
      baselineNormalized: (20 / 24) * 100,
      latestScore: 15,
      latestNormalized: (15 / 24) * 100,
    };
    // 5 points = MCID although only 25%.
    expect(summarizeEpisodes('RMDQ', [rmdq]).completers.meaningfulShare).toBe(1);
    const psfs = { ...episode('p', 0, 0), baselineScore: 4, baselineNormalized: 60, latestScore: 7, latestNormalized: 30 };
    expect(summarizeEpisodes('PSFS', [psfs])).toMatchObject({
      meanChangePercent: 50,
      completers: { meaningfulShare: 1, claimShare: 1 },
    });
  });

  it('counts every instrument’s exact 50% as meeting the claim, from full-precision values', () => {
    for (const { instrument, before, after } of EXACT_HALVES) {
      const [b, l] = [scoreResponses(instrument, before).exact, scoreResponses(instrument, after).exact];
      const change: EpisodeChange = {
        episodeId: instrument,
        therapistId: null,
        modality: null,
        baselineScore: b.score,
        baselineNormalized: b.normalized,
        latestScore: l.score,
        latestNormalized: l.normalized,
      };
      const stats = summarizeEpisodes(instrument, [change]);
      expect({ instrument, mean: stats.meanChangePercent }).toEqual({ instrument, mean: expect.closeTo(50, 12) });
      expect({ instrument, claim: stats.completers.claimShare }).toEqual({ instrument, claim: 1 });
    }
  });

  it('refuses an episode with only half a follow-up', () => {
    expect(() => summarizeEpisodes('ODI', [{ ...episode('x', 40, 20), latestScore: null }])).toThrow(TypeError);
  });

  it('keeps its invariants on any cohort', () => {
    const anyEpisode = fc
      .record({ baseline: fc.integer({ min: 0, max: 100 }), latest: fc.option(fc.integer({ min: 0, max: 100 })) })
      .map(({ baseline, latest }) => episode('e', baseline, latest));
    fc.assert(
      fc.property(fc.array(anyEpisode, { maxLength: 30 }), (episodes) => {
        const s = summarizeEpisodes('ODI', episodes);
        expect(s.dropouts).toBe(s.episodes - s.withFollowUp);
        expect(s.captureRate).toBe(s.episodes === 0 ? null : s.withFollowUp / s.episodes);
        if (s.changeN < MIN_N_FOR_INTERVAL) expect(s.ci95Low).toBeNull();
        if (s.completers.meaningfulShare !== null) {
          expect(s.intentionToTreat.meaningfulShare!).toBeLessThanOrEqual(s.completers.meaningfulShare);
          expect(s.completers.claimShare!).toBeLessThanOrEqual(s.completers.meaningfulShare);
        }
        if (s.ci95Low !== null) {
          expect(s.ci95Low).toBeLessThanOrEqual(s.meanChangePercent!);
          expect(s.ci95High!).toBeGreaterThanOrEqual(s.meanChangePercent!);
        }
      }),
    );
  });
});

describe('breakdown', () => {
  it('groups by therapist, sorted, leaving out episodes without one', () => {
    const rows = breakdown('ODI', cohort, 'therapistId');
    expect(rows.map((r) => r.key)).toEqual(['t1', 't2']);
    // t1: e1 70%, e3 55%, e5 10%, dropout e7.
    expect(rows[0]!.stats).toMatchObject({ episodes: 4, withFollowUp: 3, dropouts: 1, medianChangePercent: 55 });
    expect(rows[0]!.stats.meanChangePercent).toBeCloseTo(45, 12);
    expect(rows[0]!.stats.intentionToTreat).toEqual({ meaningfulShare: 2 / 4, claimShare: 2 / 4 });
    // t2: e2 40%, e4 25%, e6 no percent.
    expect(rows[1]!.stats).toMatchObject({ episodes: 3, withFollowUp: 3, dropouts: 0, meanChangePercent: 32.5 });
    expect(rows[1]!.stats.completers).toEqual({ meaningfulShare: 2 / 3, claimShare: 0 });
  });

  it('groups by modality', () => {
    const rows = breakdown('ODI', cohort, 'modality');
    expect(rows.map((r) => [r.key, r.stats.episodes])).toEqual([
      ['DEEP_TISSUE', 2],
      ['SWEDISH', 5],
    ]);
  });
});
