import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsOptional, IsString, Length, MaxDate, MaxLength, ValidateNested } from 'class-validator';
import { RequiredId } from '../../common/graphql/id.decorators.js';

// A little clock skew between the client and the server is not an error.
const notInFuture = () => new Date(Date.now() + 5 * 60_000);

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
  @IsString()
  @MaxLength(4000)
  notes?: string;
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
  @IsString()
  @Length(2, 200)
  clinician!: string;

  @Field()
  @IsString()
  @Length(1, 4000)
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
