// Signed, single-purpose, expiring links for patients, who have no account: base64url(payload) "."
// base64url(HMAC-SHA256). The key is derived from JWT_SECRET for this one use, so a staff token can
// never pass for a link nor a link for a token.
//
// Opt-out links carry what they act on and are single use through UsedPatientLink. Session and
// wait-list links (confirm, cancel, calendar, claim) carry only their purpose, clinic, id and expiry:
// what they act on is a PatientLink row found by the token's SHA-256, in the clinic the signature
// vouches for (so the lookup runs under that clinic's row-level security), and the row records use.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MessageChannel } from '../generated/prisma/enums.js';

export type LinkPurpose = 'OPT_OUT';

/** Purposes of links stored as PatientLink rows. */
export type StoredLinkPurpose = 'CONFIRM' | 'CANCEL' | 'CALENDAR' | 'CLAIM' | 'QUESTIONNAIRE';

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
  p: LinkPurpose | StoredLinkPurpose;
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

interface StoredPayload {
  p: StoredLinkPurpose;
  c: string;
  j: string;
  exp: number;
}

/** A signed session or wait-list link and the hash under which its PatientLink row is stored. */
export function signStoredLink(
  link: { purpose: StoredLinkPurpose; clinicId: string; expiresAt: Date },
  secret: string,
): { token: string; tokenHash: string } {
  const payload: StoredPayload = {
    p: link.purpose,
    c: link.clinicId,
    j: randomBytes(12).toString('base64url'),
    exp: Math.floor(link.expiresAt.getTime() / 1000),
  };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const token = `${body}.${sign(body, secret).toString('base64url')}`;
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface VerifiedStoredLink {
  purpose: StoredLinkPurpose;
  clinicId: string;
  tokenHash: string;
  expiresAt: Date;
}

/** Checks signature, purpose and expiry; the caller then finds the row by `tokenHash` in `clinicId`. */
export function verifyStoredLink(
  token: string,
  purposes: readonly StoredLinkPurpose[],
  secret: string,
  now = new Date(),
): VerifiedStoredLink | { problem: LinkProblem } {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return { problem: 'INVALID' };
  const expected = sign(body, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { problem: 'INVALID' };
  let payload: StoredPayload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as StoredPayload;
  } catch {
    return { problem: 'INVALID' };
  }
  if (!purposes.includes(payload.p)) return { problem: 'WRONG_PURPOSE' };
  if (payload.exp * 1000 <= now.getTime()) return { problem: 'EXPIRED' };
  return { purpose: payload.p, clinicId: payload.c, tokenHash: hashLinkToken(token), expiresAt: new Date(payload.exp * 1000) };
}
