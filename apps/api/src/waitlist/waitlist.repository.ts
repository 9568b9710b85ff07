// Wait-list entries and the offers made to them, within one clinic. Entries are read with their
// patient, service, therapist and offers in one query, so a page of N entries costs one round trip.
import { Injectable } from '@nestjs/common';
import type { PageRequest } from '../common/graphql/list.args.js';
import { PrismaService, type TenantTransaction } from '../database/prisma.service.js';
import { tenantCreate } from '../database/tenant-scope.js';
import type { Prisma, WaitlistOffer, WaitlistStatus } from '../generated/prisma/client.js';

export const ENTRY_INCLUDE = {
  patient: true,
  serviceType: true,
  therapist: true,
  offers: { orderBy: { createdAt: 'desc' } },
} as const satisfies Prisma.WaitlistEntryInclude;

export type WaitlistEntryRecord = Prisma.WaitlistEntryGetPayload<{ include: typeof ENTRY_INCLUDE }>;

export interface WaitlistQuery {
  ids?: string[];
  patientId?: string;
  serviceTypeId?: string;
  therapistId?: string;
  status?: WaitlistStatus;
}

export interface NewWaitlistEntry {
  patientId: string;
  serviceTypeId: string;
  therapistId: string | null;
  windows: Prisma.InputJsonValue;
  earliestDate: Date | null;
  latestDate: Date | null;
  notes: string;
  createdById: string;
}

export interface WaitingCandidate {
  id: string;
  patientId: string;
  serviceTypeId: string;
  therapistId: string | null;
  windows: Prisma.JsonValue;
  earliestDate: Date | null;
  latestDate: Date | null;
}

function whereOf(query: WaitlistQuery): Prisma.WaitlistEntryWhereInput {
  const where: Prisma.WaitlistEntryWhereInput = {};
  if (query.ids) where.id = { in: query.ids };
  if (query.patientId) where.patientId = query.patientId;
  if (query.serviceTypeId) where.serviceTypeId = query.serviceTypeId;
  if (query.therapistId) where.therapistId = query.therapistId;
  if (query.status) where.status = query.status;
  return where;
}

@Injectable()
export class WaitlistRepository {
  constructor(private readonly prisma: PrismaService) {}

  async create(entry: NewWaitlistEntry): Promise<WaitlistEntryRecord> {
    // Created, then read through the scoped client: Prisma reads back a create's `include` by id alone,
    // a read of every clinic's shard under Citus (test/tenancy).
    const { id } = await this.prisma.tenant.waitlistEntry.create({
      data: tenantCreate<Prisma.WaitlistEntryUncheckedCreateInput>(entry),
      select: { id: true },
    });
    return this.prisma.tenant.waitlistEntry.findFirstOrThrow({ where: { id }, include: ENTRY_INCLUDE });
  }

  findById(id: string): Promise<WaitlistEntryRecord | null> {
    return this.prisma.tenant.waitlistEntry.findFirst({ where: { id }, include: ENTRY_INCLUDE });
  }

  list(query: WaitlistQuery, page: PageRequest): Promise<WaitlistEntryRecord[]> {
    return this.prisma.tenant.waitlistEntry.findMany({
      where: whereOf(query),
      include: ENTRY_INCLUDE,
      orderBy: [{ [page.sortField]: page.sortOrder }, { id: 'asc' }],
      skip: page.skip,
      take: page.take,
    });
  }

  count(query: WaitlistQuery): Promise<number> {
    return this.prisma.tenant.waitlistEntry.count({ where: whereOf(query) });
  }

  /** Deletes the entry and its offers (their links go with them). */
  async delete(id: string): Promise<boolean> {
    const { count } = await this.prisma.tenant.waitlistEntry.deleteMany({ where: { id } });
    return count === 1;
  }

  /** Waiting entries for a service, in the order the patients joined. */
  waitingFor(tx: TenantTransaction, serviceTypeIds: string[]): Promise<WaitingCandidate[]> {
    return tx.waitlistEntry.findMany({
      where: { status: 'WAITING', serviceTypeId: { in: serviceTypeIds } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, patientId: true, serviceTypeId: true, therapistId: true, windows: true, earliestDate: true, latestDate: true },
    });
  }

  /** A transaction of the current clinic, for offers made outside any other write. */
  transaction<T>(fn: (tx: TenantTransaction) => Promise<T>): Promise<T> {
    return this.prisma.tenantTransaction(fn);
  }

  /** Services that patients wait for with this therapist (or with anyone). */
  async waitingServiceIds(therapistId: string): Promise<string[]> {
    const rows = await this.prisma.tenant.waitlistEntry.findMany({
      where: { status: 'WAITING', OR: [{ therapistId }, { therapistId: null }] },
      select: { serviceTypeId: true },
      distinct: ['serviceTypeId'],
    });
    return rows.map((r) => r.serviceTypeId);
  }

  /**
   * The new offer, or null if this entry already holds an open offer of this time. An earlier offer of
   * the same time that was taken (by another patient, or by an owner's revert) or that expired is
   * opened again: the time is free once more.
   */
  async createOffer(
    tx: TenantTransaction,
    offer: { entryId: string; therapistId: string; startsAt: Date; roomId: string | null },
  ): Promise<WaitlistOffer | null> {
    const existing = await tx.waitlistOffer.findFirst({
      where: { entryId: offer.entryId, therapistId: offer.therapistId, startsAt: offer.startsAt },
    });
    if (!existing) return tx.waitlistOffer.create({ data: tenantCreate<Prisma.WaitlistOfferUncheckedCreateInput>(offer) });
    if (existing.status !== 'TAKEN' && existing.status !== 'EXPIRED') return null;
    const { count } = await tx.waitlistOffer.updateMany({
      where: { id: existing.id, status: existing.status },
      data: { status: 'OPEN', roomId: offer.roomId },
    });
    return count === 1 ? { ...existing, status: 'OPEN', roomId: offer.roomId } : null;
  }

  /** Open offers of this time become TAKEN. */
  async markTimeTaken(tx: TenantTransaction, time: { therapistId: string; startsAt: Date }): Promise<number> {
    const { count } = await tx.waitlistOffer.updateMany({
      where: { therapistId: time.therapistId, startsAt: time.startsAt, status: 'OPEN' },
      data: { status: 'TAKEN' },
    });
    return count;
  }

  async attachMessage(tx: TenantTransaction, offerId: string, messageId: string): Promise<void> {
    await tx.waitlistOffer.updateMany({ where: { id: offerId }, data: { messageId } });
  }
}
