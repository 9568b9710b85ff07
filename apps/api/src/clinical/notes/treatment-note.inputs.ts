// A treatment note in SOAP form, as completeSession writes it and amendTreatmentNote corrects it.
// Techniques, regions, pressure and the patient's response were the whole note before SOAP, so they
// stay required (existing callers keep working); S, O, P and the next step are optional text.
import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { ComplaintRegion, Modality, Pressure } from '../../common/graphql/enums.js';
import { RequiredId } from '../../common/graphql/id.decorators.js';
import { Text } from '../../common/text.js';

/** The bound of each SOAP text, as the patient response always had. */
export const NOTE_TEXT_MAX = 4000;
/** The next step is one line ("rebook in 1 week, add hip mobility"). */
export const NEXT_STEP_MAX = 500;

@InputType()
export class TreatmentNoteInput {
  @Field(() => String, { nullable: true, description: 'S: what the patient reports (pain, function, changes since the last visit)' })
  @IsOptional()
  @Text({ max: NOTE_TEXT_MAX, multiline: true })
  subjective?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'O: findings and observations (the treatment given is in techniques, regions and pressure)',
  })
  @IsOptional()
  @Text({ max: NOTE_TEXT_MAX, multiline: true })
  objective?: string | null;

  @Field(() => [Modality], { description: 'Techniques used' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  @IsEnum(Modality, { each: true })
  techniques!: Modality[];

  @Field(() => [ComplaintRegion], { description: 'Regions treated' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsEnum(ComplaintRegion, { each: true })
  regions!: ComplaintRegion[];

  @Field(() => Pressure)
  @IsEnum(Pressure)
  pressure!: Pressure;

  @Field({ description: "A: how the patient responded to the treatment, and the clinician's assessment" })
  @Text({ max: NOTE_TEXT_MAX, multiline: true })
  patientResponse!: string;

  @Field(() => String, { nullable: true, description: 'P: the plan of care' })
  @IsOptional()
  @Text({ max: NOTE_TEXT_MAX, multiline: true })
  plan?: string | null;

  @Field(() => String, { nullable: true, description: 'The next step of the plan, e.g. "rebook in 1 week, add hip mobility"' })
  @IsOptional()
  @Text({ max: NEXT_STEP_MAX })
  nextStep?: string | null;
}

/** What a note version stores from its input: lists without repeats, absent texts as empty. */
export interface TreatmentNoteContent {
  subjective: string;
  objective: string;
  techniques: Modality[];
  regions: ComplaintRegion[];
  pressure: Pressure;
  patientResponse: string;
  plan: string;
  nextStep: string;
}

export function noteContent(input: TreatmentNoteInput): TreatmentNoteContent {
  return {
    subjective: input.subjective?.trim() ?? '',
    objective: input.objective?.trim() ?? '',
    techniques: [...new Set(input.techniques)],
    regions: [...new Set(input.regions)],
    pressure: input.pressure,
    patientResponse: input.patientResponse.trim(),
    plan: input.plan?.trim() ?? '',
    nextStep: input.nextStep?.trim() ?? '',
  };
}

@ArgsType()
export class AmendTreatmentNoteArgs {
  @RequiredId('The latest version of the note')
  id!: string;

  @Field(() => TreatmentNoteInput, { description: 'The whole corrected note' })
  @ValidateNested()
  @Type(() => TreatmentNoteInput)
  input!: TreatmentNoteInput;

  @Field({ description: 'Why the note is corrected' })
  @Text({ min: 3, max: 2000, multiline: true })
  reason!: string;
}

@ArgsType()
export class TreatmentNoteRootArgs {
  @RequiredId('The id of version 1, shared by every version (rootId)')
  rootId!: string;
}
