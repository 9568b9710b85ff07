import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Public } from '../common/access.decorators.js';
import { PatientLinkArgs } from '../patient-portal/patient-portal.resolver.js';
import { clientIp } from '../rate-limit/client-ip.js';
import { SubmitQuestionnaireArgs } from './questionnaire.inputs.js';
import { PatientQuestionnaireModel } from './questionnaire.model.js';
import { PatientQuestionnaireService } from './patient-questionnaire.service.js';

// Public, like the other patient links: the signed, stored, expiring link is the authority, and every
// use is rate limited per address.
@Resolver()
export class QuestionnairesResolver {
  constructor(private readonly questionnaires: PatientQuestionnaireService) {}

  @Public()
  @Query(() => PatientQuestionnaireModel, { description: 'The questionnaire behind a link, for the patient page' })
  questionnaireByLink(@Args() { token }: PatientLinkArgs, @Context('req') req: Request): Promise<PatientQuestionnaireModel> {
    return this.questionnaires.view(token, clientIp(req));
  }

  @Public()
  @Mutation(() => PatientQuestionnaireModel, {
    description:
      'The patient answers every instrument of the questionnaire, once. Each answer is checked item by item (BAD_USER_INPUT naming the item, nothing stored) and becomes a PATIENT_REPORTED assessment of the episode',
  })
  submitQuestionnaire(
    @Args() { token, responses }: SubmitQuestionnaireArgs,
    @Context('req') req: Request,
  ): Promise<PatientQuestionnaireModel> {
    return this.questionnaires.submit(token, responses, clientIp(req));
  }
}
