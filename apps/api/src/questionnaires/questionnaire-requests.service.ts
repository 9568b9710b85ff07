// Questionnaires at home, planned from what happens to an episode: the baseline before its first
// visit (moved with the visit, withdrawn when it is cancelled), a progress request after every N
// completed sessions, the discharge request and the follow-up months later (also for a patient who
// has stopped coming, found by the sweep). Each request is written with its message and two
// reminders in the transaction of the change that caused it, so a rolled-back change asks nothing;
// the dispatcher sends them when due, and answering cancels the reminders still waiting.
import { Injectable } from '@nestjs/common';
import {
  instrumentsByRegionOf,
  questionnairesDue,
  STOPPED_COMING_AFTER_DAYS,
  type EpisodeEvent,
  type PlannedQuestionnaire,
  type QuestionnaireSchedule,
} from '@backtrack/domain';
import type { TenantTransaction } from '../database/prisma.service.js';
import type { QuestionnaireRequest } from '../generated/prisma/client.js';
import type { Instrument } from '../generated/prisma/enums.js';
import { MessagesService } from '../messages/messages.service.js';
import { localWhen } from '../reminders/appointment.js';
import { QUESTIONNAIRE_LINK_LABEL, questionnaireMessage } from './questionnaire-message.js';
import { QuestionnaireRequestsRepository, type PlannedEpisode, type QuestionnaireClinic } from './questionnaire-requests.repository.js';

const DAY_MS = 86_400_000;
const SWEEP_BATCH = 200;

export function scheduleOf(clinic: QuestionnaireClinic): QuestionnaireSchedule {
  return {
    instrumentsByRegion: instrumentsByRegionOf(clinic.questionnaireInstruments),
    everySessions: clinic.questionnaireEverySessions,
    followUpMonths: clinic.questionnaireFollowUpMonths,
  };
}

@Injectable()
export class QuestionnaireRequestsService {
  constructor(
    private readonly requests: QuestionnaireRequestsRepository,
    private readonly messages: MessagesService,
  ) {}

  /**
   * Sessions booked, moved or cancelled: the baseline of each one's episode follows its first visit
   * still to come, while nothing of the episode has been attended or measured.
   */
  async sessionsChanged(tx: TenantTransaction, sessionIds: string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    const episodeIds = await this.requests.episodeIdsOfSessions(tx, sessionIds);
    if (episodeIds.length === 0) return;
    const clinic = await this.requests.clinic(tx);
    for (const episodeId of episodeIds) await this.syncBaseline(tx, clinic, episodeId);
  }

  /** A session completed: the progress request when the episode's count reaches a multiple of N. */
  async sessionCompleted(tx: TenantTransaction, sessionId: string, at: Date): Promise<void> {
    const [episodeId] = await this.requests.episodeIdsOfSessions(tx, [sessionId]);
    if (!episodeId) return;
    const clinic = await this.requests.clinic(tx);
    const episode = await this.requests.episode(tx, episodeId);
    if (!clinic.questionnairesEnabled || !episode) return;
    const completedCount = await this.requests.completedCount(tx, episodeId);
    await this.plan(tx, clinic, episode, { kind: 'SESSION_COMPLETED', completedCount, at: at.getTime() });
  }

  /** The episode was discharged: the discharge request now and the follow-up months later (once each). */
  async episodeDischarged(tx: TenantTransaction, episodeId: string, at: Date): Promise<void> {
    const clinic = await this.requests.clinic(tx);
    const episode = await this.requests.episode(tx, episodeId);
    if (!clinic.questionnairesEnabled || !episode) return;
    // A patient who stopped coming was asked already; a baseline never answered is no longer wanted.
    await this.withdraw(tx, await this.requests.find(tx, episodeId, 'BASELINE'), 'The episode was discharged');
    // One instant for both: the follow-up is its months after the discharge request, to the millisecond.
    const now = Date.now();
    await this.plan(tx, clinic, episode, { kind: 'DISCHARGED', at: Math.max(at.getTime(), now) }, now);
  }

  /**
   * One clinic's housekeeping: requests whose window closed become EXPIRED (their reminders withdrawn),
   * and patients who stopped coming get the discharge and follow-up requests. Idempotent, so every API
   * process may run it. Returns how many requests it expired and planned.
   */
  async sweep(tx: TenantTransaction, now: Date): Promise<{ expired: number; stopped: number }> {
    let expired = 0;
    for (const { id } of await this.requests.overdue(tx, now, SWEEP_BATCH)) {
      if (await this.requests.close(tx, id, 'EXPIRED', 'Not answered in time')) {
        expired += 1;
        await this.messages.cancelScheduledForRequest(tx, id, 'The questionnaire expired');
      }
    }
    const clinic = await this.requests.clinic(tx);
    if (!clinic.questionnairesEnabled) return { expired, stopped: 0 };
    const cutoff = new Date(now.getTime() - STOPPED_COMING_AFTER_DAYS * DAY_MS);
    const stopped = await this.requests.stoppedComing(tx, cutoff, now, SWEEP_BATCH);
    for (const { id, lastVisitAt } of stopped) {
      const episode = await this.requests.episode(tx, id);
      if (!episode) continue;
      await this.withdraw(tx, await this.requests.find(tx, id, 'BASELINE'), 'The patient stopped coming');
      await this.plan(tx, clinic, episode, { kind: 'STOPPED_COMING', lastVisitAt: lastVisitAt.getTime() }, now.getTime());
    }
    return { expired, stopped: stopped.length };
  }

  /** Answered: the reminders still waiting are withdrawn. */
  async answered(tx: TenantTransaction, requestId: string): Promise<void> {
    await this.messages.cancelScheduledForRequest(tx, requestId, 'Answered');
  }

  private async syncBaseline(tx: TenantTransaction, clinic: QuestionnaireClinic, episodeId: string): Promise<void> {
    const episode = await this.requests.episode(tx, episodeId);
    if (!episode) return;
    const existing = await this.requests.find(tx, episodeId, 'BASELINE');
    if (existing?.status === 'ANSWERED' || existing?.status === 'EXPIRED') return;
    const now = new Date();
    const first =
      episode.dischargedAt || (await this.requests.hasStarted(tx, episodeId))
        ? null
        : await this.requests.firstUpcoming(tx, episodeId, now);
    if (existing?.status === 'PENDING' && existing.sessionId === first?.id && existing.expiresAt.getTime() === first?.startsAt.getTime())
      return;
    if (!first) {
      await this.withdraw(tx, existing, 'The first visit was cancelled');
      return;
    }
    if (!clinic.questionnairesEnabled) return;
    const instruments = this.instrumentsFor(clinic, episode);
    const [planned] = questionnairesDue({ kind: 'FIRST_VISIT', startsAt: first.startsAt.getTime() }, this.context(clinic, now.getTime()));
    if (!planned || instruments.length === 0) {
      await this.withdraw(tx, existing, 'No time left before the first visit');
      return;
    }
    const change = {
      sessionId: first.id,
      instruments,
      sendAt: new Date(planned.sendAt),
      expiresAt: new Date(planned.expiresAt),
    };
    let request: QuestionnaireRequest | null;
    if (existing) {
      await this.messages.cancelScheduledForRequest(
        tx,
        existing.id,
        `The first visit moved to ${localWhen(first.startsAt, clinic.timezone)}`,
      );
      request = await this.requests.replan(tx, existing.id, change);
    } else {
      request = await this.requests.createOnce(tx, {
        ...change,
        patientId: episode.patientId,
        episodeId,
        occasion: 'BASELINE',
        sequence: 0,
      });
    }
    if (request) await this.send(tx, clinic, request, planned);
  }

  private async plan(
    tx: TenantTransaction,
    clinic: QuestionnaireClinic,
    episode: PlannedEpisode,
    event: EpisodeEvent,
    now = Date.now(),
  ): Promise<void> {
    const instruments = this.instrumentsFor(clinic, episode);
    if (instruments.length === 0) return;
    for (const planned of questionnairesDue(event, this.context(clinic, now))) {
      const request = await this.requests.createOnce(tx, {
        patientId: episode.patientId,
        episodeId: episode.id,
        occasion: planned.occasion,
        sequence: planned.sequence,
        sessionId: null,
        instruments,
        sendAt: new Date(planned.sendAt),
        expiresAt: new Date(planned.expiresAt),
      });
      if (request) await this.send(tx, clinic, request, planned);
    }
  }

  /** The request's message and its reminders, each with its own single-purpose link. */
  private async send(tx: TenantTransaction, clinic: QuestionnaireClinic, request: QuestionnaireRequest, planned: PlannedQuestionnaire) {
    const times = [planned.sendAt, ...planned.reminderAts];
    for (const [i, sendAt] of times.entries()) {
      await this.messages.schedule(tx, {
        patientId: request.patientId,
        sessionId: request.sessionId,
        kind: 'QUESTIONNAIRE',
        sendAt: new Date(sendAt),
        ...questionnaireMessage(request, clinic, i > 0),
        links: [{ purpose: 'QUESTIONNAIRE', label: QUESTIONNAIRE_LINK_LABEL, requestId: request.id, expiresAt: request.expiresAt }],
        channels: clinic.reminderChannels,
        questionnaireRequestId: request.id,
      });
    }
  }

  private async withdraw(tx: TenantTransaction, request: QuestionnaireRequest | null, reason: string): Promise<void> {
    if (request?.status !== 'PENDING') return;
    if (await this.requests.close(tx, request.id, 'CANCELLED', reason))
      await this.messages.cancelScheduledForRequest(tx, request.id, reason);
  }

  private instrumentsFor(clinic: QuestionnaireClinic, episode: PlannedEpisode): Instrument[] {
    return scheduleOf(clinic).instrumentsByRegion[episode.region];
  }

  private context(clinic: QuestionnaireClinic, now: number) {
    return {
      schedule: scheduleOf(clinic),
      zone: clinic.timezone,
      quiet: { start: clinic.quietHoursStart, end: clinic.quietHoursEnd },
      now,
    };
  }
}
