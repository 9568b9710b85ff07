// Rooms and service types of the actor's clinic. Names are unique per clinic; a row referenced by
// sessions is never deleted (deactivate it instead), so history keeps its meaning.
import { Injectable } from '@nestjs/common';
import { ConflictError } from '../../common/app-error.js';
import type { PageRequest } from '../../common/graphql/list.args.js';
import { isForeignKeyViolation, isUniqueViolation } from '../../database/database-errors.js';
import { PrismaService } from '../../database/prisma.service.js';
import { tenantCreate } from '../../database/tenant-scope.js';
import type { Modality, Prisma, Room, ServiceType } from '../../generated/prisma/client.js';

export interface CatalogQuery {
  q?: string;
  ids?: string[];
  active?: boolean;
  modality?: Modality;
}

export type RoomData = Pick<Room, 'name' | 'active'>;
export type ServiceTypeData = Pick<ServiceType, 'name' | 'modality' | 'durationMinutes' | 'bufferMinutes' | 'active'>;

function whereOf(query: CatalogQuery) {
  const where: { id?: { in: string[] }; active?: boolean; name?: Prisma.StringFilter; modality?: Modality } = {};
  if (query.ids) where.id = { in: query.ids };
  if (query.active !== undefined) where.active = query.active;
  if (query.modality) where.modality = query.modality;
  const q = query.q?.trim();
  if (q) where.name = { contains: q, mode: 'insensitive' };
  return where;
}

@Injectable()
export class CatalogRepository {
  constructor(private readonly prisma: PrismaService) {}

  findRoom(id: string): Promise<Room | null> {
    return this.prisma.tenant.room.findFirst({ where: { id } });
  }

  listRooms(query: CatalogQuery, page: PageRequest): Promise<Room[]> {
    const { modality: _ignored, ...where } = whereOf(query);
    return this.prisma.tenant.room.findMany({
      where,
      orderBy: [{ [page.sortField]: page.sortOrder }, { id: 'asc' }],
      skip: page.skip,
      take: page.take,
    });
  }

  countRooms(query: CatalogQuery): Promise<number> {
    const { modality: _ignored, ...where } = whereOf(query);
    return this.prisma.tenant.room.count({ where });
  }

  createRoom(data: RoomData): Promise<Room> {
    return this.prisma.tenant.room.create({ data: tenantCreate<Prisma.RoomUncheckedCreateInput>(data) }).catch((e) => nameTaken(e, 'room'));
  }

  async updateRoom(id: string, data: Partial<RoomData>): Promise<Room | null> {
    const { count } = await this.prisma.tenant.room.updateMany({ where: { id }, data }).catch((e) => nameTaken(e, 'room'));
    return count ? this.findRoom(id) : null;
  }

  async deleteRoom(id: string): Promise<Room | null> {
    const room = await this.findRoom(id);
    if (!room) return null;
    await this.refuseIfUsed({ roomId: id }, 'room');
    await this.prisma.tenant.room.deleteMany({ where: { id } }).catch((e) => inUse(e, 'room'));
    return room;
  }

  findServiceType(id: string): Promise<ServiceType | null> {
    return this.prisma.tenant.serviceType.findFirst({ where: { id } });
  }

  listServiceTypes(query: CatalogQuery, page: PageRequest): Promise<ServiceType[]> {
    return this.prisma.tenant.serviceType.findMany({
      where: whereOf(query),
      orderBy: [{ [page.sortField]: page.sortOrder }, { id: 'asc' }],
      skip: page.skip,
      take: page.take,
    });
  }

  countServiceTypes(query: CatalogQuery): Promise<number> {
    return this.prisma.tenant.serviceType.count({ where: whereOf(query) });
  }

  createServiceType(data: ServiceTypeData): Promise<ServiceType> {
    return this.prisma.tenant.serviceType
      .create({ data: tenantCreate<Prisma.ServiceTypeUncheckedCreateInput>(data) })
      .catch((e) => nameTaken(e, 'service type'));
  }

  async updateServiceType(id: string, data: Partial<ServiceTypeData>): Promise<ServiceType | null> {
    const { count } = await this.prisma.tenant.serviceType.updateMany({ where: { id }, data }).catch((e) => nameTaken(e, 'service type'));
    return count ? this.findServiceType(id) : null;
  }

  async deleteServiceType(id: string): Promise<ServiceType | null> {
    const serviceType = await this.findServiceType(id);
    if (!serviceType) return null;
    await this.refuseIfUsed({ serviceTypeId: id }, 'service type');
    await this.prisma.tenant.serviceType.deleteMany({ where: { id } }).catch((e) => inUse(e, 'service type'));
    return serviceType;
  }

  private async refuseIfUsed(where: Prisma.SessionWhereInput, entity: string): Promise<void> {
    const sessions = await this.prisma.tenant.session.count({ where });
    if (sessions > 0) throw inUseError(entity, sessions);
  }
}

function nameTaken(error: unknown, entity: string): never {
  throw isUniqueViolation(error) ? new ConflictError(`A ${entity} with this name already exists`, { field: 'name' }) : error;
}

/** The foreign key also refuses, for a session booked between our count and the delete. */
function inUse(error: unknown, entity: string): never {
  throw isForeignKeyViolation(error) ? inUseError(entity) : error;
}

function inUseError(entity: string, sessions?: number): ConflictError {
  return new ConflictError(
    `This ${entity} is used by ${sessions ?? 'existing'} session(s) and cannot be deleted; deactivate it instead (active: false)`,
    { field: 'id', sessions },
  );
}
