// Invitation links for staff: base64url(payload) "." base64url(HMAC-SHA256), like patient links
// (messages/patient-link.ts) but under a key derived from JWT_SECRET for this one purpose, so a patient
// link can never act as an invitation, nor an invitation as a patient link or a staff token. The
// token carries only its purpose, clinic, a random id and expiry; the StaffInvite row it acts on is
// found by the token's SHA-256 in the clinic the signature vouches for, and records its use.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type InviteLinkProblem = 'INVALID' | 'EXPIRED';

interface Payload {
  p: 'STAFF_INVITE';
  c: string;
  j: string;
  exp: number;
}

function sign(body: string, secret: string): Buffer {
  const key = createHmac('sha256', secret).update('backtrack staff invitations v1').digest();
  return createHmac('sha256', key).update(body).digest();
}

export function hashInviteToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A signed invitation link's token and the hash its StaffInvite row is stored under. */
export function signInviteLink(link: { clinicId: string; expiresAt: Date }, secret: string): { token: string; tokenHash: string } {
  const payload: Payload = {
    p: 'STAFF_INVITE',
    c: link.clinicId,
    j: randomBytes(16).toString('base64url'),
    exp: Math.floor(link.expiresAt.getTime() / 1000),
  };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const token = `${body}.${sign(body, secret).toString('base64url')}`;
  return { token, tokenHash: hashInviteToken(token) };
}

/** Checks signature, purpose and expiry; the caller then finds the row by `tokenHash` in `clinicId`. */
export function verifyInviteLink(
  token: string,
  secret: string,
  now = new Date(),
): { clinicId: string; tokenHash: string } | { problem: InviteLinkProblem } {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return { problem: 'INVALID' };
  const expected = sign(body, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { problem: 'INVALID' };
  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload;
  } catch {
    return { problem: 'INVALID' };
  }
  if (payload.p !== 'STAFF_INVITE' || typeof payload.c !== 'string' || typeof payload.exp !== 'number') return { problem: 'INVALID' };
  if (payload.exp * 1000 <= now.getTime()) return { problem: 'EXPIRED' };
  return { clinicId: payload.c, tokenHash: hashInviteToken(token) };
}
