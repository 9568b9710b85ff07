import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ALL_STAFF, Roles } from '../../common/access.decorators.js';
import { Role } from '../../common/graphql/enums.js';
import type { Clinic } from '../../generated/prisma/client.js';
import { UpdateClinicSettingsArgs } from './clinic-settings.inputs.js';
import { ClinicSettingsModel } from './clinic-settings.model.js';
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
}
