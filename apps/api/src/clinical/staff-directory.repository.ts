// The names behind the author ids of clinical records ("who made this version"). A list of N records
// asks once: every lookup made while a response is being resolved joins one batch per request, sent
// when the current round of field resolvers has run (setImmediate, after their promises settle), so a
// history of ten versions costs one query, not ten. Staff accounts are never deleted, only deactivated.
import { Injectable } from '@nestjs/common';
import { currentContext, type RequestContext } from '../common/request-context.js';
import { PrismaService } from '../database/prisma.service.js';
import type { StaffMemberModel } from './staff-member.model.js';

interface Waiter {
  resolve: (member: StaffMemberModel | null) => void;
  reject: (error: unknown) => void;
}

interface Batch {
  pending: Map<string, Waiter[]>;
  known: Map<string, StaffMemberModel | null>;
  scheduled: boolean;
}

@Injectable()
export class StaffDirectoryRepository {
  private readonly batches = new WeakMap<RequestContext, Batch>();

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
    const context = currentContext();
    if (!context) return this.members([id]).then((found) => found.get(id) ?? null);
    let batch = this.batches.get(context);
    if (!batch) {
      batch = { pending: new Map(), known: new Map(), scheduled: false };
      this.batches.set(context, batch);
    }
    if (batch.known.has(id)) return Promise.resolve(batch.known.get(id)!);
    const current = batch;
    return new Promise((resolve, reject) => {
      current.pending.set(id, [...(current.pending.get(id) ?? []), { resolve, reject }]);
      if (current.scheduled) return;
      current.scheduled = true;
      setImmediate(() => {
        const waiting = current.pending;
        current.pending = new Map();
        current.scheduled = false;
        this.members([...waiting.keys()]).then(
          (found) => {
            for (const [key, waiters] of waiting) {
              const member = found.get(key) ?? null;
              current.known.set(key, member);
              waiters.forEach((w) => w.resolve(member));
            }
          },
          (error: unknown) => [...waiting.values()].flat().forEach((w) => w.reject(error)),
        );
      });
    });
  }
}
