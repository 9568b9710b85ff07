import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ALL_STAFF, Roles } from '../common/access.decorators.js';
import { Role } from '../common/graphql/enums.js';
import { formatDateOnly } from '../common/graphql/date-only.js';
import { IdArgs } from '../common/graphql/id.args.js';
import { ListMetadata } from '../common/graphql/list.args.js';
import type { Patient } from '../generated/prisma/client.js';
import { CreatePatientArgs, PatientListArgs, UpdatePatientArgs } from './patient.inputs.js';
import { PatientModel } from './patient.model.js';
import { PatientsService } from './patients.service.js';

@Resolver(() => PatientModel)
export class PatientsResolver {
  constructor(private readonly patients: PatientsService) {}

  @Roles(...ALL_STAFF)
  @Query(() => PatientModel, { name: 'Patient' })
  patient(@Args() { id }: IdArgs): Promise<Patient> {
    return this.patients.get(id);
  }

  @Roles(...ALL_STAFF)
  @Query(() => [PatientModel])
  allPatients(@Args() args: PatientListArgs): Promise<Patient[]> {
    return this.patients.list(args);
  }

  @Roles(...ALL_STAFF)
  @Query(() => ListMetadata)
  async _allPatientsMeta(@Args() args: PatientListArgs): Promise<ListMetadata> {
    return { count: await this.patients.count(args) };
  }

  @Roles(...ALL_STAFF)
  @Mutation(() => PatientModel)
  createPatient(@Args() args: CreatePatientArgs): Promise<Patient> {
    return this.patients.create(args);
  }

  @Roles(...ALL_STAFF)
  @Mutation(() => PatientModel)
  updatePatient(@Args() args: UpdatePatientArgs): Promise<Patient> {
    return this.patients.update(args);
  }

  @Roles(Role.OWNER)
  @Mutation(() => PatientModel, { description: 'Deletes a patient who has no clinical history' })
  deletePatient(@Args() { id }: IdArgs): Promise<Patient> {
    return this.patients.delete(id);
  }

  @ResolveField(() => String)
  name(@Parent() patient: Patient): string {
    return `${patient.firstName} ${patient.lastName}`;
  }

  @ResolveField(() => String)
  dateOfBirth(@Parent() patient: Patient): string {
    return formatDateOnly(patient.dateOfBirth);
  }
}
