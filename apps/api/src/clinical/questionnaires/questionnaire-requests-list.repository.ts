// Questionnaire requests as staff list them: a patient's or an episode's, or the clinic's by status.
import { Injectable } from '@nestjs/common';
import type { PageRequest } from '../../common/graphql/list.args.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma, QuestionnaireRequest } from '../../generated/prisma/client.js';
import type { PatientScope } from '../access/clinical-access.service.js';
import { patientScopeWhere } from '../episodes/episodes.repository.js';
import type { QuestionnaireRequestFilter } from './questionnaire-request.inputs.js';

function whereOf(filter: QuestionnaireRequestFilter, scope: PatientScope): Prisma.QuestionnaireRequestWhereInput {
  const where: Prisma.QuestionnaireRequestWhereInput = { ...patientScopeWhere(scope) };
  if (filter.ids) where.id = { in: filter.ids };
  if (filter.patientId) where.patientId = filter.patientId;
  if (filter.episodeId) where.episodeId = filter.episodeId;
  if (filter.status) where.status = filter.status;
  if (filter.occasion) where.occasion = filter.occasion;
  return where;
}

@Injectable()
export class QuestionnaireRequestsListRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<QuestionnaireRequest | null> {
    return this.prisma.tenant.questionnaireRequest.findFirst({ where: { id } });
  }

  list(filter: QuestionnaireRequestFilter, scope: PatientScope, page: PageRequest): Promise<QuestionnaireRequest[]> {
    return this.prisma.tenant.questionnaireRequest.findMany({
      where: whereOf(filter, scope),
      orderBy: [{ [page.sortField]: page.sortOrder }, { id: 'asc' }],
      skip: page.skip,
      take: page.take,
    });
  }

  count(filter: QuestionnaireRequestFilter, scope: PatientScope): Promise<number> {
    return this.prisma.tenant.questionnaireRequest.count({ where: whereOf(filter, scope) });
  }
}
