// The owner dashboard's week (issue 13): every figure is counted in PostgreSQL by
// WeekStatisticsRepository in one statement, whatever the number of sessions; only the ratios are
// taken here, each null when its n is 0 so that nothing is a percentage of nothing.
import { Injectable } from '@nestjs/common';
import { WeekStatisticsRepository, type TherapistWeekRow } from './week-statistics.repository.js';
import type { TherapistWeekModel, WeekStatisticsModel } from './week-statistics.model.js';

const ratio = (count: number, of: number): number | null => (of > 0 ? count / of : null);

function therapistWeek(t: TherapistWeekRow): TherapistWeekModel {
  return { ...t, utilization: ratio(t.bookedMinutes, t.availableMinutes) };
}

@Injectable()
export class WeekStatisticsService {
  constructor(private readonly weeks: WeekStatisticsRepository) {}

  /** The week containing `day` (YYYY-MM-DD, validated by the args), or this week; "begun" is judged at `now`. */
  async of(day: string | null, now = new Date()): Promise<WeekStatisticsModel> {
    const row = await this.weeks.week(day, now);
    const byTherapist = row.therapists.map(therapistWeek);
    const bookedMinutes = byTherapist.reduce((sum, t) => sum + t.bookedMinutes, 0);
    const availableMinutes = byTherapist.reduce((sum, t) => sum + t.availableMinutes, 0);
    return {
      weekOf: row.weekOf,
      from: row.from,
      to: row.to,
      timezone: row.timezone,
      sessions: row.sessions,
      begun: row.begun,
      completed: row.completed,
      toRecord: row.toRecord,
      upcoming: row.sessions - row.begun,
      cancellations: row.cancellations,
      lateCancellations: row.lateCancellations,
      noShows: row.noShows,
      noShowRate: ratio(row.noShows, row.begun),
      confirmation: { confirmed: row.confirmed, of: row.held, share: ratio(row.confirmed, row.held) },
      bookedMinutes,
      availableMinutes,
      utilization: ratio(bookedMinutes, availableMinutes),
      byTherapist,
    };
  }
}
