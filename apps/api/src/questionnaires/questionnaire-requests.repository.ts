// QuestionnaireRequest rows and what planning them reads, always in the caller's tenant transaction
// (the change that caused them, or a link's clinic). One request per (episode, occasion, sequence):
// the unique key makes a repeated or concurrent event harmless.
import { Injectable } from '@nestjs/common';
import { PrismaService, type TenantTransaction } from '../database/prisma.service.js';
import { tenantCreate, transactionClinicId } from '../database/tenant-scope.js';
import type { Assessment, Prisma, QuestionnaireRequest } from '../generated/prisma/client.js';
import type { Instrument, QuestionnaireOccasion } from '../generated/prisma/enums.js';

const CLINIC = {
  name: true,
  timezone: true,
  quietHoursStart: true,
  quietHoursEnd: true,
  reminderChannels: true,
  questionnairesEnabled: true,
  questionnaireInstruments: true,
  questionnaireEverySessions: true,
  questionnaireFollowUpMonths: true,
  licensedItemText: true,
} as const;
export type QuestionnaireClinic = Prisma.ClinicGetPayload<{ select: typeof CLINIC }>;

const EPISODE = { id: true, patientId: true, region: true, dischargedAt: true } as const;
export type PlannedEpisode = Prisma.EpisodeOfCareGetPayload<{ select: typeof EPISODE }>;

export interface NewRequest {
  patientId: string;
  episodeId: string;
  occasion: QuestionnaireOccasion;
  sequence: number;
  sessionId: string | null;
  instruments: Instrument[];
  sendAt: Date;
  expiresAt: Date;
}

/** An open episode whose patient has stopped coming: their last visit, and nothing booked. */
export interface StoppedEpisode {
  id: string;
  lastVisitAt: Date;
}

@Injectable()
export class QuestionnaireRequestsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Every clinic, for the sweep (Clinic is not a tenant table). */
  async clinicIds(): Promise<string[]> {
    return (await this.prisma.system.clinic.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((c) => c.id);
  }

  /** A transaction in one clinic, for work no staff member signed in for. */
  inClinic<T>(clinicId: string, fn: (tx: TenantTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.prisma.clinicTransaction(clinicId, fn, timeoutMs ? { timeout: timeoutMs, maxWait: timeoutMs } : undefined);
  }

  clinic(tx: TenantTransaction): Promise<QuestionnaireClinic> {
    return tx.clinic.findUniqueOrThrow({ where: { id: transactionClinicId() }, select: CLINIC });
  }

  episode(tx: TenantTransaction, id: string): Promise<PlannedEpisode | null> {
    return tx.episodeOfCare.findFirst({ where: { id }, select: EPISODE });
  }

  /** The episodes of these sessions (a session without one has nothing to plan). */
  async episodeIdsOfSessions(tx: TenantTransaction, sessionIds: string[]): Promise<string[]> {
    const rows = await tx.session.findMany({ where: { id: { in: sessionIds }, episodeId: { not: null } }, select: { episodeId: true } });
    return [...new Set(rows.map((r) => r.episodeId!))];
  }

  /** The episode's completed sessions. */
  completedCount(tx: TenantTransaction, episodeId: string): Promise<number> {
    return tx.session.count({ where: { episodeId, status: 'COMPLETED' } });
  }

  /** Whether anything has been measured or attended yet: a baseline is only asked before both. */
  async hasStarted(tx: TenantTransaction, episodeId: string): Promise<boolean> {
    const [attended, measured] = await Promise.all([
      tx.session.count({ where: { episodeId, status: { in: ['CHECKED_IN', 'COMPLETED'] } }, take: 1 }),
      tx.assessment.count({ where: { episodeId }, take: 1 }),
    ]);
    return attended + measured > 0;
  }

  /** The episode's first visit still to come: its earliest booked session after `now`. */
  firstUpcoming(tx: TenantTransaction, episodeId: string, now: Date): Promise<{ id: string; startsAt: Date } | null> {
    return tx.session.findFirst({
      where: { episodeId, status: 'BOOKED', startsAt: { gt: now } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      select: { id: true, startsAt: true },
    });
  }

  find(tx: TenantTransaction, episodeId: string, occasion: QuestionnaireOccasion, sequence = 0): Promise<QuestionnaireRequest | null> {
    return tx.questionnaireRequest.findFirst({ where: { episodeId, occasion, sequence } });
  }

  findById(tx: TenantTransaction, id: string): Promise<QuestionnaireRequest | null> {
    return tx.questionnaireRequest.findFirst({ where: { id } });
  }

  /** The new request, or null when one for this (episode, occasion, sequence) exists already. */
  async createOnce(tx: TenantTransaction, request: NewRequest): Promise<QuestionnaireRequest | null> {
    const [created] = await tx.questionnaireRequest.createManyAndReturn({
      data: [tenantCreate<Prisma.QuestionnaireRequestUncheckedCreateInput>(request)],
      skipDuplicates: true,
    });
    return created ?? null;
  }

  /** A baseline planned again for a moved first visit (or a new one after a cancelled one). */
  replan(tx: TenantTransaction, id: string, change: Pick<NewRequest, 'sessionId' | 'instruments' | 'sendAt' | 'expiresAt'>) {
    return tx.questionnaireRequest.update({ where: { id }, data: { ...change, status: 'PENDING', statusReason: null } });
  }

  /** PENDING → `status`; false when it was no longer pending (answered a moment ago, say). */
  async close(tx: TenantTransaction, id: string, status: 'CANCELLED' | 'EXPIRED', reason: string): Promise<boolean> {
    const { count } = await tx.questionnaireRequest.updateMany({
      where: { id, status: 'PENDING' },
      data: { status, statusReason: reason },
    });
    return count === 1;
  }

  /** PENDING and unexpired → ANSWERED, once: of two submissions at once, one wins. */
  async markAnswered(tx: TenantTransaction, id: string, at: Date): Promise<boolean> {
    const { count } = await tx.questionnaireRequest.updateMany({
      where: { id, status: 'PENDING', expiresAt: { gt: at } },
      data: { status: 'ANSWERED', answeredAt: at },
    });
    return count === 1;
  }

  /** Pending requests whose window has closed. */
  overdue(tx: TenantTransaction, now: Date, limit: number): Promise<{ id: string }[]> {
    return tx.questionnaireRequest.findMany({
      where: { status: 'PENDING', expiresAt: { lte: now } },
      select: { id: true },
      orderBy: { expiresAt: 'asc' },
      take: limit,
    });
  }

  /**
   * Open episodes with a visit (checked in or completed) whose last one is before `lastVisitBefore`, with
   * nothing booked after `now`, and not yet asked for their discharge questionnaire.
   */
  async stoppedComing(tx: TenantTransaction, lastVisitBefore: Date, now: Date, limit: number): Promise<StoppedEpisode[]> {
    const clinicId = transactionClinicId();
    return tx.$queryRaw<StoppedEpisode[]>`
      SELECT e."id", v."lastVisitAt"
        FROM "EpisodeOfCare" e
        CROSS JOIN LATERAL (SELECT max(s."startsAt") AS "lastVisitAt" FROM "Session" s
                             WHERE s."clinicId" = e."clinicId" AND s."episodeId" = e."id"
                               AND s."status" IN ('CHECKED_IN', 'COMPLETED')) v
       WHERE e."clinicId" = ${clinicId}::uuid AND e."dischargedAt" IS NULL
         AND v."lastVisitAt" < ${lastVisitBefore}
         AND NOT EXISTS (SELECT 1 FROM "Session" s WHERE s."clinicId" = e."clinicId" AND s."episodeId" = e."id"
                           AND s."status" = 'BOOKED' AND s."startsAt" > ${now})
         AND NOT EXISTS (SELECT 1 FROM "QuestionnaireRequest" q WHERE q."clinicId" = e."clinicId" AND q."episodeId" = e."id"
                           AND q."occasion" = 'DISCHARGE')
       ORDER BY v."lastVisitAt"
       LIMIT ${limit}`;
  }

  // The demo clinic's history (demo-questionnaires.seeder.ts): requests answered or left to expire in the past.

  /** The messages of a request due by `until` count as delivered then (to the outbox, as the embedded default does). */
  async markDeliveredUntil(tx: TenantTransaction, requestId: string, until: Date): Promise<void> {
    await tx.$executeRaw`
      UPDATE "Message" SET "status" = 'SENT', "sentAt" = "sendAt", "providerResult" = 'outbox', "attempts" = 1, "queuedAt" = "sendAt"
       WHERE "clinicId" = ${transactionClinicId()}::uuid AND "questionnaireRequestId" = ${requestId}::uuid
         AND "status" = 'SCHEDULED' AND "sendAt" <= ${until}`;
  }

  /** A request whose window passed unanswered, as the sweep leaves it. */
  async markExpired(tx: TenantTransaction, id: string): Promise<void> {
    await tx.questionnaireRequest.updateMany({ where: { id }, data: { status: 'EXPIRED', statusReason: 'Not answered in time' } });
  }

  /** An assessment taken as the patient's answer to a request (the demo's baselines answered at home). */
  async reattributeToPatient(tx: TenantTransaction, assessmentId: string, requestId: string, takenAt: Date): Promise<Assessment> {
    return tx.assessment.update({
      where: { id: assessmentId },
      data: { source: 'PATIENT_REPORTED', recordedById: null, sessionId: null, questionnaireRequestId: requestId, takenAt },
    });
  }

  /** The episode's latest-version assessments, oldest first. */
  assessments(tx: TenantTransaction, episodeId: string): Promise<Assessment[]> {
    return tx.assessment.findMany({ where: { episodeId, isLatest: true }, orderBy: [{ takenAt: 'asc' }, { id: 'asc' }] });
  }

  /** Every episode with its completed sessions, oldest first (the demo seeder walks them). */
  episodesWithVisits(tx: TenantTransaction) {
    return tx.episodeOfCare.findMany({
      select: {
        ...EPISODE,
        startedAt: true,
        sessions: { where: { status: 'COMPLETED' }, select: { startsAt: true, completedAt: true }, orderBy: { startsAt: 'asc' } },
      },
      orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** Booked sessions still to come. */
  async upcomingSessionIds(tx: TenantTransaction, now: Date): Promise<string[]> {
    return (await tx.session.findMany({ where: { status: 'BOOKED', startsAt: { gt: now } }, select: { id: true } })).map((s) => s.id);
  }
}
