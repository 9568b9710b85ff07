/** A reduction of at least this percent of baseline counts as meaningful (IMMPACT's "much improved"). */
export const MEANINGFUL_PERCENT = 30;

/** The marketing claim's "average of 50%" reduction, used as the per-patient target line. */
export const CLAIM_PERCENT = 50;

/**
 * Below this many values no 95% confidence interval is reported ("too few to estimate"): with 2–4
 * values the t interval is so wide, and so sensitive to one patient, that it reads as precision it
 * does not have. Breakdown groups smaller than this carry a caution.
 */
export const MIN_N_FOR_INTERVAL = 5;

/**
 * Change is computed from full-precision scores, yet float arithmetic still lands a hair off exact
 * thresholds: RMDQ 10 → 5 is (41.666… − 20.833…) × 100 / 41.666… = 49.99999999999999, and an ODI with
 * 9 answered sections 38 → 19 likewise. The slack is far below any real difference between scores. The
 * clinic aggregation in SQL applies the same slack.
 */
export const THRESHOLD_TOLERANCE = 1e-9;

export function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - THRESHOLD_TOLERANCE;
}
