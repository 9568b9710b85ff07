// The signed-in staff member, kept in localStorage so a reload keeps the session. The token is only
// decoded here (for its expiry); the API verifies its signature on every request.
import type { LoginMutation, Role } from '../graphql/graphql';

export type { Role };
export type SessionUser = LoginMutation['login']['user'];

export interface Session {
  token: string;
  user: SessionUser;
}

const STORAGE_KEY = 'backtrack.session';

/** Seconds of leeway so a token about to expire is treated as expired before a request fails. */
const EXPIRY_LEEWAY_SECONDS = 10;

export function saveSession(session: Session): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(STORAGE_KEY);
}

export function readSession(): Session | null {
  const raw = localStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (typeof parsed.token !== 'string' || !parsed.user || typeof parsed.user.role !== 'string') return null;
    return parsed as Session;
  } catch {
    return null;
  }
}

/** The `exp` claim (seconds since the epoch) of a JWT, or null when the token cannot be read. */
export function tokenExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const claims = JSON.parse(atob(base64)) as { exp?: unknown };
    return typeof claims.exp === 'number' ? claims.exp : null;
  } catch {
    return null;
  }
}

/** A token we cannot read, or one without `exp`, counts as expired: the API would refuse it anyway. */
export function isTokenExpired(token: string, nowMs: number = Date.now()): boolean {
  const exp = tokenExpiry(token);
  return exp === null || exp - EXPIRY_LEEWAY_SECONDS <= nowMs / 1000;
}

/** The token of a stored, unexpired session. */
export function currentToken(nowMs: number = Date.now()): string | null {
  const session = readSession();
  if (!session || isTokenExpired(session.token, nowMs)) return null;
  return session.token;
}
