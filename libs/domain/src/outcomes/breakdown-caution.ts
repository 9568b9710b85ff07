// Cautions on breakdowns by therapist or modality, where a reader compares groups. Two things make
// such a comparison unsafe, and each group's row says which applies to it:
// - SMALL: fewer than MIN_N_FOR_INTERVAL episodes with a follow-up in the group. Every change figure
//   (mean, median, shares over completers) rests on those episodes, and with so few one patient
//   moves them by tens of points.
// - UNEQUAL: the largest group has at least UNEQUAL_GROUP_RATIO times the episodes with a follow-up of
//   the smallest, so their figures differ in precision (and usually in who was treated); this then
//   applies to every group of the comparison.
// The size used is episodes with a follow-up rather than with a baseline: a group of 20 baselines and
// 2 follow-ups is a group of 2 for every change figure.
import { MIN_N_FOR_INTERVAL } from './thresholds.js';

/** Largest/smallest group size from which a comparison is called unequal. */
export const UNEQUAL_GROUP_RATIO = 3;

export interface GroupSize<K extends string = string> {
  key: K;
  /** Episodes with a follow-up in the group. */
  withFollowUp: number;
}

const episodes = (n: number) => `${n} ${n === 1 ? 'episode' : 'episodes'} with a follow-up`;

/** Per group (same keys), its caution or null; groups of one comparison, e.g. every therapist for one instrument. */
export function breakdownCautions<K extends string>(groups: GroupSize<K>[]): Map<K, string | null> {
  const sizes = groups.map((g) => g.withFollowUp);
  const smallest = Math.min(...sizes);
  const largest = Math.max(...sizes);
  // A group of 0 against any other is unequal without dividing by 0.
  const unequal = groups.length > 1 && largest > 0 && largest >= UNEQUAL_GROUP_RATIO * smallest;
  const spread = `${smallest} to ${largest} episodes with a follow-up`;
  return new Map(
    groups.map((g) => {
      const small = g.withFollowUp < MIN_N_FOR_INTERVAL;
      if (small && unequal) {
        return [
          g.key,
          `Only ${episodes(g.withFollowUp)} (fewer than ${MIN_N_FOR_INTERVAL}), and groups range from ${spread}: too few and too unequal to compare.`,
        ];
      }
      if (small) return [g.key, `Only ${episodes(g.withFollowUp)} (fewer than ${MIN_N_FOR_INTERVAL}): too few to compare.`];
      if (unequal) {
        return [g.key, `Unequal groups (from ${spread}): the smaller ones are far less precise; compare with care.`];
      }
      return [g.key, null];
    }),
  );
}
