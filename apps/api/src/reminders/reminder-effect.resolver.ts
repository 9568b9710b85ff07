import { Args, ArgsType, Field, Float, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsDate } from 'class-validator';
import { Roles } from '../common/access.decorators.js';
import { BadInputError } from '../common/app-error.js';
import { Role } from '../common/graphql/enums.js';
import { ReminderEffectRepository } from './reminder-effect.repository.js';

@ArgsType()
export class ReminderEffectArgs {
  @Field({ description: 'Sessions starting at or after this instant' })
  @IsDate()
  from!: Date;

  @Field({ description: 'Sessions starting before this instant (at most 366 days after from)' })
  @IsDate()
  to!: Date;
}

@ObjectType('ReminderRate', { description: 'A share with its n: `rate` is null when n is 0' })
export class ReminderRateModel {
  @Field(() => Int)
  count!: number;

  @Field(() => Int, { description: 'The n the share is of' })
  n!: number;

  @Field(() => Float, { nullable: true })
  rate!: number | null;
}

@ObjectType('ReminderEffect', {
  description:
    'Sessions that have happened or were missed in a period: how many patients confirmed, and no-shows with and without a reminder sent beforehand. Observational: reminded and not reminded patients may differ in other ways.',
})
export class ReminderEffectModel {
  @Field(() => ReminderRateModel, { description: 'Sessions the patient confirmed by link, of all' })
  confirmed!: ReminderRateModel;

  @Field(() => ReminderRateModel, { description: 'No-shows among sessions with a reminder sent before the start' })
  noShowsReminded!: ReminderRateModel;

  @Field(() => ReminderRateModel, { description: 'No-shows among sessions without one' })
  noShowsNotReminded!: ReminderRateModel;
}

const rate = (count: number, n: number): ReminderRateModel => ({ count, n, rate: n > 0 ? count / n : null });

@Resolver()
export class ReminderEffectResolver {
  constructor(private readonly effects: ReminderEffectRepository) {}

  @Roles(Role.OWNER)
  @Query(() => ReminderEffectModel, { description: "The owner dashboard's confirmation and no-show figures for reminders" })
  async reminderEffect(@Args() { from, to }: ReminderEffectArgs): Promise<ReminderEffectModel> {
    if (to <= from) throw BadInputError.field('to', 'must be after from');
    if (to.getTime() - from.getTime() > 366 * 86_400_000) throw BadInputError.field('to', 'must be at most 366 days after from');
    const row = await this.effects.effect(from, to);
    return {
      confirmed: rate(row.confirmed, row.sessions),
      noShowsReminded: rate(row.remindedNoShows, row.reminded),
      noShowsNotReminded: rate(row.notRemindedNoShows, row.notReminded),
    };
  }
}
