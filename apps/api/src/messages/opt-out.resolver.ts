import { Args, ArgsType, Context, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Public } from '../common/access.decorators.js';
import { MessageChannel } from '../common/graphql/enums.js';
import { Text } from '../common/text.js';
import { clientIp } from '../rate-limit/client-ip.js';
import { OptOutService } from './opt-out.service.js';

@ArgsType()
export class OptOutArgs {
  @Field({ description: 'The token of the opt-out link in a message' })
  @Text({ min: 1, max: 1000 })
  token!: string;
}

@ObjectType()
export class OptOutResult {
  @Field(() => MessageChannel, { description: 'The channel the patient will no longer be contacted on' })
  channel!: MessageChannel;
}

@Resolver()
export class OptOutResolver {
  constructor(private readonly optOuts: OptOutService) {}

  // Patients have no account: the signed, single-use link is the authority, and redemptions are rate limited.
  @Public()
  @Mutation(() => OptOutResult, { description: "Withdraws a patient's consent for one channel, from the link in a message" })
  async optOutByLink(@Args() { token }: OptOutArgs, @Context('req') req: Request): Promise<OptOutResult> {
    return { channel: await this.optOuts.optOut(token, clientIp(req)) };
  }
}
