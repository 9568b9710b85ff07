import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access.decorators.js';
import { Role } from '../common/graphql/enums.js';
import { WeekStatisticsArgs } from './week-statistics.args.js';
import { WeekStatisticsModel } from './week-statistics.model.js';
import { WeekStatisticsService } from './week-statistics.service.js';

@Resolver()
export class WeekStatisticsResolver {
  constructor(private readonly weeks: WeekStatisticsService) {}

  // The owner's dashboard (PRODUCT.md section 1): the front desk and therapists land on the schedule.
  @Roles(Role.OWNER)
  @Query(() => WeekStatisticsModel, {
    description: "A week's sessions, attendance, confirmations and utilization, for the owner's dashboard",
  })
  weekStatistics(@Args() { day }: WeekStatisticsArgs): Promise<WeekStatisticsModel> {
    return this.weeks.of(day ?? null);
  }
}
