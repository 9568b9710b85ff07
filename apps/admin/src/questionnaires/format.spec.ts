import { clinicTime, occasionLabel, stateOf, timeLeft } from './format';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-03-20T16:00:00.000Z'); // 12:00 in New York (EDT)
const at = (hours: number) => new Date(NOW + hours * HOUR).toISOString();

describe('occasionLabel', () => {
  it.each([
    [{ occasion: 'BASELINE', sequence: 0 }, 3, 'Before first visit'],
    [{ occasion: 'PROGRESS', sequence: 4 }, 3, 'After 4 sessions'],
    [{ occasion: 'PROGRESS', sequence: 1 }, 3, 'After 1 session'],
    [{ occasion: 'DISCHARGE', sequence: 0 }, 3, 'At discharge'],
    [{ occasion: 'FOLLOW_UP', sequence: 0 }, 3, '3-month follow-up'],
    [{ occasion: 'FOLLOW_UP', sequence: 0 }, 6, '6-month follow-up'],
    [{ occasion: 'FOLLOW_UP', sequence: 0 }, undefined, 'Follow-up'],
  ] as const)('%j with %s follow-up months reads "%s"', (request, months, words) => {
    expect(occasionLabel(request, months)).toBe(words);
  });
});

describe('stateOf', () => {
  const pending = { status: 'PENDING', sendAt: at(-48), expiresAt: at(72) } as const;

  it('tells a pending request whose message is still to go out from one waiting for an answer', () => {
    expect(stateOf({ ...pending, sendAt: at(5) }, NOW)).toBe('NOT_SENT');
    expect(stateOf(pending, NOW)).toBe('WAITING');
  });

  it('calls a pending request past its answer-by expired before the sweep marks it', () => {
    expect(stateOf({ ...pending, expiresAt: at(-1) }, NOW)).toBe('EXPIRED');
    expect(stateOf({ ...pending, expiresAt: at(0) }, NOW)).toBe('EXPIRED');
  });

  it('follows the API for closed requests, a cancelled one being withdrawn', () => {
    expect(stateOf({ ...pending, status: 'ANSWERED' }, NOW)).toBe('ANSWERED');
    expect(stateOf({ ...pending, status: 'EXPIRED' }, NOW)).toBe('EXPIRED');
    expect(stateOf({ ...pending, status: 'CANCELLED' }, NOW)).toBe('WITHDRAWN');
  });
});

describe('clinicTime', () => {
  it('reads on the clinic clock, with the year only when it is not this one', () => {
    expect(clinicTime('2026-03-17T14:00:00.000Z', 'America/New_York', NOW)).toBe('Tue 17 Mar, 10:00');
    expect(clinicTime('2026-03-03T01:30:00.000Z', 'America/New_York', NOW)).toBe('Mon 2 Mar, 20:30');
    expect(clinicTime('2025-12-31T23:30:00.000Z', 'Europe/Berlin', NOW)).toBe('Thu 1 Jan, 00:30');
    expect(clinicTime('2025-12-31T23:30:00.000Z', 'America/New_York', NOW)).toBe('31 Dec 2025, 18:30');
  });
});

describe('timeLeft', () => {
  it('says how long is left, and that under a day is urgent', () => {
    expect(timeLeft(at(3 * 24 + 1), NOW)).toEqual({ text: 'closes in 3 days', urgent: false });
    expect(timeLeft(at(14), NOW)).toEqual({ text: 'closes in 14 hours', urgent: true });
  });
});
