import { QuestionnaireRequestsService } from '../../questionnaires/questionnaire-requests.service.js';
import { Injectable } from '@nestjs/common';
import { AppError, BadInputError, ErrorCode, NotFoundError } from '../../common/app-error.js';
import { pageRequest } from '../../common/graphql/list.args.js';
import type { EpisodeOfCare } from '../../generated/prisma/client.js';
import { ClinicalAccessService } from '../access/clinical-access.service.js';
import { AuditService } from '../../audit/audit.service.js';
import type { DischargeEpisodeArgs, EpisodeListArgs, OpenEpisodeInput } from './episode.inputs.js';
import { EpisodesRepository } from './episodes.repository.js';

const SORTABLE = ['startedAt', 'dischargedAt', 'region', 'chronicity'] as const;

@Injectable()
export class EpisodesService {
  constructor(
    private readonly episodes: EpisodesRepository,
    private readonly access: ClinicalAccessService,
    private readonly audit: AuditService,
    private readonly questionnaires: QuestionnaireRequestsService,
  ) {}

  /** Loads an episode the actor may act on: NOT_FOUND if it is not in the clinic, FORBIDDEN if not theirs. */
  async authorized(id: string, action: 'read' | 'write'): Promise<EpisodeOfCare> {
    const episode = await this.episodes.findById(id);
    if (!episode) throw new NotFoundError('Episode', id);
    await this.access.assertPatient(episode.patientId, action);
    return episode;
  }

  async get(id: string): Promise<EpisodeOfCare> {
    const episode = await this.authorized(id, 'read');
    await this.audit.record({ action: 'READ', entity: 'EpisodeOfCare', entityId: id, patientId: episode.patientId });
    return episode;
  }

  async list(args: EpisodeListArgs): Promise<EpisodeOfCare[]> {
    const filter = args.filter ?? {};
    if (filter.patientId) await this.access.assertPatient(filter.patientId, 'read');
    const rows = await this.episodes.list(
      filter,
      await this.access.scope(),
      pageRequest({ ...args, sortOrder: args.sortOrder ?? 'DESC' }, SORTABLE, 'startedAt'),
    );
    await this.audit.recordMany(rows.map((e) => ({ action: 'READ', entity: 'EpisodeOfCare', entityId: e.id, patientId: e.patientId })));
    return rows;
  }

  async count(args: EpisodeListArgs): Promise<number> {
    const filter = args.filter ?? {};
    if (filter.patientId) await this.access.assertPatient(filter.patientId, 'read');
    return this.episodes.count(filter, await this.access.scope());
  }

  async open(input: OpenEpisodeInput): Promise<EpisodeOfCare> {
    await this.access.assertPatient(input.patientId, 'write');
    const region = input.region ?? (await this.episodes.regionOfPatient(input.patientId))!;
    return this.episodes.transaction(async (tx) => {
      const episode = await this.episodes.insert(tx, {
        patientId: input.patientId,
        region,
        chronicity: input.chronicity ?? 'CHRONIC',
        goal: input.goal?.trim() ?? '',
        startedAt: input.startedAt ?? new Date(),
      });
      await this.audit.record({ action: 'CREATE', entity: 'EpisodeOfCare', entityId: episode.id, patientId: episode.patientId }, tx);
      return episode;
    });
  }

  async discharge(args: DischargeEpisodeArgs): Promise<EpisodeOfCare> {
    const episode = await this.authorized(args.id, 'write');
    const dischargedAt = args.dischargedAt ?? new Date();
    if (dischargedAt < episode.startedAt) throw BadInputError.field('dischargedAt', 'cannot be before the episode started');
    return this.episodes.transaction(async (tx) => {
      const discharged = await this.episodes.discharge(tx, args.id, dischargedAt, args.note?.trim() ?? '');
      if (!discharged) throw new AppError(ErrorCode.INVALID_TRANSITION, 'This episode of care is already discharged', { field: 'id' });
      await this.audit.record({ action: 'DISCHARGE', entity: 'EpisodeOfCare', entityId: args.id, patientId: episode.patientId }, tx);
      // The patient is asked how they are now, and again months later
      await this.questionnaires.episodeDischarged(tx, args.id, dischargedAt);
      return discharged;
    });
  }

  /** The open episode if any, else the latest; null when the patient has none. Access is the caller's. */
  current(patientId: string): Promise<EpisodeOfCare | null> {
    return this.episodes.findCurrent(patientId);
  }
}
