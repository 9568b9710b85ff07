import { Injectable } from '@nestjs/common';
import type { PageRequest } from '../common/graphql/list.args.js';
import { PrismaService, type TenantTransaction } from '../database/prisma.service.js';
import type { Prisma, Role, User } from '../generated/prisma/client.js';
import type { UserFilter } from './staff.inputs.js';

function whereOf(filter: UserFilter): Prisma.UserWhereInput {
  const where: Prisma.UserWhereInput = {};
  if (filter.ids) where.id = { in: filter.ids };
  if (filter.role) where.role = filter.role;
  if (filter.active !== undefined) where.active = filter.active;
  const q = filter.q?.trim();
  if (q) where.OR = [{ name: { contains: q, mode: 'insensitive' } }, { email: { contains: q, mode: 'insensitive' } }];
  return where;
}

@Injectable()
export class StaffRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<User | null> {
    return this.prisma.tenant.user.findFirst({ where: { id } });
  }

  list(filter: UserFilter, page: PageRequest): Promise<User[]> {
    return this.prisma.tenant.user.findMany({ where: whereOf(filter), orderBy: [{ [page.sortField]: page.sortOrder }, { id: 'asc' }], skip: page.skip, take: page.take });
  }

  count(filter: UserFilter): Promise<number> {
    return this.prisma.tenant.user.count({ where: whereOf(filter) });
  }

  /** Updates a staff account; becoming a THERAPIST creates the therapist profile if there is none. */
  update(id: string, data: { name?: string; role?: Role; active?: boolean }): Promise<User | null> {
    return this.prisma.tenant.$transaction(async (tx: TenantTransaction) => {
      const { count } = await tx.user.updateMany({ where: { id }, data });
      if (!count) return null;
      const user = (await tx.user.findFirst({ where: { id } }))!;
      if (user.role === 'THERAPIST' && (await tx.therapist.count({ where: { userId: id } })) === 0) {
        await tx.therapist.create({ data: { userId: id, displayName: user.name, modalities: [] } as never });
      }
      return user;
    });
  }
}
