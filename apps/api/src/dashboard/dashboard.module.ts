import { Module } from '@nestjs/common';
import { WeekStatisticsRepository } from './week-statistics.repository.js';
import { WeekStatisticsResolver } from './week-statistics.resolver.js';
import { WeekStatisticsService } from './week-statistics.service.js';

@Module({
  providers: [WeekStatisticsResolver, WeekStatisticsService, WeekStatisticsRepository],
})
export class DashboardModule {}
