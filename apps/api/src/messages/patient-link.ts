// Signed, single-purpose, expiring links for patients, who have no account: base64url(payload) "."
// base64url(HMAC-SHA256). The key is derived from JWT_SECRET for this one use, so a staff token can
// never pass for a link nor a link for a token. Single use is enforced on redemption (UsedPatientLink).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MessageChannel } from '../generated/prisma/enums.js';

export type LinkPurpose = 'OPT_OUT';

export interface PatientLink {
  purpose: LinkPurpose;
  clinicId: string;
  patientId: string;
  channel: MessageChannel;
  /** Unique id of this link, recorded when it is used. */
  jti: string;
  expiresAt: Date;
}

export type LinkProblem = 'INVALID' | 'EXPIRED' | 'WRONG_PURPOSE';

interface Payload {
  p: LinkPurpose;
  c: string;
  pt: string;
  ch: MessageChannel;
  j: string;
  exp: number;
}

function keyOf(secret: string): Buffer {
  return createHmac('sha256', secret).update('backtrack patient links v1').digest();
}

function sign(body: string, secret: string): Buffer {
  return createHmac('sha256', keyOf(secret)).update(body).digest();
}

export function signPatientLink(link: Omit<PatientLink, 'jti'>, secret: string): string {
  const payload: Payload = {
    p: link.purpose,
    c: link.clinicId,
    pt: link.patientId,
    ch: link.channel,
    j: randomBytes(16).toString('base64url'),
    exp: Math.floor(link.expiresAt.getTime() / 1000),
  };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${sign(body, secret).toString('base64url')}`;
}

export function verifyPatientLink(
  token: string,
  purpose: LinkPurpose,
  secret: string,
  now = new Date(),
): PatientLink | { problem: LinkProblem } {
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
  if (payload.p !== purpose) return { problem: 'WRONG_PURPOSE' };
  if (payload.exp * 1000 <= now.getTime()) return { problem: 'EXPIRED' };
  return {
    purpose: payload.p,
    clinicId: payload.c,
    patientId: payload.pt,
    channel: payload.ch,
    jti: payload.j,
    expiresAt: new Date(payload.exp * 1000),
  };
}
