// The questionnaire settings as the form holds them, checked by the domain's rule, sent as the API
// takes them, and the API's field names read back onto the form.
import type { ComplaintRegion, Instrument } from '@backtrack/domain';
import {
  licensedTextProblems,
  questionnaireFormField,
  questionnaireFormValues,
  scheduleValidator,
  toLicensedItemText,
  toQuestionnaireInstruments,
  validateLicensedText,
} from './questionnaireRules';

const regions: Record<ComplaintRegion, Instrument[]> = {
  LOWER_BACK: ['ODI', 'NPRS'],
  MID_BACK: ['PSFS', 'NPRS'],
  UPPER_BACK: [],
  NECK: ['NDI', 'NPRS'],
};

describe('questionnaireFormValues', () => {
  it('lists every region, and ten texts per licensed instrument, empty where none was entered', () => {
    const values = questionnaireFormValues({
      questionnaireInstruments: [
        { region: 'NECK', instruments: ['NDI'] },
        { region: 'LOWER_BACK', instruments: ['ODI', 'NPRS'] },
      ],
      licensedItemText: [{ instrument: 'ODI', items: Array.from({ length: 10 }, (_, i) => `Section ${i + 1}`) }],
    });
    expect(values.questionnaireRegions).toEqual({ LOWER_BACK: ['ODI', 'NPRS'], MID_BACK: [], UPPER_BACK: [], NECK: ['NDI'] });
    expect(values.licensedText.ODI).toHaveLength(10);
    expect(values.licensedText.ODI![9]).toBe('Section 10');
    expect(values.licensedText.NDI).toEqual(Array(10).fill(''));
  });
});

describe('scheduleValidator', () => {
  const form = { questionnaireEverySessions: 4, questionnaireFollowUpMonths: 3, questionnaireRegions: { ...regions } };

  it('says the domain’s message for its own field only', () => {
    expect(scheduleValidator('everySessions')(0, { ...form, questionnaireEverySessions: 0 })).toBe('Must be a whole number from 1 to 52');
    expect(scheduleValidator('followUpMonths')(0, { ...form, questionnaireEverySessions: 0 })).toBeUndefined();
    expect(scheduleValidator('followUpMonths')(null, { ...form, questionnaireFollowUpMonths: null })).toBe(
      'Must be a whole number from 1 to 24',
    );
    expect(scheduleValidator('everySessions')(2.5, { ...form, questionnaireEverySessions: 2.5 })).toBe(
      'Must be a whole number from 1 to 52',
    );
    const tooMany = { ...form, questionnaireRegions: { ...regions, NECK: ['NDI', 'NPRS', 'PEG', 'PSFS'] satisfies Instrument[] } };
    expect(scheduleValidator('instruments.NECK')([], tooMany)).toBe('At most 3 instruments, to keep it short for the patient');
    expect(scheduleValidator('instruments.LOWER_BACK')([], tooMany)).toBeUndefined();
  });
});

describe('toQuestionnaireInstruments', () => {
  it('sends every region in the domain’s order, with its instruments in the order chosen', () => {
    expect(toQuestionnaireInstruments({ questionnaireRegions: { NECK: ['NPRS', 'NDI'], LOWER_BACK: ['ODI'] } })).toEqual([
      { region: 'LOWER_BACK', instruments: ['ODI'] },
      { region: 'MID_BACK', instruments: [] },
      { region: 'UPPER_BACK', instruments: [] },
      { region: 'NECK', instruments: ['NPRS', 'NDI'] },
    ]);
  });
});

describe('licensed wording', () => {
  const ten = (text: (i: number) => string) => Array.from({ length: 10 }, (_, i) => text(i));

  it('takes all sections or none', () => {
    expect(licensedTextProblems(ten(() => ''))).toEqual(Array(10).fill(undefined));
    expect(licensedTextProblems(ten((i) => `Section ${i}`))).toEqual(Array(10).fill(undefined));
    const one = licensedTextProblems(ten((i) => (i === 2 ? 'Lifting' : '  ')));
    expect(one[2]).toBeUndefined();
    expect(one.filter((p) => p === 'Enter this section’s wording too, or clear all 10')).toHaveLength(9);
  });

  it('bounds each section’s text, counted once trimmed, in characters', () => {
    const problems = licensedTextProblems(ten((i) => (i === 0 ? 'x'.repeat(601) : i === 1 ? ` ${'é'.repeat(600)} ` : 'ok')));
    expect(problems[0]).toBe('At most 600 characters (now 601)');
    expect(problems[1]).toBeUndefined();
    expect(validateLicensedText(ten((i) => (i === 0 ? 'x'.repeat(601) : 'ok')))).toBe('Correct the wording marked below');
    expect(validateLicensedText(ten(() => 'ok'))).toBeUndefined();
  });

  it('sends both instruments, trimmed, an empty list removing the wording', () => {
    expect(toLicensedItemText({ licensedText: { ODI: ten((i) => ` Section ${i} `), NDI: ten(() => ' ') } })).toEqual([
      { instrument: 'ODI', items: ten((i) => `Section ${i}`) },
      { instrument: 'NDI', items: [] },
    ]);
  });
});

describe('questionnaireFormField', () => {
  it.each([
    ['questionnaireInstruments[0].instruments', 'questionnaireRegions.LOWER_BACK'],
    ['questionnaireInstruments.3.instruments', 'questionnaireRegions.NECK'],
    ['questionnaireInstruments[1].region', 'questionnaireRegions.MID_BACK'],
    ['licensedItemText[0].items', 'licensedText.ODI'],
    ['licensedItemText.1.items', 'licensedText.NDI'],
    ['questionnaireEverySessions', 'questionnaireEverySessions'],
    ['quietHoursEnd', 'quietHoursEnd'],
    ['questionnaireInstruments[7].instruments', 'questionnaireInstruments[7].instruments'],
  ])('%s is the form’s %s', (api, form) => {
    expect(questionnaireFormField(api)).toBe(form);
  });
});
