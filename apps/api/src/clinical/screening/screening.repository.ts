// Screenings and clearances, and the patient's clearance status they drive. Each write changes the
// status with a conditional update in the same transaction as the record, so concurrent writes
// cannot leave a status that contradicts the records.
import { Injectable } from '@nestjs/common';
import { PrismaService, type TenantTransaction } from '../../database/prisma.service.js';
import { tenantCreate } from '../../database/tenant-scope.js';
import type { Clearance, ClearanceStatus, Prisma, Screening } from '../../generated/prisma/client.js';

export interface ScreeningData {
  patientId: string;
  recordedById: string;
  acuteInjury: boolean;
  suspectedFracture: boolean;
  severeNerveSymptoms: boolean;
  recentSpinalSurgery: boolean;
  formVersion: number;
  answers: Record<string, boolean>;
  notes: string;
}

export interface ClearanceData {
  patientId: string;
  recordedById: string;
  clinician: string;
  note: string;
  clearedAt: Date;
}

@Injectable()
export class ScreeningRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(fn: (tx: TenantTransaction) => Promise<T>): Promise<T> {
    return this.prisma.tenantTransaction(fn);
  }

  insertScreening(tx: TenantTransaction, data: ScreeningData): Promise<Screening> {
    return tx.screening.create({ data: tenantCreate<Prisma.ScreeningUncheckedCreateInput>(data) });
  }

  insertClearance(tx: TenantTransaction, data: ClearanceData): Promise<Clearance> {
    return tx.clearance.create({ data: tenantCreate<Prisma.ClearanceUncheckedCreateInput>(data) });
  }

  /** Sets the status only if it is currently one of `from`; returns whether it changed. */
  async moveClearanceStatus(tx: TenantTransaction, patientId: string, from: ClearanceStatus[], to: ClearanceStatus): Promise<boolean> {
    const { count } = await tx.patient.updateMany({
      where: { id: patientId, clearanceStatus: { in: from } },
      data: { clearanceStatus: to },
    });
    return count > 0;
  }

  async clearanceStatusOf(patientId: string, tx?: TenantTransaction): Promise<ClearanceStatus | null> {
    const patient = await (tx ?? this.prisma.tenant).patient.findFirst({ where: { id: patientId }, select: { clearanceStatus: true } });
    return patient?.clearanceStatus ?? null;
  }

  /** The clearance status of many patients in one query. */
  async clearanceStatusesOf(patientIds: string[]): Promise<Map<string, ClearanceStatus>> {
    const rows = await this.prisma.tenant.patient.findMany({
      where: { id: { in: patientIds } },
      select: { id: true, clearanceStatus: true },
    });
    return new Map(rows.map((r) => [r.id, r.clearanceStatus]));
  }

  /** The latest screening (screeningsOf's first) of each of many patients, in one query. */
  async latestScreeningsOf(patientIds: string[]): Promise<Map<string, Screening>> {
    const rows = await this.prisma.tenant.screening.findMany({
      where: { patientId: { in: patientIds } },
      orderBy: [{ patientId: 'asc' }, { recordedAt: 'desc' }, { id: 'asc' }],
      distinct: ['patientId'],
    });
    return new Map(rows.map((r) => [r.patientId, r]));
  }

  screeningsOf(patientId: string): Promise<Screening[]> {
    return this.prisma.tenant.screening.findMany({ where: { patientId }, orderBy: [{ recordedAt: 'desc' }, { id: 'asc' }] });
  }

  clearancesOf(patientId: string): Promise<Clearance[]> {
    return this.prisma.tenant.clearance.findMany({ where: { patientId }, orderBy: [{ clearedAt: 'desc' }, { id: 'asc' }] });
  }
}
