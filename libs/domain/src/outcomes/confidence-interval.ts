import { tQuantile975 } from './t-quantile.js';
import { MIN_N_FOR_INTERVAL } from './thresholds.js';

/**
 * 95% CI of a mean, mean ± t(0.975, n − 1) · sd / √n, where sd is the sample standard deviation
 * (n − 1 denominator, SQL's stddev_samp), so the API can aggregate in SQL and reuse this.
 * Null when n < 2: one value says nothing about spread.
 */
export function ciFromMoments(n: number, mean: number, sd: number): { low: number; high: number } | null {
  if (!Number.isInteger(n) || n < 2 || !Number.isFinite(mean) || !Number.isFinite(sd) || sd < 0) return null;
  const half = (tQuantile975(n - 1) * sd) / Math.sqrt(n);
  return { low: mean - half, high: mean + half };
}

/** The interval as reported: none below MIN_N_FOR_INTERVAL values ("too few to estimate"). */
export function reportedInterval(n: number, mean: number | null, sd: number | null): { low: number; high: number } | null {
  if (mean === null || n < MIN_N_FOR_INTERVAL) return null;
  return ciFromMoments(n, mean, sd ?? 0);
}
