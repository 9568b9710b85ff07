import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min, Validate } from 'class-validator';
import { IsIanaTimezone } from '../../auth/auth.inputs.js';
import { Omittable } from '../../common/omittable.js';
import { Text } from '../../common/text.js';

@ArgsType()
export class UpdateClinicSettingsArgs {
  @Field({ nullable: true })
  @Omittable()
  @Text({ min: 2, max: 120 })
  name?: string;

  @Field({ nullable: true, description: 'IANA time zone, e.g. America/New_York' })
  @Omittable()
  @Validate(IsIanaTimezone)
  timezone?: string;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IsInt()
  @Min(5)
  @Max(120)
  slotStepMinutes?: number;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(20160)
  minimumNoticeMinutes?: number;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(336)
  lateCancelWindowHours?: number;
}
