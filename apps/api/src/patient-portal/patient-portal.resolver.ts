import { Args, ArgsType, Context, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import type { Request } from 'express';
import { Public } from '../common/access.decorators.js';
import { Text } from '../common/text.js';
import { clientIp } from '../rate-limit/client-ip.js';
import { PatientLinkViewModel } from './patient-link-view.model.js';
import { PatientPortalService } from './patient-portal.service.js';

@ArgsType()
export class PatientLinkArgs {
  @Field({ description: 'The token of a link in a message' })
  @Text({ min: 1, max: 1000 })
  token!: string;
}

@ArgsType()
export class CancelByLinkArgs extends PatientLinkArgs {
  @Field({ nullable: true, description: 'Why, in the patient’s words (optional)' })
  @IsOptional()
  @Text({ max: 500, multiline: true })
  reason?: string;
}

// Patients have no account: the signed, stored, expiring link is the authority, and every use is rate
// limited per address. These are the only public operations besides sign-in and opt-out.
@Resolver()
export class PatientPortalResolver {
  constructor(private readonly portal: PatientPortalService) {}

  @Public()
  @Query(() => PatientLinkViewModel, { description: 'What a patient link is about, for the patient page' })
  patientLink(@Args() { token }: PatientLinkArgs, @Context('req') req: Request): Promise<PatientLinkViewModel> {
    return this.portal.view(token, clientIp(req));
  }

  @Public()
  @Mutation(() => PatientLinkViewModel, { description: 'The patient confirms they are coming (records confirmedAt); single use' })
  confirmSessionByLink(@Args() { token }: PatientLinkArgs, @Context('req') req: Request): Promise<PatientLinkViewModel> {
    return this.portal.confirm(token, clientIp(req));
  }

  @Public()
  @Mutation(() => PatientLinkViewModel, {
    description: 'The patient cancels; inside the late-cancel window it is flagged late. The freed time is offered to the wait list',
  })
  cancelSessionByLink(@Args() { token, reason }: CancelByLinkArgs, @Context('req') req: Request): Promise<PatientLinkViewModel> {
    return this.portal.cancel(token, reason ?? '', clientIp(req));
  }

  @Public()
  @Mutation(() => PatientLinkViewModel, {
    description: 'Books the offered time for the patient; when several claim it at once exactly one gets it, the others CONFLICT',
  })
  claimWaitlistOffer(@Args() { token }: PatientLinkArgs, @Context('req') req: Request): Promise<PatientLinkViewModel> {
    return this.portal.claim(token, clientIp(req));
  }
}
