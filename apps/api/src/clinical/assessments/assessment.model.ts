import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Instrument } from '../../common/graphql/enums.js';
import { AssessmentSource, OdiBandEnum, OutcomeDomainEnum } from '../clinical.enums.js';
import { StaffMemberModel } from '../staff-member.model.js';

@ObjectType('Assessment', { description: 'One version of a validated score; amendments add versions with the same rootId' })
export class AssessmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The id of version 1, shared by every version' })
  rootId!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  isLatest!: boolean;

  @Field(() => ID)
  patientId!: string;

  @Field(() => ID)
  episodeId!: string;

  @Field(() => ID, { nullable: true })
  sessionId!: string | null;

  @Field(() => Instrument)
  instrument!: Instrument;

  @Field(() => OutcomeDomainEnum)
  domain!: OutcomeDomainEnum;

  @Field(() => [Int], { nullable: 'items' })
  responses!: (number | null)[];

  @Field(() => [String], { description: 'PSFS: the activity the patient named for each response, in order; empty for other instruments' })
  activities!: string[];

  @Field(() => Float, { description: "In the instrument's own units, computed by the server" })
  score!: number;

  @Field(() => Float, { description: '0–100, higher = worse' })
  normalized!: number;

  @Field(() => OdiBandEnum, { nullable: true, description: 'ODI only' })
  band!: OdiBandEnum | null;

  @Field()
  takenAt!: Date;

  @Field(() => AssessmentSource, { description: 'Entered by staff, or answered by the patient by link; an amendment keeps it' })
  source!: AssessmentSource;

  @Field(() => ID, {
    nullable: true,
    description: 'The staff member who entered this version; null when the patient answered it by link (amendments are staff-only)',
  })
  recordedById!: string | null;

  @Field(() => StaffMemberModel, {
    nullable: true,
    description: 'Who entered this version, by name and role; null when the patient answered it by link',
  })
  recordedBy?: StaffMemberModel | null;

  @Field(() => String, { nullable: true })
  amendReason!: string | null;

  @Field({ description: 'When this version was recorded' })
  createdAt!: Date;
}
