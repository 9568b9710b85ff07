import { describeHours, offsetProblems, quietHoursSentences, toOffsets, validateChannels, validateOffsets } from './reminderRules';

describe('offsetProblems', () => {
  it.each([
    [
      [48, 2],
      [undefined, undefined],
    ],
    [
      ['', ' '],
      ['Enter the hours', 'Enter the hours'],
    ],
    [
      ['1.5', '0', '337', '336'],
      ['Whole hours only', 'At least 1 hour', 'At most 336 hours (14 days)', undefined],
    ],
    [
      [24, '24', 2, 24],
      [undefined, 'Same as reminder 1', undefined, 'Same as reminder 1'],
    ],
  ] as const)('%j -> %j', (offsets, expected) => {
    expect(offsetProblems(offsets)).toEqual(expected);
  });
});

describe('validateOffsets', () => {
  it('accepts none (no reminders) and up to four good values', () => {
    expect(validateOffsets([])).toBeUndefined();
    expect(validateOffsets([1, 2, 3, 336])).toBeUndefined();
  });
  it('refuses a fifth value and any bad value', () => {
    expect(validateOffsets([1, 2, 3, 4, 5])).toBe('At most 4 reminders');
    expect(validateOffsets([48, ''])).toBe('Correct the reminder times marked above');
  });
  it('sends numbers', () => {
    expect(toOffsets(['24', 2, ' 6 '])).toEqual([24, 2, 6]);
  });
});

describe('describeHours', () => {
  it.each([
    [1, '1 hour'],
    [2, '2 hours'],
    [24, '1 day'],
    [36, '1 day 12 hours'],
    [336, '14 days'],
  ])('%d -> %s', (hours, text) => {
    expect(describeHours(hours)).toBe(text);
  });
});

describe('quietHoursSentences', () => {
  it('explains overnight quiet hours and the early-session exception', () => {
    expect(quietHoursSentences('21:00', '08:00')).toEqual([
      'Reminders due between 21:00 and 08:00 go out at 08:00, clinic time.',
      'One that would then arrive after the session starts goes out at 20:59 instead, before quiet hours begin.',
    ]);
  });
  it('explains quiet hours within a day, and from midnight', () => {
    expect(quietHoursSentences('12:00', '13:30')[0]).toBe('Reminders due between 12:00 and 13:30 go out at 13:30, clinic time.');
    expect(quietHoursSentences('00:00', '07:00')[1]).toContain('goes out at 23:59 instead');
  });
  it('says there are none when start and end are equal, and nothing while a time is incomplete', () => {
    expect(quietHoursSentences('08:00', '08:00')).toEqual(['No quiet hours: every reminder goes out when it is due.']);
    expect(quietHoursSentences('', '08:00')).toEqual([]);
    expect(quietHoursSentences('25:00', '08:00')).toEqual([]);
  });
});

describe('validateChannels', () => {
  it('wants at least one', () => {
    expect(validateChannels([])).toBe('Choose at least one channel');
    expect(validateChannels(undefined)).toBe('Choose at least one channel');
    expect(validateChannels(['SMS'])).toBeUndefined();
  });
});
