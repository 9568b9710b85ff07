// Recording and amending validated scores. The score is always computed here by the domain's
// scoreResponses (the same function as the admin's live preview); the client never sends one.
import { Injectable } from '@nestjs/common';
import {
  InvalidResponsesError,
  normalizeItemLabels,
  scoreResponses,
  validateItemLabels,
  type Instrument,
  type ScoredResponses,
} from '@backtrack/domain';
import { AppError, BadInputError, ConflictError, ErrorCode, NotFoundError } from '../../common/app-error.js';
import { pageRequest } from '../../common/graphql/list.args.js';
import { currentActor } from '../../common/request-context.js';
import type { Assessment } from '../../generated/prisma/client.js';
import { ClinicalAccessService } from '../access/clinical-access.service.js';
import { AuditService } from '../../audit/audit.service.js';
import type { AmendAssessmentArgs, AssessmentListArgs, RecordAssessmentInput } from './assessment.inputs.js';
import { AssessmentsRepository } from './assessments.repository.js';

const SORTABLE = ['takenAt', 'instrument', 'score', 'normalized', 'version', 'createdAt'] as const;

/** Domain validation issues as BAD_USER_INPUT, each naming its item (`responses[3]`). */
export function scoreOrRefuse(instrument: Instrument, responses: (number | null)[]): ScoredResponses {
  try {
    return scoreResponses(instrument, responses);
  } catch (error) {
    if (!(error instanceof InvalidResponsesError)) throw error;
    throw new BadInputError(
      error.issues.map((issue) => ({ field: issue.index === null ? issue.item : `responses[${issue.index}]`, message: issue.message })),
    );
  }
}

/**
 * The PSFS activity names as stored (trimmed), or BAD_USER_INPUT naming each offending one
 * (`input.activities[1]`); `field` is where the names came from in the operation's arguments.
 */
export function itemLabelsOrRefuse(instrument: Instrument, responses: unknown[], labels: readonly string[], field: string): string[] {
  const issues = validateItemLabels(instrument, responses.length, labels);
  if (issues.length > 0) {
    throw new BadInputError(
      issues.map((issue) => ({ field: issue.index === null ? field : `${field}[${issue.index}]`, message: issue.message })),
    );
  }
  return normalizeItemLabels(labels);
}

@Injectable()
export class AssessmentsService {
  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly access: ClinicalAccessService,
    private readonly audit: AuditService,
  ) {}

  async record(input: RecordAssessmentInput): Promise<Assessment> {
    await this.access.assertPatient(input.patientId, 'write');
    // Validate everything before writing anything: refused responses must leave no trace (not even an episode).
    const scored = scoreOrRefuse(input.instrument, input.responses);
    const itemLabels = itemLabelsOrRefuse(input.instrument, input.responses, input.activities ?? [], 'input.activities');
    const takenAt = input.takenAt ?? new Date();
    const episodeId = await this.checkedEpisodeId(input, takenAt);
    return this.assessments.transaction(async (tx) => {
      const assessment = await this.assessments.insertFirst(tx, {
        patientId: input.patientId,
        episodeId: episodeId ?? (await this.assessments.resolveEpisode(tx, input.patientId, takenAt)),
        sessionId: input.sessionId ?? null,
        instrument: input.instrument,
        responses: input.responses,
        itemLabels,
        score: scored.score,
        normalized: scored.normalized,
        scoreExact: scored.exact.score,
        normalizedExact: scored.exact.normalized,
        takenAt,
        recordedById: currentActor().userId,
      });
      await this.audit.record({ action: 'CREATE', entity: 'Assessment', entityId: assessment.id, patientId: input.patientId }, tx);
      return assessment;
    });
  }

  /** A new version with the corrected responses (and activity names, else the current ones); only the latest version can be amended. */
  async amend(args: AmendAssessmentArgs): Promise<Assessment> {
    const current = await this.authorized(args.id, 'write');
    if (!current.isLatest) {
      throw new ConflictError('Only the latest version of an assessment can be amended', { field: 'id', rootId: current.rootId });
    }
    const scored = scoreOrRefuse(current.instrument, args.responses);
    const itemLabels = itemLabelsOrRefuse(current.instrument, args.responses, args.activities ?? current.itemLabels, 'activities');
    return this.assessments.transaction(async (tx) => {
      const amended = await this.assessments.insertAmendment(tx, current, {
        responses: args.responses,
        itemLabels,
        score: scored.score,
        normalized: scored.normalized,
        scoreExact: scored.exact.score,
        normalizedExact: scored.exact.normalized,
        amendReason: args.reason.trim(),
        recordedById: currentActor().userId,
      });
      if (!amended)
        throw new ConflictError('This assessment was amended at the same time by someone else; reload it and try again', {
          field: 'id',
          rootId: current.rootId,
        });
      await this.audit.record({ action: 'AMEND', entity: 'Assessment', entityId: amended.id, patientId: current.patientId }, tx);
      return amended;
    });
  }

  async get(id: string): Promise<Assessment> {
    const assessment = await this.authorized(id, 'read');
    await this.audit.record({ action: 'READ', entity: 'Assessment', entityId: id, patientId: assessment.patientId });
    return assessment;
  }

  async history(rootId: string): Promise<Assessment[]> {
    const versions = await this.assessments.versions(rootId);
    if (versions.length === 0) throw new NotFoundError('Assessment', rootId);
    await this.access.assertPatient(versions[0]!.patientId, 'read');
    await this.auditReads(versions);
    return versions;
  }

  async list(args: AssessmentListArgs): Promise<Assessment[]> {
    const filter = args.filter ?? {};
    await this.assertFilterAccess(filter);
    const rows = await this.assessments.list(
      filter,
      await this.access.scope(),
      pageRequest({ ...args, sortOrder: args.sortOrder ?? 'DESC' }, SORTABLE, 'takenAt'),
    );
    await this.auditReads(rows);
    return rows;
  }

  async count(args: AssessmentListArgs): Promise<number> {
    const filter = args.filter ?? {};
    await this.assertFilterAccess(filter);
    return this.assessments.count(filter, await this.access.scope());
  }

  private async authorized(id: string, action: 'read' | 'write'): Promise<Assessment> {
    const assessment = await this.assessments.findById(id);
    if (!assessment) throw new NotFoundError('Assessment', id);
    await this.access.assertPatient(assessment.patientId, action);
    return assessment;
  }

  /** A filter naming a patient or an episode the actor may not see is refused rather than silently empty. */
  private async assertFilterAccess(filter: { patientId?: string; episodeId?: string }): Promise<void> {
    if (filter.patientId) await this.access.assertPatient(filter.patientId, 'read');
    if (filter.episodeId) {
      const episode = await this.assessments.findEpisode(filter.episodeId);
      if (!episode) throw new NotFoundError('Episode', filter.episodeId);
      await this.access.assertPatient(episode.patientId, 'read');
    }
  }

  private auditReads(rows: Assessment[]): Promise<void> {
    return this.audit.recordMany(rows.map((a) => ({ action: 'READ', entity: 'Assessment', entityId: a.id, patientId: a.patientId })));
  }

  /** The explicit episode (from the input or the session), checked against the patient; null = join the open one. */
  private async checkedEpisodeId(input: RecordAssessmentInput, takenAt: Date): Promise<string | null> {
    let episodeId = input.episodeId ?? null;
    if (input.sessionId) {
      const session = await this.assessments.findSession(input.sessionId);
      if (!session) throw new NotFoundError('Session', input.sessionId);
      if (session.patientId !== input.patientId) throw BadInputError.field('sessionId', 'is a session of another patient');
      if (episodeId && session.episodeId && session.episodeId !== episodeId)
        throw BadInputError.field('sessionId', 'belongs to another episode of care');
      episodeId ??= session.episodeId;
    }
    if (!episodeId) return null;
    const episode = await this.assessments.findEpisode(episodeId);
    if (!episode) throw new NotFoundError('Episode', episodeId);
    if (episode.patientId !== input.patientId) throw BadInputError.field('episodeId', 'is an episode of another patient');
    if (episode.dischargedAt && takenAt > episode.dischargedAt) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'This episode was discharged before the assessment was taken; open a new episode', {
        field: 'takenAt',
      });
    }
    return episodeId;
  }
}
