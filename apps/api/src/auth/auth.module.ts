import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module.js';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { AccessGuard } from './access.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginThrottleRepository } from './login-throttle.repository.js';
import { TokenService } from './token.service.js';
import { UsersRepository } from './users.repository.js';

@Module({
  imports: [AuditModule, RateLimitModule],
  providers: [
    AuthResolver,
    AuthService,
    LoginThrottleRepository,
    TokenService,
    UsersRepository,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [UsersRepository, TokenService],
})
export class AuthModule {}
