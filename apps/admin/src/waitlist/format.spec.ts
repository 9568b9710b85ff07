import { formFieldOf, formatDateRange, formatWindows } from './format';
import { validateWaitlistForm } from './WaitlistCreate';

describe('wait-list formatting', () => {
  it('reads windows by weekday then time, or any time', () => {
    expect(
      formatWindows([
        { weekday: 3, startTime: '14:00', endTime: '18:00' },
        { weekday: 1, startTime: '09:00', endTime: '12:00' },
      ]),
    ).toBe('Mon 09:00–12:00, Wed 14:00–18:00');
    expect(formatWindows([{ weekday: 7, startTime: '20:00', endTime: '24:00' }])).toBe('Sun 20:00–24:00');
    expect(formatWindows([])).toBe('Any time');
  });

  it('reads a date range with either end open', () => {
    expect(formatDateRange('2026-03-03', '2026-04-10')).toBe('3 Mar 2026 – 10 Apr 2026');
    expect(formatDateRange('2026-03-03', null)).toBe('From 3 Mar 2026');
    expect(formatDateRange(null, '2026-04-10')).toBe('Until 10 Apr 2026');
    expect(formatDateRange('2026-03-03', '2026-03-03')).toBe('On 3 Mar 2026');
    expect(formatDateRange(null, null)).toBeNull();
  });

  it("maps the API's field names onto the form's", () => {
    expect(formFieldOf('input.windows[1].endTime')).toBe('windows.1.endTime');
    expect(formFieldOf('input.latestDate')).toBe('latestDate');
    expect(formFieldOf('input')).toBe('root.serverError');
  });
});

describe('validateWaitlistForm', () => {
  const base = { patientId: 'p1', serviceTypeId: 'st1' };
  it("names the window row the domain's rule refuses", () => {
    expect(
      validateWaitlistForm({
        ...base,
        windows: [
          { weekday: 1, startTime: '09:00', endTime: '12:00' },
          { weekday: 2, startTime: '15:00', endTime: '14:00' },
        ],
      }),
    ).toEqual({ 'windows.1.endTime': 'The window must end after it starts' });
  });
  it('refuses a latest date before the earliest', () => {
    expect(validateWaitlistForm({ ...base, earliestDate: '2026-05-02', latestDate: '2026-05-01' })).toEqual({
      latestDate: 'Must not be before the earliest date',
    });
  });
  it('accepts no windows and no dates', () => {
    expect(validateWaitlistForm(base)).toEqual({});
  });
});
