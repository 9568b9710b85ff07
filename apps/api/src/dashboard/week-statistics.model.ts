import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WeekConfirmation', {
  description: 'Sessions still holding their time (booked, checked in, completed) and how many the patient confirmed by link',
})
export class WeekConfirmationModel {
  @Field(() => Int)
  confirmed!: number;

  @Field(() => Int, { description: 'The n: booked, checked-in and completed sessions of the week' })
  of!: number;

  @Field(() => Float, { nullable: true, description: 'confirmed / of, 0–1; null when of is 0' })
  share!: number | null;
}

@ObjectType('TherapistWeek')
export class TherapistWeekModel {
  @Field(() => ID)
  therapistId!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'Sessions of the week, cancelled ones left out' })
  sessions!: number;

  @Field(() => Float, { description: 'Booked, checked-in and completed time inside the available time' })
  bookedMinutes!: number;

  @Field(() => Float, { description: 'Working hours in the week, time off removed' })
  availableMinutes!: number;

  @Field(() => Float, { nullable: true, description: 'bookedMinutes / availableMinutes, 0–1; null without working hours' })
  utilization!: number | null;
}

@ObjectType('WeekStatistics', {
  description:
    "A week's operations, Monday 00:00 to the next Monday 00:00 in the clinic's time zone. Attendance counts only sessions that have begun.",
})
export class WeekStatisticsModel {
  @Field({ description: 'The Monday of the week (YYYY-MM-DD), clinic-local' })
  weekOf!: string;

  @Field({ description: 'The first instant of the week' })
  from!: Date;

  @Field({ description: 'The first instant after the week' })
  to!: Date;

  @Field({ description: "The clinic's IANA time zone the week was cut in" })
  timezone!: string;

  @Field(() => Int, { description: 'Sessions starting in the week, cancelled ones left out' })
  sessions!: number;

  @Field(() => Int, { description: 'Of those, the ones whose start has passed: the n of the attendance figures' })
  begun!: number;

  @Field(() => Int, { description: 'Begun and completed' })
  completed!: number;

  @Field(() => Int, { description: 'Begun and still booked or checked in: attendance to record' })
  toRecord!: number;

  @Field(() => Int, { description: 'Not begun yet, whatever their status' })
  upcoming!: number;

  @Field(() => Int)
  cancellations!: number;

  @Field(() => Int, { description: 'Cancellations flagged inside the late-cancel window' })
  lateCancellations!: number;

  @Field(() => Int, { description: 'Begun and marked no-show' })
  noShows!: number;

  @Field(() => Float, { nullable: true, description: 'noShows / begun, 0–1; null before any session has begun' })
  noShowRate!: number | null;

  @Field(() => WeekConfirmationModel)
  confirmation!: WeekConfirmationModel;

  @Field(() => Float, { description: "Sum of the active therapists' booked minutes inside their available time" })
  bookedMinutes!: number;

  @Field(() => Float, { description: "Sum of the active therapists' working minutes, time off removed" })
  availableMinutes!: number;

  @Field(() => Float, { nullable: true, description: 'bookedMinutes / availableMinutes, 0–1; null when nobody works this week' })
  utilization!: number | null;

  @Field(() => [TherapistWeekModel], { description: 'Every active therapist, by name' })
  byTherapist!: TherapistWeekModel[];
}
