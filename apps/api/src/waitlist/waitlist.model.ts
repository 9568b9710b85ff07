import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { WaitlistOfferStatus, WaitlistStatus } from '../common/graphql/enums.js';
import { PatientModel } from '../patients/patient.model.js';
import { ServiceTypeModel } from '../scheduling/catalog/service-type.model.js';
import { TherapistModel } from '../scheduling/therapists/therapist.model.js';

@ObjectType('WaitlistWindow', { description: 'A weekly time the patient can come, in the clinic zone' })
export class WaitlistWindowModel {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday .. 7 = Sunday' })
  weekday!: number;

  @Field({ description: '"HH:MM"' })
  startTime!: string;

  @Field({ description: '"HH:MM"; "24:00" for midnight' })
  endTime!: string;
}

@ObjectType('WaitlistOffer', { description: 'A freed time offered to a waiting patient by message' })
export class WaitlistOfferModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  therapistId!: string;

  @Field()
  startsAt!: Date;

  @Field(() => WaitlistOfferStatus, { description: 'OPEN until claimed, taken by someone else, or past' })
  status!: WaitlistOfferStatus;

  @Field(() => ID, { nullable: true })
  messageId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The session the claim booked' })
  sessionId!: string | null;

  @Field(() => Date, { nullable: true })
  claimedAt!: Date | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('WaitlistEntry', { description: 'A patient waiting for a time: a service, optionally a therapist, and when they can come' })
export class WaitlistEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  patientId!: string;

  @Field(() => PatientModel)
  patient!: PatientModel;

  @Field(() => ID)
  serviceTypeId!: string;

  @Field(() => ServiceTypeModel)
  serviceType!: ServiceTypeModel;

  @Field(() => ID, { nullable: true, description: 'null: any therapist' })
  therapistId!: string | null;

  @Field(() => TherapistModel, { nullable: true })
  therapist!: TherapistModel | null;

  @Field(() => [WaitlistWindowModel], { description: 'Empty: any time the clinic is open' })
  windows!: WaitlistWindowModel[];

  @Field(() => String, { nullable: true, description: 'First local date the patient can come (YYYY-MM-DD)' })
  earliestDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Last local date the patient can come (YYYY-MM-DD)' })
  latestDate!: string | null;

  @Field()
  notes!: string;

  @Field(() => WaitlistStatus)
  status!: WaitlistStatus;

  @Field(() => ID, { nullable: true, description: 'The session booked from an offer' })
  sessionId!: string | null;

  @Field(() => [WaitlistOfferModel], { description: 'Offers made to this entry, newest first' })
  offers!: WaitlistOfferModel[];

  @Field()
  createdAt!: Date;
}
