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
  entityIds: string[];
  patientId: string | null;
  patientIds: string[];
  fields: string[];
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

/** An event with its actor's name, as the CSV export lists it. */
export type AuditExportRow = AuditEvent & { actorName: string | null };

function whereOf(query: AuditQuery): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (query.actorId) where.actorId = query.actorId;
  if (query.action) where.action = query.action;
  if (query.entity) where.entity = query.entity;
  // A read lists many records and may span patients: it matches any of them.
  const and: Prisma.AuditEventWhereInput[] = [];
  if (query.entityId) and.push({ OR: [{ entityId: query.entityId }, { entityIds: { has: query.entityId } }] });
  if (query.patientId) and.push({ OR: [{ patientId: query.patientId }, { patientIds: { has: query.patientId } }] });
  if (and.length > 0) where.AND = and;
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

  /** For events before anyone is signed in (login): written in the named clinic. */
  async insertInClinic(clinicId: string, event: AuditEventData): Promise<void> {
    await this.prisma.clinicTransaction(clinicId, (tx) => this.insert([event], tx));
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

  /** Up to `limit` events oldest first (after `after`, the last of the previous page), each with its actor's name. */
  async exportRows(query: AuditQuery, limit: number, after?: { at: Date; id: string }): Promise<AuditExportRow[]> {
    const where = whereOf(query);
    const events = await this.prisma.tenant.auditEvent.findMany({
      where: after ? { AND: [where, { OR: [{ at: { gt: after.at } }, { at: after.at, id: { gt: after.id } }] }] } : where,
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      take: limit,
    });
    const actors = await this.prisma.tenant.user.findMany({
      where: { id: { in: [...new Set(events.map((e) => e.actorId))] } },
      select: { id: true, name: true },
    });
    const names = new Map(actors.map((a) => [a.id, a.name]));
    return events.map((e) => ({ ...e, actorName: names.get(e.actorId) ?? null }));
  }
}
