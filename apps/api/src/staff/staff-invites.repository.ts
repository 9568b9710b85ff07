// Redeeming an invitation link: no one is signed in, so the work runs in the clinic the link's
// signature names (its row-level security applies), the StaffInvite row is found by the token's hash,
// and its use is a compare-and-set so two clicks of one link set one password.
import { Injectable } from '@nestjs/common';
import { PrismaService, type TenantTransaction } from '../database/prisma.service.js';
import type { Clinic, StaffInvite, User } from '../generated/prisma/client.js';
import { PENDING_PASSWORD } from './staff.repository.js';

export type InviteWithUser = StaffInvite & { user: User & { clinic: Pick<Clinic, 'name'> } };

@Injectable()
export class StaffInvitesRepository {
  constructor(private readonly prisma: PrismaService) {}

  inClinic<T>(clinicId: string, fn: (tx: TenantTransaction) => Promise<T>): Promise<T> {
    return this.prisma.clinicTransaction(clinicId, fn);
  }

  findByHash(tx: TenantTransaction, tokenHash: string): Promise<InviteWithUser | null> {
    return tx.staffInvite.findFirst({ where: { tokenHash }, include: { user: { include: { clinic: { select: { name: true } } } } } });
  }

  /**
   * Marks the invitation used and sets the account's first password, both or neither; false when
   * another redemption, a newer invitation or a deactivation got there first.
   */
  async redeem(tx: TenantTransaction, invite: StaffInvite, passwordHash: string, at: Date): Promise<boolean> {
    const used = await tx.staffInvite.updateMany({
      where: { id: invite.id, usedAt: null, revokedAt: null, expiresAt: { gt: at } },
      data: { usedAt: at },
    });
    if (used.count !== 1) return false;
    const set = await tx.user.updateMany({
      where: { id: invite.userId, active: true, passwordHash: PENDING_PASSWORD },
      data: { passwordHash, inviteAcceptedAt: at },
    });
    if (set.count !== 1) throw new InviteNoLongerValid();
    return true;
  }
}

/** Thrown inside the redemption's transaction to roll back the link's use when the account cannot take it. */
export class InviteNoLongerValid extends Error {}
