// Failed-login counters in PostgreSQL, so the limit holds across every API process. One atomic
// upsert per failure: a window older than LOGIN_WINDOW_SECONDS restarts at 1.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { PrismaService } from '../database/prisma.service.js';

@Injectable()
export class LoginThrottleRepository {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async isLocked(key: string): Promise<boolean> {
    const row = await this.prisma.system.loginThrottle.findUnique({ where: { key } });
    if (!row) return false;
    const windowOpen = row.windowStart.getTime() + this.config.loginWindowSeconds * 1000 > Date.now();
    return windowOpen && row.failures >= this.config.loginMaxFailures;
  }

  async recordFailure(key: string): Promise<number> {
    const rows = await this.prisma.system.$queryRaw<{ failures: number }[]>`
      INSERT INTO "LoginThrottle" ("key", "windowStart", "failures") VALUES (${key}, now(), 1)
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(secs => ${this.config.loginWindowSeconds})
                          THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(secs => ${this.config.loginWindowSeconds})
                          THEN now() ELSE "LoginThrottle"."windowStart" END
      RETURNING "failures"`;
    return rows[0]?.failures ?? 1;
  }

  async clear(key: string): Promise<void> {
    await this.prisma.system.loginThrottle.deleteMany({ where: { key } });
  }
}
