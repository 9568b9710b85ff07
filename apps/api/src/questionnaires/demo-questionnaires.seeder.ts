// The demo clinic's questionnaires at home, written once after the demo seed by the real planning and
// outbox code, so every message carries working links: for each episode with visits, the baseline
// before its first visit and a progress request after every 4th completed session, most answered (the
// baseline assessments become the patient's own answers, progress answers are added) and some left to
// expire, as in a real clinic; a progress request still open when the history ends stays PENDING, and
// first visits still to come get their baseline through the same path as a booking. Deterministic:
// which requests are answered, and how long after, follows from each episode's position.
import { Injectable } from '@nestjs/common';
import { BASELINE_REMINDER_HOURS_BEFORE, scoreResponses, type Instrument } from '@backtrack/domain';
import type { TenantTransaction } from '../database/prisma.service.js';
import type { Assessment, QuestionnaireRequest } from '../generated/prisma/client.js';
import { insertFirstAssessment } from '../clinical/assessments/assessments.repository.js';
import { MessagesService } from '../messages/messages.service.js';
import { refreshEpisodeMeasure } from '../outcomes/episode-measure.repository.js';
import { QUESTIONNAIRE_LINK_LABEL, questionnaireMessage } from './questionnaire-message.js';
import { QuestionnaireRequestsRepository, type QuestionnaireClinic } from './questionnaire-requests.repository.js';
import { QuestionnaireRequestsService, scheduleOf } from './questionnaire-requests.service.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const PROGRESS_REMINDER_DAYS = [2, 4];
const EPISODE_TIMEOUT_MS = 60_000;

type Outcome = 'answered' | 'expired' | 'pending';
type DemoEpisode = Awaited<ReturnType<QuestionnaireRequestsRepository['episodesWithVisits']>>[number];

export interface DemoQuestionnaireCounts {
  requested: number;
  answered: number;
  expired: number;
  pending: number;
}

@Injectable()
export class DemoQuestionnairesSeeder {
  constructor(
    private readonly requests: QuestionnaireRequestsRepository,
    private readonly planning: QuestionnaireRequestsService,
    private readonly messages: MessagesService,
  ) {}

  /** Seeds every clinic of a freshly seeded database (there is one, the demo clinic). */
  async seedAll(now = new Date()): Promise<DemoQuestionnaireCounts> {
    const counts: DemoQuestionnaireCounts = { requested: 0, answered: 0, expired: 0, pending: 0 };
    for (const clinicId of await this.requests.clinicIds()) {
      const episodes = await this.requests.inClinic(clinicId, (tx) => this.requests.episodesWithVisits(tx));
      // One short transaction per episode: a slow machine at first start must not time out one long one.
      for (const [i, episode] of episodes.entries()) {
        const outcomes = await this.requests.inClinic(clinicId, (tx) => this.seedEpisode(tx, i, episode, now), EPISODE_TIMEOUT_MS);
        for (const outcome of outcomes) {
          counts.requested += 1;
          counts[outcome] += 1;
        }
      }
      // First visits still to come get their baseline as any booking does.
      await this.requests.inClinic(
        clinicId,
        async (tx) => this.planning.sessionsChanged(tx, await this.requests.upcomingSessionIds(tx, now)),
        EPISODE_TIMEOUT_MS,
      );
    }
    return counts;
  }

  private async seedEpisode(tx: TenantTransaction, i: number, episode: DemoEpisode, now: Date): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    const clinic = await this.requests.clinic(tx);
    const schedule = scheduleOf(clinic);
    const visits = episode.sessions;
    const instruments = schedule.instrumentsByRegion[episode.region];
    if (visits.length === 0 || instruments.length === 0) return outcomes;

    // The baseline, three days before the first visit: three in four patients answer it at home.
    const first = visits[0]!.startsAt;
    const baseline = await this.create(tx, clinic, {
      patientId: episode.patientId,
      episodeId: episode.id,
      occasion: 'BASELINE',
      sequence: 0,
      instruments,
      sendAt: new Date(first.getTime() - 72 * HOUR_MS),
      expiresAt: first,
      reminderAts: BASELINE_REMINDER_HOURS_BEFORE.map((h) => new Date(first.getTime() - h * HOUR_MS)),
    });
    const baselineAnswer = new Date(baseline.sendAt.getTime() + (2 + ((7 * i) % 40)) * HOUR_MS);
    if (i % 4 !== 3 && (await this.answerWithBaselines(tx, baseline, baselineAnswer))) outcomes.push('answered');
    else outcomes.push(await this.leave(tx, baseline, now));

    // Progress after every 4th completed session, answered two times in three.
    for (let k = schedule.everySessions; k <= visits.length; k += schedule.everySessions) {
      const at = visits[k - 1]!.completedAt ?? visits[k - 1]!.startsAt;
      const progress = await this.create(tx, clinic, {
        patientId: episode.patientId,
        episodeId: episode.id,
        occasion: 'PROGRESS',
        sequence: k,
        instruments,
        sendAt: at,
        expiresAt: new Date(at.getTime() + 7 * DAY_MS),
        reminderAts: PROGRESS_REMINDER_DAYS.map((d) => new Date(at.getTime() + d * DAY_MS)),
      });
      const answerAt = new Date(at.getTime() + (1 + ((11 * i + k) % 60)) * HOUR_MS);
      if ((i + k / schedule.everySessions) % 3 !== 0 && answerAt < now && (await this.answerAsBefore(tx, progress, answerAt)))
        outcomes.push('answered');
      else outcomes.push(await this.leave(tx, progress, now));
    }
    return outcomes;
  }

  /** A request with its message and reminders, written as the outbox writes them. */
  private async create(
    tx: TenantTransaction,
    clinic: QuestionnaireClinic,
    plan: Omit<
      QuestionnaireRequest,
      'id' | 'clinicId' | 'sessionId' | 'status' | 'statusReason' | 'answeredAt' | 'createdAt' | 'updatedAt'
    > & {
      reminderAts: Date[];
    },
  ): Promise<QuestionnaireRequest> {
    const { reminderAts, ...request } = plan;
    const created = (await this.requests.createOnce(tx, { ...request, sessionId: null }))!;
    for (const [i, sendAt] of [request.sendAt, ...reminderAts].entries()) {
      await this.messages.schedule(tx, {
        patientId: created.patientId,
        kind: 'QUESTIONNAIRE',
        sendAt,
        ...questionnaireMessage(created, clinic, i > 0),
        links: [{ purpose: 'QUESTIONNAIRE', label: QUESTIONNAIRE_LINK_LABEL, requestId: created.id, expiresAt: created.expiresAt }],
        channels: clinic.reminderChannels,
        questionnaireRequestId: created.id,
      });
    }
    return created;
  }

  /** Unanswered: expired once its window passed (messages delivered, reminders included), else still open. */
  private async leave(tx: TenantTransaction, request: QuestionnaireRequest, now: Date): Promise<'expired' | 'pending'> {
    await this.requests.markDeliveredUntil(tx, request.id, now);
    if (request.expiresAt > now) return 'pending';
    await this.requests.markExpired(tx, request.id);
    return 'expired';
  }

  /** The episode's first assessment of each requested instrument becomes the patient's answer at home. */
  private async answerWithBaselines(tx: TenantTransaction, request: QuestionnaireRequest, at: Date): Promise<boolean> {
    const all = await this.requests.assessments(tx, request.episodeId);
    const firsts = request.instruments
      .map((code) => all.find((a) => a.instrument === code))
      .filter((a): a is Assessment => a !== undefined);
    if (firsts.length === 0) return false;
    for (const assessment of firsts) {
      await this.requests.reattributeToPatient(tx, assessment.id, request.id, at);
      await refreshEpisodeMeasure(tx, assessment);
    }
    return this.answered(tx, request, at);
  }

  /** Answers as the patient was at the time: each instrument's latest score before then, repeated at home. */
  private async answerAsBefore(tx: TenantTransaction, request: QuestionnaireRequest, at: Date): Promise<boolean> {
    const all = await this.requests.assessments(tx, request.episodeId);
    const before = (code: Instrument) => all.filter((a) => a.instrument === code && a.takenAt <= at).at(-1);
    const answers = request.instruments.map(before).filter((a): a is Assessment => a !== undefined);
    if (answers.length === 0) return false;
    for (const previous of answers) {
      const responses = previous.responses as (number | null)[];
      const scored = scoreResponses(previous.instrument, responses);
      await insertFirstAssessment(tx, {
        patientId: request.patientId,
        episodeId: request.episodeId,
        sessionId: null,
        instrument: previous.instrument,
        responses,
        itemLabels: previous.itemLabels,
        score: scored.score,
        normalized: scored.normalized,
        scoreExact: scored.exact.score,
        normalizedExact: scored.exact.normalized,
        takenAt: at,
        recordedById: null,
        source: 'PATIENT_REPORTED',
        questionnaireRequestId: request.id,
      });
    }
    return this.answered(tx, request, at);
  }

  private async answered(tx: TenantTransaction, request: QuestionnaireRequest, at: Date): Promise<boolean> {
    await this.requests.markDeliveredUntil(tx, request.id, at);
    if (!(await this.requests.markAnswered(tx, request.id, at))) return false;
    await this.planning.answered(tx, request.id);
    return true;
  }
}
