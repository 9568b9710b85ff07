import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Instrument, QuestionnaireOccasion, QuestionnaireStatus } from '../common/graphql/enums.js';

@ObjectType('LicensedItemText', { description: "A clinic's licensed wording of an instrument's items, in item order" })
export class LicensedItemTextModel {
  @Field(() => Instrument)
  instrument!: Instrument;

  @Field(() => [String])
  items!: string[];
}

@ObjectType('PatientQuestionnaire', {
  description:
    'A questionnaire a patient was asked to fill in at home, for the patient page: which instruments (their items, limits and scoring are libs/domain), and whether it can still be answered',
})
export class PatientQuestionnaireModel {
  @Field()
  clinicName!: string;

  @Field({ description: "The clinic's IANA time zone: times are shown on its clock" })
  timezone!: string;

  @Field(() => QuestionnaireOccasion)
  occasion!: QuestionnaireOccasion;

  @Field(() => QuestionnaireStatus)
  status!: QuestionnaireStatus;

  @Field(() => [Instrument], { description: 'In the order the patient answers them' })
  instruments!: Instrument[];

  @Field(() => [LicensedItemTextModel], {
    description: "The clinic's licensed item wording, where entered; otherwise the page shows section names and numeric anchors",
  })
  licensedItemText!: LicensedItemTextModel[];

  @Field({ description: 'Answers are accepted until then' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;
}

@ObjectType('QuestionnaireRequest', { description: 'Instruments a patient was asked to answer at home, by link' })
export class QuestionnaireRequestModel {
  @Field()
  id!: string;

  @Field()
  patientId!: string;

  @Field()
  episodeId!: string;

  @Field(() => QuestionnaireOccasion)
  occasion!: QuestionnaireOccasion;

  @Field(() => Int, { description: 'PROGRESS: the completed-session count that triggered it; 0 otherwise' })
  sequence!: number;

  @Field(() => [Instrument])
  instruments!: Instrument[];

  @Field()
  sendAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field(() => QuestionnaireStatus)
  status!: QuestionnaireStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled or expired' })
  statusReason!: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  @Field()
  createdAt!: Date;
}
