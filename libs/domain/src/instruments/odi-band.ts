export type OdiBand = 'MINIMAL' | 'MODERATE' | 'SEVERE' | 'CRIPPLED' | 'BED_BOUND';

export const ODI_BAND_LABELS: Record<OdiBand, string> = {
  MINIMAL: 'Minimal disability (0–20%)',
  MODERATE: 'Moderate disability (21–40%)',
  SEVERE: 'Severe disability (41–60%)',
  CRIPPLED: 'Crippled (61–80%)',
  BED_BOUND: 'Bed-bound (81–100%)',
};

/**
 * Fairbank's ODI bands. The published bands are in whole percents (0–20, 21–40, …); a fractional
 * score, possible when sections are skipped, belongs to the lower band up to and including its
 * upper bound: 20 is MINIMAL, 20.5 is MODERATE, 40 is MODERATE, 40.01 is SEVERE.
 */
export function odiBand(score: number): OdiBand {
  if (!(score >= 0 && score <= 100)) throw new RangeError(`ODI score must be from 0 to 100, got ${score}`);
  if (score <= 20) return 'MINIMAL';
  if (score <= 40) return 'MODERATE';
  if (score <= 60) return 'SEVERE';
  if (score <= 80) return 'CRIPPLED';
  return 'BED_BOUND';
}
