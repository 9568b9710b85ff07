// Guarded by default: an operation runs only with an explicit @Public() or @Roles(...) declaration.
// Tokens are checked against the database on every request, so a deactivated account is refused at
// once rather than when its token expires.
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../common/app-error.js';
import { ACCESS_KEY, type AccessDeclaration } from '../common/access.decorators.js';
import { currentContext, type RequestContext } from '../common/request-context.js';
import { TokenService } from './token.service.js';
import { UsersRepository } from './users.repository.js';

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UsersRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const declaration = this.reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!declaration) throw new ForbiddenError('This operation has no access declaration');
    if (declaration.kind === 'public') return true;

    const request = this.requestOf(context);
    const header = request?.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthenticatedError();
    const claims = await this.tokens.verify(match[1]!);
    if (!claims) throw new UnauthenticatedError('Your session has expired or is invalid; sign in again');
    const user = await this.users.findByIdAnyClinic(claims.userId);
    if (!user || !user.active || user.clinicId !== claims.clinicId) throw new UnauthenticatedError('This account is no longer active');

    const store = currentContext() ?? (request as { context?: RequestContext } | undefined)?.context;
    if (store) store.actor = { userId: user.id, clinicId: user.clinicId, role: user.role, name: user.name, email: user.email };
    if (!declaration.roles.includes(user.role)) throw new ForbiddenError();
    return true;
  }

  private requestOf(context: ExecutionContext): Request | undefined {
    if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req?: Request }>().req;
    return context.switchToHttp().getRequest<Request>();
  }
}
