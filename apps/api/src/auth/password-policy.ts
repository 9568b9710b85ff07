// The password policy, checked wherever a new password is set (sign-up, staff creation, any future
// change) by hashNewPassword: 10 to 200 characters, not one of the well-known leaked passwords, not
// one character repeated. A refusal names the field, like any other invalid input.
import { BadInputError } from '../common/app-error.js';
import { PASSWORD_MIN } from './auth.inputs.js';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { hashPassword } from './password-hasher.js';

export const PASSWORD_MAX = 200;

const COMMON = new Set(COMMON_PASSWORDS.map((p) => p.toLowerCase()));

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX)
    return `must be between ${PASSWORD_MIN} and ${PASSWORD_MAX} characters`;
  if (COMMON.has(password.toLowerCase()) || /^(.)\1*$/u.test(password)) return 'is too common; choose a less guessable password';
  return null;
}

/** Hashes a password being set, after refusing one the policy does not accept. */
export async function hashNewPassword(password: string, field = 'input.password'): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw BadInputError.field(field, problem);
  return hashPassword(password);
}
