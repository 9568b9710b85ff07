import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, Matches, registerDecorator, type ValidationOptions } from 'class-validator';
import { parseDateOnly } from '../common/graphql/date-only.js';

/** Years a clinic's week can be asked for: wide enough for any history or plan, narrow enough for every date type on the way. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

/** A real calendar date (YYYY-MM-DD) in FIRST_YEAR..LAST_YEAR. */
function IsCalendarDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate(value: unknown) {
          const date = typeof value === 'string' ? parseDateOnly(value) : null;
          return date !== null && date.getUTCFullYear() >= FIRST_YEAR && date.getUTCFullYear() <= LAST_YEAR;
        },
        defaultMessage() {
          return `must be a real date (YYYY-MM-DD) from ${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31`;
        },
      },
    });
}

@ArgsType()
export class WeekStatisticsArgs {
  @Field(() => String, {
    nullable: true,
    description: "Any day (YYYY-MM-DD) of the week, Monday to Sunday in the clinic's time zone; today there by default",
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  @IsCalendarDate()
  day?: string;
}
