// The names behind the author ids of clinical records ("who made this version"). A list of N records
// asks once: every lookup made while a response is being resolved joins one batch per request (see
// common/request-loaders.ts), so a history of ten versions costs one query, not ten. Staff accounts
// are never deleted, only deactivated.
import { Injectable } from '@nestjs/common';
import { loadBatched } from '../common/request-loaders.js';
import { PrismaService } from '../database/prisma.service.js';
import type { StaffMemberModel } from './staff-member.model.js';

@Injectable()
export class StaffDirectoryRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The staff members with these ids, in one query. */
  async members(ids: readonly string[]): Promise<Map<string, StaffMemberModel>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.prisma.tenant.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true, role: true } });
    return new Map(rows.map((row) => [row.id, row as StaffMemberModel]));
  }

  /** One staff member, batched with the other lookups of this request; null for an unknown id. */
  member(id: string): Promise<StaffMemberModel | null> {
    return loadBatched<StaffMemberModel | null>('staff.member', id, this.fetchMembers, null);
  }

  private readonly fetchMembers = (ids: string[]) => this.members(ids);
}
