// Failed-login counters in PostgreSQL, so the limits hold across every API process: one per email
// (LOGIN_MAX_FAILURES) against guessing one account's password, one per client IP
// (LOGIN_IP_MAX_FAILURES) against trying a few passwords on many accounts (password spraying). One
// atomic upsert per key and attempt: a window older than LOGIN_WINDOW_SECONDS restarts at 1.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { PrismaService } from '../database/prisma.service.js';

const SWEEP_EVERY = 1000;

export interface ThrottleKey {
  key: string;
  maxFailures: number;
}

@Injectable()
export class LoginThrottleRepository {
  private sinceSweep = 0;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Counts a sign-in attempt against every key before its password is checked, and answers the
   * seconds until the first key over its limit is free again, or null. Counting first, in one atomic
   * upsert, is what holds the limit against attempts sent in parallel: checking and then recording
   * after the slow password hash let every parallel guess through the check.
   */
  async reserveAttempt(keys: ThrottleKey[]): Promise<number | null> {
    // Sprayed addresses would otherwise leave a row each for ever; a window a day old limits nothing.
    if (++this.sinceSweep >= SWEEP_EVERY) {
      this.sinceSweep = 0;
      await this.prisma.system.$executeRaw`DELETE FROM "LoginThrottle" WHERE "windowStart" < now() - interval '1 day'`;
    }
    const rows = await this.prisma.system.$queryRaw<{ key: string; failures: number; windowStart: Date }[]>`
      INSERT INTO "LoginThrottle" ("key", "windowStart", "failures")
        SELECT DISTINCT k, now(), 1 FROM unnest(${keys.map((k) => k.key)}::text[]) AS k
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(secs => ${this.config.loginWindowSeconds})
                          THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(secs => ${this.config.loginWindowSeconds})
                          THEN now() ELSE "LoginThrottle"."windowStart" END
      RETURNING "key", "failures", "windowStart"`;
    const windowMs = this.config.loginWindowSeconds * 1000;
    const waits = rows
      .filter((row) => row.failures > (keys.find((k) => k.key === row.key)?.maxFailures ?? Infinity))
      .map((row) => row.windowStart.getTime() + windowMs - Date.now())
      .filter((ms) => ms > 0);
    return waits.length > 0 ? Math.ceil(Math.max(...waits) / 1000) : null;
  }

  /** Takes back an attempt counted by reserveAttempt that turned out to be a success. */
  async releaseAttempt(key: string): Promise<void> {
    await this.prisma.system.$executeRaw`
      UPDATE "LoginThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ${key}`;
  }

  async clear(key: string): Promise<void> {
    await this.prisma.system.loginThrottle.deleteMany({ where: { key } });
  }
}
