import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../common/graphql/enums.js';

@ObjectType('AuditEvent', {
  description:
    'Who read or changed which record, when: clinical records, the schedule, staff, settings and sign-ins. Ids only, never patient data.',
})
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  actorId!: string;

  @Field(() => Role)
  actorRole!: Role;

  @Field({ description: 'One of AuditAction (READ, CREATE, BOOK, CANCEL, LOGIN, ...)' })
  action!: string;

  @Field()
  entity!: string;

  @Field(() => String, { nullable: true, description: 'The record, when the event is about exactly one' })
  entityId!: string | null;

  @Field(() => [String], { description: 'Every record the event is about: a read lists all it returned' })
  entityIds!: string[];

  @Field(() => ID, { nullable: true, description: 'The patient, when the event is about exactly one' })
  patientId!: string | null;

  @Field(() => [ID], { description: 'Every patient the event is about' })
  patientIds!: string[];

  @Field(() => [String], { description: 'For a change: the names of the fields it set (never their values)' })
  fields!: string[];

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field()
  at!: Date;
}
