/** A reduction of at least this percent of baseline counts as meaningful (IMMPACT's "much improved"). */
export const MEANINGFUL_PERCENT = 30;

/** The marketing claim's "average of 50%" reduction, used as the per-patient target line. */
export const CLAIM_PERCENT = 50;

// Stored scores have 2 decimals, so a change of exactly 30% can compute as 29.999999999999996.
const TOLERANCE = 1e-9;

export function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - TOLERANCE;
}
