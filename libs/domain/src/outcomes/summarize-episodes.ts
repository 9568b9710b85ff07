import type { Instrument } from '../instruments/index.js';
import { changeBetween } from './change-between.js';
import { reportedInterval } from './confidence-interval.js';

/** One episode's baseline and latest for an instrument, at full precision (scoreExact, normalizedExact). */
export interface EpisodeChange {
  episodeId: string;
  therapistId: string | null;
  modality: string | null;
  baselineNormalized: number;
  baselineScore: number;
  /** null = no follow-up (a dropout). */
  latestNormalized: number | null;
  latestScore: number | null;
}

export interface Shares {
  /** Fractions 0–1; null when the denominator is 0. */
  meaningfulShare: number | null;
  claimShare: number | null;
}

export interface OutcomeStats {
  /** Episodes with a baseline. */
  episodes: number;
  withFollowUp: number;
  dropouts: number;
  /** Episodes with a follow-up / episodes with a baseline (0–1); null without a baseline. */
  captureRate: number | null;
  /** The n of the mean, median and CI: completers whose baseline normalized is above 0. */
  changeN: number;
  /** Percents 0–100 over those changeN completers; null when there are none. */
  meanChangePercent: number | null;
  medianChangePercent: number | null;
  /** 95% CI of the mean change percent; null below MIN_N_FOR_INTERVAL values. */
  ci95Low: number | null;
  ci95High: number | null;
  /** Over episodes with a follow-up. */
  completers: Shares;
  /** Over every episode with a baseline, dropouts counted as not improved. */
  intentionToTreat: Shares;
}

const share = (count: number, of: number): number | null => (of === 0 ? null : count / of);

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function sampleSd(values: number[], mean: number): number {
  return Math.sqrt(values.reduce((acc, v) => acc + (v - mean) ** 2, 0) / (values.length - 1));
}

/**
 * Clinic statistics for one instrument, the reference the SQL aggregation is tested against.
 * Full precision; round for display. Only meaningful as observational data (see OUTCOME_STATEMENT).
 */
export function summarizeEpisodes(instrument: Instrument, episodes: EpisodeChange[]): OutcomeStats {
  const percents: number[] = [];
  let withFollowUp = 0;
  let meaningful = 0;
  let claim = 0;
  for (const e of episodes) {
    if (e.latestNormalized === null || e.latestScore === null) {
      // Half a follow-up is a caller bug; counting it as a dropout would hide it.
      if (e.latestNormalized !== e.latestScore) {
        throw new TypeError(`Episode ${e.episodeId} has only one of latestScore and latestNormalized`);
      }
      continue;
    }
    withFollowUp++;
    const change = changeBetween(
      instrument,
      { score: e.baselineScore, normalized: e.baselineNormalized },
      { score: e.latestScore, normalized: e.latestNormalized },
    );
    // A baseline of 0 has no percent but still sits in the share denominators, as not improved by percent.
    if (change.changePercent !== null) percents.push(change.changePercent);
    if (change.meaningful) meaningful++;
    if (change.meetsClaim) claim++;
  }

  const n = percents.length;
  const mean = n === 0 ? null : percents.reduce((a, b) => a + b, 0) / n;
  const ci = reportedInterval(n, mean, mean === null || n < 2 ? null : sampleSd(percents, mean));
  return {
    episodes: episodes.length,
    withFollowUp,
    dropouts: episodes.length - withFollowUp,
    captureRate: share(withFollowUp, episodes.length),
    changeN: n,
    meanChangePercent: mean,
    medianChangePercent: n === 0 ? null : median([...percents].sort((a, b) => a - b)),
    ci95Low: ci?.low ?? null,
    ci95High: ci?.high ?? null,
    completers: { meaningfulShare: share(meaningful, withFollowUp), claimShare: share(claim, withFollowUp) },
    intentionToTreat: {
      meaningfulShare: share(meaningful, episodes.length),
      claimShare: share(claim, episodes.length),
    },
  };
}

/**
 * The same statistics per therapist or modality, sorted by key. Episodes without the key are
 * left out, since "unknown" is not a group a clinic can act on.
 */
export function breakdown(
  instrument: Instrument,
  episodes: EpisodeChange[],
  key: 'therapistId' | 'modality',
): Array<{ key: string; stats: OutcomeStats }> {
  const groups = new Map<string, EpisodeChange[]>();
  for (const e of episodes) {
    const k = e[key];
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(e);
    else groups.set(k, [e]);
  }
  return [...groups.keys()].sort().map((k) => ({ key: k, stats: summarizeEpisodes(instrument, groups.get(k)!) }));
}
