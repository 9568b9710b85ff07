import { parseScheduleParams, scheduleParams, type ScheduleDefaults } from './scheduleUrl';

const MAYA = '11111111-1111-4111-8111-111111111111';
const SAM = '22222222-2222-4222-8222-222222222222';
const CEDAR = '33333333-3333-4333-8333-333333333333';

const desk: ScheduleDefaults = { today: '2026-12-02', therapist: 'all', therapistIds: [MAYA, SAM], roomIds: [CEDAR] };
const parse = (search: string, defaults = desk) => parseScheduleParams(new URLSearchParams(search), defaults);

describe('the schedule in the address', () => {
  it('opens today, day view, everyone, every room when the address says nothing', () => {
    expect(parse('')).toEqual({ date: '2026-12-02', view: 'day', therapist: 'all', room: 'all' });
  });

  it('reads the date, view and filters a link carries', () => {
    expect(parse(`date=2026-12-15&view=week&therapist=${SAM}&room=${CEDAR}`)).toEqual({
      date: '2026-12-15',
      view: 'week',
      therapist: SAM,
      room: CEDAR,
    });
  });

  it('falls back to the default for anything unreadable or unknown instead of failing', () => {
    expect(parse('date=2026-02-30&view=month&therapist=someone&room=gone')).toEqual({
      date: '2026-12-02',
      view: 'day',
      therapist: 'all',
      room: 'all',
    });
    expect(parse('date=15/12/2026').date).toBe('2026-12-02');
    expect(parse('date=2026-12-15T10:00').date).toBe('2026-12-02');
  });

  it('opens a therapist on their own day unless the link asks for everyone', () => {
    const mine = { ...desk, therapist: MAYA };
    expect(parse('', mine).therapist).toBe(MAYA);
    expect(parse('therapist=all', mine).therapist).toBe('all');
  });

  it('writes the date always and the rest only when it differs from the default, and reads it back the same', () => {
    const state = { date: '2026-12-15', view: 'week' as const, therapist: MAYA, room: CEDAR };
    const params = scheduleParams(state, desk);
    expect(params.toString()).toBe(`date=2026-12-15&view=week&therapist=${MAYA}&room=${CEDAR}`);
    expect(parseScheduleParams(params, desk)).toEqual(state);
    expect(scheduleParams({ date: '2026-12-15', view: 'day', therapist: 'all', room: 'all' }, desk).toString()).toBe('date=2026-12-15');
    // On a therapist's own schedule, "everyone" is the exception that has to be written.
    expect(scheduleParams({ date: '2026-12-15', view: 'day', therapist: 'all', room: 'all' }, { therapist: MAYA }).get('therapist')).toBe(
      'all',
    );
  });
});
