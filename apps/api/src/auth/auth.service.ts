import { Injectable } from '@nestjs/common';
import { AppError, BadInputError, ErrorCode, UnauthenticatedError } from '../common/app-error.js';
import { currentActor } from '../common/request-context.js';
import type { User } from '../generated/prisma/client.js';
import { hashPassword, spendVerifyTime, verifyPassword } from './password-hasher.js';
import { LoginThrottleRepository } from './login-throttle.repository.js';
import { TokenService } from './token.service.js';
import { UsersRepository } from './users.repository.js';
import type { SignUpInput } from './auth.inputs.js';

export interface AuthResult {
  token: string;
  user: User;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly tokens: TokenService,
  ) {}

  async signUp(input: SignUpInput): Promise<AuthResult> {
    if (await this.users.emailTaken(input.email)) throw BadInputError.field('input.email', 'is already registered');
    const user = await this.users.createClinicWithOwner(
      { name: input.clinicName.trim(), timezone: input.timezone },
      { email: input.email, name: input.ownerName.trim(), passwordHash: await hashPassword(input.password) },
    );
    return { token: await this.tokens.issue({ userId: user.id, clinicId: user.clinicId }), user };
  }

  async login(email: string, password: string): Promise<AuthResult> {
    const key = `email:${email.trim().toLowerCase()}`;
    if (await this.throttle.isLocked(key)) {
      throw new AppError(ErrorCode.RATE_LIMITED, 'Too many failed sign-in attempts. Try again later.');
    }
    const user = await this.users.findByEmailAnyClinic(email.trim());
    const valid = user ? await verifyPassword(user.passwordHash, password) : (await spendVerifyTime(password), false);
    if (!user || !valid || !user.active) {
      await this.throttle.recordFailure(key);
      throw new UnauthenticatedError('Invalid email or password');
    }
    await this.throttle.clear(key);
    return { token: await this.tokens.issue({ userId: user.id, clinicId: user.clinicId }), user };
  }

  async me(): Promise<User> {
    const user = await this.users.findByIdAnyClinic(currentActor().userId);
    if (!user) throw new UnauthenticatedError();
    return user;
  }

}
