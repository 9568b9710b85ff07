import { SchedulingInputError } from './errors.js';
import { parseLocalDate } from './local-date-text.js';
import { localToInstant } from './wall-time.js';

describe('parseLocalDate', () => {
  it.each([
    ['2026-12-08', { year: 2026, month: 12, day: 8 }],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
  ])('reads %s', (s, date) => {
    expect(parseLocalDate(s)).toEqual(date);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-12-8', '08/12/2026', '', '2026-12-08T00:00'])('rejects %j naming the field', (s) => {
    const attempt = () => parseLocalDate(s, 'from');
    expect(attempt).toThrow(SchedulingInputError);
    expect(attempt).toThrow(expect.objectContaining({ field: 'from' }));
  });

  it('feeds localToInstant: a date input and a time input become the clinic-local instant', () => {
    // New York's spring-forward day: 02:30 does not exist and shifts forward to 03:30 EDT.
    expect(new Date(localToInstant(parseLocalDate('2026-03-08'), '02:30', 'America/New_York')).toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
    expect(new Date(localToInstant(parseLocalDate('2026-12-08'), '09:30', 'America/New_York')).toISOString()).toBe(
      '2026-12-08T14:30:00.000Z',
    );
  });
});
