import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/app-error.js';
import { pageRequest } from '../../common/graphql/list.args.js';
import type { Room, ServiceType } from '../../generated/prisma/client.js';
import type {
  CreateRoomArgs,
  CreateServiceTypeArgs,
  RoomListArgs,
  ServiceTypeListArgs,
  UpdateRoomArgs,
  UpdateServiceTypeArgs,
} from './catalog.inputs.js';
import { CatalogRepository, type ServiceTypeData } from './catalog.repository.js';

const ROOM_SORTABLE = ['name', 'active', 'createdAt'] as const;
const SERVICE_SORTABLE = ['name', 'modality', 'durationMinutes', 'active', 'createdAt'] as const;

function found<T>(value: T | null, entity: string, id: string): T {
  if (!value) throw new NotFoundError(entity, id);
  return value;
}

@Injectable()
export class CatalogService {
  constructor(private readonly catalog: CatalogRepository) {}

  async room(id: string): Promise<Room> {
    return found(await this.catalog.findRoom(id), 'Room', id);
  }

  rooms(args: RoomListArgs): Promise<Room[]> {
    return this.catalog.listRooms(args.filter ?? {}, pageRequest(args, ROOM_SORTABLE, 'name'));
  }

  countRooms(args: RoomListArgs): Promise<number> {
    return this.catalog.countRooms(args.filter ?? {});
  }

  createRoom(args: CreateRoomArgs): Promise<Room> {
    return this.catalog.createRoom({ name: args.name.trim(), active: args.active ?? true });
  }

  async updateRoom(args: UpdateRoomArgs): Promise<Room> {
    return found(await this.catalog.updateRoom(args.id, { name: args.name?.trim(), active: args.active }), 'Room', args.id);
  }

  async deleteRoom(id: string): Promise<Room> {
    return found(await this.catalog.deleteRoom(id), 'Room', id);
  }

  async serviceType(id: string): Promise<ServiceType> {
    return found(await this.catalog.findServiceType(id), 'ServiceType', id);
  }

  serviceTypes(args: ServiceTypeListArgs): Promise<ServiceType[]> {
    return this.catalog.listServiceTypes(args.filter ?? {}, pageRequest(args, SERVICE_SORTABLE, 'name'));
  }

  countServiceTypes(args: ServiceTypeListArgs): Promise<number> {
    return this.catalog.countServiceTypes(args.filter ?? {});
  }

  createServiceType(args: CreateServiceTypeArgs): Promise<ServiceType> {
    return this.catalog.createServiceType({
      name: args.name.trim(),
      modality: args.modality,
      durationMinutes: args.durationMinutes,
      bufferMinutes: args.bufferMinutes ?? 0,
      active: args.active ?? true,
    });
  }

  async updateServiceType(args: UpdateServiceTypeArgs): Promise<ServiceType> {
    const data: Partial<ServiceTypeData> = {
      name: args.name?.trim(),
      modality: args.modality,
      durationMinutes: args.durationMinutes,
      bufferMinutes: args.bufferMinutes,
      active: args.active,
    };
    return found(await this.catalog.updateServiceType(args.id, data), 'ServiceType', args.id);
  }

  async deleteServiceType(id: string): Promise<ServiceType> {
    return found(await this.catalog.deleteServiceType(id), 'ServiceType', id);
  }
}
