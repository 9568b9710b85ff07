import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { WaitlistStatus } from '../common/graphql/enums.js';
import { OptionalId, OptionalIds, RequiredId } from '../common/graphql/id.decorators.js';
import { ListArgs } from '../common/graphql/list.args.js';
import { Text } from '../common/text.js';

@InputType()
export class WaitlistWindowInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday .. 7 = Sunday' })
  @IsInt()
  weekday!: number;

  @Field({ description: '"HH:MM"' })
  @IsString()
  @MaxLength(5)
  startTime!: string;

  @Field({ description: '"HH:MM"; "24:00" for midnight' })
  @IsString()
  @MaxLength(5)
  endTime!: string;
}

@InputType()
export class CreateWaitlistEntryInput {
  @RequiredId()
  patientId!: string;

  @RequiredId()
  serviceTypeId!: string;

  @OptionalId('Leave out for any therapist')
  therapistId?: string;

  @Field(() => [WaitlistWindowInput], { nullable: true, description: 'When the patient can come; none: any time' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(21)
  @ValidateNested({ each: true })
  @Type(() => WaitlistWindowInput)
  windows?: WaitlistWindowInput[];

  @Field({ nullable: true, description: 'YYYY-MM-DD, clinic-local' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  earliestDate?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD, clinic-local' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  latestDate?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text({ max: 1000, multiline: true })
  notes?: string;
}

@ArgsType()
export class CreateWaitlistEntryArgs {
  @Field(() => CreateWaitlistEntryInput)
  @ValidateNested()
  @Type(() => CreateWaitlistEntryInput)
  input!: CreateWaitlistEntryInput;
}

@InputType()
export class WaitlistFilter {
  @OptionalIds()
  ids?: string[];

  @OptionalId()
  patientId?: string;

  @OptionalId()
  serviceTypeId?: string;

  @OptionalId()
  therapistId?: string;

  @Field(() => WaitlistStatus, { nullable: true })
  @IsOptional()
  @IsEnum(WaitlistStatus)
  status?: WaitlistStatus;
}

@ArgsType()
export class WaitlistListArgs extends ListArgs {
  @Field(() => WaitlistFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WaitlistFilter)
  filter?: WaitlistFilter;
}
