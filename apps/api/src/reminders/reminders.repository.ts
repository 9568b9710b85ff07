// What messages about sessions need to know, read in the caller's transaction: the session with its
// therapist and service, and the clinic's reminder settings.
import { Injectable } from '@nestjs/common';
import type { TenantTransaction } from '../database/prisma.service.js';
import { transactionClinicId } from '../database/tenant-scope.js';
import type { Prisma } from '../generated/prisma/client.js';

const SESSION_DETAILS = {
  id: true,
  patientId: true,
  status: true,
  startsAt: true,
  endsAt: true,
  createdAt: true,
  updatedAt: true,
  therapist: { select: { displayName: true } },
  serviceType: { select: { name: true } },
} as const;

export type SessionDetails = Prisma.SessionGetPayload<{ select: typeof SESSION_DETAILS }>;

const CLINIC_SETTINGS = {
  name: true,
  timezone: true,
  address: true,
  reminderOffsetsHours: true,
  reminderChannels: true,
  quietHoursStart: true,
  quietHoursEnd: true,
  lateCancelWindowHours: true,
} as const;

export type ReminderSettings = Prisma.ClinicGetPayload<{ select: typeof CLINIC_SETTINGS }>;

@Injectable()
export class RemindersRepository {
  sessions(tx: TenantTransaction, ids: string[]): Promise<SessionDetails[]> {
    return tx.session.findMany({ where: { id: { in: ids } }, select: SESSION_DETAILS, orderBy: { startsAt: 'asc' } });
  }

  seriesSessionIds(tx: TenantTransaction, seriesId: string): Promise<{ id: string }[]> {
    return tx.session.findMany({ where: { seriesId }, select: { id: true } });
  }

  /** The clinic of the transaction (Clinic is the tenant itself: named explicitly). */
  settings(tx: TenantTransaction): Promise<ReminderSettings> {
    return tx.clinic.findUniqueOrThrow({ where: { id: transactionClinicId() }, select: CLINIC_SETTINGS });
  }
}
