import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access.decorators.js';
import { Role } from '../common/graphql/enums.js';
import { IdArgs } from '../common/graphql/id.args.js';
import { ListMetadata } from '../common/graphql/list.args.js';
import type { User } from '../generated/prisma/client.js';
import { CreateStaffArgs, UpdateUserArgs, UserListArgs } from './staff.inputs.js';
import { StaffService } from './staff.service.js';
import { PENDING_PASSWORD } from './staff.repository.js';
import { StaffStatus, UserModel } from './user.model.js';

/** Staff accounts: created with createStaff, then read and changed in the react-admin convention. */
@Resolver(() => UserModel)
export class StaffResolver {
  constructor(private readonly staff: StaffService) {}

  @Roles(Role.OWNER)
  @Query(() => UserModel, { name: 'User' })
  user(@Args() { id }: IdArgs): Promise<User> {
    return this.staff.get(id);
  }

  @Roles(Role.OWNER)
  @Query(() => [UserModel])
  allUsers(@Args() args: UserListArgs): Promise<User[]> {
    return this.staff.list(args);
  }

  @Roles(Role.OWNER)
  @Query(() => ListMetadata)
  async _allUsersMeta(@Args() args: UserListArgs): Promise<ListMetadata> {
    return { count: await this.staff.count(args) };
  }

  @Roles(Role.OWNER)
  @Mutation(() => UserModel, { description: 'Adds a staff account to the clinic; a therapist also gets a therapist profile' })
  createStaff(@Args() { input }: CreateStaffArgs): Promise<User> {
    return this.staff.create(input);
  }

  @Roles(Role.OWNER)
  @Mutation(() => UserModel, { description: 'Changes a staff account; active false deactivates it and ends every session of it at once' })
  updateUser(@Args() args: UpdateUserArgs): Promise<User> {
    return this.staff.update(args);
  }

  @ResolveField(() => StaffStatus)
  status(@Parent() user: User): StaffStatus {
    if (!user.active) return StaffStatus.INACTIVE;
    return user.passwordHash === PENDING_PASSWORD ? StaffStatus.INVITED : StaffStatus.ACTIVE;
  }
}
