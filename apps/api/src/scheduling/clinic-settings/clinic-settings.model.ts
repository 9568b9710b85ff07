import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ClinicSettings', { description: "The clinic's name, time zone and booking rules" })
export class ClinicSettingsModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'IANA time zone; working hours and days are read in it' })
  timezone!: string;

  @Field(() => Int, { description: 'Bookable starts fall on multiples of this, from local midnight' })
  slotStepMinutes!: number;

  @Field(() => Int)
  minimumNoticeMinutes!: number;

  @Field(() => Int, { description: 'A cancellation less than this many hours before the start is late' })
  lateCancelWindowHours!: number;
}
