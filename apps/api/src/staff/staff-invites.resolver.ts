import { Args, Context, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Public, Roles } from '../common/access.decorators.js';
import { Role } from '../common/graphql/enums.js';
import type { User } from '../generated/prisma/client.js';
import { clientIp } from '../rate-limit/client-ip.js';
import { StaffInvitesService, type StaffInviteView } from './staff-invites.service.js';
import { AcceptStaffInviteArgs, InviteStaffArgs, ResendStaffInviteArgs, StaffInviteTokenArgs } from './staff.inputs.js';
import { UserModel } from './user.model.js';

@ObjectType({ description: 'What an invitation link is for, shown to the invitee before they choose a password' })
export class StaffInviteViewModel {
  @Field()
  clinicName!: string;

  @Field()
  name!: string;

  @Field({ description: 'The email the invitee signs in with' })
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field()
  expiresAt!: Date;
}

@Resolver()
export class StaffInvitesResolver {
  constructor(private readonly invites: StaffInvitesService) {}

  @Roles(Role.OWNER)
  @Mutation(() => UserModel, {
    description:
      'Invites a staff member by email: the account is created without a password, and an email carries a single-use link to set one',
  })
  inviteStaff(@Args() { input }: InviteStaffArgs): Promise<User> {
    return this.invites.invite(input);
  }

  @Roles(Role.OWNER)
  @Mutation(() => UserModel, {
    description: 'Sends a new invitation to an account still waiting for its password; earlier links stop working',
  })
  resendStaffInvite(@Args() { userId }: ResendStaffInviteArgs): Promise<User> {
    return this.invites.resend(userId);
  }

  // The invitee has no password yet: the signed, stored, single-use link is the authority, and every
  // use is rate limited per address like the patient links.
  @Public()
  @Query(() => StaffInviteViewModel, { description: 'What an invitation link is for (clinic, name, role), before the password is chosen' })
  staffInvite(@Args() { token }: StaffInviteTokenArgs, @Context('req') req: Request): Promise<StaffInviteView> {
    return this.invites.view(token, clientIp(req));
  }

  @Public()
  @Mutation(() => StaffInviteViewModel, {
    description: 'The invitee sets their password through the invitation link (single use); they then sign in',
  })
  acceptStaffInvite(@Args() { token, password }: AcceptStaffInviteArgs, @Context('req') req: Request): Promise<StaffInviteView> {
    return this.invites.accept(token, password, clientIp(req));
  }
}
