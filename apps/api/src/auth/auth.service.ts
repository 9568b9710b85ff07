import { Inject, Injectable } from '@nestjs/common';
import { AuditAction } from '../audit/audit-action.js';
import { AuditService } from '../audit/audit.service.js';
import { BadInputError, UnauthenticatedError } from '../common/app-error.js';
import { currentActor } from '../common/request-context.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { User } from '../generated/prisma/client.js';
import { RateLimitRepository } from '../rate-limit/rate-limit.repository.js';
import { RateLimitedError } from '../rate-limit/rate-limited.error.js';
import { spendVerifyTime, verifyPassword } from './password-hasher.js';
import { hashNewPassword } from './password-policy.js';
import { LoginThrottleRepository } from './login-throttle.repository.js';
import { TokenService, type TokenClaims } from './token.service.js';
import { UsersRepository } from './users.repository.js';
import type { SignUpInput } from './auth.inputs.js';

export interface AuthResult {
  token: string;
  user: User;
}

/**
 * The one answer to a sign-up that cannot create its account, whatever the reason (the email is
 * taken, or a sign-up racing this one took it first), so that sign-up cannot be used to learn which
 * emails have accounts. Its cost is paid first (the password is hashed) for the same reason.
 */
/** What a token is issued for: the account, its clinic, and the account's current token version. */
export function claimsOf(user: Pick<User, 'id' | 'clinicId' | 'tokenVersion'>): TokenClaims {
  return { userId: user.id, clinicId: user.clinicId, tokenVersion: user.tokenVersion };
}

export const SIGN_UP_REFUSED = 'could not be used to create an account';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly counters: RateLimitRepository,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signUp(input: SignUpInput, clientIp: string): Promise<AuthResult> {
    const [attempts] = await this.counters.hit([`signup-ip:${clientIp}`], this.config.signUpWindowSeconds);
    if (attempts && attempts.hits > this.config.signUpIpMax) {
      throw new RateLimitedError('Too many sign-ups from this address. Try again later.', attempts.retryAfterSeconds);
    }
    const passwordHash = await hashNewPassword(input.password);
    const user = (await this.users.emailTaken(input.email))
      ? null
      : await this.users.createClinicWithOwner(
          { name: input.clinicName.trim(), timezone: input.timezone },
          { email: input.email, name: input.ownerName.trim(), passwordHash },
        );
    if (!user) throw BadInputError.field('input.email', SIGN_UP_REFUSED);
    return { token: await this.tokens.issue(claimsOf(user)), user };
  }

  async login(email: string, password: string, clientIp: string): Promise<AuthResult> {
    const emailKey = `email:${email.trim().toLowerCase()}`;
    const ipKey = `ip:${clientIp}`;
    const wait = await this.throttle.reserveAttempt([
      { key: emailKey, maxFailures: this.config.loginMaxFailures },
      { key: ipKey, maxFailures: this.config.loginIpMaxFailures },
    ]);
    if (wait !== null) throw new RateLimitedError('Too many failed sign-in attempts. Try again later.', wait);
    const user = await this.users.findByEmailAnyClinic(email.trim());
    // An invitation still pending has no password (passwordHash ''): refused like a wrong password,
    // after the same work, so sign-in does not tell who has been invited.
    const canSignIn = user !== null && user.passwordHash !== '';
    const valid = canSignIn ? await verifyPassword(user.passwordHash, password) : (await spendVerifyTime(password), false);
    // A failure stays counted. A success clears the account's counter and takes its attempt back from
    // the address, whose failures against other accounts must not be wiped.
    // An existing account's sign-ins, failed ones included, go to its clinic's audit log (never the
    // password); an unknown email belongs to no clinic and is left to the throttle.
    if (user) await this.audit.recordLogin(user, valid && user.active);
    if (!user || !valid || !user.active) throw new UnauthenticatedError('Invalid email or password');
    await Promise.all([this.throttle.clear(emailKey), this.throttle.releaseAttempt(ipKey)]);
    return { token: await this.tokens.issue(claimsOf(user)), user };
  }

  /**
   * Changes the signed-in user's own password. The current one is required and its failures count
   * against the same limits as sign-in's (per account and per address). The account's token version
   * goes up with the new password, ending every other session at once; this one continues with the
   * fresh token returned.
   */
  async changePassword(currentPassword: string, newPassword: string, clientIp: string): Promise<AuthResult> {
    const actor = currentActor();
    const passwordHash = await hashNewPassword(newPassword, 'newPassword');
    const emailKey = `email:${actor.email.toLowerCase()}`;
    const ipKey = `ip:${clientIp}`;
    const wait = await this.throttle.reserveAttempt([
      { key: emailKey, maxFailures: this.config.loginMaxFailures },
      { key: ipKey, maxFailures: this.config.loginIpMaxFailures },
    ]);
    if (wait !== null) throw new RateLimitedError('Too many failed attempts. Try again later.', wait);
    const user = await this.users.findInClinic(actor.userId, actor.clinicId);
    if (!user) throw new UnauthenticatedError();
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw BadInputError.field('currentPassword', 'is not your current password');
    }
    await Promise.all([this.throttle.clear(emailKey), this.throttle.releaseAttempt(ipKey)]);
    if (currentPassword === newPassword) throw BadInputError.field('newPassword', 'must differ from your current password');
    const changed = await this.users.changePassword(user.id, passwordHash);
    if (!changed) throw new UnauthenticatedError();
    await this.audit.record({ action: AuditAction.UPDATE, entity: 'User', entityId: user.id, patientId: null, fields: ['password'] });
    return { token: await this.tokens.issue(claimsOf(changed)), user: changed };
  }

  async me(): Promise<User> {
    const user = await this.users.findInClinic(currentActor().userId, currentActor().clinicId);
    if (!user) throw new UnauthenticatedError();
    return user;
  }
}
