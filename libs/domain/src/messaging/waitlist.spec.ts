import { assertWaitlistWindows, wishMatches, type WaitlistWish } from './waitlist.js';

const NY = 'America/New_York';
const wish = (over: Partial<WaitlistWish> = {}): WaitlistWish => ({
  serviceTypeId: 's1',
  therapistId: null,
  windows: [],
  earliestDate: null,
  latestDate: null,
  ...over,
});
// Tuesday 12 January 2027, 10:00-11:00 EST
const freed = {
  serviceTypeId: 's1',
  therapistId: 't1',
  start: Date.parse('2027-01-12T15:00:00Z'),
  end: Date.parse('2027-01-12T16:00:00Z'),
};

describe('wishMatches', () => {
  it('matches any time of the same service when no window is given', () => {
    expect(wishMatches(wish(), freed, NY)).toBe(true);
    expect(wishMatches(wish({ serviceTypeId: 's2' }), freed, NY)).toBe(false);
  });

  it('respects the therapist asked for', () => {
    expect(wishMatches(wish({ therapistId: 't1' }), freed, NY)).toBe(true);
    expect(wishMatches(wish({ therapistId: 't2' }), freed, NY)).toBe(false);
  });

  it('needs the whole session inside a window of the same local weekday', () => {
    expect(wishMatches(wish({ windows: [{ weekday: 2, startTime: '09:00', endTime: '12:00' }] }), freed, NY)).toBe(true);
    expect(wishMatches(wish({ windows: [{ weekday: 2, startTime: '10:30', endTime: '12:00' }] }), freed, NY)).toBe(false);
    expect(wishMatches(wish({ windows: [{ weekday: 2, startTime: '09:00', endTime: '10:30' }] }), freed, NY)).toBe(false);
    expect(wishMatches(wish({ windows: [{ weekday: 3, startTime: '09:00', endTime: '12:00' }] }), freed, NY)).toBe(false);
  });

  it('respects the date range, inclusive, on the local calendar', () => {
    expect(wishMatches(wish({ earliestDate: { year: 2027, month: 1, day: 12 } }), freed, NY)).toBe(true);
    expect(wishMatches(wish({ earliestDate: { year: 2027, month: 1, day: 13 } }), freed, NY)).toBe(false);
    expect(wishMatches(wish({ latestDate: { year: 2027, month: 1, day: 11 } }), freed, NY)).toBe(false);
  });
});

describe('assertWaitlistWindows', () => {
  it('names the bad window and field', () => {
    expect(() => assertWaitlistWindows([{ weekday: 8, startTime: '09:00', endTime: '10:00' }])).toThrow(
      expect.objectContaining({ field: 'windows[0].weekday' }),
    );
    expect(() =>
      assertWaitlistWindows([
        { weekday: 1, startTime: '09:00', endTime: '10:00' },
        { weekday: 1, startTime: '11:00', endTime: '10:00' },
      ]),
    ).toThrow(expect.objectContaining({ field: 'windows[1].endTime' }));
    expect(() => assertWaitlistWindows([{ weekday: 1, startTime: '9am', endTime: '10:00' }])).toThrow(
      expect.objectContaining({ field: 'windows[0].startTime' }),
    );
  });
});
