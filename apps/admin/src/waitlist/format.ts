// How a wait-list entry reads in the list and on its page: weekly windows and the date range, in words.
import { DateTime } from 'luxon';
import type { WaitlistOfferStatus, WaitlistStatus } from '../graphql/graphql';
import { WEEKDAY_LABELS } from '../shared/labels';

export const WAITLIST_STATUS_LABELS: Record<WaitlistStatus, string> = { WAITING: 'Waiting', BOOKED: 'Booked' };
export const WAITLIST_STATUS_CHOICES = Object.entries(WAITLIST_STATUS_LABELS).map(([id, name]) => ({ id, name }));

export const OFFER_STATUS_LABELS: Record<WaitlistOfferStatus, string> = {
  OPEN: 'Offered',
  CLAIMED: 'Claimed',
  TAKEN: 'Taken by another',
  EXPIRED: 'Expired',
};

/** Same tints as the schedule's and the outbox's statuses: waiting reads as "booked", done as "completed". */
export const WAITLIST_STATUS_COLORS: Record<WaitlistStatus | WaitlistOfferStatus, { bg: string; fg: string }> = {
  WAITING: { bg: '#fff1d6', fg: '#5a3a00' },
  BOOKED: { bg: '#e3f3e8', fg: '#1d4d30' },
  OPEN: { bg: '#e4effa', fg: '#123a5e' },
  CLAIMED: { bg: '#e3f3e8', fg: '#1d4d30' },
  TAKEN: { bg: '#f1f3f4', fg: '#5b6670' },
  EXPIRED: { bg: '#f1f3f4', fg: '#5b6670' },
};

/** ISO weekday (1 = Monday) as the select offers it. */
export const WEEKDAY_CHOICES = WEEKDAY_LABELS.map((name, i) => ({ id: i + 1, name }));

/** "Mon 09:00–12:00, Wed 14:00–18:00", by weekday then time; "Any time" when there is none. */
export function formatWindows(windows: readonly { weekday: number; startTime: string; endTime: string }[]): string {
  if (!windows.length) return 'Any time';
  return [...windows]
    .sort((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime))
    .map((w) => `${WEEKDAY_LABELS[w.weekday - 1]?.slice(0, 3) ?? '?'} ${w.startTime}–${w.endTime}`)
    .join(', ');
}

const day = (date: string) => DateTime.fromISO(date).toFormat('d LLL yyyy');

/** "3 Mar 2026 – 10 Apr 2026", "From 3 Mar 2026", "Until 10 Apr 2026", or null for any date. */
export function formatDateRange(earliest: string | null, latest: string | null): string | null {
  if (earliest && latest) return earliest === latest ? `On ${day(earliest)}` : `${day(earliest)} – ${day(latest)}`;
  if (earliest) return `From ${day(earliest)}`;
  if (latest) return `Until ${day(latest)}`;
  return null;
}

/**
 * The API names a faulty field of the create input (`input.windows[1].endTime`); the form's is
 * `windows.1.endTime`. A fault of the whole input (a patient of another clinic) goes to the form's root.
 */
export function formFieldOf(apiField: string): string {
  const field = apiField.replace(/^input\.?/, '').replace(/\[(\d+)\]/g, '.$1');
  return field || 'root.serverError';
}
