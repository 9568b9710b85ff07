import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../common/graphql/enums.js';

@ObjectType('AuditEvent', { description: 'Who read or wrote which clinical record, when. Ids only, never patient data.' })
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  actorId!: string;

  @Field(() => Role)
  actorRole!: Role;

  @Field({ description: 'READ, CREATE, AMEND, DISCHARGE or DENIED' })
  action!: string;

  @Field()
  entity!: string;

  @Field(() => String, { nullable: true })
  entityId!: string | null;

  @Field(() => ID, { nullable: true })
  patientId!: string | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field()
  at!: Date;
}
