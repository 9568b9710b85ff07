import { Args, Query, Resolver } from '@nestjs/graphql';
import { ALL_STAFF, Roles } from '../../common/access.decorators.js';
import { AvailableSlotsArgs } from './availability.inputs.js';
import { SlotModel } from './availability.model.js';
import { AvailabilityService } from './availability.service.js';

@Resolver(() => SlotModel)
export class AvailabilityResolver {
  constructor(private readonly availability: AvailabilityService) {}

  @Roles(...ALL_STAFF)
  @Query(() => [SlotModel], { description: 'Bookable starts for a service with a therapist within [from, to), at most 31 days' })
  availableSlots(@Args() args: AvailableSlotsArgs): Promise<SlotModel[]> {
    return this.availability.slots(args);
  }
}
