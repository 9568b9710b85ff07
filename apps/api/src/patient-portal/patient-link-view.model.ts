import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PatientLinkPurpose, SessionStatus, WaitlistOfferStatus } from '../common/graphql/enums.js';

@ObjectType('PatientLinkView', {
  description: 'What a patient link is about, for the patient page: the appointment or the offered time, and what can still be done',
})
export class PatientLinkViewModel {
  @Field(() => PatientLinkPurpose)
  purpose!: PatientLinkPurpose;

  @Field()
  clinicName!: string;

  @Field({ description: 'Empty when the clinic has not entered one' })
  clinicAddress!: string;

  @Field({ description: "The clinic's IANA time zone: times are shown on its clock" })
  timezone!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field()
  therapistName!: string;

  @Field()
  serviceName!: string;

  @Field(() => SessionStatus, { nullable: true, description: 'The appointment now (confirm, cancel and calendar links)' })
  sessionStatus!: SessionStatus | null;

  @Field(() => Date, { nullable: true })
  confirmedAt!: Date | null;

  @Field({ description: 'Whether the session was cancelled inside the late-cancel window' })
  lateCancel!: boolean;

  @Field(() => WaitlistOfferStatus, { nullable: true, description: 'The offer now (claim links)' })
  offerStatus!: WaitlistOfferStatus | null;

  @Field(() => Int)
  lateCancelWindowHours!: number;

  @Field({ description: 'A cancellation now would be late (inside the window): the page explains the policy first' })
  cancelWouldBeLate!: boolean;

  @Field(() => Date, { nullable: true, description: 'When this link was used; a used link changes nothing again' })
  usedAt!: Date | null;
}
