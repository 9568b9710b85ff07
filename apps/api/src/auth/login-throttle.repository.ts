// Failed-login counters in PostgreSQL, so the limits hold across every API process: one per email
// (LOGIN_MAX_FAILURES) against guessing one account's password, one per client IP
// (LOGIN_IP_MAX_FAILURES) against trying a few passwords on many accounts (password spraying). One
// atomic upsert per key and failure: a window older than LOGIN_WINDOW_SECONDS restarts at 1.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { PrismaService } from '../database/prisma.service.js';

export interface ThrottleKey {
  key: string;
  maxFailures: number;
}

@Injectable()
export class LoginThrottleRepository {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Seconds until the first of these keys that has reached its limit is free again, or null. */
  async lockedFor(keys: ThrottleKey[]): Promise<number | null> {
    const rows = await this.prisma.system.loginThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
    const windowMs = this.config.loginWindowSeconds * 1000;
    const waits = rows
      .filter((row) => row.failures >= (keys.find((k) => k.key === row.key)?.maxFailures ?? Infinity))
      .map((row) => row.windowStart.getTime() + windowMs - Date.now())
      .filter((ms) => ms > 0);
    return waits.length > 0 ? Math.ceil(Math.max(...waits) / 1000) : null;
  }

  async recordFailure(keys: string[]): Promise<void> {
    await this.prisma.system.$executeRaw`
      INSERT INTO "LoginThrottle" ("key", "windowStart", "failures")
        SELECT DISTINCT k, now(), 1 FROM unnest(${keys}::text[]) AS k
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(secs => ${this.config.loginWindowSeconds})
                          THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(secs => ${this.config.loginWindowSeconds})
                          THEN now() ELSE "LoginThrottle"."windowStart" END`;
  }

  async clear(key: string): Promise<void> {
    await this.prisma.system.loginThrottle.deleteMany({ where: { key } });
  }
}
