// Staff accounts of the actor's clinic, and the rule that a THERAPIST account has a therapist profile.
import { Injectable } from '@nestjs/common';
import type { PageRequest } from '../common/graphql/list.args.js';
import { isUniqueViolation } from '../database/database-errors.js';
import { PrismaService, type TenantTransaction } from '../database/prisma.service.js';
import { tenantCreate } from '../database/tenant-scope.js';
import type { Prisma, Role, User } from '../generated/prisma/client.js';
import type { UserFilter } from './staff.inputs.js';

export interface NewStaff {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

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

  /** Creates a staff account in the actor's clinic; null when the email is registered already (emails are unique across clinics). */
  async create(staff: NewStaff): Promise<User | null> {
    try {
      return await this.prisma.tenantTransaction(async (tx: TenantTransaction) => {
        const user = await tx.user.create({
          data: tenantCreate<Prisma.UserUncheckedCreateInput>({ ...staff, email: staff.email.toLowerCase() }),
        });
        await ensureTherapistProfile(tx, user);
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  /** Updates a staff account; becoming a THERAPIST creates the therapist profile if there is none. */
  update(id: string, data: { name?: string; role?: Role; active?: boolean }): Promise<User | null> {
    return this.prisma.tenantTransaction(async (tx: TenantTransaction) => {
      const { count } = await tx.user.updateMany({ where: { id }, data });
      if (!count) return null;
      const user = (await tx.user.findFirst({ where: { id } }))!;
      await ensureTherapistProfile(tx, user);
      return user;
    });
  }
}
