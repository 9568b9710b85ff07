import { outcomeSentence, summarizeEpisodes, type EpisodeChange, type SentenceStats } from './index.js';

const stats = (s: Partial<SentenceStats>): SentenceStats => ({
  episodes: 38,
  withFollowUp: 23,
  captureRate: 23 / 38,
  changeN: 23,
  meanChangePercent: 34.2,
  ci95Low: 5.4,
  ci95High: 62.3,
  ...s,
});

describe('outcomeSentence', () => {
  it.each<[string, Partial<SentenceStats>, string]>([
    [
      'an interval spanning the claim, mean below',
      {},
      'Average ODI improvement 34% (95% CI 5–62%, n = 23, 61% of episodes followed up): ' +
        'below the 50% claim on average, though the interval includes 50%, so these data cannot rule it out.',
    ],
    [
      'an interval wholly below the claim',
      { meanChangePercent: 31.6, ci95Low: 22.1, ci95High: 41.04 },
      'Average ODI improvement 32% (95% CI 22–41%, n = 23, 61% of episodes followed up): ' +
        'below the 50% claim (the whole interval is below 50%).',
    ],
    [
      'an interval wholly at or above the claim',
      { meanChangePercent: 61, ci95Low: 50, ci95High: 72 },
      'Average ODI improvement 61% (95% CI 50–72%, n = 23, 61% of episodes followed up): ' +
        'meets the 50% claim (the whole interval is at or above 50%).',
    ],
    [
      'an interval spanning the claim, mean above',
      { meanChangePercent: 55, ci95Low: 41, ci95High: 69 },
      'Average ODI improvement 55% (95% CI 41–69%, n = 23, 61% of episodes followed up): ' +
        'not shown to meet the 50% claim: the average reaches it but the interval goes below 50%.',
    ],
    [
      'a worse average, with a negative bound',
      { meanChangePercent: -8.4, ci95Low: -20.2, ci95High: 3.3 },
      'Average ODI change −8%, worse than at baseline (95% CI −20 to 3%, n = 23, 61% of episodes followed up): ' +
        'below the 50% claim (the whole interval is below 50%).',
    ],
    [
      'fewer than 5 changes',
      { episodes: 10, withFollowUp: 3, captureRate: 0.3, changeN: 3, meanChangePercent: 58, ci95Low: null, ci95High: null },
      'Average ODI improvement 58% (n = 3, 30% of episodes followed up): ' +
        'too few to estimate a 95% CI (fewer than 5) or to judge the 50% claim.',
    ],
    [
      'no follow-up',
      { episodes: 7, withFollowUp: 0, captureRate: 0, changeN: 0, meanChangePercent: null, ci95Low: null, ci95High: null },
      'No ODI follow-ups yet (0 of 7 episodes with a baseline): no improvement can be estimated and the 50% claim cannot be judged.',
    ],
    [
      'one episode, no follow-up',
      { episodes: 1, withFollowUp: 0, captureRate: 0, changeN: 0, meanChangePercent: null, ci95Low: null, ci95High: null },
      'No ODI follow-ups yet (0 of 1 episode with a baseline): no improvement can be estimated and the 50% claim cannot be judged.',
    ],
    [
      'follow-ups from baselines of 0 only',
      { episodes: 4, withFollowUp: 2, captureRate: 0.5, changeN: 0, meanChangePercent: null, ci95Low: null, ci95High: null },
      'No average ODI improvement (n = 0, 50% of episodes followed up): ' +
        'every followed-up episode started at the best possible score, so there is no percent to improve by.',
    ],
    [
      'no episode at all',
      { episodes: 0, withFollowUp: 0, captureRate: null, changeN: 0, meanChangePercent: null, ci95Low: null, ci95High: null },
      'No ODI episodes with a baseline: nothing to report yet.',
    ],
  ])('%s', (_why, partial, expected) => {
    expect(outcomeSentence('ODI', stats(partial))).toBe(expected);
  });

  it('judges the claim from full precision, not from the rounded text', () => {
    // The lower bound shows as 50% but is below it.
    expect(outcomeSentence('NPRS', stats({ meanChangePercent: 60, ci95Low: 49.7, ci95High: 70 }))).toMatch(
      /95% CI 50–70%.*not shown to meet the 50% claim/,
    );
    // Float noise at the bound counts as reaching it, as for each patient.
    expect(outcomeSentence('NPRS', stats({ meanChangePercent: 60, ci95Low: 49.99999999999999, ci95High: 70 }))).toMatch(
      /meets the 50% claim \(the whole interval/,
    );
  });

  it('reads summarizeEpisodes as it is', () => {
    const episode = (id: string, baseline: number, latest: number | null): EpisodeChange => ({
      episodeId: id,
      therapistId: null,
      modality: null,
      baselineScore: baseline,
      baselineNormalized: baseline,
      latestScore: latest,
      latestNormalized: latest,
    });
    // Percents 70, 40, 55, 25, 10 (mean 40, CI 10.6–69.4) and two dropouts.
    const cohort = [
      episode('a', 50, 15),
      episode('b', 40, 24),
      episode('c', 60, 27),
      episode('d', 40, 30),
      episode('e', 20, 18),
      episode('f', 30, null),
      episode('g', 44, null),
    ];
    expect(outcomeSentence('ODI', summarizeEpisodes('ODI', cohort))).toBe(
      'Average ODI improvement 40% (95% CI 11–69%, n = 5, 71% of episodes followed up): ' +
        'below the 50% claim on average, though the interval includes 50%, so these data cannot rule it out.',
    );
    expect(outcomeSentence('ODI', summarizeEpisodes('ODI', cohort.slice(1)))).toMatch(
      /^Average ODI improvement 33% \(n = 4, 67% of episodes followed up\): too few to estimate/,
    );
  });
});
