// What the patient chart draws around each measure, and the sentence under it. Pure, so the values the
// chart uses are tested directly (PRODUCT.md section 6).
import { CLAIM_PERCENT, MEANINGFUL_PERCENT } from '@backtrack/domain';
import type { MeasureOutcome } from './api';

export interface ReferenceLevels {
  /** The baseline's normalized score (0–100, higher is worse). */
  baseline: number;
  /** 50% of baseline: the marketing claim's target. */
  claimTarget: number;
  /** 70% of baseline: a 30% improvement, the smallest meaningful one. */
  meaningfulTarget: number;
  /** The 30% improvement band: from the meaningful line down to the claim line. */
  band: { y1: number; y2: number };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function referenceLevels(baselineNormalized: number): ReferenceLevels {
  const baseline = round2(baselineNormalized);
  const claimTarget = round2((baselineNormalized * (100 - CLAIM_PERCENT)) / 100);
  const meaningfulTarget = round2((baselineNormalized * (100 - MEANINGFUL_PERCENT)) / 100);
  return { baseline, claimTarget, meaningfulTarget, band: { y1: claimTarget, y2: meaningfulTarget } };
}

const num = (x: number) => String(Math.round(x * 10) / 10);

/** "ODI 44 → 18: 59% better, meets the 50% claim". */
export function measureSummary(m: MeasureOutcome): string {
  const from = num(m.baseline.score);
  if (!m.hasFollowUp) return `${m.instrument} ${from}: baseline only, no follow-up yet`;
  const head = `${m.instrument} ${from} → ${num(m.latest.score)}`;
  if (m.changePercent === null) {
    return `${head}: no change percent (the baseline was already at the best possible score)`;
  }
  const pct = Math.round(Math.abs(m.changePercent));
  if (m.changePercent < 0) return `${head}: ${pct}% worse, not a meaningful improvement`;
  if (m.changePercent === 0 && !m.meaningful) return `${head}: no change, not yet a meaningful change`;
  const verdict = m.meetsClaim
    ? 'meets the 50% claim'
    : m.meaningful
      ? 'a meaningful change, short of the 50% claim'
      : 'not yet a meaningful change';
  return `${head}: ${pct}% better, ${verdict}`;
}
