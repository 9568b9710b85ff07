// JWTs (HS256, signed with JWT_SECRET) that expire after JWT_TTL_SECONDS.
import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify } from 'jose';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';

export interface TokenClaims {
  userId: string;
  clinicId: string;
}

@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  issue(claims: TokenClaims): Promise<string> {
    return new SignJWT({ clinicId: claims.clinicId })
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
      return { userId: payload.sub, clinicId: payload.clinicId };
    } catch {
      return null;
    }
  }
}
