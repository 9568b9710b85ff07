import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  Matches,
  Max,
  Min,
  Validate,
  ValidateNested,
} from 'class-validator';
import { CHECK_IN_WINDOW_LIMITS, LICENSED_ITEM_TEXT_MAX_LENGTH, LICENSED_TEXT_INSTRUMENTS, QUESTIONNAIRE_LIMITS } from '@backtrack/domain';
import { ComplaintRegion, Instrument, MessageChannel } from '../../common/graphql/enums.js';
import { IsIanaTimezone } from '../../auth/auth.inputs.js';
import { Omittable } from '../../common/omittable.js';
import { Text } from '../../common/text.js';

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType({ description: 'The instruments patients with this complaint region are asked at home' })
export class RegionInstrumentsInput {
  @Field(() => ComplaintRegion)
  @IsEnum(ComplaintRegion)
  region!: ComplaintRegion;

  @Field(() => [Instrument], { description: 'In the order the patient answers them; empty: none for this region' })
  @IsArray()
  @ArrayMaxSize(6)
  @IsEnum(Instrument, { each: true })
  instruments!: Instrument[];
}

@InputType({ description: "The clinic's licensed wording of an instrument's items, one text per item in order; empty to remove it" })
export class LicensedItemTextInput {
  @Field(() => Instrument, { description: 'ODI or NDI' })
  @IsIn([...LICENSED_TEXT_INSTRUMENTS], { message: 'instrument must be ODI or NDI (the instruments with licensed item wording)' })
  instrument!: Instrument;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(10)
  @Text({ min: 1, max: LICENSED_ITEM_TEXT_MAX_LENGTH, multiline: true, each: true })
  items!: string[];
}

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

  @Field(() => Int, { nullable: true, description: 'Minutes before the start from which a patient may be checked in (0-1440)' })
  @Omittable()
  @IsInt()
  @Min(CHECK_IN_WINDOW_LIMITS.min)
  @Max(CHECK_IN_WINDOW_LIMITS.max)
  checkInWindowMinutes?: number;

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

  @Field({ nullable: true, description: 'Whether patients are asked to fill in questionnaires at home' })
  @Omittable()
  @IsBoolean()
  questionnairesEnabled?: boolean;

  @Field(() => Int, { nullable: true, description: 'A progress questionnaire after every this many completed sessions' })
  @Omittable()
  @IsInt()
  @Min(QUESTIONNAIRE_LIMITS.everySessions.min)
  @Max(QUESTIONNAIRE_LIMITS.everySessions.max)
  questionnaireEverySessions?: number;

  @Field(() => Int, { nullable: true, description: 'Months after discharge of the follow-up questionnaire' })
  @Omittable()
  @IsInt()
  @Min(QUESTIONNAIRE_LIMITS.followUpMonths.min)
  @Max(QUESTIONNAIRE_LIMITS.followUpMonths.max)
  questionnaireFollowUpMonths?: number;

  @Field(() => [RegionInstrumentsInput], { nullable: true, description: 'Per region; regions left out keep their instruments' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => RegionInstrumentsInput)
  questionnaireInstruments?: RegionInstrumentsInput[];

  @Field(() => [LicensedItemTextInput], { nullable: true, description: 'Per instrument; instruments left out keep their wording' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => LicensedItemTextInput)
  licensedItemText?: LicensedItemTextInput[];
}
