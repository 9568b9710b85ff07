import { Injectable } from '@nestjs/common';
import type { PageRequest } from '../common/graphql/list.args.js';
import { PrismaService, type TenantTransaction } from '../database/prisma.service.js';
import { tenantCreate } from '../database/tenant-scope.js';
import type { AuditEvent, Prisma, Role } from '../generated/prisma/client.js';

export interface AuditEventData {
  actorId: string;
  actorRole: Role;
  action: string;
  entity: string;
  entityId: string | null;
  patientId: string | null;
  requestId: string | null;
}

export interface AuditQuery {
  actorId?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  patientId?: string;
  from?: Date;
  to?: Date;
}

function whereOf(query: AuditQuery): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (query.actorId) where.actorId = query.actorId;
  if (query.action) where.action = query.action;
  if (query.entity) where.entity = query.entity;
  if (query.entityId) where.entityId = query.entityId;
  if (query.patientId) where.patientId = query.patientId;
  if (query.from || query.to) where.at = { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lt: query.to } : {}) };
  return where;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  async insert(events: AuditEventData[], tx?: TenantTransaction): Promise<void> {
    if (events.length === 0) return;
    await (tx ?? this.prisma.tenant).auditEvent.createMany({ data: events.map((e) => tenantCreate<Prisma.AuditEventCreateManyInput>(e)) });
  }

  findById(id: string): Promise<AuditEvent | null> {
    return this.prisma.tenant.auditEvent.findFirst({ where: { id } });
  }

  list(query: AuditQuery, page: PageRequest): Promise<AuditEvent[]> {
    return this.prisma.tenant.auditEvent.findMany({
      where: whereOf(query),
      orderBy: [{ [page.sortField]: page.sortOrder }, { id: 'asc' }],
      skip: page.skip,
      take: page.take,
    });
  }

  count(query: AuditQuery): Promise<number> {
    return this.prisma.tenant.auditEvent.count({ where: whereOf(query) });
  }
}
