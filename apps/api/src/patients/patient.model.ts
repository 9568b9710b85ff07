import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ClearanceStatus, ComplaintRegion, MessageChannel } from '../common/graphql/enums.js';

@ObjectType('Patient')
export class PatientModel {
  @Field(() => ID)
  id!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field({ description: 'First and last name, for display' })
  name!: string;

  @Field({ description: 'Calendar date, YYYY-MM-DD' })
  dateOfBirth!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile phone in E.164 (+447700900123)' })
  phone!: string | null;

  @Field(() => MessageChannel, { nullable: true })
  preferredChannel!: MessageChannel | null;

  @Field()
  emailConsent!: boolean;

  @Field()
  smsConsent!: boolean;

  @Field(() => ComplaintRegion)
  complaintRegion!: ComplaintRegion;

  @Field(() => ClearanceStatus)
  clearanceStatus!: ClearanceStatus;

  @Field()
  notes!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
