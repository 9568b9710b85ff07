import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MessageChannel, MessageKind, MessageStatus } from '../common/graphql/enums.js';

@ObjectType('Message', {
  description: 'A message to a patient, or to a staff member (an invitation): a row of the outbox, whatever the channel',
})
export class MessageModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The patient it is to; null for a message to a staff member (userId)' })
  patientId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The staff member it is to (an invitation); null for a message to a patient' })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the staff member it is to, when it is to one' })
  staffName!: string | null;

  @Field(() => ID, { nullable: true })
  sessionId!: string | null;

  @Field(() => MessageKind)
  kind!: MessageKind;

  @Field(() => MessageChannel)
  channel!: MessageChannel;

  @Field({ description: 'Email address or E.164 phone number; empty when SKIPPED for want of one' })
  to!: string;

  @Field()
  subject!: string;

  @Field()
  text!: string;

  @Field()
  sendAt!: Date;

  @Field(() => MessageStatus)
  status!: MessageStatus;

  @Field(() => String, { nullable: true, description: 'Why it was SKIPPED, FAILED or CANCELLED' })
  statusReason!: string | null;

  @Field(() => String, { nullable: true, description: 'SMTP message id, SMS provider id, "outbox", or the last error' })
  providerResult!: string | null;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field()
  createdAt!: Date;
}
