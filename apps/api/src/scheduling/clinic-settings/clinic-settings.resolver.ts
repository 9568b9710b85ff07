import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { COMPLAINT_REGIONS, INSTRUMENT_CODES, instrumentsByRegionOf } from '@backtrack/domain';
import { licensedTextOf } from '../../questionnaires/patient-questionnaire.service.js';
import { LicensedItemTextModel } from '../../questionnaires/questionnaire.model.js';
import { ALL_STAFF, Roles } from '../../common/access.decorators.js';
import { Role } from '../../common/graphql/enums.js';
import type { Clinic } from '../../generated/prisma/client.js';
import { UpdateClinicSettingsArgs } from './clinic-settings.inputs.js';
import { ClinicSettingsModel, RegionInstrumentsModel } from './clinic-settings.model.js';
import { ClinicSettingsService } from './clinic-settings.service.js';

@Resolver(() => ClinicSettingsModel)
export class ClinicSettingsResolver {
  constructor(private readonly settings: ClinicSettingsService) {}

  @Roles(...ALL_STAFF)
  @Query(() => ClinicSettingsModel)
  clinicSettings(): Promise<Clinic> {
    return this.settings.get();
  }

  @Roles(Role.OWNER)
  @Mutation(() => ClinicSettingsModel)
  updateClinicSettings(@Args() args: UpdateClinicSettingsArgs): Promise<Clinic> {
    return this.settings.update(args);
  }

  @ResolveField(() => [RegionInstrumentsModel])
  questionnaireInstruments(@Parent() clinic: Clinic): RegionInstrumentsModel[] {
    const byRegion = instrumentsByRegionOf(clinic.questionnaireInstruments);
    return COMPLAINT_REGIONS.map((region) => ({ region, instruments: byRegion[region] }));
  }

  @ResolveField(() => [LicensedItemTextModel])
  licensedItemText(@Parent() clinic: Clinic): LicensedItemTextModel[] {
    return licensedTextOf(clinic.licensedItemText, INSTRUMENT_CODES);
  }
}
