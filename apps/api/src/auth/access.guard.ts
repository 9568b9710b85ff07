// Guarded by default: an operation runs only with an explicit @Public() or @Roles(...) declaration.
// Tokens are checked against the database on every request, so a deactivated account, or a token
// issued before the account's password changed (its tokenVersion is older), is refused at once rather
// than when it expires; once per request, not per field: the guard runs for every
// root field, and a document with many aliases must not cost one user read each.
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../common/app-error.js';
import { ACCESS_KEY, type AccessDeclaration } from '../common/access.decorators.js';
import { currentContext, type RequestContext } from '../common/request-context.js';
import type { User } from '../generated/prisma/client.js';
import { TokenService, type TokenClaims } from './token.service.js';
import { UsersRepository } from './users.repository.js';

interface Authenticated {
  claims: TokenClaims | null;
  user: User | null;
}

@Injectable()
export class AccessGuard implements CanActivate {
  private readonly perRequest = new WeakMap<object, Promise<Authenticated>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UsersRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const declaration = this.reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!declaration) throw new ForbiddenError('This operation has no access declaration');
    if (declaration.kind === 'public') return true;

    const request = this.requestOf(context);
    const header = request?.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthenticatedError();
    const { claims, user } = await this.authenticate(request, match[1]!);
    if (!claims) throw new UnauthenticatedError('Your session has expired or is invalid; sign in again');
    if (!user || !user.active || user.clinicId !== claims.clinicId) throw new UnauthenticatedError('This account is no longer active');
    if (user.tokenVersion !== claims.tokenVersion) throw new UnauthenticatedError('This session has ended; sign in again');

    const store = currentContext() ?? (request as { context?: RequestContext } | undefined)?.context;
    if (store) store.actor = { userId: user.id, clinicId: user.clinicId, role: user.role, name: user.name, email: user.email };
    if (!declaration.roles.includes(user.role)) throw new ForbiddenError();
    return true;
  }

  /** The token's claims and user, looked up once per request (keyed by the request object). */
  private authenticate(request: Request | undefined, token: string): Promise<Authenticated> {
    const lookup = async (): Promise<Authenticated> => {
      const claims = await this.tokens.verify(token);
      return { claims, user: claims ? await this.users.findInClinic(claims.userId, claims.clinicId) : null };
    };
    if (!request) return lookup();
    let pending = this.perRequest.get(request);
    if (!pending) {
      pending = lookup();
      this.perRequest.set(request, pending);
    }
    return pending;
  }

  private requestOf(context: ExecutionContext): Request | undefined {
    if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req?: Request }>().req;
    return context.switchToHttp().getRequest<Request>();
  }
}
