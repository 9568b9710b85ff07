import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsOptional, MaxDate, ValidateNested } from 'class-validator';
import { RequiredId } from '../../common/graphql/id.decorators.js';
import { Text } from '../../common/text.js';

// A little clock skew between the client and the server is not an error.
const notInFuture = () => new Date(Date.now() + 5 * 60_000);

@InputType({ description: 'The answer to one question of the screening form' })
export class ScreeningAnswerInput {
  @Field({ description: 'The question, e.g. saddleNumbness (see screeningForm)' })
  @Text({ min: 1, max: 60 })
  key!: string;

  @Field()
  @IsBoolean()
  yes!: boolean;
}

@InputType()
export class RecordScreeningInput {
  @RequiredId()
  patientId!: string;

  @Field({ description: 'Acute injury with inflammation or swelling' })
  @IsBoolean()
  acuteInjury!: boolean;

  @Field()
  @IsBoolean()
  suspectedFracture!: boolean;

  @Field({ description: 'Severe nerve symptoms such as numbness or weakness' })
  @IsBoolean()
  severeNerveSymptoms!: boolean;

  @Field({ description: 'Recent spinal surgery' })
  @IsBoolean()
  recentSpinalSurgery!: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @Text({ max: 4000, multiline: true })
  notes?: string;

  @Field(() => [ScreeningAnswerInput], {
    nullable: true,
    description:
      'An answer to every question of the current screening form (red flags and precautions included, the four above agreeing); without it the screening records form 1, the four contraindications',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => ScreeningAnswerInput)
  answers?: ScreeningAnswerInput[];
}

@ArgsType()
export class RecordScreeningArgs {
  @Field(() => RecordScreeningInput)
  @ValidateNested()
  @Type(() => RecordScreeningInput)
  input!: RecordScreeningInput;
}

@InputType()
export class RecordClearanceInput {
  @RequiredId()
  patientId!: string;

  @Field({ description: 'The clinician who cleared massage, e.g. "Dr. Jane Smith, MD"' })
  @Text({ min: 2, max: 200 })
  clinician!: string;

  @Field()
  @Text({ min: 1, max: 4000, multiline: true })
  note!: string;

  @Field({ nullable: true, description: 'When the clinician cleared the patient; defaults to now' })
  @IsOptional()
  @IsDate()
  @MaxDate(notInFuture, { message: 'cannot be in the future' })
  clearedAt?: Date;
}

@ArgsType()
export class RecordClearanceArgs {
  @Field(() => RecordClearanceInput)
  @ValidateNested()
  @Type(() => RecordClearanceInput)
  input!: RecordClearanceInput;
}

@ArgsType()
export class PatientIdArgs {
  @RequiredId()
  patientId!: string;
}
