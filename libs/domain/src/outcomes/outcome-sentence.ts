// One plain sentence per instrument for the clinic outcome summary, so that no figure is read
// without its n, its follow-up rate and what the interval allows one to say about the 50% claim.
import type { Instrument } from '../instruments/index.js';
import type { OutcomeStats } from './summarize-episodes.js';
import { atLeast, CLAIM_PERCENT, MIN_N_FOR_INTERVAL } from './thresholds.js';

export type SentenceStats = Pick<
  OutcomeStats,
  'episodes' | 'withFollowUp' | 'captureRate' | 'changeN' | 'meanChangePercent' | 'ci95Low' | 'ci95High'
>;

/** A whole percent with a true minus sign: "34", "−8". */
function whole(x: number): string {
  const r = Math.round(x);
  return r < 0 ? `−${-r}` : String(r === 0 ? 0 : r);
}

/** "5–62%", or "−8 to 40%" when a dash would read as a minus. */
function range(low: number, high: number): string {
  return Math.round(low) < 0 ? `${whole(low)} to ${whole(high)}%` : `${whole(low)}–${whole(high)}%`;
}

const followedUp = (s: SentenceStats) => `${whole((s.captureRate ?? 0) * 100)}% of episodes followed up`;

/** What the interval says about the claim; the comparisons use full precision, not the rounded text. */
function againstClaim(mean: number, low: number, high: number): string {
  const claim = `the ${CLAIM_PERCENT}% claim`;
  if (atLeast(low, CLAIM_PERCENT)) return `meets ${claim} (the whole interval is at or above ${CLAIM_PERCENT}%)`;
  if (!atLeast(high, CLAIM_PERCENT)) return `below ${claim} (the whole interval is below ${CLAIM_PERCENT}%)`;
  return atLeast(mean, CLAIM_PERCENT)
    ? `not shown to meet ${claim}: the average reaches it but the interval goes below ${CLAIM_PERCENT}%`
    : `below ${claim} on average, though the interval includes ${CLAIM_PERCENT}%, so these data cannot rule it out`;
}

/**
 * "Average ODI improvement 34% (95% CI 5–62%, n = 23, 61% of episodes followed up): below the 50%
 * claim on average, though the interval includes 50%, so these data cannot rule it out".
 * Without follow-ups there is no average; below MIN_N_FOR_INTERVAL changes no interval and no verdict.
 */
export function outcomeSentence(instrument: Instrument, s: SentenceStats): string {
  if (s.episodes === 0) return `No ${instrument} episodes with a baseline: nothing to report yet.`;
  if (s.withFollowUp === 0) {
    return (
      `No ${instrument} follow-ups yet (0 of ${s.episodes} ${s.episodes === 1 ? 'episode' : 'episodes'} with a baseline): ` +
      `no improvement can be estimated and the ${CLAIM_PERCENT}% claim cannot be judged.`
    );
  }
  if (s.meanChangePercent === null || s.changeN === 0) {
    return (
      `No average ${instrument} improvement (n = 0, ${followedUp(s)}): ` +
      `every followed-up episode started at the best possible score, so there is no percent to improve by.`
    );
  }
  const mean = s.meanChangePercent;
  const head =
    mean < 0 ? `Average ${instrument} change ${whole(mean)}%, worse than at baseline` : `Average ${instrument} improvement ${whole(mean)}%`;
  if (s.changeN < MIN_N_FOR_INTERVAL || s.ci95Low === null || s.ci95High === null) {
    return (
      `${head} (n = ${s.changeN}, ${followedUp(s)}): too few to estimate a 95% CI ` +
      `(fewer than ${MIN_N_FOR_INTERVAL}) or to judge the ${CLAIM_PERCENT}% claim.`
    );
  }
  return `${head} (95% CI ${range(s.ci95Low, s.ci95High)}, n = ${s.changeN}, ${followedUp(s)}): ${againstClaim(mean, s.ci95Low, s.ci95High)}.`;
}
