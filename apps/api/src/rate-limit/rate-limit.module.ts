// Request rate limits per client IP and per user on /graphql, and the counters other slices (sign-up,
// login) use for their own limits. Also applies TRUST_PROXY, which decides what the client IP is.
import { Inject, Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Express } from 'express';
import { TokenService } from '../auth/token.service.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { RateLimitRepository } from './rate-limit.repository.js';
import { RequestRateLimitMiddleware } from './request-rate-limit.middleware.js';

@Module({
  providers: [RateLimitRepository, TokenService, RequestRateLimitMiddleware],
  exports: [RateLimitRepository],
})
export class RateLimitModule implements NestModule {
  constructor(adapterHost: HttpAdapterHost, @Inject(APP_CONFIG) config: AppConfig) {
    (adapterHost.httpAdapter.getInstance() as Express).set('trust proxy', config.trustProxy);
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestRateLimitMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.ALL });
  }
}
