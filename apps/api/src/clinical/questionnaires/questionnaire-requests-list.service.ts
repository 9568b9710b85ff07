// Staff see which questionnaires were asked, answered, expired or are still open: the owner and the
// front desk (who chase unanswered ones; a request holds no scores) across the clinic, a therapist
// for the patients they have a session with.
import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/app-error.js';
import { pageRequest } from '../../common/graphql/list.args.js';
import { currentActor } from '../../common/request-context.js';
import type { QuestionnaireRequest } from '../../generated/prisma/client.js';
import { ClinicalAccessService, type PatientScope } from '../access/clinical-access.service.js';
import type { QuestionnaireRequestListArgs } from './questionnaire-request.inputs.js';
import { QuestionnaireRequestsListRepository } from './questionnaire-requests-list.repository.js';

const SORTABLE = ['sendAt', 'expiresAt', 'answeredAt', 'status', 'occasion', 'createdAt'] as const;

@Injectable()
export class QuestionnaireRequestsListService {
  constructor(
    private readonly requests: QuestionnaireRequestsListRepository,
    private readonly access: ClinicalAccessService,
  ) {}

  async get(id: string): Promise<QuestionnaireRequest> {
    const request = await this.requests.findById(id);
    if (!request) throw new NotFoundError('QuestionnaireRequest', id);
    if (currentActor().role === 'THERAPIST') await this.access.assertPatient(request.patientId, 'read');
    return request;
  }

  async list(args: QuestionnaireRequestListArgs): Promise<QuestionnaireRequest[]> {
    return this.requests.list(
      args.filter ?? {},
      await this.scope(args),
      pageRequest({ ...args, sortOrder: args.sortOrder ?? 'DESC' }, SORTABLE, 'sendAt'),
    );
  }

  async count(args: QuestionnaireRequestListArgs): Promise<number> {
    return this.requests.count(args.filter ?? {}, await this.scope(args));
  }

  private async scope(args: QuestionnaireRequestListArgs): Promise<PatientScope> {
    if (currentActor().role === 'FRONT_DESK') return { kind: 'all' };
    const patientId = args.filter?.patientId;
    if (patientId) await this.access.assertPatient(patientId, 'read');
    return this.access.scope();
  }
}
