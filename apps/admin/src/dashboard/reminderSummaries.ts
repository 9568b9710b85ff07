// The dashboard's reminder figures: the period they cover, each share with its n, and a caution while
// the groups are too small to compare. The counts come from the API's reminderEffect.
import { DateTime } from 'luxon';
import type { DashboardReminderEffectQuery } from '../graphql/graphql';
import { addDays, dayStart, type IsoDate } from '../shared/time';

export type ReminderEffect = DashboardReminderEffectQuery['reminderEffect'];
export type ReminderRate = ReminderEffect['confirmed'];

/** A week holds too few sessions to compare no-show rates; the figures cover this many weeks. */
export const REMINDER_WEEKS = 12;

/** Below this many sessions in either group, a difference in no-show rate says little. */
export const RELIABLE_GROUP = 20;

/**
 * The REMINDER_WEEKS weeks ending with the week of `weekOf` (a Monday), as instants bounding whole
 * clinic-local days, and how the card names them: "7 Sep – 6 Dec 2026".
 */
export function reminderPeriod(weekOf: IsoDate, zone: string): { from: string; to: string; label: string } {
  const first = addDays(weekOf, -7 * (REMINDER_WEEKS - 1));
  const end = addDays(weekOf, 7);
  const firstDay = DateTime.fromISO(first);
  const lastDay = DateTime.fromISO(end).minus({ days: 1 });
  const label = `${firstDay.toFormat(firstDay.year === lastDay.year ? 'd LLL' : 'd LLL yyyy')} – ${lastDay.toFormat('d LLL yyyy')}`;
  return { from: dayStart(first, zone).toUTC().toISO()!, to: dayStart(end, zone).toUTC().toISO()!, label };
}

const percentFormat = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/** "2.5%"; "—" when there is nothing to take a share of. */
export const rateValue = ({ rate }: Pick<ReminderRate, 'rate'>): string => (rate === null ? '—' : percentFormat.format(rate));

/** "3 of 120 sessions"; "No sessions yet" when n is 0. */
export function rateHint({ count, n }: Pick<ReminderRate, 'count' | 'n'>, of: string): string {
  return n === 0 ? 'No sessions yet' : `${count} of ${n} ${of}`;
}

/** Why the no-show rates cannot be compared yet, or null when both groups are large enough. */
export function reminderCaution({
  noShowsReminded,
  noShowsNotReminded,
}: Pick<ReminderEffect, 'noShowsReminded' | 'noShowsNotReminded'>): string | null {
  if (noShowsReminded.n === 0 && noShowsNotReminded.n === 0) return 'No session has happened in this period yet: nothing to compare.';
  const remindedSmall = noShowsReminded.n < RELIABLE_GROUP;
  const notRemindedSmall = noShowsNotReminded.n < RELIABLE_GROUP;
  if (!remindedSmall && !notRemindedSmall) return null;
  const few = (n: number) => (n === 0 ? 'no session' : `only ${n} ${n === 1 ? 'session' : 'sessions'}`);
  const groups = [
    ...(remindedSmall ? [`${few(noShowsReminded.n)} with a reminder`] : []),
    ...(notRemindedSmall ? [`${few(noShowsNotReminded.n)} ${remindedSmall ? 'without one' : 'without a reminder'}`] : []),
  ];
  return `Not reliable yet: ${groups.join(' and ')}. Compare the no-show rates once each group has at least ${RELIABLE_GROUP} sessions.`;
}
