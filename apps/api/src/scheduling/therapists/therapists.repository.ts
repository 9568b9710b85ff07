// Therapist profiles with their weekly hours and time off, always within the actor's clinic.
import { Injectable } from '@nestjs/common';
import type { WorkingBlock } from '@backtrack/domain';
import type { PageRequest } from '../../common/graphql/list.args.js';
import { groupBy } from '../../common/request-loaders.js';
import { PrismaService, type TenantTransaction } from '../../database/prisma.service.js';
import { tenantCreate } from '../../database/tenant-scope.js';
import type { Modality, Prisma, Therapist, TimeOff, WorkingHours } from '../../generated/prisma/client.js';

export interface TherapistQuery {
  q?: string;
  ids?: string[];
  userId?: string;
  active?: boolean;
  modality?: Modality;
}

export type TherapistWithSchedule = Therapist & { workingHours: WorkingHours[]; timeOff: TimeOff[] };

export interface TherapistData {
  displayName: string;
  credentials: string;
  modalities: Modality[];
  active: boolean;
}

function whereOf(query: TherapistQuery): Prisma.TherapistWhereInput {
  const where: Prisma.TherapistWhereInput = {};
  if (query.ids) where.id = { in: query.ids };
  if (query.userId) where.userId = query.userId;
  if (query.active !== undefined) where.active = query.active;
  if (query.modality) where.modalities = { has: query.modality };
  const q = query.q?.trim();
  if (q) where.displayName = { contains: q, mode: 'insensitive' };
  return where;
}

/** Hours and the time off that still matters (not yet over), so lists cost one round of queries. */
function scheduleInclude() {
  return {
    workingHours: { orderBy: [{ weekday: 'asc' as const }, { startTime: 'asc' as const }] },
    timeOff: { where: { endsAt: { gt: new Date() } }, orderBy: { startsAt: 'asc' as const } },
  };
}

export function toWorkingBlocks(rows: WorkingHours[]): WorkingBlock[] {
  return rows.map((r) => ({ weekday: r.weekday, start: r.startTime, end: r.endTime }));
}

@Injectable()
export class TherapistsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<TherapistWithSchedule | null> {
    return this.prisma.tenant.therapist.findFirst({ where: { id }, include: scheduleInclude() });
  }

  list(query: TherapistQuery, page: PageRequest): Promise<TherapistWithSchedule[]> {
    return this.prisma.tenant.therapist.findMany({
      where: whereOf(query),
      include: scheduleInclude(),
      orderBy: [{ [page.sortField]: page.sortOrder }, { id: 'asc' }],
      skip: page.skip,
      take: page.take,
    });
  }

  count(query: TherapistQuery): Promise<number> {
    return this.prisma.tenant.therapist.count({ where: whereOf(query) });
  }

  /** The weekly hours of many therapists in one query, in scheduleInclude's order. */
  async workingHoursOf(therapistIds: string[]): Promise<Map<string, WorkingHours[]>> {
    const rows = await this.prisma.tenant.workingHours.findMany({
      where: { therapistId: { in: therapistIds } },
      orderBy: [{ therapistId: 'asc' }, ...scheduleInclude().workingHours.orderBy],
    });
    return groupBy(rows, (r) => r.therapistId);
  }

  /** The time off still to come (or under way) of many therapists in one query, as scheduleInclude reads it. */
  async timeOffOf(therapistIds: string[]): Promise<Map<string, TimeOff[]>> {
    const { where, orderBy } = scheduleInclude().timeOff;
    const rows = await this.prisma.tenant.timeOff.findMany({
      where: { ...where, therapistId: { in: therapistIds } },
      orderBy: [{ therapistId: 'asc' }, orderBy],
    });
    return groupBy(rows, (r) => r.therapistId);
  }

  async update(id: string, data: Partial<TherapistData>): Promise<TherapistWithSchedule | null> {
    const { count } = await this.prisma.tenant.therapist.updateMany({ where: { id }, data });
    return count ? this.findById(id) : null;
  }

  /** Replaces the whole weekly set in one transaction: readers see the old set or the new one. */
  async replaceWorkingHours(therapistId: string, blocks: WorkingBlock[]): Promise<void> {
    await this.prisma.tenantTransaction(async (tx: TenantTransaction) => {
      await tx.workingHours.deleteMany({ where: { therapistId } });
      if (blocks.length === 0) return;
      await tx.workingHours.createMany({
        data: blocks.map((b) =>
          tenantCreate<Prisma.WorkingHoursCreateManyInput>({ therapistId, weekday: b.weekday, startTime: b.start, endTime: b.end }),
        ),
      });
    });
  }

  addTimeOff(data: { therapistId: string; startsAt: Date; endsAt: Date; reason: string }): Promise<TimeOff> {
    return this.prisma.tenant.timeOff.create({ data: tenantCreate<Prisma.TimeOffUncheckedCreateInput>(data) });
  }

  findTimeOff(id: string): Promise<TimeOff | null> {
    return this.prisma.tenant.timeOff.findFirst({ where: { id } });
  }

  async removeTimeOff(id: string): Promise<boolean> {
    const { count } = await this.prisma.tenant.timeOff.deleteMany({ where: { id } });
    return count > 0;
  }
}
