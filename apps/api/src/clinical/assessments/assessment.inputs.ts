import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ITEM_LABEL_MAX_LENGTH, INSTRUMENTS } from '@backtrack/domain';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsOptional, IsUUID, MaxDate, ValidateNested } from 'class-validator';
import { Instrument } from '../../common/graphql/enums.js';
import { ListArgs } from '../../common/graphql/list.args.js';
import { RequiredId, OptionalId } from '../../common/graphql/id.decorators.js';
import { Text } from '../../common/text.js';

const notInFuture = () => new Date(Date.now() + 5 * 60_000);

// Item values, counts and missing items are validated by the domain's validateResponses, which names
// each offending item; here only the shape. Likewise activity names: their count, blank names and which
// instrument takes them are the domain's validateItemLabels (naming each item); here strings and bounds.
const ACTIVITIES_DESCRIPTION = 'PSFS only, and required there: the activity the patient named for each response, in the same order';

/** Shape of an activity-name list; the instrument-dependent rules are checked by the service. */
const ActivityNames = () =>
  applyDecorators(IsOptional(), IsArray(), ArrayMaxSize(INSTRUMENTS.PSFS.maxItems), Text({ max: ITEM_LABEL_MAX_LENGTH, each: true }));

@InputType()
export class RecordAssessmentInput {
  @RequiredId()
  patientId!: string;

  @Field(() => Instrument)
  @IsEnum(Instrument)
  instrument!: Instrument;

  @Field(() => [Int], { nullable: 'items', description: 'Item responses in instrument order; null = skipped (ODI and NDI allow up to 2)' })
  @IsArray()
  @ArrayMaxSize(50)
  responses!: (number | null)[];

  @Field(() => ID, { nullable: true, description: "Defaults to the session's episode, else the patient's open episode (opened if none)" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a valid id' })
  episodeId?: string;

  @OptionalId()
  sessionId?: string;

  @Field({ nullable: true, description: 'When the patient answered; defaults to now' })
  @IsOptional()
  @IsDate()
  @MaxDate(notInFuture, { message: 'cannot be in the future' })
  takenAt?: Date;

  @Field(() => [String], { nullable: true, description: ACTIVITIES_DESCRIPTION })
  @ActivityNames()
  activities?: string[];
}

@ArgsType()
export class RecordAssessmentArgs {
  @Field(() => RecordAssessmentInput)
  @ValidateNested()
  @Type(() => RecordAssessmentInput)
  input!: RecordAssessmentInput;
}

@ArgsType()
export class AmendAssessmentArgs {
  @Field(() => ID, { description: 'The latest version' })
  @IsUUID('all', { message: 'must be a valid id' })
  id!: string;

  @Field(() => [Int], { nullable: 'items' })
  @IsArray()
  @ArrayMaxSize(50)
  responses!: (number | null)[];

  @Field({ description: 'Why the recorded answers were wrong' })
  @Text({ min: 3, max: 2000, multiline: true })
  reason!: string;

  @Field(() => [String], { nullable: true, description: `${ACTIVITIES_DESCRIPTION}; when left out, the amended version's names are kept` })
  @ActivityNames()
  activities?: string[];
}

@ArgsType()
export class RootIdArgs {
  @RequiredId()
  rootId!: string;
}

@InputType()
export class AssessmentFilter {
  @OptionalId()
  patientId?: string;

  @OptionalId()
  episodeId?: string;

  @Field(() => Instrument, { nullable: true })
  @IsOptional()
  @IsEnum(Instrument)
  instrument?: Instrument;

  @OptionalId()
  rootId?: string;

  @Field({ nullable: true, description: 'Include superseded versions (default: latest versions only)' })
  @IsOptional()
  @IsBoolean()
  allVersions?: boolean;
}

@ArgsType()
export class AssessmentListArgs extends ListArgs {
  @Field(() => AssessmentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssessmentFilter)
  filter?: AssessmentFilter;
}
