import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access.decorators.js';
import { Role } from '../common/graphql/enums.js';
import { ClinicOutcomesService, type OutcomeSummary } from './clinic-outcomes.service.js';
import { ClinicOutcomesArgs, PatientOutcomesArgs } from './outcomes.inputs.js';
import { OutcomeSummaryModel, PatientOutcomesModel } from './outcomes.model.js';
import { PatientOutcomesService, type PatientOutcomes } from './patient-outcomes.service.js';

@Resolver()
export class OutcomesResolver {
  constructor(
    private readonly patients: PatientOutcomesService,
    private readonly clinic: ClinicOutcomesService,
  ) {}

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => PatientOutcomesModel, { description: "A patient's outcomes within an episode of care, per instrument" })
  patientOutcomes(@Args() { patientId, episodeId }: PatientOutcomesArgs): Promise<PatientOutcomes> {
    return this.patients.of(patientId, episodeId);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => OutcomeSummaryModel, { description: 'Clinic outcome statistics; a therapist sees them over their own patients only' })
  clinicOutcomes(@Args() { filter }: ClinicOutcomesArgs): Promise<OutcomeSummary> {
    return this.clinic.summarize(filter ?? {});
  }
}
