// The hints under the dashboard's week figures: each figure with its n, and no percentage of nothing.
// The figures themselves come from the API's weekStatistics, counted in the database.
import type { DashboardWeekStatisticsQuery } from '../graphql/graphql';

export type WeekStatistics = DashboardWeekStatisticsQuery['weekStatistics'];

/** "3 completed · 1 to record · 12 to come": what has happened, then what has not. */
export function sessionsSummary({ completed, toRecord, upcoming }: Pick<WeekStatistics, 'completed' | 'toRecord' | 'upcoming'>): string {
  return [`${completed} completed`, ...(toRecord > 0 ? [`${toRecord} to record`] : []), `${upcoming} to come`].join(' · ');
}

/** "1 of 8 begun, 13%"; nothing to rate before a session has begun. */
export function noShowSummary({ noShows, begun, noShowRate }: Pick<WeekStatistics, 'noShows' | 'begun' | 'noShowRate'>): string {
  return noShowRate === null ? 'No session has begun yet' : `${noShows} of ${begun} begun, ${Math.round(noShowRate * 100)}%`;
}

/** "12 of 30 sessions, 40%"; no percentage of nothing. */
export function confirmationSummary({ confirmed, of, share }: Pick<WeekStatistics['confirmation'], 'confirmed' | 'of' | 'share'>): string {
  const count = `${confirmed} of ${of} ${of === 1 ? 'session' : 'sessions'}`;
  return share === null ? count : `${count}, ${Math.round(share * 100)}%`;
}
