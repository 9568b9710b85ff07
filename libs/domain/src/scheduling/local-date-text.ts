import { SchedulingInputError } from './errors.js';
import { assertLocalDate, type LocalDate } from './local-date.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-12-08" (a date input's value) as a calendar day; throws for a malformed or nonexistent day. */
export function parseLocalDate(s: string, field = 'date'): LocalDate {
  const match = ISO_DATE.exec(s);
  if (!match) throw new SchedulingInputError(field, `Expected a date "YYYY-MM-DD", got "${s}"`);
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  assertLocalDate(date, field);
  return date;
}
