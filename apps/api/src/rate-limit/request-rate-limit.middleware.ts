// Every /graphql request counts once against its client IP and, when it carries a valid token, once
// against its user, both in one statement. Over either limit the request is answered here, before it
// is parsed: HTTP 429 with Retry-After and a GraphQL error body coded RATE_LIMITED.
import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { TokenService } from '../auth/token.service.js';
import { ErrorCode } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { clientIp } from './client-ip.js';
import { RateLimitRepository } from './rate-limit.repository.js';

@Injectable()
export class RequestRateLimitMiddleware implements NestMiddleware {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokenService,
    private readonly counters: RateLimitRepository,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      const ipKey = `ip:${clientIp(req)}`;
      const userId = await this.userIdOf(req);
      const userKey = userId ? `user:${userId}` : null;
      const states = await this.counters.hit(userKey ? [ipKey, userKey] : [ipKey], this.config.rateLimitWindowSeconds);
      const over = states.filter((s) => s.hits > (s.key === userKey ? this.config.rateLimitPerUser : this.config.rateLimitPerIp));
      if (over.length === 0) return next();
      const retryAfterSeconds = Math.max(...over.map((s) => s.retryAfterSeconds));
      res.setHeader('Retry-After', String(retryAfterSeconds));
      res.status(429).json({
        errors: [
          {
            message: `Too many requests; try again in ${retryAfterSeconds} s`,
            extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds },
          },
        ],
      });
    } catch (error) {
      next(error);
    }
  }

  private async userIdOf(req: Request): Promise<string | null> {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    return match ? ((await this.tokens.verify(match[1]!))?.userId ?? null) : null;
  }
}
