// Staff accounts of the actor's clinic, and the rule that a THERAPIST account has a therapist profile.
import { Injectable } from '@nestjs/common';
import type { PageRequest } from '../common/graphql/list.args.js';
import { isUniqueViolation } from '../database/database-errors.js';
import { PrismaService, type TenantTransaction } from '../database/prisma.service.js';
import { tenantCreate } from '../database/tenant-scope.js';
import type { Prisma, Role, StaffInvite, User } from '../generated/prisma/client.js';
import type { UserFilter } from './staff.inputs.js';

export interface NewStaff {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

export interface NewInvite {
  userId: string;
  tokenHash: string;
  expiresAt: Date;
  createdById: string;
}

/** What a deactivation or a newer invitation does inside its transaction besides the account change. */
export type InTransaction = (tx: TenantTransaction, user: User) => Promise<void>;

/** An account invited by email has no password until the invitee sets one through the link. */
export const PENDING_PASSWORD = '';

function whereOf(filter: UserFilter): Prisma.UserWhereInput {
  const where: Prisma.UserWhereInput = {};
  if (filter.ids) where.id = { in: filter.ids };
  if (filter.role) where.role = filter.role;
  if (filter.active !== undefined) where.active = filter.active;
  const q = filter.q?.trim();
  if (q) where.OR = [{ name: { contains: q, mode: 'insensitive' } }, { email: { contains: q, mode: 'insensitive' } }];
  return where;
}

/**
 * "A therapist gets a profile", in one place: every path that makes a THERAPIST account (createStaff,
 * a role change, the demo seed) calls this. Idempotent, and race-safe through ON CONFLICT DO NOTHING
 * on the (clinicId, userId) unique key.
 */
export async function ensureTherapistProfile(db: TenantTransaction, user: Pick<User, 'id' | 'name' | 'role'>): Promise<void> {
  if (user.role !== 'THERAPIST') return;
  await db.therapist.createMany({
    data: [tenantCreate<Prisma.TherapistCreateManyInput>({ userId: user.id, displayName: user.name, modalities: [] })],
    skipDuplicates: true,
  });
}

@Injectable()
export class StaffRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<User | null> {
    return this.prisma.tenant.user.findFirst({ where: { id } });
  }

  list(filter: UserFilter, page: PageRequest): Promise<User[]> {
    return this.prisma.tenant.user.findMany({
      where: whereOf(filter),
      orderBy: [{ [page.sortField]: page.sortOrder }, { id: 'asc' }],
      skip: page.skip,
      take: page.take,
    });
  }

  count(filter: UserFilter): Promise<number> {
    return this.prisma.tenant.user.count({ where: whereOf(filter) });
  }

  /**
   * Creates a staff account in the actor's clinic; null when the email is registered already (emails
   * are unique across clinics). `then` runs in the same transaction (an invitation and its message).
   */
  async create(staff: NewStaff & { invitedAt?: Date }, then?: InTransaction): Promise<User | null> {
    try {
      return await this.prisma.tenantTransaction(async (tx: TenantTransaction) => {
        const user = await tx.user.create({
          data: tenantCreate<Prisma.UserUncheckedCreateInput>({ ...staff, email: staff.email.toLowerCase() }),
        });
        await ensureTherapistProfile(tx, user);
        await then?.(tx, user);
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  /**
   * Updates a staff account; becoming a THERAPIST creates the therapist profile if there is none. A
   * deactivation also increments the token version (every session of the account ends at once) and
   * withdraws its pending invitations; `onDeactivate` runs in the same transaction.
   */
  update(id: string, data: { name?: string; role?: Role; active?: boolean }, onDeactivate?: InTransaction): Promise<User | null> {
    return this.prisma.tenantTransaction(async (tx: TenantTransaction) => {
      const deactivating = data.active === false && (await tx.user.count({ where: { id, active: true } })) > 0;
      const { count } = await tx.user.updateMany({
        where: { id },
        data: deactivating ? { ...data, tokenVersion: { increment: 1 } } : data,
      });
      if (!count) return null;
      const user = (await tx.user.findFirst({ where: { id } }))!;
      await ensureTherapistProfile(tx, user);
      if (deactivating) {
        await this.revokeInvites(tx, id);
        await onDeactivate?.(tx, user);
      }
      return user;
    });
  }

  /** Runs `fn` in one transaction of the actor's clinic with the account locked; null when there is no such account. */
  withLockedUser<T>(id: string, fn: (tx: TenantTransaction, user: User) => Promise<T>): Promise<T | null> {
    return this.prisma.tenantTransaction(async (tx: TenantTransaction) => {
      const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE "id" = ${id}::uuid FOR UPDATE`;
      const user = locked && (await tx.user.findFirst({ where: { id } }));
      return user ? fn(tx, user) : null;
    });
  }

  async createInvite(tx: TenantTransaction, invite: NewInvite): Promise<StaffInvite> {
    return tx.staffInvite.create({ data: tenantCreate<Prisma.StaffInviteUncheckedCreateInput>(invite) });
  }

  /** Withdraws every invitation of the account not used yet; returns how many. */
  async revokeInvites(tx: TenantTransaction, userId: string): Promise<number> {
    const { count } = await tx.staffInvite.updateMany({
      where: { userId, usedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return count;
  }

  clinicName(tx: TenantTransaction, clinicId: string): Promise<string> {
    return tx.clinic.findUniqueOrThrow({ where: { id: clinicId }, select: { name: true } }).then((c) => c.name);
  }
}
