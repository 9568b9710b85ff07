// Assessments and their versions. Version 1's id is also the rootId of every later version. An
// amendment clears isLatest on the current version with a conditional update (which locks that row)
// and inserts version n+1 in the same transaction; of two concurrent amendments the second finds
// nothing to update and gives up, and Assessment_one_latest_per_root backs this in the database.
// Every write recomputes the episode's EpisodeMeasure for that instrument in the same transaction.
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PageRequest } from '../../common/graphql/list.args.js';
import { PrismaService, type TenantTransaction } from '../../database/prisma.service.js';
import { currentClinicId, tenantCreate } from '../../database/tenant-scope.js';
import { ensureOpenEpisode } from '../../episodes/open-episode.repository.js';
import { refreshEpisodeMeasure } from '../../outcomes/episode-measure.repository.js';
import type { Assessment, AssessmentSource, EpisodeOfCare, Instrument, Prisma } from '../../generated/prisma/client.js';
import type { PatientScope } from '../access/clinical-access.service.js';
import { patientScopeWhere } from '../episodes/episodes.repository.js';

export interface AssessmentQuery {
  patientId?: string;
  episodeId?: string;
  instrument?: Instrument;
  rootId?: string;
  allVersions?: boolean;
}

export interface NewAssessment {
  patientId: string;
  episodeId: string | null;
  sessionId: string | null;
  instrument: Instrument;
  responses: (number | null)[];
  itemLabels: string[];
  score: number;
  normalized: number;
  scoreExact: number;
  normalizedExact: number;
  takenAt: Date;
  /** NULL for a questionnaire the patient answered by link (then questionnaireRequestId names it). */
  recordedById: string | null;
  source?: AssessmentSource;
  questionnaireRequestId?: string | null;
}

function whereOf(query: AssessmentQuery, scope: PatientScope): Prisma.AssessmentWhereInput {
  const where: Prisma.AssessmentWhereInput = { ...patientScopeWhere(scope) };
  if (!query.allVersions) where.isLatest = true;
  if (query.patientId) where.patientId = query.patientId;
  if (query.episodeId) where.episodeId = query.episodeId;
  if (query.instrument) where.instrument = query.instrument;
  if (query.rootId) where.rootId = query.rootId;
  return where;
}

/** The patient's open episode, opened if there is none; an episode opened for a back-dated assessment starts when it was taken. */
export async function resolveOpenEpisode(tx: TenantTransaction, patientId: string, takenAt: Date): Promise<string> {
  const patient = await tx.patient.findFirst({ where: { id: patientId }, select: { complaintRegion: true } });
  const { id, created } = await ensureOpenEpisode(tx, { clinicId: currentClinicId(), patientId, region: patient!.complaintRegion });
  if (created) await tx.episodeOfCare.updateMany({ where: { id, startedAt: { gt: takenAt } }, data: { startedAt: takenAt } });
  return id;
}

/** Version 1 of an assessment, and its episode's summary recomputed in the same transaction. */
export async function insertFirstAssessment(tx: TenantTransaction, data: NewAssessment & { episodeId: string }): Promise<Assessment> {
  const id = randomUUID();
  const assessment = await tx.assessment.create({
    data: tenantCreate<Prisma.AssessmentUncheckedCreateInput>({ ...data, id, rootId: id, version: 1, isLatest: true }),
  });
  await refreshEpisodeMeasure(tx, assessment);
  return assessment;
}

@Injectable()
export class AssessmentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<Assessment | null> {
    return this.prisma.tenant.assessment.findFirst({ where: { id } });
  }

  versions(rootId: string): Promise<Assessment[]> {
    return this.prisma.tenant.assessment.findMany({ where: { rootId }, orderBy: { version: 'asc' } });
  }

  list(query: AssessmentQuery, scope: PatientScope, page: PageRequest): Promise<Assessment[]> {
    return this.prisma.tenant.assessment.findMany({
      where: whereOf(query, scope),
      orderBy: [{ [page.sortField]: page.sortOrder }, { id: 'asc' }],
      skip: page.skip,
      take: page.take,
    });
  }

  count(query: AssessmentQuery, scope: PatientScope): Promise<number> {
    return this.prisma.tenant.assessment.count({ where: whereOf(query, scope) });
  }

  findEpisode(id: string): Promise<EpisodeOfCare | null> {
    return this.prisma.tenant.episodeOfCare.findFirst({ where: { id } });
  }

  findSession(id: string): Promise<{ patientId: string; episodeId: string | null } | null> {
    return this.prisma.tenant.session.findFirst({ where: { id }, select: { patientId: true, episodeId: true } });
  }

  transaction<T>(fn: (tx: TenantTransaction) => Promise<T>): Promise<T> {
    return this.prisma.tenantTransaction(fn);
  }

  /**
   * The given episode, or the patient's open one, opened if there is none (race-safe, shared with
   * booking). An episode opened for a back-dated assessment starts when the assessment was taken.
   */
  async resolveEpisode(tx: TenantTransaction, patientId: string, takenAt: Date): Promise<string> {
    return resolveOpenEpisode(tx, patientId, takenAt);
  }

  insertFirst(tx: TenantTransaction, data: NewAssessment & { episodeId: string }): Promise<Assessment> {
    return insertFirstAssessment(tx, data);
  }

  /** Version n+1 of `current`; null when `current` is no longer the latest (a concurrent amendment won). */
  async insertAmendment(
    tx: TenantTransaction,
    current: Assessment,
    change: {
      responses: (number | null)[];
      itemLabels: string[];
      score: number;
      normalized: number;
      scoreExact: number;
      normalizedExact: number;
      amendReason: string;
      recordedById: string;
    },
  ): Promise<Assessment | null> {
    const { count } = await tx.assessment.updateMany({ where: { id: current.id, isLatest: true }, data: { isLatest: false } });
    if (count === 0) return null;
    const amended = await tx.assessment.create({
      data: tenantCreate<Prisma.AssessmentUncheckedCreateInput>({
        rootId: current.rootId,
        version: current.version + 1,
        isLatest: true,
        patientId: current.patientId,
        episodeId: current.episodeId,
        sessionId: current.sessionId,
        instrument: current.instrument,
        takenAt: current.takenAt,
        // A correction of what the patient reported is still the patient's report, amended by staff
        source: current.source,
        questionnaireRequestId: current.questionnaireRequestId,
        ...change,
      }),
    });
    await refreshEpisodeMeasure(tx, amended);
    return amended;
  }
}
