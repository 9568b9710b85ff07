// How a questionnaire request reads to staff: its occasion in words, where it stands (the API's status,
// with "not sent yet" and "closed" told apart from "waiting", which the status alone does not), and
// its times on the clinic's clock.
import { DateTime } from 'luxon';
import type { QuestionnaireOccasion, QuestionnaireStatus } from '../graphql/graphql';
import type { QuestionnaireRequest } from './record';

/**
 * "Before first visit", "After 4 sessions", "At discharge", "3-month follow-up". The follow-up's months
 * are the clinic's current setting (the request does not keep the interval it was planned with).
 */
export function occasionLabel(request: Pick<QuestionnaireRequest, 'occasion' | 'sequence'>, followUpMonths?: number): string {
  switch (request.occasion) {
    case 'BASELINE':
      return 'Before first visit';
    case 'PROGRESS':
      return `After ${request.sequence} ${request.sequence === 1 ? 'session' : 'sessions'}`;
    case 'DISCHARGE':
      return 'At discharge';
    case 'FOLLOW_UP':
      return followUpMonths ? `${followUpMonths}-month follow-up` : 'Follow-up';
  }
}

export const OCCASION_CHOICES: { id: QuestionnaireOccasion; name: string }[] = [
  { id: 'BASELINE', name: 'Before first visit' },
  { id: 'PROGRESS', name: 'After sessions' },
  { id: 'DISCHARGE', name: 'At discharge' },
  { id: 'FOLLOW_UP', name: 'Follow-up' },
];

/** The API's statuses as the filter offers them; PENDING is what the front desk chases. */
export const STATUS_CHOICES: { id: QuestionnaireStatus; name: string }[] = [
  { id: 'PENDING', name: 'Waiting for an answer' },
  { id: 'ANSWERED', name: 'Answered' },
  { id: 'EXPIRED', name: 'Expired' },
  { id: 'CANCELLED', name: 'Withdrawn' },
];

/**
 * Where a request stands for the person reading it. A PENDING request whose message has not gone out
 * yet (a baseline is sent up to 72 h before the first visit) is not yet waiting for anyone; one whose
 * answer-by has passed can no longer be answered, though the sweep may not have marked it EXPIRED yet.
 */
export type QuestionnaireState = 'NOT_SENT' | 'WAITING' | 'ANSWERED' | 'EXPIRED' | 'WITHDRAWN';

export function stateOf(
  request: Pick<QuestionnaireRequest, 'status' | 'sendAt' | 'expiresAt'>,
  now: number = Date.now(),
): QuestionnaireState {
  switch (request.status) {
    case 'ANSWERED':
      return 'ANSWERED';
    case 'EXPIRED':
      return 'EXPIRED';
    case 'CANCELLED':
      return 'WITHDRAWN';
    case 'PENDING':
      if (Date.parse(request.expiresAt) <= now) return 'EXPIRED';
      return Date.parse(request.sendAt) > now ? 'NOT_SENT' : 'WAITING';
  }
}

export const STATE_LABELS: Record<QuestionnaireState, string> = {
  NOT_SENT: 'Not sent yet',
  WAITING: 'Waiting',
  ANSWERED: 'Answered',
  EXPIRED: 'Expired',
  WITHDRAWN: 'Withdrawn',
};

/** The outbox's tints: answered reads as "sent", waiting as "skipped" (someone should look), expired as "failed". */
export const STATE_COLORS: Record<QuestionnaireState, { bg: string; fg: string }> = {
  NOT_SENT: { bg: '#e4effa', fg: '#123a5e' },
  WAITING: { bg: '#fff1d6', fg: '#5a3a00' },
  ANSWERED: { bg: '#e3f3e8', fg: '#1d4d30' },
  EXPIRED: { bg: '#fde8e6', fg: '#7a1c14' },
  WITHDRAWN: { bg: '#f1f3f4', fg: '#5b6670' },
};

/** "Tue 10 Mar, 09:00" this year, "10 Mar 2025, 09:00" another, on the clinic's clock. */
export function clinicTime(instant: string, zone: string, now: number = Date.now()): string {
  const at = DateTime.fromISO(instant, { zone });
  const sameYear = at.year === DateTime.fromMillis(now, { zone }).year;
  return at.toFormat(sameYear ? 'ccc d LLL, HH:mm' : 'd LLL yyyy, HH:mm');
}

/** How long a waiting patient has left to answer ("closes in 3 days"), and whether that is under a day. */
export function timeLeft(expiresAt: string, now: number = Date.now()): { text: string; urgent: boolean } {
  const left = Date.parse(expiresAt) - now;
  const relative = DateTime.fromISO(expiresAt).toRelative({ base: DateTime.fromMillis(now) }) ?? '';
  return { text: `closes ${relative}`, urgent: left < 24 * 3_600_000 };
}
