import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '../common/graphql/enums.js';

export enum StaffStatus {
  /** Invited by email; no password set yet, so the account cannot sign in. */
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}

registerEnumType(StaffStatus, { name: 'StaffStatus', description: 'Whether a staff account can sign in, or waits for its invitation' });

@ObjectType('User', { description: 'A staff account of one clinic' })
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID)
  clinicId!: string;

  @Field()
  active!: boolean;

  @Field(() => StaffStatus, { description: 'INVITED until the invitee sets a password; then ACTIVE, or INACTIVE once deactivated' })
  // Resolved from the account (StaffResolver.status), wherever a User is returned.
  status?: StaffStatus;

  @Field(() => Date, { nullable: true, description: 'When an owner invited this account by email (null: created with a password)' })
  invitedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the invitee set their password through the invitation' })
  inviteAcceptedAt!: Date | null;

  @Field()
  createdAt!: Date;
}
