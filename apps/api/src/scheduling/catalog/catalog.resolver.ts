import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ALL_STAFF, Roles } from '../../common/access.decorators.js';
import { Role } from '../../common/graphql/enums.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { ListMetadata } from '../../common/graphql/list.args.js';
import type { Room, ServiceType } from '../../generated/prisma/client.js';
import {
  CreateRoomArgs,
  CreateServiceTypeArgs,
  RoomListArgs,
  ServiceTypeListArgs,
  UpdateRoomArgs,
  UpdateServiceTypeArgs,
} from './catalog.inputs.js';
import { CatalogService } from './catalog.service.js';
import { RoomModel } from './room.model.js';
import { ServiceTypeModel } from './service-type.model.js';

/** Rooms in the react-admin convention: every staff member reads, the owner writes. */
@Resolver(() => RoomModel)
export class RoomsResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Roles(...ALL_STAFF)
  @Query(() => RoomModel, { name: 'Room' })
  room(@Args() { id }: IdArgs): Promise<Room> {
    return this.catalog.room(id);
  }

  @Roles(...ALL_STAFF)
  @Query(() => [RoomModel])
  allRooms(@Args() args: RoomListArgs): Promise<Room[]> {
    return this.catalog.rooms(args);
  }

  @Roles(...ALL_STAFF)
  @Query(() => ListMetadata)
  async _allRoomsMeta(@Args() args: RoomListArgs): Promise<ListMetadata> {
    return { count: await this.catalog.countRooms(args) };
  }

  @Roles(Role.OWNER)
  @Mutation(() => RoomModel)
  createRoom(@Args() args: CreateRoomArgs): Promise<Room> {
    return this.catalog.createRoom(args);
  }

  @Roles(Role.OWNER)
  @Mutation(() => RoomModel)
  updateRoom(@Args() args: UpdateRoomArgs): Promise<Room> {
    return this.catalog.updateRoom(args);
  }

  @Roles(Role.OWNER)
  @Mutation(() => RoomModel, { description: 'Refused with CONFLICT while sessions use the room; deactivate it instead' })
  deleteRoom(@Args() { id }: IdArgs): Promise<Room> {
    return this.catalog.deleteRoom(id);
  }
}

/** Service types in the react-admin convention: every staff member reads, the owner writes. */
@Resolver(() => ServiceTypeModel)
export class ServiceTypesResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Roles(...ALL_STAFF)
  @Query(() => ServiceTypeModel, { name: 'ServiceType' })
  serviceType(@Args() { id }: IdArgs): Promise<ServiceType> {
    return this.catalog.serviceType(id);
  }

  @Roles(...ALL_STAFF)
  @Query(() => [ServiceTypeModel])
  allServiceTypes(@Args() args: ServiceTypeListArgs): Promise<ServiceType[]> {
    return this.catalog.serviceTypes(args);
  }

  @Roles(...ALL_STAFF)
  @Query(() => ListMetadata)
  async _allServiceTypesMeta(@Args() args: ServiceTypeListArgs): Promise<ListMetadata> {
    return { count: await this.catalog.countServiceTypes(args) };
  }

  @Roles(Role.OWNER)
  @Mutation(() => ServiceTypeModel)
  createServiceType(@Args() args: CreateServiceTypeArgs): Promise<ServiceType> {
    return this.catalog.createServiceType(args);
  }

  @Roles(Role.OWNER)
  @Mutation(() => ServiceTypeModel)
  updateServiceType(@Args() args: UpdateServiceTypeArgs): Promise<ServiceType> {
    return this.catalog.updateServiceType(args);
  }

  @Roles(Role.OWNER)
  @Mutation(() => ServiceTypeModel, { description: 'Refused with CONFLICT while sessions use it; deactivate it instead' })
  deleteServiceType(@Args() { id }: IdArgs): Promise<ServiceType> {
    return this.catalog.deleteServiceType(id);
  }
}
