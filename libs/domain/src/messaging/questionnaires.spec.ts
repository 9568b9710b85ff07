import {
  addLocalMonths,
  DEFAULT_QUESTIONNAIRE_SCHEDULE,
  instrumentsByRegionOf,
  questionnairesDue,
  stoppedComing,
  validateQuestionnaireSchedule,
  type PlanContext,
} from './questionnaires.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const zone = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

function ctx(now: string, overrides: Partial<PlanContext> = {}): PlanContext {
  return { schedule: DEFAULT_QUESTIONNAIRE_SCHEDULE, zone, quiet: { start: '21:00', end: '08:00' }, now: at(now), ...overrides };
}

describe('questionnairesDue', () => {
  describe('baseline before the first visit', () => {
    it('goes out 72 h ahead and expires when the visit starts, with reminders 2 days and 1 day before', () => {
      // Visit Friday 12 March 2027, 14:00 Berlin (13:00Z); booked the Monday before.
      const [baseline, ...rest] = questionnairesDue(
        { kind: 'FIRST_VISIT', startsAt: at('2027-03-12T13:00:00Z') },
        ctx('2027-03-08T09:00:00Z'),
      );
      expect(rest).toEqual([]);
      expect(baseline).toEqual({
        occasion: 'BASELINE',
        sequence: 0,
        sendAt: at('2027-03-09T13:00:00Z'),
        expiresAt: at('2027-03-12T13:00:00Z'),
        reminderAts: [at('2027-03-10T13:00:00Z'), at('2027-03-11T13:00:00Z')],
      });
    });

    it('goes out at once when the visit is booked closer than 72 h, keeping only reminders 12 h after it', () => {
      const [baseline] = questionnairesDue({ kind: 'FIRST_VISIT', startsAt: at('2027-03-12T13:00:00Z') }, ctx('2027-03-11T09:30:00Z'));
      expect(iso(baseline!.sendAt)).toBe('2027-03-11T09:30:00.000Z');
      expect(baseline!.reminderAts).toEqual([]);
    });

    it('waits for the end of quiet hours, and is not planned when they leave no time before the visit', () => {
      // Booked at 23:00 Berlin for 07:30 the next morning: quiet until 08:00, after the visit.
      expect(questionnairesDue({ kind: 'FIRST_VISIT', startsAt: at('2027-03-12T06:30:00Z') }, ctx('2027-03-11T22:00:00Z'))).toEqual([]);
      // Booked at 23:00 for 10:00: sent at 08:00.
      const [baseline] = questionnairesDue({ kind: 'FIRST_VISIT', startsAt: at('2027-03-12T09:00:00Z') }, ctx('2027-03-11T22:00:00Z'));
      expect(iso(baseline!.sendAt)).toBe('2027-03-12T07:00:00.000Z');
    });

    it('counts its 72 h and reminders in elapsed time across the spring DST change, all in daytime', () => {
      // Visit Tuesday 30 March 2027 10:00 CEST (08:00Z); clocks went forward on Sunday 28 March.
      const [baseline] = questionnairesDue({ kind: 'FIRST_VISIT', startsAt: at('2027-03-30T08:00:00Z') }, ctx('2027-03-20T09:00:00Z'));
      // 72 h before is Saturday 27 March 09:00 CET (08:00Z): inside daytime, unchanged.
      expect(iso(baseline!.sendAt)).toBe('2027-03-27T08:00:00.000Z');
      expect(baseline!.reminderAts.map(iso)).toEqual(['2027-03-28T08:00:00.000Z', '2027-03-29T08:00:00.000Z']);
    });

    it('plans nothing for a visit already started', () => {
      expect(questionnairesDue({ kind: 'FIRST_VISIT', startsAt: at('2027-03-12T13:00:00Z') }, ctx('2027-03-12T13:00:00Z'))).toEqual([]);
    });
  });

  describe('progress after every N completed sessions', () => {
    it.each([
      [1, false],
      [3, false],
      [4, true],
      [5, false],
      [8, true],
      [12, true],
    ])('after %i completed sessions: due %s', (count, due) => {
      const plans = questionnairesDue(
        { kind: 'SESSION_COMPLETED', completedCount: count, at: at('2027-05-04T15:00:00Z') },
        ctx('2027-05-04T15:00:00Z'),
      );
      expect(plans.length).toBe(due ? 1 : 0);
      if (due) expect(plans[0]).toMatchObject({ occasion: 'PROGRESS', sequence: count });
    });

    it('follows the clinic setting', () => {
      const every3 = ctx('2027-05-04T15:00:00Z', { schedule: { ...DEFAULT_QUESTIONNAIRE_SCHEDULE, everySessions: 3 } });
      expect(questionnairesDue({ kind: 'SESSION_COMPLETED', completedCount: 3, at: every3.now }, every3)).toHaveLength(1);
      expect(questionnairesDue({ kind: 'SESSION_COMPLETED', completedCount: 4, at: every3.now }, every3)).toHaveLength(0);
    });

    it('is answerable for 7 days, with reminders after 2 and 4 days out of quiet hours', () => {
      // Completed at 20:30 Berlin: reminders 2 and 4 days later would be at 20:30, before quiet hours.
      const [progress] = questionnairesDue(
        { kind: 'SESSION_COMPLETED', completedCount: 4, at: at('2027-05-04T18:30:00Z') },
        ctx('2027-05-04T18:30:00Z'),
      );
      expect(iso(progress!.sendAt)).toBe('2027-05-04T18:30:00.000Z');
      expect(progress!.expiresAt - progress!.sendAt).toBe(7 * DAY);
      expect(progress!.reminderAts.map(iso)).toEqual(['2027-05-06T18:30:00.000Z', '2027-05-08T18:30:00.000Z']);
      // Completed at 21:30: the request waits for 08:00, and so do its reminders.
      const [late] = questionnairesDue(
        { kind: 'SESSION_COMPLETED', completedCount: 4, at: at('2027-05-04T19:30:00Z') },
        ctx('2027-05-04T19:30:00Z'),
      );
      expect(iso(late!.sendAt)).toBe('2027-05-05T06:00:00.000Z');
      expect(late!.reminderAts.map(iso)).toEqual(['2027-05-07T06:00:00.000Z', '2027-05-09T06:00:00.000Z']);
    });
  });

  describe('discharge and the follow-up months later', () => {
    it('asks at discharge and 3 months later at the same local time, across the autumn DST change', () => {
      // Discharged Tuesday 20 July 2027, 10:00 CEST (08:00Z); 20 October is still CEST, 20 November is CET.
      const plans = questionnairesDue({ kind: 'DISCHARGED', at: at('2027-07-20T08:00:00Z') }, ctx('2027-07-20T08:00:00Z'));
      expect(plans.map((p) => [p.occasion, iso(p.sendAt)])).toEqual([
        ['DISCHARGE', '2027-07-20T08:00:00.000Z'],
        ['FOLLOW_UP', '2027-10-20T08:00:00.000Z'],
      ]);
      const later = ctx('2027-08-20T08:00:00Z', { schedule: { ...DEFAULT_QUESTIONNAIRE_SCHEDULE, followUpMonths: 4 } });
      const [, followUp] = questionnairesDue({ kind: 'DISCHARGED', at: at('2027-07-20T08:00:00Z') }, later);
      // 10:00 CET is 09:00Z: the local time holds, the UTC time moves.
      expect(iso(followUp!.sendAt)).toBe('2027-11-20T09:00:00.000Z');
    });

    it('asks a patient who stopped coming now, and follows up 3 months after their last visit', () => {
      const plans = questionnairesDue({ kind: 'STOPPED_COMING', lastVisitAt: at('2027-06-01T08:00:00Z') }, ctx('2027-07-05T07:15:00Z'));
      expect(plans.map((p) => [p.occasion, iso(p.sendAt)])).toEqual([
        ['DISCHARGE', '2027-07-05T07:15:00.000Z'],
        ['FOLLOW_UP', '2027-09-01T08:00:00.000Z'],
      ]);
    });

    it('sends a follow-up whose date has passed at once rather than never', () => {
      const plans = questionnairesDue({ kind: 'STOPPED_COMING', lastVisitAt: at('2027-01-04T08:00:00Z') }, ctx('2027-06-01T10:00:00Z'));
      expect(plans.map((p) => iso(p.sendAt))).toEqual(['2027-06-01T10:00:00.000Z', '2027-06-01T10:00:00.000Z']);
    });
  });
});

describe('addLocalMonths', () => {
  it('keeps the wall clock across DST and clamps to the end of a shorter month', () => {
    expect(iso(addLocalMonths(at('2027-01-15T08:00:00Z'), 3, zone))).toBe('2027-04-15T07:00:00.000Z');
    expect(iso(addLocalMonths(at('2027-11-30T09:00:00Z'), 3, zone))).toBe('2028-02-29T09:00:00.000Z');
  });
});

describe('stoppedComing', () => {
  const now = at('2027-07-05T10:00:00Z');
  it('after 30 days without a visit and with nothing booked', () => {
    expect(stoppedComing(now - 30 * DAY, null, now)).toBe(true);
    expect(stoppedComing(now - 29 * DAY, null, now)).toBe(false);
    expect(stoppedComing(now - 60 * DAY, now + DAY, now)).toBe(false);
    expect(stoppedComing(null, null, now)).toBe(false);
  });
});

describe('validateQuestionnaireSchedule', () => {
  it('accepts the defaults and names each bad field', () => {
    expect(validateQuestionnaireSchedule(DEFAULT_QUESTIONNAIRE_SCHEDULE)).toEqual([]);
    expect(
      validateQuestionnaireSchedule({
        everySessions: 0,
        followUpMonths: 25,
        instrumentsByRegion: {
          ...DEFAULT_QUESTIONNAIRE_SCHEDULE.instrumentsByRegion,
          NECK: ['NDI', 'NDI'],
          MID_BACK: ['ODI', 'NPRS', 'PEG', 'PSFS'],
        },
      }).map((i) => i.field),
    ).toEqual(['everySessions', 'followUpMonths', 'instruments.MID_BACK', 'instruments.NECK']);
  });

  it('reads a stored schedule leniently, region by region', () => {
    expect(instrumentsByRegionOf({ NECK: ['NPRS', 'XYZ'] })).toEqual({
      ...DEFAULT_QUESTIONNAIRE_SCHEDULE.instrumentsByRegion,
      NECK: ['NPRS'],
    });
    expect(instrumentsByRegionOf(null)).toEqual(DEFAULT_QUESTIONNAIRE_SCHEDULE.instrumentsByRegion);
  });
});
