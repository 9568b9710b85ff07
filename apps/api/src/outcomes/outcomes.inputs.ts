import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Instrument, Modality } from '../common/graphql/enums.js';
import { RequiredId } from '../common/graphql/id.decorators.js';

@ArgsType()
export class PatientOutcomesArgs {
  @RequiredId()
  patientId!: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the open episode, else the most recently started one' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a valid id' })
  episodeId?: string;
}

@InputType()
export class ClinicOutcomesFilter {
  @Field({ nullable: true, description: 'Episodes whose baseline was taken at or after this instant' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Episodes whose baseline was taken before this instant' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => ID, { nullable: true, description: 'Episodes attributed to this therapist (most of their completed sessions)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a valid id' })
  therapistId?: string;

  @Field(() => Modality, { nullable: true, description: 'Episodes attributed to this modality (most of their completed sessions)' })
  @IsOptional()
  @IsEnum(Modality)
  modality?: Modality;

  @Field(() => Instrument, { nullable: true })
  @IsOptional()
  @IsEnum(Instrument)
  instrument?: Instrument;
}

@ArgsType()
export class ClinicOutcomesArgs {
  @Field(() => ClinicOutcomesFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClinicOutcomesFilter)
  filter?: ClinicOutcomesFilter;
}
