// Sessions of the actor's clinic, always read with their patient, therapist, service and room
// (one include, so a list of N sessions never costs N queries). Status changes are compare-and-set
// (WHERE status = expected) so that two racing transitions cannot both win.
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PageRequest } from '../../common/graphql/list.args.js';
import type { TreatmentNoteContent } from '../../clinical/notes/treatment-note.inputs.js';
import { PrismaService, type TenantTransaction } from '../../database/prisma.service.js';
import { tenantCreate } from '../../database/tenant-scope.js';
import type { Prisma, SessionStatus } from '../../generated/prisma/client.js';
import { isExclusionViolation, isRetryableTransactionFailure } from '../../database/database-errors.js';

export const SESSION_INCLUDE = { patient: true, therapist: true, serviceType: true, room: true } as const;

export type SessionRecord = Prisma.SessionGetPayload<{ include: typeof SESSION_INCLUDE }>;

export interface SessionQuery {
  ids?: string[];
  therapistId?: string;
  patientId?: string;
  roomId?: string;
  seriesId?: string;
  serviceTypeId?: string;
  episodeId?: string;
  status?: SessionStatus;
  statuses?: SessionStatus[];
  /** Sessions meeting [from, to): ending after `from` and starting before `to`. */
  from?: Date;
  to?: Date;
}

/** Version 1 of a session's SOAP note (later versions are amendments, see clinical/notes). */
export type TreatmentNoteData = TreatmentNoteContent & { authorId: string };

export type TransitionData = Partial<{
  status: SessionStatus;
  cancelReason: string | null;
  lateCancel: boolean;
  cancelledAt: Date | null;
  checkedInAt: Date;
  completedAt: Date;
  noShowAt: Date | null;
  notes: string;
  startsAt: Date;
  endsAt: Date;
  blockedUntil: Date;
  roomId: string | null;
  therapistId: string;
  overrideReason: string | null;
}>;

/** Work committed with a status change, given the ids of the sessions changed. */
export type AfterTransition = (tx: TenantTransaction, sessionIds: string[]) => Promise<void>;

/**
 * What a change was decided on: the session's status, and where the decision depended on when it
 * starts (attendance windows, late cancellation, a move's checks), that start as read. A concurrent
 * move then makes the change stale instead of applying it to a session that is no longer there.
 */
export type Expected = SessionStatus | { status: SessionStatus; startsAt: Date };

function expectedWhere(id: string, expected: Expected): Prisma.SessionWhereInput {
  return typeof expected === 'string' ? { id, status: expected } : { id, status: expected.status, startsAt: expected.startsAt };
}

/** 'moved' or 'stale' (the session was no longer in the expected status or time), or 'overlap'. */
export type TransitionOutcome = 'done' | 'stale' | 'overlap';

function whereOf(query: SessionQuery): Prisma.SessionWhereInput {
  const where: Prisma.SessionWhereInput = {};
  if (query.ids) where.id = { in: query.ids };
  if (query.therapistId) where.therapistId = query.therapistId;
  if (query.patientId) where.patientId = query.patientId;
  if (query.roomId) where.roomId = query.roomId;
  if (query.seriesId) where.seriesId = query.seriesId;
  if (query.serviceTypeId) where.serviceTypeId = query.serviceTypeId;
  if (query.episodeId) where.episodeId = query.episodeId;
  if (query.status || query.statuses) where.status = { in: [...(query.status ? [query.status] : []), ...(query.statuses ?? [])] };
  if (query.to) where.startsAt = { lt: query.to };
  if (query.from) where.endsAt = { gt: query.from };
  return where;
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<SessionRecord | null> {
    return this.prisma.tenant.session.findFirst({ where: { id }, include: SESSION_INCLUDE });
  }

  findByIdempotencyKey(idempotencyKey: string): Promise<SessionRecord | null> {
    return this.prisma.tenant.session.findFirst({ where: { idempotencyKey }, include: SESSION_INCLUDE });
  }

  list(query: SessionQuery, page: PageRequest): Promise<SessionRecord[]> {
    return this.prisma.tenant.session.findMany({
      where: whereOf(query),
      include: SESSION_INCLUDE,
      orderBy: [{ [page.sortField]: page.sortOrder }, { id: 'asc' }],
      skip: page.skip,
      take: page.take,
    });
  }

  count(query: SessionQuery): Promise<number> {
    return this.prisma.tenant.session.count({ where: whereOf(query) });
  }

  /** BOOKED sessions of a series from `from` on, earliest first. */
  bookedInSeriesFrom(seriesId: string, from: Date): Promise<SessionRecord[]> {
    return this.prisma.tenant.session.findMany({
      where: { seriesId, status: 'BOOKED', startsAt: { gte: from } },
      include: SESSION_INCLUDE,
      orderBy: { startsAt: 'asc' },
    });
  }

  /** Compare-and-set: applies `data` only while the session is still as `expected`. */
  /** `within` runs in the same transaction after the change (e.g. its messages), only if it applied. */
  async transition(id: string, expected: Expected, data: TransitionData, within?: AfterTransition): Promise<TransitionOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.prisma.tenantTransaction(async (tx: TenantTransaction) => {
          const { count } = await tx.session.updateMany({ where: expectedWhere(id, expected), data });
          if (count !== 1) return 'stale' as const;
          await within?.(tx, [id]);
          return 'done' as const;
        });
      } catch (error) {
        if (isExclusionViolation(error)) return 'overlap';
        // A reschedule racing an overlapping booking can deadlock on the exclusion check: retry.
        if (isRetryableTransactionFailure(error) && attempt < 4) continue;
        throw error;
      }
    }
  }

  /**
   * Several compare-and-set transitions at once, applied in the given order, all or none (e.g. cancelling
   * or moving the rest of a series). A move refused by the exclusion constraints is 'overlap'.
   */
  async transitionAll(
    changes: { id: string; expected: Expected; data: TransitionData }[],
    within?: AfterTransition,
  ): Promise<TransitionOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.prisma.tenantTransaction(async (tx: TenantTransaction) => {
          for (const change of changes) {
            const { count } = await tx.session.updateMany({ where: expectedWhere(change.id, change.expected), data: change.data });
            if (count !== 1) throw new StaleTransition();
          }
          await within?.(
            tx,
            changes.map((c) => c.id),
          );
          return 'done' as const;
        });
      } catch (error) {
        if (error instanceof StaleTransition) return 'stale';
        if (isExclusionViolation(error)) return 'overlap';
        if (isRetryableTransactionFailure(error) && attempt < 4) continue;
        throw error;
      }
    }
  }

  /** CHECKED_IN → COMPLETED and the treatment note, in one transaction. */
  /** `within` runs in the same transaction with the new note's id (its audit event commits with it). */
  async complete(
    id: string,
    completedAt: Date,
    note: TreatmentNoteData,
    within?: (tx: TenantTransaction, noteId: string) => Promise<void>,
  ): Promise<TransitionOutcome> {
    try {
      return await this.prisma.tenantTransaction(async (tx: TenantTransaction) => {
        const { count } = await tx.session.updateMany({ where: { id, status: 'CHECKED_IN' }, data: { status: 'COMPLETED', completedAt } });
        if (count !== 1) throw new StaleTransition();
        const noteId = randomUUID();
        const created = await tx.treatmentNote.create({
          data: tenantCreate<Prisma.TreatmentNoteUncheckedCreateInput>({ id: noteId, rootId: noteId, sessionId: id, ...note }),
          select: { id: true },
        });
        await within?.(tx, created.id);
        return 'done' as const;
      });
    } catch (error) {
      if (error instanceof StaleTransition) return 'stale';
      throw error;
    }
  }
}

class StaleTransition extends Error {}
