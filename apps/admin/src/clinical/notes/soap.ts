// The SOAP note as a form edits it, and what changed between two versions. Techniques, regions,
// pressure and the patient's response (A) are required, as the API requires them; S, O, P and the
// next step are optional text.
import type { ComplaintRegion, Modality, Pressure } from '../../graphql/graphql';
import { REGION_LABELS } from '../../patients/choices';
import { MODALITY_LABELS, PRESSURE_LABELS } from '../../shared/labels';
import type { TreatmentNote, TreatmentNoteInput } from './api';

export interface SoapValues {
  subjective: string;
  objective: string;
  techniques: Modality[];
  regions: ComplaintRegion[];
  pressure: Pressure | '';
  patientResponse: string;
  plan: string;
  nextStep: string;
}

export type SoapProblems = Partial<Record<keyof SoapValues, string>>;

/** The same bounds as the API's (NOTE_TEXT_MAX, NEXT_STEP_MAX). */
export const NOTE_TEXT_MAX = 4000;
export const NEXT_STEP_MAX = 500;

export function blankNote(defaults: { modality?: Modality; region?: ComplaintRegion | null } = {}): SoapValues {
  return {
    subjective: '',
    objective: '',
    techniques: defaults.modality ? [defaults.modality] : [],
    regions: defaults.region ? [defaults.region] : [],
    pressure: '',
    patientResponse: '',
    plan: '',
    nextStep: '',
  };
}

export function noteValues(note: TreatmentNote): SoapValues {
  return {
    subjective: note.subjective,
    objective: note.objective,
    techniques: [...note.techniques],
    regions: [...note.regions],
    pressure: note.pressure,
    patientResponse: note.patientResponse,
    plan: note.plan,
    nextStep: note.nextStep,
  };
}

export function soapProblems(v: SoapValues): SoapProblems {
  const problems: SoapProblems = {};
  if (v.techniques.length === 0) problems.techniques = 'Choose at least one technique';
  if (v.regions.length === 0) problems.regions = 'Choose at least one region';
  if (!v.pressure) problems.pressure = 'Choose the pressure used';
  if (!v.patientResponse.trim()) problems.patientResponse = 'Describe how the patient responded';
  for (const field of ['subjective', 'objective', 'patientResponse', 'plan'] as const) {
    if ([...v[field].trim()].length > NOTE_TEXT_MAX) problems[field] = `At most ${NOTE_TEXT_MAX} characters`;
  }
  if ([...v.nextStep.trim()].length > NEXT_STEP_MAX) problems.nextStep = `At most ${NEXT_STEP_MAX} characters`;
  return problems;
}

/** The input the API takes (call only when soapProblems found nothing). */
export function soapInput(v: SoapValues): TreatmentNoteInput {
  return {
    subjective: v.subjective.trim(),
    objective: v.objective.trim(),
    techniques: v.techniques,
    regions: v.regions,
    pressure: v.pressure as Pressure,
    patientResponse: v.patientResponse.trim(),
    plan: v.plan.trim(),
    nextStep: v.nextStep.trim(),
  };
}

export const SOAP_FIELD_LABELS: Record<keyof SoapValues, string> = {
  subjective: 'Subjective',
  objective: 'Objective',
  techniques: 'Techniques',
  regions: 'Regions',
  pressure: 'Pressure',
  patientResponse: 'Assessment / response',
  plan: 'Plan',
  nextStep: 'Next step',
};

export const techniquesText = (list: readonly Modality[]) => list.map((t) => MODALITY_LABELS[t]).join(', ');
export const regionsText = (list: readonly ComplaintRegion[]) => list.map((r) => REGION_LABELS[r]).join(', ');
export const pressureText = (p: Pressure) => PRESSURE_LABELS[p];

/** The fields whose content differs between two versions, in SOAP order. */
export function changedFields(before: TreatmentNote, after: TreatmentNote): (keyof SoapValues)[] {
  const a = noteValues(before);
  const b = noteValues(after);
  const same = (x: unknown, y: unknown) => (Array.isArray(x) && Array.isArray(y) ? [...x].sort().join() === [...y].sort().join() : x === y);
  return (Object.keys(SOAP_FIELD_LABELS) as (keyof SoapValues)[]).filter((field) => !same(a[field], b[field]));
}
