import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RepeatFrequency, SessionStatus } from '../../common/graphql/enums.js';
import { PatientModel } from '../../patients/patient.model.js';
import { RoomModel } from '../catalog/room.model.js';
import { ServiceTypeModel } from '../catalog/service-type.model.js';
import { TherapistModel } from '../therapists/therapist.model.js';

// The treatment note is deliberately not a field here: notes are clinical records that front desk may
// not read (PRODUCT.md section 1); they are read, audited, through the clinical module.
@ObjectType('Session', { description: 'One booked treatment; created by bookSession or bookSeries' })
export class SessionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  patientId!: string;

  @Field(() => ID)
  therapistId!: string;

  @Field(() => ID)
  serviceTypeId!: string;

  @Field(() => ID, { nullable: true })
  roomId!: string | null;

  @Field(() => ID, { nullable: true })
  episodeId!: string | null;

  @Field(() => ID, { nullable: true })
  seriesId!: string | null;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field({ description: "endsAt plus the service's buffer: the range that blocks other bookings" })
  blockedUntil!: Date;

  @Field(() => SessionStatus)
  status!: SessionStatus;

  @Field()
  notes!: string;

  @Field(() => String, { nullable: true, description: "An owner's reason for deliberately allowing an overlap" })
  overrideReason!: string | null;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field({ description: 'Cancelled inside the late-cancel window' })
  lateCancel!: boolean;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => Date, { nullable: true })
  checkedInAt!: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  noShowAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the patient confirmed through the link in a reminder' })
  confirmedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The staff member who booked it; null when the patient claimed a wait-list offer' })
  createdById!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => PatientModel)
  patient!: PatientModel;

  @Field(() => TherapistModel)
  therapist!: TherapistModel;

  @Field(() => ServiceTypeModel)
  serviceType!: ServiceTypeModel;

  @Field(() => RoomModel, { nullable: true })
  room!: RoomModel | null;
}

@ObjectType('SessionSeries', { description: 'Sessions booked together by one repeat rule' })
export class SessionSeriesModel {
  @Field(() => ID)
  id!: string;

  @Field(() => RepeatFrequency)
  frequency!: RepeatFrequency;

  @Field(() => Int)
  interval!: number;

  @Field(() => Int)
  count!: number;

  @Field()
  createdAt!: Date;

  @Field(() => [SessionModel], { description: 'Every occurrence, cancelled ones included, earliest first' })
  sessions!: SessionModel[];
}
