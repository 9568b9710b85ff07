// What the questionnaire settings accept, checked as the owner edits them by the domain's own rule
// (validateQuestionnaireSchedule, as the API checks on save), and how the form's values map to the
// API's arguments and its refusals back to the form's fields.
import {
  COMPLAINT_REGIONS,
  INSTRUMENTS,
  LICENSED_ITEM_TEXT_MAX_LENGTH,
  LICENSED_TEXT_INSTRUMENTS,
  validateQuestionnaireSchedule,
  type ComplaintRegion,
  type Instrument,
  type QuestionnaireSchedule,
} from '@backtrack/domain';
import type { LicensedItemTextInput, RegionInstrumentsInput } from '../graphql/graphql';

/** The form's own shape of the questionnaire settings: instruments by region, 10 texts by licensed instrument. */
export interface QuestionnaireFormValues {
  questionnaireEverySessions?: unknown;
  questionnaireFollowUpMonths?: unknown;
  questionnaireRegions?: Partial<Record<ComplaintRegion, Instrument[]>>;
  licensedText?: Partial<Record<Instrument, string[]>>;
}

interface StoredQuestionnaireSettings {
  questionnaireInstruments: readonly { region: ComplaintRegion; instruments: readonly Instrument[] }[];
  licensedItemText: readonly { instrument: Instrument; items: readonly string[] }[];
}

/** The settings as the form edits them: every region, and every licensed item as text ('' when not entered). */
export function questionnaireFormValues(
  settings: StoredQuestionnaireSettings,
): Required<Pick<QuestionnaireFormValues, 'questionnaireRegions' | 'licensedText'>> {
  const regions = Object.fromEntries(
    COMPLAINT_REGIONS.map((region) => [
      region,
      [...(settings.questionnaireInstruments.find((r) => r.region === region)?.instruments ?? [])],
    ]),
  );
  const licensedText = Object.fromEntries(
    LICENSED_TEXT_INSTRUMENTS.map((instrument) => {
      const count = INSTRUMENTS[instrument].items.length;
      const stored = settings.licensedItemText.find((t) => t.instrument === instrument)?.items ?? [];
      return [instrument, Array.from({ length: count }, (_, i) => stored[i] ?? '')];
    }),
  );
  return { questionnaireRegions: regions, licensedText };
}

function toCount(value: unknown): number {
  return value === null || value === undefined || value === '' ? Number.NaN : Number(value);
}

export function scheduleOfForm(values: QuestionnaireFormValues): QuestionnaireSchedule {
  const regions = values.questionnaireRegions ?? {};
  return {
    everySessions: toCount(values.questionnaireEverySessions),
    followUpMonths: toCount(values.questionnaireFollowUpMonths),
    instrumentsByRegion: Object.fromEntries(COMPLAINT_REGIONS.map((region) => [region, regions[region] ?? []])) as Record<
      ComplaintRegion,
      Instrument[]
    >,
  };
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A react-admin validator for one field of the schedule: the domain's message for it, if any. */
export function scheduleValidator(field: 'everySessions' | 'followUpMonths' | `instruments.${ComplaintRegion}`) {
  return (_value: unknown, allValues: QuestionnaireFormValues): string | undefined => {
    const issue = validateQuestionnaireSchedule(scheduleOfForm(allValues)).find((i) => i.field === field);
    return issue ? capitalized(issue.message) : undefined;
  };
}

export function toQuestionnaireInstruments(values: QuestionnaireFormValues): RegionInstrumentsInput[] {
  const { instrumentsByRegion } = scheduleOfForm(values);
  return COMPLAINT_REGIONS.map((region) => ({ region, instruments: instrumentsByRegion[region] }));
}

/** True when no item has text: the clinic shows section names and anchors. */
export function isEmptyWording(items: readonly string[]): boolean {
  return items.every((text) => text.trim() === '');
}

/** One message per item (same index), or undefined when it is fine: all items or none, each within the limit. */
export function licensedTextProblems(items: readonly string[]): (string | undefined)[] {
  const none = isEmptyWording(items);
  return items.map((text) => {
    const length = [...text.trim()].length;
    if (length === 0) return none ? undefined : `Enter this section’s wording too, or clear all ${items.length}`;
    if (length > LICENSED_ITEM_TEXT_MAX_LENGTH) return `At most ${LICENSED_ITEM_TEXT_MAX_LENGTH} characters (now ${length})`;
    return undefined;
  });
}

const WORDING_INVALID = 'Correct the wording marked below';

export function validateLicensedText(value: unknown): string | undefined {
  return Array.isArray(value) && licensedTextProblems(value.map(String)).some(Boolean) ? WORDING_INVALID : undefined;
}

/** Each licensed instrument's wording, trimmed; an empty list removes it (patients see section names). */
export function toLicensedItemText(values: QuestionnaireFormValues): LicensedItemTextInput[] {
  return LICENSED_TEXT_INSTRUMENTS.map((instrument) => {
    const items = (values.licensedText?.[instrument] ?? []).map((text) => String(text ?? '').trim());
    return { instrument, items: isEmptyWording(items) ? [] : items };
  });
}

const REGION_FIELD = /^questionnaireInstruments(?:\[(\d+)\]|\.(\d+))\.(?:instruments|region)$/;
const WORDING_FIELD = /^licensedItemText(?:\[(\d+)\]|\.(\d+))\.items$/;

/**
 * The form field an API issue names, for the sent order of toQuestionnaireInstruments and
 * toLicensedItemText: `questionnaireInstruments[0].instruments` is the first region's input,
 * `licensedItemText.1.items` the NDI wording. Other fields are the form's own names.
 */
export function questionnaireFormField(apiField: string): string {
  const region = REGION_FIELD.exec(apiField);
  if (region) {
    const name = COMPLAINT_REGIONS[Number(region[1] ?? region[2])];
    if (name) return `questionnaireRegions.${name}`;
  }
  const wording = WORDING_FIELD.exec(apiField);
  if (wording) {
    const instrument = LICENSED_TEXT_INSTRUMENTS[Number(wording[1] ?? wording[2])];
    if (instrument) return `licensedText.${instrument}`;
  }
  return apiField;
}
