// How the clinic outcome figures are written, each with its n: a share says "of how many", an interval
// is only shown from MIN_N_FOR_INTERVAL changes (the API sends none below), and a capture rate says
// how many episodes it is out of. Pure, so the wording is tested directly.
import { MIN_N_FOR_INTERVAL } from '@backtrack/domain';
import type { OutcomeStats } from './api';

const round = (x: number) => Math.round(x);
const signed = (x: number) => (round(x) < 0 ? `−${-round(x)}` : String(round(x) || 0));

export const percentOf = (share: number | null) => (share === null ? '—' : `${round(share * 100)}%`);
export const changePercent = (value: number | null) => (value === null ? '—' : `${signed(value)}%`);

/** "2 of 4" under a share; the count is exact since share = count / n. "n = 0" when there is no denominator. */
export function countOf(share: number | null, n: number): string {
  if (share === null || n === 0) return 'n = 0';
  return `${round(share * n)} of ${n}`;
}

/** Under the mean change: its interval, or why there is none, with the n. */
export function intervalText(m: Pick<OutcomeStats, 'changeN' | 'ci95Low' | 'ci95High'>): string {
  if (m.changeN === 0) return 'n = 0';
  if (m.ci95Low === null || m.ci95High === null || m.changeN < MIN_N_FOR_INTERVAL) {
    return `too few to estimate (n = ${m.changeN})`;
  }
  const range = round(m.ci95Low) < 0 ? `${signed(m.ci95Low)} to ${signed(m.ci95High)}%` : `${signed(m.ci95Low)}–${signed(m.ci95High)}%`;
  return `95% CI ${range}, n = ${m.changeN}`;
}

/** "8 of 12, 4 dropouts" under the capture rate: episodes with a follow-up of those with a baseline. */
export function captureText(m: Pick<OutcomeStats, 'withFollowUp' | 'episodes' | 'dropouts'>): string {
  if (m.episodes === 0) return 'no baseline';
  return `${m.withFollowUp} of ${m.episodes}, ${m.dropouts} ${m.dropouts === 1 ? 'dropout' : 'dropouts'}`;
}

const hoursText = (h: number) => (h < 1 ? `${Math.max(1, round(h * 60))} min` : h < 48 ? `${round(h)} h` : `${round(h / 24)} days`);

/** Questionnaires asked for this instrument: "5 of 8 answered" and "median 18 h" from sending to answer. */
export function requestsText(m: Pick<OutcomeStats, 'requested' | 'answered' | 'medianResponseHours'>): { main: string; detail: string } {
  if (m.requested === 0) return { main: 'none sent', detail: 'no questionnaire asked for it' };
  return {
    main: `${m.answered} of ${m.requested} answered`,
    detail: m.medianResponseHours === null ? 'none answered yet' : `median ${hoursText(m.medianResponseHours)}`,
  };
}

/** Worth a row: an episode with a baseline, or a questionnaire that asked for the instrument. */
export const hasFigures = (m: Pick<OutcomeStats, 'episodes' | 'requested'>) => m.episodes > 0 || m.requested > 0;
