import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsOptional, MaxDate, ValidateNested } from 'class-validator';
import { Chronicity, ComplaintRegion } from '../../common/graphql/enums.js';
import { ListArgs } from '../../common/graphql/list.args.js';
import { RequiredId, OptionalId, OptionalIds } from '../../common/graphql/id.decorators.js';
import { Text } from '../../common/text.js';

const notInFuture = () => new Date(Date.now() + 5 * 60_000);

@InputType()
export class OpenEpisodeInput {
  @RequiredId()
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
  @Text({ max: 2000, multiline: true })
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
  @RequiredId()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text({ max: 4000, multiline: true })
  note?: string;

  @Field({ nullable: true, description: 'Defaults to now' })
  @IsOptional()
  @IsDate()
  @MaxDate(notInFuture, { message: 'cannot be in the future' })
  dischargedAt?: Date;
}

@InputType()
export class EpisodeFilter {
  @OptionalId()
  patientId?: string;

  @Field({ nullable: true, description: 'true = open only, false = discharged only' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @OptionalIds()
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
