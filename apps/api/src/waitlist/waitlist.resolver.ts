import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access.decorators.js';
import { formatDateOnly } from '../common/graphql/date-only.js';
import { Role } from '../common/graphql/enums.js';
import { IdArgs } from '../common/graphql/id.args.js';
import { ListMetadata } from '../common/graphql/list.args.js';
import { CreateWaitlistEntryArgs, WaitlistListArgs } from './waitlist.inputs.js';
import { WaitlistEntryModel, WaitlistWindowModel } from './waitlist.model.js';
import type { WaitlistEntryRecord } from './waitlist.repository.js';
import { WaitlistService } from './waitlist.service.js';

// The front desk and the owner keep the wait list; therapists see their schedule, not who is waiting.
@Resolver(() => WaitlistEntryModel)
export class WaitlistResolver {
  constructor(private readonly waitlist: WaitlistService) {}

  @Roles(Role.OWNER, Role.FRONT_DESK)
  @Query(() => WaitlistEntryModel, { name: 'WaitlistEntry' })
  entry(@Args() { id }: IdArgs): Promise<WaitlistEntryRecord> {
    return this.waitlist.get(id);
  }

  @Roles(Role.OWNER, Role.FRONT_DESK)
  @Query(() => [WaitlistEntryModel], { description: 'Oldest first by default: the order offers are made in' })
  allWaitlistEntries(@Args() args: WaitlistListArgs): Promise<WaitlistEntryRecord[]> {
    return this.waitlist.list(args);
  }

  @Roles(Role.OWNER, Role.FRONT_DESK)
  @Query(() => ListMetadata)
  async _allWaitlistEntriesMeta(@Args() args: WaitlistListArgs): Promise<ListMetadata> {
    return { count: await this.waitlist.count(args) };
  }

  @Roles(Role.OWNER, Role.FRONT_DESK)
  @Mutation(() => WaitlistEntryModel)
  createWaitlistEntry(@Args() { input }: CreateWaitlistEntryArgs): Promise<WaitlistEntryRecord> {
    return this.waitlist.create(input);
  }

  @Roles(Role.OWNER, Role.FRONT_DESK)
  @Mutation(() => WaitlistEntryModel, { description: 'Removes the entry and withdraws its open offers' })
  deleteWaitlistEntry(@Args() { id }: IdArgs): Promise<WaitlistEntryRecord> {
    return this.waitlist.delete(id);
  }

  @ResolveField(() => [WaitlistWindowModel])
  windows(@Parent() entry: WaitlistEntryRecord): WaitlistWindowModel[] {
    return entry.windows as unknown as WaitlistWindowModel[];
  }

  @ResolveField(() => String, { nullable: true })
  earliestDate(@Parent() entry: WaitlistEntryRecord): string | null {
    return entry.earliestDate && formatDateOnly(entry.earliestDate);
  }

  @ResolveField(() => String, { nullable: true })
  latestDate(@Parent() entry: WaitlistEntryRecord): string | null {
    return entry.latestDate && formatDateOnly(entry.latestDate);
  }
}
