import { INSTRUMENTS, type Instrument, type OutcomeDomain } from '../instruments/index.js';
import { changeBetween, type ScorePair } from './change-between.js';

export interface OutcomePoint {
  assessmentId: string;
  takenAt: Date | string;
  sessionNumber: number;
  /** Rounded to 2 decimals, as shown. */
  score: number;
  normalized: number;
  /** The same at full precision, from which change is computed; the rounded values otherwise. */
  exact?: ScorePair;
}

/** P: the caller's points, returned as given (with whatever else they carry, such as their source). */
export interface MeasureOutcome<P extends OutcomePoint = OutcomePoint> {
  instrument: Instrument;
  domain: OutcomeDomain;
  /** Earliest point by takenAt. */
  baseline: P;
  /** Most recent point by takenAt; the baseline itself when there is no follow-up. */
  latest: P;
  hasFollowUp: boolean;
  /** The change fields are null without a follow-up. */
  changePoints: number | null;
  changePercent: number | null;
  meaningful: boolean | null;
  meetsClaim: boolean | null;
  /** All points, oldest first. */
  series: P[];
}

/** Count of the episode's completed sessions that started at or before takenAt (both epoch ms). */
export function sessionNumberAt(completedSessionStarts: number[], takenAt: number): number {
  return completedSessionStarts.filter((start) => start <= takenAt).length;
}

function instant(point: OutcomePoint): number {
  const ms = new Date(point.takenAt).getTime();
  if (Number.isNaN(ms)) {
    throw new RangeError(`Assessment ${point.assessmentId} has an invalid takenAt: ${String(point.takenAt)}`);
  }
  return ms;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One instrument's course within an episode; null when it has no points. */
export function measureOutcome<P extends OutcomePoint>(instrument: Instrument, points: P[]): MeasureOutcome<P> | null {
  if (points.length === 0) return null;
  // Ties on takenAt are broken by id so the result does not depend on the caller's order.
  const series = points
    .map((point) => ({ point, at: instant(point) }))
    .sort((a, b) => a.at - b.at || compareIds(a.point.assessmentId, b.point.assessmentId))
    .map(({ point }) => point);
  const baseline = series[0]!;
  const latest = series[series.length - 1]!;
  const hasFollowUp = series.length > 1;
  // Full precision where known: an RMDQ from 14 to 7 is exactly 50%, not 49.99% of the rounded 58.33.
  const change = hasFollowUp ? changeBetween(instrument, baseline.exact ?? baseline, latest.exact ?? latest) : null;
  return {
    instrument,
    domain: INSTRUMENTS[instrument].domain,
    baseline,
    latest,
    hasFollowUp,
    changePoints: change?.changePoints ?? null,
    changePercent: change?.changePercent ?? null,
    meaningful: change?.meaningful ?? null,
    meetsClaim: change?.meetsClaim ?? null,
    series,
  };
}
