import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ALL_STAFF, Roles } from '../../common/access.decorators.js';
import { Role } from '../../common/graphql/enums.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { ListMetadata } from '../../common/graphql/list.args.js';
import type { Therapist, TimeOff } from '../../generated/prisma/client.js';
import { TherapistScheduleService } from './therapist-schedule.service.js';
import { AddTimeOffArgs, SetWorkingHoursArgs, TherapistListArgs, UpdateTherapistArgs } from './therapist.inputs.js';
import { TherapistModel, TimeOffModel, WorkingBlockModel } from './therapist.model.js';
import { toWorkingBlocks, type TherapistWithSchedule } from './therapists.repository.js';
import { TherapistsService } from './therapists.service.js';

type TherapistParent = Therapist & Partial<Pick<TherapistWithSchedule, 'workingHours' | 'timeOff'>>;

/** Therapists in the react-admin convention; profiles are created with createStaff (role THERAPIST). */
@Resolver(() => TherapistModel)
export class TherapistsResolver {
  constructor(
    private readonly therapists: TherapistsService,
    private readonly schedule: TherapistScheduleService,
  ) {}

  @Roles(...ALL_STAFF)
  @Query(() => TherapistModel, { name: 'Therapist' })
  therapist(@Args() { id }: IdArgs): Promise<TherapistWithSchedule> {
    return this.therapists.get(id);
  }

  @Roles(...ALL_STAFF)
  @Query(() => [TherapistModel])
  allTherapists(@Args() args: TherapistListArgs): Promise<TherapistWithSchedule[]> {
    return this.therapists.list(args);
  }

  @Roles(...ALL_STAFF)
  @Query(() => ListMetadata)
  async _allTherapistsMeta(@Args() args: TherapistListArgs): Promise<ListMetadata> {
    return { count: await this.therapists.count(args) };
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => TherapistModel, { description: 'An owner edits any profile; a therapist their own (not `active`)' })
  updateTherapist(@Args() args: UpdateTherapistArgs): Promise<TherapistWithSchedule> {
    return this.therapists.update(args);
  }

  @Roles(Role.OWNER)
  @Mutation(() => TherapistModel, { description: "Replaces the therapist's weekly working hours (clinic local time)" })
  setWorkingHours(@Args() args: SetWorkingHoursArgs): Promise<TherapistWithSchedule> {
    return this.schedule.setWorkingHours(args);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => TimeOffModel, { description: 'An owner for anyone; a therapist for themself' })
  addTimeOff(@Args() args: AddTimeOffArgs): Promise<TimeOff> {
    return this.schedule.addTimeOff(args);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => TimeOffModel)
  removeTimeOff(@Args() { id }: IdArgs): Promise<TimeOff> {
    return this.schedule.removeTimeOff(id);
  }

  // Lists and reads load hours and time off with the therapist; a therapist nested in another
  // object (a session, a wait-list entry) loads them only if a client asks for them, batched per request.
  @ResolveField(() => [WorkingBlockModel])
  async workingHours(@Parent() therapist: TherapistParent): Promise<WorkingBlockModel[]> {
    return toWorkingBlocks(therapist.workingHours ?? (await this.therapists.workingHoursOf(therapist.id)));
  }

  @ResolveField(() => [TimeOffModel])
  async timeOff(@Parent() therapist: TherapistParent): Promise<TimeOff[]> {
    return therapist.timeOff ?? this.therapists.timeOffOf(therapist.id);
  }
}
