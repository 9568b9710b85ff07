import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsInt, Matches, Max, Min, Validate } from 'class-validator';
import { MessageChannel } from '../../common/graphql/enums.js';
import { IsIanaTimezone } from '../../auth/auth.inputs.js';
import { Omittable } from '../../common/omittable.js';
import { Text } from '../../common/text.js';

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

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

  @Field({ nullable: true, description: 'Street address shown in reminders; empty to leave it out' })
  @Omittable()
  @Text({ max: 300, multiline: true })
  address?: string;

  @Field(() => [Int], { nullable: true, description: 'Up to four offsets, in hours before the session (1-336)' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(336, { each: true })
  reminderOffsetsHours?: number[];

  @Field(() => [MessageChannel], { nullable: true })
  @Omittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(MessageChannel, { each: true })
  reminderChannels?: MessageChannel[];

  @Field({ nullable: true, description: 'Local "HH:MM"' })
  @Omittable()
  @Matches(TIME_OF_DAY, { message: 'quietHoursStart must be a time "HH:MM"' })
  quietHoursStart?: string;

  @Field({ nullable: true, description: 'Local "HH:MM"' })
  @Omittable()
  @Matches(TIME_OF_DAY, { message: 'quietHoursEnd must be a time "HH:MM"' })
  quietHoursEnd?: string;
}
