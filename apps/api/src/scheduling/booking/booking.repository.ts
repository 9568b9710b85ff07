// Writes new sessions. The exclusion constraints decide races: of concurrent inserts into one slot
// exactly one commits, the others fail with 23P01, reported here as 'overlap' (never thrown as a 500).
// An idempotency key reused concurrently fails the unique index instead: 'duplicate-key'.
import { Injectable } from '@nestjs/common';
import { PrismaService, type TenantTransaction } from '../../database/prisma.service.js';
import { tenantCreate } from '../../database/tenant-scope.js';
import { ensureOpenEpisode, type OpenEpisodeRequest } from '../../episodes/open-episode.repository.js';
import type { Prisma, RepeatFrequency, Session, SessionSeries } from '../../generated/prisma/client.js';
import { isExclusionViolation, isRetryableTransactionFailure, isUniqueViolation } from '../../database/database-errors.js';
import { SESSION_INCLUDE, type SessionRecord } from '../sessions/sessions.repository.js';

export interface NewSession {
  patientId: string;
  therapistId: string;
  serviceTypeId: string;
  roomId: string | null;
  /** null: join the patient's open episode (opened if none). */
  episodeId: string | null;
  startsAt: Date;
  endsAt: Date;
  blockedUntil: Date;
  notes: string;
  idempotencyKey: string | null;
  overrideReason: string | null;
  /** null: the patient booked it through a link */
  createdById: string | null;
}

export interface NewSeries {
  frequency: RepeatFrequency;
  interval: number;
  count: number;
  createdById: string;
}

export type SeriesRecord = SessionSeries & { sessions: SessionRecord[] };

/** Runs inside the write's transaction (e.g. an audit event that must commit with it). */
export type WithinWrite = (tx: TenantTransaction, createdId: string) => Promise<void>;

export type InsertOutcome<T> = { kind: 'created'; value: T } | { kind: 'overlap' } | { kind: 'duplicate-key' };

// Generous waits: under a burst of bookings for one slot, transactions queue on the winner's row lock.
const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 };
const MAX_ATTEMPTS = 4;

@Injectable()
export class BookingRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The new session's row. */
  insertSession(session: NewSession, episode: OpenEpisodeRequest, within?: WithinWrite): Promise<InsertOutcome<Session>> {
    return this.guarded(() =>
      this.prisma.tenantTransaction(async (tx: TenantTransaction) => {
        const episodeId = session.episodeId ?? (await ensureOpenEpisode(tx, episode)).id;
        const created = await tx.session.create({ data: tenantCreate<Prisma.SessionUncheckedCreateInput>({ ...session, episodeId }) });
        await within?.(tx, created.id);
        return created;
      }, TX_OPTIONS),
    );
  }

  /** The series and all its sessions in one transaction: any refused occurrence writes nothing. */
  insertSeries(
    series: NewSeries,
    sessions: NewSession[],
    episode: OpenEpisodeRequest,
    within?: WithinWrite,
  ): Promise<InsertOutcome<string>> {
    return this.guarded(() =>
      this.prisma.tenantTransaction(async (tx: TenantTransaction) => {
        const created = await tx.sessionSeries.create({ data: tenantCreate<Prisma.SessionSeriesUncheckedCreateInput>(series) });
        const episodeId = sessions[0]?.episodeId ?? (await ensureOpenEpisode(tx, episode)).id;
        await tx.session.createMany({
          data: sessions.map((s) => tenantCreate<Prisma.SessionCreateManyInput>({ ...s, episodeId, seriesId: created.id })),
        });
        await within?.(tx, created.id);
        return created.id;
      }, TX_OPTIONS),
    );
  }

  findSeries(id: string): Promise<SeriesRecord | null> {
    return this.prisma.tenant.sessionSeries.findFirst({
      where: { id },
      include: { sessions: { include: SESSION_INCLUDE, orderBy: { startsAt: 'asc' } } },
    });
  }

  private async guarded<T>(write: () => Promise<T>): Promise<InsertOutcome<T>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return { kind: 'created', value: await write() };
      } catch (error) {
        if (isExclusionViolation(error)) return { kind: 'overlap' };
        if (isUniqueViolation(error)) return { kind: 'duplicate-key' };
        // A deadlock victim retries: the second attempt meets the winner's committed row.
        if (isRetryableTransactionFailure(error) && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
    }
  }
}
