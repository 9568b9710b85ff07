import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { INSTRUMENT_CODES, INSTRUMENTS, ITEM_LABEL_MAX_LENGTH } from '@backtrack/domain';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { Instrument } from '../common/graphql/enums.js';
import { Text } from '../common/text.js';
import { PatientLinkArgs } from '../patient-portal/patient-portal.resolver.js';

@InputType({ description: "One instrument's answers; values and counts are checked item by item by libs/domain" })
export class QuestionnaireAnswerInput {
  @Field(() => Instrument)
  @IsEnum(Instrument)
  instrument!: Instrument;

  @Field(() => [Int], { nullable: 'items', description: 'Item responses in instrument order; null = skipped (ODI and NDI allow up to 2)' })
  @IsArray()
  @ArrayMaxSize(50)
  responses!: (number | null)[];

  @Field(() => [String], { nullable: true, description: 'PSFS only, and required there: the activity named for each response' })
  @applyDecorators(IsOptional(), IsArray(), ArrayMaxSize(INSTRUMENTS.PSFS.maxItems), Text({ max: ITEM_LABEL_MAX_LENGTH, each: true }))
  activities?: string[];
}

@ArgsType()
export class SubmitQuestionnaireArgs extends PatientLinkArgs {
  @Field(() => [QuestionnaireAnswerInput], { description: 'Every instrument the questionnaire asks, each once' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(INSTRUMENT_CODES.length)
  @ValidateNested({ each: true })
  @Type(() => QuestionnaireAnswerInput)
  responses!: QuestionnaireAnswerInput[];
}
