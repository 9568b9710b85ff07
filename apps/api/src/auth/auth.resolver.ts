import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Public, Roles, ALL_STAFF } from '../common/access.decorators.js';
import { clientIp } from '../rate-limit/client-ip.js';
import { UserModel } from '../staff/user.model.js';
import { AuthPayload } from './auth-payload.model.js';
import { AuthService } from './auth.service.js';
import { ChangePasswordArgs, LoginArgs, SignUpArgs } from './auth.inputs.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates a clinic and its owner account' })
  signUp(@Args() { input }: SignUpArgs, @Context('req') req: Request): Promise<AuthPayload> {
    return this.auth.signUp(input, clientIp(req));
  }

  @Public()
  @Mutation(() => AuthPayload)
  login(@Args() { email, password }: LoginArgs, @Context('req') req: Request): Promise<AuthPayload> {
    return this.auth.login(email, password, clientIp(req));
  }

  @Roles(...ALL_STAFF)
  @Mutation(() => AuthPayload, {
    description: 'Changes your own password (the current one is required); ends every other session and returns a fresh token for this one',
  })
  changePassword(@Args() { currentPassword, newPassword }: ChangePasswordArgs, @Context('req') req: Request): Promise<AuthPayload> {
    return this.auth.changePassword(currentPassword, newPassword, clientIp(req));
  }

  @Roles(...ALL_STAFF)
  @Query(() => UserModel)
  me(): Promise<UserModel> {
    return this.auth.me();
  }
}
