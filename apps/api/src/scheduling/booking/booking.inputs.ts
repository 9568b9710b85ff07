import { SERIES_LIMIT } from '@backtrack/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { RepeatFrequency } from '../../common/graphql/enums.js';
import { RequiredId, OptionalId } from '../../common/graphql/id.decorators.js';
import { Text } from '../../common/text.js';

@InputType()
export class BookSessionInput {
  @RequiredId()
  patientId!: string;

  @RequiredId()
  therapistId!: string;

  @RequiredId()
  serviceTypeId!: string;

  @Field({ description: 'The start instant; the session lasts the service duration, then its buffer' })
  @IsDate()
  startsAt!: Date;

  @OptionalId()
  roomId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Text({ max: 2000, multiline: true })
  notes?: string;

  @Field({ nullable: true, description: 'A retry with the same key returns the session the first attempt created' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(/^[\x21-\x7e]+$/, { message: 'must be printable ASCII without spaces' })
  idempotencyKey?: string;

  @Field({ nullable: true, description: 'OWNER only: books despite an overlap; the reason is stored' })
  @IsOptional()
  @Text({ min: 3, max: 500, multiline: true })
  overrideReason?: string;

  @Field(() => ID, { nullable: true, description: "Defaults to the patient's open episode of care (opened if none)" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a valid id' })
  episodeId?: string | null;
}

@ArgsType()
export class BookSessionArgs {
  @Field(() => BookSessionInput)
  @ValidateNested()
  @Type(() => BookSessionInput)
  input!: BookSessionInput;
}

@InputType()
export class RepeatInput {
  @Field(() => RepeatFrequency)
  @IsEnum(RepeatFrequency)
  frequency!: RepeatFrequency;

  @Field(() => Int, { description: `Every \`interval\` days, weeks or months (1–${SERIES_LIMIT})` })
  @IsInt()
  @Min(1)
  @Max(SERIES_LIMIT)
  interval!: number;

  @Field(() => Int, { description: `Number of occurrences, the first included (1–${SERIES_LIMIT})` })
  @IsInt()
  @Min(1)
  @Max(SERIES_LIMIT)
  count!: number;
}

@InputType()
export class BookSeriesInput extends BookSessionInput {
  @Field(() => RepeatInput)
  @ValidateNested()
  @Type(() => RepeatInput)
  repeat!: RepeatInput;
}

@ArgsType()
export class BookSeriesArgs {
  @Field(() => BookSeriesInput)
  @ValidateNested()
  @Type(() => BookSeriesInput)
  input!: BookSeriesInput;
}
