import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ComplaintRegion, Instrument, MessageChannel } from '../../common/graphql/enums.js';
import { LicensedItemTextModel } from '../../questionnaires/questionnaire.model.js';

@ObjectType('RegionInstruments', { description: 'The instruments patients with this complaint region are asked at home' })
export class RegionInstrumentsModel {
  @Field(() => ComplaintRegion)
  region!: ComplaintRegion;

  @Field(() => [Instrument])
  instruments!: Instrument[];
}

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

  @Field(() => Int, {
    description: 'Check-in is possible from this many minutes before the start (default 60); completion and no-show from the start',
  })
  checkInWindowMinutes!: number;

  @Field({ description: 'Street address, printed in reminders and their calendar invitations; empty if not set' })
  address!: string;

  @Field(() => [Int], { description: 'Hours before a session when a reminder goes out (default 48 and 2); empty: no reminders' })
  reminderOffsetsHours!: number[];

  @Field(() => [MessageChannel], { description: "Channels reminders may use; the patient's preference and consent choose among them" })
  reminderChannels!: MessageChannel[];

  @Field({ description: 'Local "HH:MM" when quiet hours begin: a reminder due in them goes out when they end' })
  quietHoursStart!: string;

  @Field({ description: 'Local "HH:MM" when quiet hours end (overnight when earlier than the start)' })
  quietHoursEnd!: string;

  @Field({ description: 'Whether patients are asked to fill in questionnaires at home' })
  questionnairesEnabled!: boolean;

  @Field(() => Int, { description: 'A progress questionnaire after every this many completed sessions (default 4)' })
  questionnaireEverySessions!: number;

  @Field(() => Int, {
    description: 'Months after discharge (or the last visit of a patient who stopped coming) of the follow-up (default 3)',
  })
  questionnaireFollowUpMonths!: number;

  @Field(() => [RegionInstrumentsModel], { description: 'The instruments asked per complaint region, every region listed' })
  questionnaireInstruments!: RegionInstrumentsModel[];

  @Field(() => [LicensedItemTextModel], { description: "The clinic's licensed item wording (ODI, NDI), where entered" })
  licensedItemText!: LicensedItemTextModel[];
}
