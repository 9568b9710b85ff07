import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Modality } from '../../common/graphql/enums.js';
import { ListArgs } from '../../common/graphql/list.args.js';
import { RequiredId, OptionalId, OptionalIds } from '../../common/graphql/id.decorators.js';
import { Omittable } from '../../common/omittable.js';
import { Text } from '../../common/text.js';

@InputType()
export class TherapistFilter {
  @Field({ nullable: true, description: 'Search by display name' })
  @IsOptional()
  @Text({ max: 100 })
  q?: string;

  @OptionalIds()
  ids?: string[];

  @OptionalId()
  userId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => Modality, { nullable: true, description: 'Therapists offering this modality' })
  @IsOptional()
  @IsEnum(Modality)
  modality?: Modality;
}

@ArgsType()
export class TherapistListArgs extends ListArgs {
  @Field(() => TherapistFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TherapistFilter)
  filter?: TherapistFilter;
}

@ArgsType()
export class UpdateTherapistArgs {
  @RequiredId()
  id!: string;

  @Field({ nullable: true })
  @Omittable()
  @Text({ min: 1, max: 120 })
  displayName?: string;

  @Field({ nullable: true })
  @Omittable()
  @Text({ max: 200 })
  credentials?: string;

  @Field(() => [Modality], { nullable: true })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(Modality, { each: true })
  modalities?: Modality[];

  @Field({ nullable: true, description: 'Only an owner may change this' })
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class WorkingBlockInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday .. 7 = Sunday' })
  @IsInt()
  weekday!: number;

  @Field({ description: '"HH:MM"' })
  @IsString()
  @MaxLength(5)
  start!: string;

  @Field({ description: '"HH:MM"; "24:00" for midnight; at or before start crosses midnight' })
  @IsString()
  @MaxLength(5)
  end!: string;
}

@ArgsType()
export class SetWorkingHoursArgs {
  @RequiredId()
  therapistId!: string;

  @Field(() => [WorkingBlockInput], { description: 'The complete weekly set; it replaces the previous one' })
  @IsArray()
  @ArrayMaxSize(70)
  @ValidateNested({ each: true })
  @Type(() => WorkingBlockInput)
  hours!: WorkingBlockInput[];
}

@ArgsType()
export class AddTimeOffArgs {
  @RequiredId()
  therapistId!: string;

  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;

  @Field({ nullable: true })
  @IsOptional()
  @Text({ max: 500, multiline: true })
  reason?: string;
}
