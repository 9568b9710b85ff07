import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Modality } from '../../common/graphql/enums.js';

@ObjectType('WorkingBlock', { description: 'A weekly block of working hours in clinic local time' })
export class WorkingBlockModel {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday .. 7 = Sunday' })
  weekday!: number;

  @Field({ description: '"HH:MM" local time' })
  start!: string;

  @Field({ description: '"HH:MM" local time; at or before start crosses midnight; "24:00" is the next midnight' })
  end!: string;
}

@ObjectType('TimeOff')
export class TimeOffModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  therapistId!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field()
  reason!: string;
}

@ObjectType('Therapist', { description: 'The bookable profile of a THERAPIST staff account' })
export class TherapistModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The staff account (User) this profile belongs to' })
  userId!: string;

  @Field()
  displayName!: string;

  @Field()
  credentials!: string;

  @Field(() => [Modality])
  modalities!: Modality[];

  @Field({ description: 'Inactive therapists cannot be booked' })
  active!: boolean;

  @Field(() => [WorkingBlockModel])
  workingHours!: WorkingBlockModel[];

  @Field(() => [TimeOffModel], { description: 'Current and upcoming time off, earliest first' })
  timeOff!: TimeOffModel[];

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
