// Episodes of care. At most one open episode per patient is the partial unique index
// EpisodeOfCare_one_open_per_patient; a second open fails as a unique violation, which becomes CONFLICT here.
import { Injectable } from '@nestjs/common';
import { ConflictError } from '../../common/app-error.js';
import type { PageRequest } from '../../common/graphql/list.args.js';
import { isUniqueViolation } from '../../database/database-errors.js';
import { PrismaService, type TenantTransaction } from '../../database/prisma.service.js';
import { tenantCreate } from '../../database/tenant-scope.js';
import type { Chronicity, ComplaintRegion, EpisodeOfCare, Prisma } from '../../generated/prisma/client.js';
import type { PatientScope } from '../access/clinical-access.service.js';

export interface EpisodeData {
  patientId: string;
  region: ComplaintRegion;
  chronicity: Chronicity;
  goal: string;
  startedAt: Date;
}

export interface EpisodeQuery {
  patientId?: string;
  open?: boolean;
  ids?: string[];
}

/** Restricts a query on a patient-owned model to the patients the scope may see. */
export function patientScopeWhere(scope: PatientScope): { patientId?: { in: string[] } } {
  return scope.kind === 'all' ? {} : { patientId: { in: scope.patientIds } };
}

function whereOf(query: EpisodeQuery, scope: PatientScope): Prisma.EpisodeOfCareWhereInput {
  const where: Prisma.EpisodeOfCareWhereInput = { ...patientScopeWhere(scope) };
  if (query.patientId) where.patientId = query.patientId;
  if (query.ids) where.id = { in: query.ids };
  if (query.open !== undefined) where.dischargedAt = query.open ? null : { not: null };
  return where;
}

@Injectable()
export class EpisodesRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<EpisodeOfCare | null> {
    return this.prisma.tenant.episodeOfCare.findFirst({ where: { id } });
  }

  /** The open episode, else the most recently started one. */
  findCurrent(patientId: string): Promise<EpisodeOfCare | null> {
    return this.prisma.tenant.episodeOfCare.findFirst({
      where: { patientId },
      orderBy: [{ dischargedAt: { sort: 'desc', nulls: 'first' } }, { startedAt: 'desc' }, { id: 'asc' }],
    });
  }

  list(query: EpisodeQuery, scope: PatientScope, page: PageRequest): Promise<EpisodeOfCare[]> {
    return this.prisma.tenant.episodeOfCare.findMany({
      where: whereOf(query, scope),
      orderBy: [{ [page.sortField]: page.sortOrder }, { id: 'asc' }],
      skip: page.skip,
      take: page.take,
    });
  }

  count(query: EpisodeQuery, scope: PatientScope): Promise<number> {
    return this.prisma.tenant.episodeOfCare.count({ where: whereOf(query, scope) });
  }

  transaction<T>(fn: (tx: TenantTransaction) => Promise<T>): Promise<T> {
    return this.prisma.tenantTransaction(fn);
  }

  async insert(tx: TenantTransaction, data: EpisodeData): Promise<EpisodeOfCare> {
    try {
      // A savepoint would be needed to keep the transaction usable after a failure; the caller gives up instead.
      return await tx.episodeOfCare.create({ data: tenantCreate<Prisma.EpisodeOfCareUncheckedCreateInput>(data) });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError('This patient already has an open episode of care; discharge it first', { field: 'patientId' });
      }
      throw error;
    }
  }

  /** Discharges an open episode; null when it is not open (already discharged or not found). */
  async discharge(tx: TenantTransaction, id: string, dischargedAt: Date, note: string): Promise<EpisodeOfCare | null> {
    const { count } = await tx.episodeOfCare.updateMany({ where: { id, dischargedAt: null }, data: { dischargedAt, dischargeNote: note } });
    return count ? tx.episodeOfCare.findFirst({ where: { id } }) : null;
  }

  async openEpisodeIdOf(patientId: string): Promise<string | null> {
    const open = await this.prisma.tenant.episodeOfCare.findFirst({ where: { patientId, dischargedAt: null }, select: { id: true } });
    return open?.id ?? null;
  }

  async regionOfPatient(patientId: string): Promise<ComplaintRegion | null> {
    const patient = await this.prisma.tenant.patient.findFirst({ where: { id: patientId }, select: { complaintRegion: true } });
    return patient?.complaintRegion ?? null;
  }
}
