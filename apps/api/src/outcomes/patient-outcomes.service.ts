// One patient's outcomes within an episode (PRODUCT.md section 6), computed by the domain's
// measureOutcome over the latest versions of the episode's assessments. The episode defaults to the
// open one, else the most recently started.
import { Injectable } from '@nestjs/common';
import {
  CLAIM_PERCENT,
  INSTRUMENT_CODES,
  MEANINGFUL_PERCENT,
  measureOutcome,
  sessionNumberAt,
  type MeasureOutcome,
  type OutcomePoint,
} from '@backtrack/domain';
import { BadInputError, NotFoundError } from '../common/app-error.js';
import { ClinicalAccessService } from '../clinical/access/clinical-access.service.js';
import { AuditService } from '../audit/audit.service.js';
import { EpisodesService } from '../clinical/episodes/episodes.service.js';
import type { AssessmentSource, EpisodeOfCare } from '../generated/prisma/client.js';
import { PatientOutcomesRepository } from './patient-outcomes.repository.js';

/** A point as charted: with who gave the answers. */
export interface SourcedPoint extends OutcomePoint {
  source: AssessmentSource;
}

export interface ChartedMeasure extends MeasureOutcome<SourcedPoint> {
  /** The chart's lines on the normalized scale: 50% of baseline (the claim) and 70% (a 30% improvement). */
  claimTarget: number;
  meaningfulTarget: number;
}

export interface PatientOutcomes {
  patientId: string;
  episode: EpisodeOfCare | null;
  measures: ChartedMeasure[];
}

@Injectable()
export class PatientOutcomesService {
  constructor(
    private readonly outcomes: PatientOutcomesRepository,
    private readonly episodes: EpisodesService,
    private readonly access: ClinicalAccessService,
    private readonly audit: AuditService,
  ) {}

  async of(patientId: string, episodeId?: string): Promise<PatientOutcomes> {
    await this.access.assertPatient(patientId, 'read');
    const episode = episodeId ? await this.episodeOf(patientId, episodeId) : await this.episodes.current(patientId);
    if (!episode) return { patientId, episode: null, measures: [] };

    const [assessments, sessionStarts] = await Promise.all([
      this.outcomes.latestAssessments(patientId, episode.id),
      this.outcomes.completedSessionStarts(patientId, episode.id),
    ]);
    const starts = sessionStarts.map((d) => d.getTime());
    const measures = INSTRUMENT_CODES.flatMap((instrument) => {
      const points = assessments
        .filter((a) => a.instrument === instrument)
        .map((a): SourcedPoint => ({
          assessmentId: a.id,
          takenAt: a.takenAt,
          sessionNumber: sessionNumberAt(starts, a.takenAt.getTime()),
          score: a.score,
          normalized: a.normalized,
          exact: { score: a.scoreExact, normalized: a.normalizedExact },
          source: a.source,
        }));
      const measure = measureOutcome(instrument, points);
      if (!measure) return [];
      const { normalized } = measure.baseline;
      return [
        {
          ...measure,
          claimTarget: (normalized * (100 - CLAIM_PERCENT)) / 100,
          meaningfulTarget: (normalized * (100 - MEANINGFUL_PERCENT)) / 100,
        },
      ];
    });
    await this.audit.record({ action: 'READ', entity: 'PatientOutcomes', entityId: episode.id, patientId });
    return { patientId, episode, measures };
  }

  private async episodeOf(patientId: string, episodeId: string): Promise<EpisodeOfCare> {
    const episode = await this.outcomes.findEpisode(episodeId);
    if (!episode) throw new NotFoundError('Episode', episodeId);
    if (episode.patientId !== patientId) throw BadInputError.field('episodeId', 'is an episode of another patient');
    return episode;
  }
}
