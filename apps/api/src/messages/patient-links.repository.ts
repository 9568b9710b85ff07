// PatientLink rows: written with the message that carries them (in its transaction), found by the
// token's hash in the clinic its signature names, and marked used with a compare-and-set so that two
// clicks of one link act once.
import { Injectable } from '@nestjs/common';
import { PrismaService, type TenantTransaction } from '../database/prisma.service.js';
import { tenantCreate } from '../database/tenant-scope.js';
import type { PatientLink, PatientLinkPurpose, Prisma } from '../generated/prisma/client.js';

export interface NewPatientLink {
  tokenHash: string;
  purpose: PatientLinkPurpose;
  patientId: string;
  sessionId: string | null;
  offerId: string | null;
  requestId?: string | null;
  expiresAt: Date;
}

@Injectable()
export class PatientLinksRepository {
  constructor(private readonly prisma: PrismaService) {}

  async create(tx: TenantTransaction, link: NewPatientLink): Promise<void> {
    await tx.patientLink.create({ data: tenantCreate<Prisma.PatientLinkUncheckedCreateInput>(link) });
  }

  findByHash(tx: TenantTransaction, tokenHash: string): Promise<PatientLink | null> {
    return tx.patientLink.findFirst({ where: { tokenHash } });
  }

  /** False when another redemption got there first. */
  async markUsed(tx: TenantTransaction, id: string, at: Date): Promise<boolean> {
    const { count } = await tx.patientLink.updateMany({ where: { id, usedAt: null }, data: { usedAt: at } });
    return count === 1;
  }

  /** A transaction in the link's clinic: the patient has no account, the signed link names the clinic. */
  inClinic<T>(clinicId: string, fn: (tx: TenantTransaction) => Promise<T>): Promise<T> {
    return this.prisma.clinicTransaction(clinicId, fn);
  }
}
