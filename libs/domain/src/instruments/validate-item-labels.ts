import { INSTRUMENTS } from './definitions.js';
import type { Instrument } from './instrument.js';

/** Longest activity name a PSFS item may carry (after trimming). */
export const ITEM_LABEL_MAX_LENGTH = 80;

export interface ItemLabelIssue {
  /** The offending label, or null for the list as a whole (present where it must not be, wrong count). */
  index: number | null;
  message: string;
}

/**
 * Only PSFS items are named per assessment: its definition's items are placeholders ("Activity 1…5")
 * for the activities the patient chooses. Every other instrument's items are fixed by the definition.
 */
export function namesItemsPerAssessment(instrument: Instrument): boolean {
  return instrument === 'PSFS';
}

/** The labels as they are stored: trimmed. */
export function normalizeItemLabels(labels: readonly string[]): string[] {
  return labels.map((label) => label.trim());
}

/**
 * Every problem with the item labels of an assessment of `responseCount` responses; [] = valid.
 * PSFS needs one name per response, 1 to ITEM_LABEL_MAX_LENGTH characters once trimmed; the other
 * instruments take none.
 */
export function validateItemLabels(instrument: Instrument, responseCount: number, labels: readonly unknown[]): ItemLabelIssue[] {
  if (!namesItemsPerAssessment(instrument)) {
    return labels.length === 0
      ? []
      : [{ index: null, message: `${instrument} items are fixed by the instrument; only PSFS takes activity names` }];
  }
  const issues: ItemLabelIssue[] = [];
  if (labels.length !== responseCount) {
    issues.push({ index: null, message: `${instrument} expects one activity name per response: ${responseCount}, got ${labels.length}` });
  }
  labels.forEach((label, i) => {
    const item = INSTRUMENTS[instrument].items[i]?.label ?? `Activity ${i + 1}`;
    const name = typeof label === 'string' ? label.trim() : '';
    if (name.length === 0) issues.push({ index: i, message: `${item} needs a name` });
    else if (name.length > ITEM_LABEL_MAX_LENGTH)
      issues.push({ index: i, message: `${item}'s name must be at most ${ITEM_LABEL_MAX_LENGTH} characters, got ${name.length}` });
  });
  return issues;
}
