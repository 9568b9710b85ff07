import { INSTRUMENTS, type Instrument } from '../instruments/index.js';
import { atLeast, CLAIM_PERCENT, MEANINGFUL_PERCENT } from './thresholds.js';

export interface ScorePair {
  score: number;
  normalized: number;
}

export interface Change {
  /** Improvement in the instrument's own units: positive = better. */
  changePoints: number;
  /** Reduction of `normalized` as a percent of baseline (negative = worse); null when baseline.normalized is 0. */
  changePercent: number | null;
  meaningful: boolean;
  meetsClaim: boolean;
}

/**
 * Change from baseline to latest. Values keep full precision (no rounding here, so aggregates stay
 * exact); callers round for display with roundScore. Threshold checks tolerate float noise.
 */
export function changeBetween(instrument: Instrument, baseline: ScorePair, latest: ScorePair): Change {
  const def = INSTRUMENTS[instrument];
  // PSFS is the only instrument where a higher score is better.
  const changePoints = def.higherIsBetter ? latest.score - baseline.score : baseline.score - latest.score;
  // Nothing to reduce from a baseline of 0, so the percent is undefined rather than 0 or infinite.
  const changePercent = baseline.normalized === 0 ? null : ((baseline.normalized - latest.normalized) * 100) / baseline.normalized;
  const byPercent = changePercent !== null && atLeast(changePercent, MEANINGFUL_PERCENT);
  const byPoints = def.mcid !== null && atLeast(changePoints, def.mcid);
  return {
    changePoints,
    changePercent,
    meaningful: byPercent || byPoints,
    meetsClaim: changePercent !== null && atLeast(changePercent, CLAIM_PERCENT),
  };
}
