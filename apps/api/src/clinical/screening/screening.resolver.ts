import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/access.decorators.js';
import { ClearanceStatus, Role } from '../../common/graphql/enums.js';
import type { Clearance, Screening } from '../../generated/prisma/client.js';
import { PatientIdArgs, RecordClearanceArgs, RecordScreeningArgs } from './screening.inputs.js';
import { ClearanceModel, ScreeningAnswerModel, ScreeningModel } from './screening.model.js';
import { screeningForm } from '@backtrack/domain';
import type { Modality } from '../../generated/prisma/enums.js';
import { answersOf, contraindicationsOf, ScreeningService } from './screening.service.js';

@Resolver(() => ScreeningModel)
export class ScreeningResolver {
  constructor(private readonly screening: ScreeningService) {}

  @Roles(Role.OWNER, Role.FRONT_DESK, Role.THERAPIST)
  @Mutation(() => ScreeningModel, { description: 'Any contraindication sets the clearance status to NEEDS_MEDICAL_CLEARANCE' })
  recordScreening(@Args() { input }: RecordScreeningArgs): Promise<Screening> {
    return this.screening.recordScreening(input);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => ClearanceModel, {
    description: 'Records a medical clearance; only for a patient whose status is NEEDS_MEDICAL_CLEARANCE',
  })
  recordClearance(@Args() { input }: RecordClearanceArgs): Promise<Clearance> {
    return this.screening.recordClearance(input);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => [ScreeningModel], { description: "A patient's screenings, newest first" })
  screenings(@Args() { patientId }: PatientIdArgs): Promise<Screening[]> {
    return this.screening.screeningsOf(patientId);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => [ClearanceModel], { description: "A patient's medical clearances, newest first" })
  clearances(@Args() { patientId }: PatientIdArgs): Promise<Clearance[]> {
    return this.screening.clearancesOf(patientId);
  }

  @ResolveField(() => [String])
  contraindications(@Parent() screening: Screening): string[] {
    return contraindicationsOf(screening);
  }

  @ResolveField(() => [ScreeningAnswerModel])
  answers(@Parent() screening: Screening): ScreeningAnswerModel[] {
    const given = answersOf(screening);
    return screeningForm(screening.formVersion).questions.map((q) => ({
      key: q.key,
      kind: q.kind as ScreeningAnswerModel['kind'],
      label: q.label,
      yes: given[q.key] === true,
      advice: q.advice ?? null,
      modalities: q.modalities ? ([...q.modalities] as Modality[]) : null,
    }));
  }

  @ResolveField(() => ClearanceStatus)
  patientClearanceStatus(@Parent() screening: Screening): Promise<ClearanceStatus> {
    return this.screening.clearanceStatusOf(screening.patientId);
  }
}
