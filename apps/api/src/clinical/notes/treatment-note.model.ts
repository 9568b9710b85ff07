import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ComplaintRegion, Modality, Pressure } from '../../common/graphql/enums.js';
import { StaffMemberModel } from '../staff-member.model.js';

@ObjectType('TreatmentNote', {
  description:
    'One version of the SOAP note of a completed session; amendments add versions with the same rootId, and every read returns the latest unless the history is asked for',
})
export class TreatmentNoteModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The id of version 1, shared by every version' })
  rootId!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  isLatest!: boolean;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID)
  patientId!: string;

  @Field(() => ID)
  therapistId!: string;

  @Field()
  sessionStartsAt!: Date;

  @Field(() => ID, { description: 'Who wrote this version' })
  authorId!: string;

  @Field(() => StaffMemberModel, { nullable: true, description: 'Who wrote this version, by name and role' })
  author?: StaffMemberModel | null;

  @Field({ description: 'S: what the patient reports; empty when not recorded' })
  subjective!: string;

  @Field({ description: 'O: findings and observations; empty when not recorded' })
  objective!: string;

  @Field(() => [Modality], { description: 'O: techniques used' })
  techniques!: Modality[];

  @Field(() => [ComplaintRegion], { description: 'O: regions treated' })
  regions!: ComplaintRegion[];

  @Field(() => Pressure, { description: 'O: pressure used' })
  pressure!: Pressure;

  @Field({ description: "A: the patient's response to treatment and the clinician's assessment" })
  patientResponse!: string;

  @Field({ description: 'P: the plan of care; empty when not recorded' })
  plan!: string;

  @Field({ description: 'The next step of the plan; empty when not recorded' })
  nextStep!: string;

  @Field(() => String, { nullable: true, description: 'Why this version amends the previous one; null on version 1' })
  amendReason!: string | null;

  @Field({ description: 'When this version was written' })
  createdAt!: Date;
}
