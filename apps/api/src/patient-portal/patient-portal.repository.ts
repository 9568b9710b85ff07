// What patient links read and change, always inside the transaction of the clinic the link's
// signature names, so row-level security holds even for a request nobody signed in for.
import { Injectable } from '@nestjs/common';
import type { TenantTransaction } from '../database/prisma.service.js';
import { transactionClinicId } from '../database/tenant-scope.js';
import type { Prisma } from '../generated/prisma/client.js';

const LINKED_SESSION = {
  id: true,
  patientId: true,
  therapistId: true,
  serviceTypeId: true,
  roomId: true,
  status: true,
  startsAt: true,
  endsAt: true,
  confirmedAt: true,
  lateCancel: true,
  createdAt: true,
  updatedAt: true,
  therapist: { select: { displayName: true } },
  serviceType: { select: { name: true, durationMinutes: true } },
} as const;

export type LinkedSession = Prisma.SessionGetPayload<{ select: typeof LINKED_SESSION }>;

const LINKED_OFFER = {
  id: true,
  therapistId: true,
  startsAt: true,
  roomId: true,
  status: true,
  entry: {
    select: {
      id: true,
      patientId: true,
      serviceTypeId: true,
      status: true,
      serviceType: { select: { name: true, durationMinutes: true } },
    },
  },
} as const;

export type LinkedOffer = Prisma.WaitlistOfferGetPayload<{ select: typeof LINKED_OFFER }>;

const CLINIC = { name: true, address: true, timezone: true, lateCancelWindowHours: true, minimumNoticeMinutes: true } as const;
export type LinkClinic = Prisma.ClinicGetPayload<{ select: typeof CLINIC }>;

@Injectable()
export class PatientPortalRepository {
  clinic(tx: TenantTransaction): Promise<LinkClinic> {
    return tx.clinic.findUniqueOrThrow({ where: { id: transactionClinicId() }, select: CLINIC });
  }

  session(tx: TenantTransaction, id: string): Promise<LinkedSession | null> {
    return tx.session.findFirst({ where: { id }, select: LINKED_SESSION });
  }

  offer(tx: TenantTransaction, id: string): Promise<LinkedOffer | null> {
    return tx.waitlistOffer.findFirst({ where: { id }, select: LINKED_OFFER });
  }

  therapistName(tx: TenantTransaction, id: string): Promise<string> {
    return tx.therapist.findFirstOrThrow({ where: { id }, select: { displayName: true } }).then((t) => t.displayName);
  }

  /**
   * Compare-and-set on a BOOKED session at the time the patient was shown (`read`); false when it is no
   * longer BOOKED or was moved meanwhile, so a confirmation or a late flag never lands on another time.
   */
  async confirm(tx: TenantTransaction, read: { id: string; startsAt: Date }, at: Date): Promise<boolean> {
    const { count } = await tx.session.updateMany({
      where: { id: read.id, status: 'BOOKED', startsAt: read.startsAt },
      data: { confirmedAt: at },
    });
    return count === 1;
  }

  async cancel(
    tx: TenantTransaction,
    read: { id: string; startsAt: Date },
    data: { cancelReason: string; cancelledAt: Date; lateCancel: boolean },
  ): Promise<boolean> {
    const { count } = await tx.session.updateMany({
      where: { id: read.id, status: 'BOOKED', startsAt: read.startsAt },
      data: { status: 'CANCELLED', ...data },
    });
    return count === 1;
  }

  /** The claim won: the offer is CLAIMED and its entry BOOKED (the time's other offers: WaitlistOffersService.withdraw). */
  async recordClaim(tx: TenantTransaction, offer: LinkedOffer, sessionId: string, at: Date): Promise<void> {
    await tx.waitlistOffer.updateMany({ where: { id: offer.id }, data: { status: 'CLAIMED', sessionId, claimedAt: at } });
    await tx.waitlistEntry.updateMany({ where: { id: offer.entry.id }, data: { status: 'BOOKED', sessionId } });
    // The patient's other open offers are moot now that they have a time.
    await tx.waitlistOffer.updateMany({ where: { entryId: offer.entry.id, status: 'OPEN' }, data: { status: 'EXPIRED' } });
  }

  async markTaken(tx: TenantTransaction, offerId: string): Promise<void> {
    await tx.waitlistOffer.updateMany({ where: { id: offerId, status: 'OPEN' }, data: { status: 'TAKEN' } });
  }
}
