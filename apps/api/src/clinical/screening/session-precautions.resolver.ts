import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { precautionsFor, type ScreeningModality } from '@backtrack/domain';
import { SessionModel } from '../../scheduling/sessions/session.model.js';
import type { SessionRecord } from '../../scheduling/sessions/sessions.repository.js';
import { ScreeningAnswerModel } from './screening.model.js';
import { answersOf, ScreeningService } from './screening.service.js';

// What the therapist should know before this session: the precautions of the patient's latest
// screening that concern the session's modality (anticoagulants for deep tissue, pregnancy for hot
// stones). They never block booking; contraindications and red flags do, until a clearance.
@Resolver(() => SessionModel)
export class SessionPrecautionsResolver {
  constructor(private readonly screenings: ScreeningService) {}

  @ResolveField(() => [ScreeningAnswerModel], {
    description: "Precautions from the patient's latest screening for this session's modality",
  })
  async precautions(@Parent() session: SessionRecord): Promise<ScreeningAnswerModel[]> {
    const latest = await this.screenings.latestScreeningOf(session.patientId);
    if (!latest) return [];
    const modality = (session.serviceType?.modality ?? null) as ScreeningModality | null;
    return precautionsFor(latest.formVersion, answersOf(latest), modality).map((p) => ({
      key: p.key,
      kind: p.kind as ScreeningAnswerModel['kind'],
      label: p.label,
      yes: true,
      advice: p.advice ?? null,
      modalities: p.modalities ? ([...p.modalities] as ScreeningAnswerModel['modalities']) : null,
    }));
  }
}
