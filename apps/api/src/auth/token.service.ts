// JWTs (HS256, signed with JWT_SECRET) that expire after JWT_TTL_SECONDS. Each carries the account's
// tokenVersion (tv): a password change or deactivation increments it, and the access guard refuses a
// token whose version is not the account's current one, so every session of that user ends at once.
import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify } from 'jose';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';

export interface TokenClaims {
  userId: string;
  clinicId: string;
  tokenVersion: number;
}

@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  issue(claims: TokenClaims): Promise<string> {
    return new SignJWT({ clinicId: claims.clinicId, tv: claims.tokenVersion })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuedAt()
      .setIssuer('backtrack')
      .setExpirationTime(`${this.config.jwtTtlSeconds}s`)
      .sign(this.key);
  }

  /** The claims of a valid token, or null when it is malformed, forged or expired. */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'backtrack', algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.clinicId !== 'string') return null;
      if (typeof payload.tv !== 'number' || !Number.isInteger(payload.tv)) return null;
      return { userId: payload.sub, clinicId: payload.clinicId, tokenVersion: payload.tv };
    } catch {
      return null;
    }
  }
}
