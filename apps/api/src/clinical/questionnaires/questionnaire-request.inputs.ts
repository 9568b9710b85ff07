import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { QuestionnaireOccasion, QuestionnaireStatus } from '../../common/graphql/enums.js';
import { OptionalId, OptionalIds } from '../../common/graphql/id.decorators.js';
import { ListArgs } from '../../common/graphql/list.args.js';

@InputType()
export class QuestionnaireRequestFilter {
  @OptionalIds()
  ids?: string[];

  @OptionalId()
  patientId?: string;

  @OptionalId()
  episodeId?: string;

  @Field(() => QuestionnaireStatus, { nullable: true })
  @IsOptional()
  @IsEnum(QuestionnaireStatus)
  status?: QuestionnaireStatus;

  @Field(() => QuestionnaireOccasion, { nullable: true })
  @IsOptional()
  @IsEnum(QuestionnaireOccasion)
  occasion?: QuestionnaireOccasion;
}

@ArgsType()
export class QuestionnaireRequestListArgs extends ListArgs {
  @Field(() => QuestionnaireRequestFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionnaireRequestFilter)
  filter?: QuestionnaireRequestFilter;
}
