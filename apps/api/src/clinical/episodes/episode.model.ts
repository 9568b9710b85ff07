import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Chronicity, ComplaintRegion } from '../../common/graphql/enums.js';

@ObjectType('Episode', { description: "An episode of care: one course of a patient's treatment" })
export class EpisodeModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  patientId!: string;

  @Field(() => ComplaintRegion)
  region!: ComplaintRegion;

  @Field(() => Chronicity)
  chronicity!: Chronicity;

  @Field()
  goal!: string;

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  dischargedAt!: Date | null;

  @Field(() => String, { nullable: true })
  dischargeNote!: string | null;

  @Field()
  open!: boolean;
}
