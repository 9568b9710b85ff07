import { INSTRUMENTS } from '@backtrack/domain';
import { DateTime } from 'luxon';
import type { Assessment } from './api';

/** "21 Nov 2026, 14:30" in the browser's zone (clinical history, not the clinic schedule). */
export const dateTime = (iso: string | null | undefined) => (iso ? DateTime.fromISO(iso).toFormat('d LLL yyyy, HH:mm') : '—');
export const date = (iso: string | null | undefined) => (iso ? DateTime.fromISO(iso).toFormat('d LLL yyyy') : '—');

export const titleCase = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

/** What item i of an assessment is called: the patient's own activity name for PSFS, else the instrument's label. */
export function itemName(a: Pick<Assessment, 'instrument' | 'activities'>, i: number): string {
  return a.activities[i] ?? INSTRUMENTS[a.instrument].items[i]?.label.replace(/ \(.*\)$/, '') ?? `Item ${i + 1}`;
}
