import {
  CURRENT_SCREENING_VERSION,
  findingsOf,
  needsClearance,
  precautionsFor,
  SCREENING_FORMS,
  screeningForm,
  validateScreeningAnswers,
} from './screening-forms.js';

const allNo = (version: number) => Object.fromEntries(screeningForm(version).questions.map((q) => [q.key, false]));
const answersOf = (record: Record<string, boolean>) => Object.entries(record).map(([key, yes]) => ({ key, yes }));

describe('screening forms', () => {
  it('keeps version 1 as the four contraindications, and version 2 adds the back-pain red flags and precautions', () => {
    expect(SCREENING_FORMS[1]!.questions.map((q) => q.key)).toEqual([
      'acuteInjury',
      'suspectedFracture',
      'severeNerveSymptoms',
      'recentSpinalSurgery',
    ]);
    const v2 = SCREENING_FORMS[CURRENT_SCREENING_VERSION]!;
    expect(v2.questions.filter((q) => q.kind === 'RED_FLAG').map((q) => q.key)).toEqual([
      'saddleNumbness',
      'bladderBowelChange',
      'cancerHistory',
      'unexplainedWeightLoss',
      'feverOrInfection',
      'suspectedDvt',
    ]);
    expect(v2.questions.filter((q) => q.kind === 'PRECAUTION').map((q) => q.key)).toEqual([
      'anticoagulants',
      'osteoporosisOrSteroids',
      'pregnancy',
    ]);
    // Every precaution says what to do; keys are unique
    for (const q of v2.questions.filter((q) => q.kind === 'PRECAUTION')) expect(q.advice).toBeTruthy();
    expect(new Set(v2.questions.map((q) => q.key)).size).toBe(v2.questions.length);
    expect(() => screeningForm(99)).toThrow(RangeError);
  });

  it('requires an answer to every question, once, and nothing else', () => {
    expect(validateScreeningAnswers(2, answersOf(allNo(2)))).toEqual([]);
    const issues = validateScreeningAnswers(2, [
      ...answersOf(allNo(2)).filter((a) => a.key !== 'suspectedDvt'),
      { key: 'pregnancy', yes: true },
      { key: 'horoscope', yes: false },
    ]);
    expect(issues.map((i) => i.key)).toEqual(['pregnancy', 'horoscope', 'suspectedDvt']);
    expect(issues[2]!.message).toMatch(/deep vein thrombosis/);
  });

  it('asks for clearance on a contraindication or a red flag, never on a precaution alone', () => {
    expect(needsClearance(2, allNo(2))).toBe(false);
    expect(needsClearance(2, { ...allNo(2), saddleNumbness: true })).toBe(true);
    expect(needsClearance(2, { ...allNo(2), recentSpinalSurgery: true })).toBe(true);
    expect(needsClearance(2, { ...allNo(2), anticoagulants: true, pregnancy: true })).toBe(false);
    expect(needsClearance(1, { ...allNo(1), acuteInjury: true })).toBe(true);
  });

  it('warns for a precaution where the modality matters', () => {
    const answers = { ...allNo(2), anticoagulants: true, pregnancy: true };
    expect(precautionsFor(2, answers, 'DEEP_TISSUE').map((p) => p.key)).toEqual(['anticoagulants', 'pregnancy']);
    expect(precautionsFor(2, answers, 'HOT_STONE').map((p) => p.key)).toEqual(['pregnancy']);
    expect(precautionsFor(2, answers, 'SWEDISH')).toEqual([]);
    expect(precautionsFor(2, answers, null).map((p) => p.key)).toEqual(['anticoagulants', 'pregnancy']);
    expect(findingsOf(2, answers).every((f) => f.version === 2)).toBe(true);
  });
});
