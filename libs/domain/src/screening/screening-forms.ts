// What the pre-treatment screening asks, kept as data and versioned: a screening stores the version
// it was asked with and an answer to every question of it, so what a patient said stays readable
// after the form changes. Contraindications and red flags require a clinician's clearance before
// massage can be booked; precautions do not block booking but warn the therapist, for the modalities
// where they matter.
//
// Red flags are those a back-pain screening asks about (NICE NG59, the Chartered Society of
// Physiotherapy's cauda equina guidance): signs of cauda equina syndrome, a history of cancer or
// unexplained weight loss, fever or suspected infection, suspected deep vein thrombosis.

export type ScreeningKind = 'CONTRAINDICATION' | 'RED_FLAG' | 'PRECAUTION';

/** Service modalities, as the schedule knows them. */
export type ScreeningModality =
  'SWEDISH' | 'DEEP_TISSUE' | 'MYOFASCIAL_RELEASE' | 'TRIGGER_POINT' | 'NEUROMUSCULAR' | 'HOT_STONE' | 'CRANIOSACRAL' | 'SPORTS' | 'OTHER';

export interface ScreeningQuestion {
  key: string;
  kind: ScreeningKind;
  /** The question as staff read it to the patient. */
  label: string;
  /** Precautions only: what the therapist should do about it. */
  advice?: string;
  /** Precautions only: the modalities it warns for; absent = every modality. */
  modalities?: readonly ScreeningModality[];
}

export interface ScreeningForm {
  version: number;
  questions: readonly ScreeningQuestion[];
}

const CONTRAINDICATIONS: readonly ScreeningQuestion[] = [
  { key: 'acuteInjury', kind: 'CONTRAINDICATION', label: 'Acute injury with inflammation or swelling' },
  { key: 'suspectedFracture', kind: 'CONTRAINDICATION', label: 'Suspected fracture' },
  { key: 'severeNerveSymptoms', kind: 'CONTRAINDICATION', label: 'Severe nerve symptoms such as numbness or weakness' },
  { key: 'recentSpinalSurgery', kind: 'CONTRAINDICATION', label: 'Recent spinal surgery' },
];

const PRESSURE: readonly ScreeningModality[] = ['DEEP_TISSUE', 'TRIGGER_POINT', 'NEUROMUSCULAR', 'SPORTS', 'MYOFASCIAL_RELEASE'];

export const SCREENING_FORMS: Readonly<Record<number, ScreeningForm>> = {
  1: { version: 1, questions: CONTRAINDICATIONS },
  2: {
    version: 2,
    questions: [
      ...CONTRAINDICATIONS,
      { key: 'saddleNumbness', kind: 'RED_FLAG', label: 'Numbness around the back passage or genitals (saddle area)' },
      { key: 'bladderBowelChange', kind: 'RED_FLAG', label: 'New difficulty passing or controlling urine, or loss of bowel control' },
      { key: 'cancerHistory', kind: 'RED_FLAG', label: 'A history of cancer' },
      { key: 'unexplainedWeightLoss', kind: 'RED_FLAG', label: 'Weight loss without trying' },
      { key: 'feverOrInfection', kind: 'RED_FLAG', label: 'Fever, feeling generally unwell, or a suspected infection' },
      { key: 'suspectedDvt', kind: 'RED_FLAG', label: 'A painful, swollen, warm calf or leg (suspected deep vein thrombosis)' },
      {
        key: 'anticoagulants',
        kind: 'PRECAUTION',
        label: 'Takes blood thinners (anticoagulants)',
        advice: 'Bruises easily: use light pressure and avoid deep work',
        modalities: PRESSURE,
      },
      {
        key: 'osteoporosisOrSteroids',
        kind: 'PRECAUTION',
        label: 'Osteoporosis, or long-term steroid use',
        advice: 'Fragile bones: no deep or forceful pressure over the spine and ribs',
        modalities: PRESSURE,
      },
      {
        key: 'pregnancy',
        kind: 'PRECAUTION',
        label: 'Pregnant',
        advice: 'Side-lying or supported positions; no hot stones, no deep abdominal or lower-back work',
        modalities: [...PRESSURE, 'HOT_STONE'],
      },
    ],
  },
};

/** The form new screenings are asked with. */
export const CURRENT_SCREENING_VERSION = 2;

export type ScreeningAnswers = Readonly<Record<string, boolean>>;

export interface ScreeningIssue {
  /** The question's key, or `answers` for the set as a whole. */
  key: string;
  message: string;
}

export function screeningForm(version: number): ScreeningForm {
  const form = SCREENING_FORMS[version];
  if (!form) throw new RangeError(`No screening form version ${version}`);
  return form;
}

/** Every problem with a set of answers to a form: each question answered once, yes or no, and nothing else. */
export function validateScreeningAnswers(version: number, answers: readonly { key: string; yes: boolean }[]): ScreeningIssue[] {
  const form = screeningForm(version);
  const issues: ScreeningIssue[] = [];
  const seen = new Set<string>();
  for (const { key } of answers) {
    if (!form.questions.some((q) => q.key === key)) issues.push({ key, message: `is not a question of screening form ${version}` });
    else if (seen.has(key)) issues.push({ key, message: 'is answered twice' });
    seen.add(key);
  }
  for (const question of form.questions) {
    if (!seen.has(question.key)) issues.push({ key: question.key, message: `needs a yes or no answer ("${question.label}")` });
  }
  return issues;
}

export interface ScreeningFinding extends ScreeningQuestion {
  version: number;
}

/** The questions answered yes, in the form's order. */
export function findingsOf(version: number, answers: ScreeningAnswers): ScreeningFinding[] {
  return screeningForm(version)
    .questions.filter((q) => answers[q.key] === true)
    .map((q) => ({ ...q, version }));
}

/** A contraindication or a red flag answered yes: massage waits for a clinician's clearance. */
export function needsClearance(version: number, answers: ScreeningAnswers): boolean {
  return findingsOf(version, answers).some((f) => f.kind !== 'PRECAUTION');
}

/** The precautions that concern a session of this modality (all of them when the modality is unknown). */
export function precautionsFor(version: number, answers: ScreeningAnswers, modality: ScreeningModality | null): ScreeningFinding[] {
  return findingsOf(version, answers).filter(
    (f) => f.kind === 'PRECAUTION' && (modality === null || !f.modalities || f.modalities.includes(modality)),
  );
}
