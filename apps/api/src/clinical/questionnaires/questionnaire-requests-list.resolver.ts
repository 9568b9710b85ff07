import { Args, Query, Resolver } from '@nestjs/graphql';
import { ALL_STAFF, Roles } from '../../common/access.decorators.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { ListMetadata } from '../../common/graphql/list.args.js';
import type { QuestionnaireRequest } from '../../generated/prisma/client.js';
import { QuestionnaireRequestModel } from '../../questionnaires/questionnaire.model.js';
import { QuestionnaireRequestListArgs } from './questionnaire-request.inputs.js';
import { QuestionnaireRequestsListService } from './questionnaire-requests-list.service.js';

// Read only: requests are planned from what happens to an episode, and answered by the patient.
@Resolver(() => QuestionnaireRequestModel)
export class QuestionnaireRequestsListResolver {
  constructor(private readonly requests: QuestionnaireRequestsListService) {}

  @Roles(...ALL_STAFF)
  @Query(() => QuestionnaireRequestModel, { name: 'QuestionnaireRequest' })
  questionnaireRequest(@Args() { id }: IdArgs): Promise<QuestionnaireRequest> {
    return this.requests.get(id);
  }

  @Roles(...ALL_STAFF)
  @Query(() => [QuestionnaireRequestModel], {
    description: 'Newest first by default; a therapist sees those of patients they have a session with',
  })
  allQuestionnaireRequests(@Args() args: QuestionnaireRequestListArgs): Promise<QuestionnaireRequest[]> {
    return this.requests.list(args);
  }

  @Roles(...ALL_STAFF)
  @Query(() => ListMetadata)
  async _allQuestionnaireRequestsMeta(@Args() args: QuestionnaireRequestListArgs): Promise<ListMetadata> {
    return { count: await this.requests.count(args) };
  }
}
