// Housekeeping of questionnaires, run by every process that dispatches messages, every
// QUESTIONNAIRE_SWEEP_SECONDS: unanswered requests past their window expire, and patients who have
// stopped coming get their discharge and follow-up requests. Each clinic in its own transaction, and
// idempotent (conditional updates, one request per episode and occasion), so processes may overlap.
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { errorMessage } from '../common/error-message.js';
import { log } from '../common/logger.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { QuestionnaireRequestsRepository } from './questionnaire-requests.repository.js';
import { QuestionnaireRequestsService } from './questionnaire-requests.service.js';

/** A clinic's sweep handles up to a few hundred requests in one transaction: more than Prisma's default 5 s allows on a busy machine. */
const SWEEP_TIMEOUT_MS = 60_000;

@Injectable()
export class QuestionnaireSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly requests: QuestionnaireRequestsRepository,
    private readonly planning: QuestionnaireRequestsService,
  ) {}

  onApplicationBootstrap(): void {
    const { dispatch, questionnaireSweepSeconds } = this.config.messaging;
    if (!dispatch) return;
    this.timer = setInterval(() => void this.sweep(), questionnaireSweepSeconds * 1000);
    this.timer.unref();
  }

  /** One pass over every clinic; a pass still running makes the next wait its turn. */
  sweep(now = new Date()): Promise<void> {
    this.running ??= this.sweepAll(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async sweepAll(now: Date): Promise<void> {
    for (const id of await this.requests.clinicIds()) {
      try {
        const { expired, stopped } = await this.requests.inClinic(id, (tx) => this.planning.sweep(tx, now), SWEEP_TIMEOUT_MS);
        if (expired || stopped) log().info({ clinicId: id, expired, stopped }, 'questionnaires swept');
      } catch (error) {
        log().error({ clinicId: id, reason: errorMessage(error) }, 'questionnaire sweep failed');
      }
    }
  }
}
