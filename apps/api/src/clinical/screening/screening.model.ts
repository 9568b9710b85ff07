import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ClearanceStatus, Modality } from '../../common/graphql/enums.js';

export enum ScreeningKind {
  CONTRAINDICATION = 'CONTRAINDICATION',
  RED_FLAG = 'RED_FLAG',
  PRECAUTION = 'PRECAUTION',
}
registerEnumType(ScreeningKind, {
  name: 'ScreeningKind',
  description: 'Contraindications and red flags need a clearance before booking; precautions warn the therapist',
});

@ObjectType('ScreeningAnswer', { description: 'One question of the screening form asked, and the answer' })
export class ScreeningAnswerModel {
  @Field()
  key!: string;

  @Field(() => ScreeningKind)
  kind!: ScreeningKind;

  @Field()
  label!: string;

  @Field()
  yes!: boolean;

  @Field(() => String, { nullable: true, description: 'Precautions: what the therapist should do about it' })
  advice!: string | null;

  @Field(() => [Modality], { nullable: true, description: 'Precautions: the modalities it warns for; null = every modality' })
  modalities!: Modality[] | null;
}

@ObjectType('Screening')
export class ScreeningModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  patientId!: string;

  @Field()
  acuteInjury!: boolean;

  @Field()
  suspectedFracture!: boolean;

  @Field()
  severeNerveSymptoms!: boolean;

  @Field()
  recentSpinalSurgery!: boolean;

  @Field(() => [String], { description: 'The contraindications reported, by field name; empty = none' })
  contraindications!: string[];

  @Field(() => Int, { description: 'The version of the screening form asked (1: the four contraindications only)' })
  formVersion!: number;

  @Field(() => [ScreeningAnswerModel], { description: 'Every question of that form, in its order, with the answer given' })
  answers!: ScreeningAnswerModel[];

  @Field()
  notes!: string;

  @Field(() => ID)
  recordedById!: string;

  @Field()
  recordedAt!: Date;

  @Field(() => ClearanceStatus, { description: "The patient's clearance status now" })
  patientClearanceStatus!: ClearanceStatus;
}

@ObjectType('Clearance')
export class ClearanceModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  patientId!: string;

  @Field()
  clinician!: string;

  @Field()
  note!: string;

  @Field(() => ID)
  recordedById!: string;

  @Field()
  clearedAt!: Date;
}
