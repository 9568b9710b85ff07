// Fixed-window counters in PostgreSQL, so that every limit holds across all API processes. One
// statement counts a hit on several keys at once: a key's window starts at its first hit and restarts
// at 1 once it is over. Expired rows are swept now and then, so the table stays the size of the
// keys seen in the last day.
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';

export interface CounterState {
  key: string;
  hits: number;
  /** Seconds until the key's window ends (at least 1). */
  retryAfterSeconds: number;
}

const SWEEP_EVERY = 1000;

@Injectable()
export class RateLimitRepository {
  private sinceSweep = 0;

  constructor(private readonly prisma: PrismaService) {}

  /** Counts one hit on each key (all in windows of windowSeconds) and returns each key's count. */
  async hit(keys: string[], windowSeconds: number): Promise<CounterState[]> {
    if (keys.length === 0) return [];
    if (++this.sinceSweep >= SWEEP_EVERY) {
      this.sinceSweep = 0;
      await this.prisma.system.$executeRaw`DELETE FROM "RateLimitCounter" WHERE "windowStart" < now() - interval '1 day'`;
    }
    const rows = await this.prisma.system.$queryRaw<{ key: string; hits: number; retryAfter: number }[]>`
      INSERT INTO "RateLimitCounter" AS c ("key", "windowStart", "hits")
        SELECT DISTINCT k, now(), 1 FROM unnest(${keys}::text[]) AS k
      ON CONFLICT ("key") DO UPDATE SET
        "hits" = CASE WHEN c."windowStart" <= now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE c."hits" + 1 END,
        "windowStart" = CASE WHEN c."windowStart" <= now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE c."windowStart" END
      RETURNING c."key", c."hits",
        GREATEST(1, CEIL(EXTRACT(EPOCH FROM c."windowStart" + make_interval(secs => ${windowSeconds}) - now())))::int AS "retryAfter"`;
    return rows.map((r) => ({ key: r.key, hits: r.hits, retryAfterSeconds: r.retryAfter }));
  }
}
