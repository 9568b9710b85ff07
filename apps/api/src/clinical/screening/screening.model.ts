import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ClearanceStatus } from '../../common/graphql/enums.js';

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
