import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxDate, MaxLength, ValidateNested } from 'class-validator';
import { Chronicity, ComplaintRegion } from '../../common/graphql/enums.js';
import { ListArgs } from '../../common/graphql/list.args.js';

const notInFuture = () => new Date(Date.now() + 5 * 60_000);

@InputType()
export class OpenEpisodeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a valid id' })
  patientId!: string;

  @Field(() => ComplaintRegion, { nullable: true, description: "Defaults to the patient's complaint region" })
  @IsOptional()
  @IsEnum(ComplaintRegion)
  region?: ComplaintRegion;

  @Field(() => Chronicity, { nullable: true, description: 'Defaults to CHRONIC' })
  @IsOptional()
  @IsEnum(Chronicity)
  chronicity?: Chronicity;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  goal?: string;

  @Field({ nullable: true, description: 'Defaults to now' })
  @IsOptional()
  @IsDate()
  @MaxDate(notInFuture, { message: 'cannot be in the future' })
  startedAt?: Date;
}

@ArgsType()
export class OpenEpisodeArgs {
  @Field(() => OpenEpisodeInput)
  @ValidateNested()
  @Type(() => OpenEpisodeInput)
  input!: OpenEpisodeInput;
}

@ArgsType()
export class DischargeEpisodeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a valid id' })
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;

  @Field({ nullable: true, description: 'Defaults to now' })
  @IsOptional()
  @IsDate()
  @MaxDate(notInFuture, { message: 'cannot be in the future' })
  dischargedAt?: Date;
}

@InputType()
export class EpisodeFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a valid id' })
  patientId?: string;

  @Field({ nullable: true, description: 'true = open only, false = discharged only' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'must be valid ids' })
  ids?: string[];
}

@ArgsType()
export class EpisodeListArgs extends ListArgs {
  @Field(() => EpisodeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EpisodeFilter)
  filter?: EpisodeFilter;
}
