// The dispatcher, started and stopped with the API: pg-boss (its own schema, pgboss, created and
// migrated at start-up by the migration user, DATABASE_URL's) holds one delivery job per due message,
// retries it with backoff, keeps failed jobs visible, and hands each job to one worker across every
// API process on the database. A relay tick every MESSAGE_POLL_SECONDS moves due outbox rows into it.
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { errorMessage } from '../common/error-message.js';
import { log } from '../common/logger.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { DATABASE_URL } from '../database/database-url.js';
import { MessageDeliveryService, type DeliveryJob } from './message-delivery.service.js';
import { MessageRelayRepository } from './message-relay.repository.js';

export const DELIVERY_QUEUE = 'message-delivery';
export const PGBOSS_SCHEMA = 'pgboss';
const RELAY_BATCH = 100;

@Injectable()
export class MessageDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private boss: PgBoss | null = null;
  private relay: MessageRelayRepository | null = null;
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    private readonly delivery: MessageDeliveryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { dispatch, pollSeconds, retryLimit, retryDelaySeconds } = this.config.messaging;
    if (!dispatch) return;
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: PGBOSS_SCHEMA,
      max: 3,
      application_name: 'backtrack-jobs',
      schedule: false,
    });
    boss.on('error', (error: unknown) => log().error({ reason: errorMessage(error) }, 'job queue error'));
    await boss.start();
    this.boss = boss;
    if (!(await boss.getQueue(DELIVERY_QUEUE))) {
      await boss
        .createQueue(DELIVERY_QUEUE, {
          name: DELIVERY_QUEUE,
          retryLimit,
          retryDelay: retryDelaySeconds,
          retryBackoff: true,
          expireInSeconds: 120,
        })
        .catch(async (error: unknown) => {
          if (!(await boss.getQueue(DELIVERY_QUEUE))) throw error; // another process created it first
        });
    }
    await boss.work<DeliveryJob>(
      DELIVERY_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: pollSeconds, includeMetadata: true },
      async ([job]) => {
        if (job) await this.delivery.deliver(job.data, job.retryCount >= job.retryLimit);
      },
    );
    this.relay = new MessageRelayRepository(this.databaseUrl);
    this.timer = setInterval(() => void this.tick(), pollSeconds * 1000);
    this.timer.unref();
    void this.tick();
  }

  /** One relay pass; a tick still running makes the next one wait its turn rather than overlap. */
  private tick(): Promise<void> {
    if (this.ticking || !this.relay || !this.boss) return this.ticking ?? Promise.resolve();
    const { relay, boss } = this;
    this.ticking = relay
      .relayDue(RELAY_BATCH, async (due, db) => {
        for (const message of due) {
          await boss.send(DELIVERY_QUEUE, { messageId: message.id, clinicId: message.clinicId } satisfies DeliveryJob, { db });
        }
      })
      .then(
        (count) => {
          if (count) log().debug({ count }, 'messages queued for delivery');
        },
        (error: unknown) => log().error({ reason: errorMessage(error) }, 'message relay failed'),
      )
      .finally(() => {
        this.ticking = null;
      });
    return this.ticking;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.ticking;
    const { boss, relay } = this;
    this.boss = null;
    this.relay = null;
    // Jobs in flight get a few seconds; one cut short is retried by whichever process is running next.
    await boss?.stop({ graceful: true, wait: true, timeout: 5000 });
    await relay?.close();
  }
}
