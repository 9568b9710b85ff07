// A questionnaire's answers as the patient gives them, one instrument per step, checked by the same
// domain rules as the API (validateResponses, validateItemLabels) before anything is sent, and the
// API's refusals put back on the item they name. The page only adds what the domain cannot know: an
// item not answered yet is not the same as one the patient chose to skip.
import { INSTRUMENTS, validateItemLabels, validateResponses, type Instrument, type ResponseIssue } from '@backtrack/domain';
import type { InputIssue, QuestionnaireAnswer } from './api';

/** A number, a deliberate skip (ODI and NDI only), or not answered yet. */
export type Choice = number | 'skip' | undefined;

export interface AnswerDraft {
  values: Choice[];
  /** PSFS only: the activity named for each value. */
  names: string[];
}

export interface StepProblems {
  /** Problems of the instrument as a whole (too many skipped, a count). */
  general: string[];
  /** By item index: the rating. */
  items: Record<number, string>;
  /** By item index: the PSFS activity's name. */
  names: Record<number, string>;
}

export function emptyDraft(instrument: Instrument): AnswerDraft {
  const def = INSTRUMENTS[instrument];
  if (instrument === 'PSFS') return { values: Array<Choice>(def.minItems).fill(undefined), names: Array<string>(def.minItems).fill('') };
  return { values: Array<Choice>(def.items.length).fill(undefined), names: [] };
}

/** How many items the patient may still skip (0 for instruments that allow none). */
export function skipsLeft(instrument: Instrument, draft: AnswerDraft): number {
  return INSTRUMENTS[instrument].maxMissing - draft.values.filter((v) => v === 'skip').length;
}

export function canSkip(instrument: Instrument): boolean {
  return INSTRUMENTS[instrument].maxMissing > 0;
}

/** What is sent: skipped items as null, PSFS with its activity names. */
export function answerOf(instrument: Instrument, draft: AnswerDraft): QuestionnaireAnswer {
  const responses = draft.values.map((v) => (typeof v === 'number' ? v : null));
  return instrument === 'PSFS' ? { instrument, responses, activities: draft.names.map((n) => n.trim()) } : { instrument, responses };
}

export function noProblems(): StepProblems {
  return { general: [], items: {}, names: {} };
}

export function hasProblems(problems: StepProblems | undefined): boolean {
  return !!problems && (problems.general.length > 0 || Object.keys(problems.items).length > 0 || Object.keys(problems.names).length > 0);
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "responses[2] (Lifting)", as the domain names an item in its messages. */
function itemReference(instrument: Instrument, index: number): string {
  return `responses[${index}] (${INSTRUMENTS[instrument].items[index]?.label ?? ''})`;
}

/**
 * A domain or API message as the patient reads it: without the instrument's name in front (the step
 * shows it), with items named by their section or activity rather than by array index, and, when it
 * is shown at the item itself, without repeating the item's name.
 */
export function plainMessage(instrument: Instrument, message: string, atItem: number | null = null): string {
  const def = INSTRUMENTS[instrument];
  let text = message;
  const item = atItem === null ? undefined : def.items[atItem];
  // The API's own prefixes: "Oswestry Disability Index, Lifting: " and "Oswestry Disability Index: ".
  if (item && text.startsWith(`${def.name}, ${item.label}: `)) text = text.slice(`${def.name}, ${item.label}: `.length);
  else if (text.startsWith(`${def.name}: `)) text = text.slice(`${def.name}: `.length);
  if (atItem !== null && text.startsWith(`${itemReference(instrument, atItem)} `)) {
    return capitalized(text.slice(itemReference(instrument, atItem).length + 1));
  }
  def.items.forEach((defItem, i) => {
    text = text.split(itemReference(instrument, i)).join(defItem.label);
  });
  return text;
}

function unansweredMessage(instrument: Instrument, skippable: boolean): string {
  if (instrument === 'PSFS') return 'Choose how well you can do this activity today';
  if (INSTRUMENTS[instrument].items[0]!.max === 1) return 'Choose no or yes';
  return skippable ? 'Choose a number, or skip this section' : 'Choose a number';
}

function addResponseIssue(problems: StepProblems, instrument: Instrument, issue: ResponseIssue): void {
  if (issue.index === null) problems.general.push(plainMessage(instrument, issue.message));
  else problems.items[issue.index] ??= plainMessage(instrument, issue.message, issue.index);
}

/**
 * Everything wrong with one step before the patient moves on: items not answered (nor skipped) yet,
 * then the domain's own checks of the responses and, for PSFS, of the activity names.
 */
export function checkStep(instrument: Instrument, draft: AnswerDraft): StepProblems {
  const problems = noProblems();
  const skippable = skipsLeft(instrument, draft) > 0;
  draft.values.forEach((value, i) => {
    if (value === undefined) problems.items[i] = unansweredMessage(instrument, skippable);
  });
  const answer = answerOf(instrument, draft);
  if (instrument === 'PSFS') {
    for (const issue of validateItemLabels(instrument, answer.responses.length, answer.activities ?? [])) {
      if (issue.index === null) problems.general.push(issue.message);
      else problems.names[issue.index] = issue.message;
    }
  }
  // Unanswered items would read as skipped to the domain ("at most 2 missing"): ask for them first.
  if (Object.keys(problems.items).length > 0) return problems;
  for (const issue of validateResponses(instrument, answer.responses)) addResponseIssue(problems, instrument, issue);
  return problems;
}

export interface ServerProblems {
  /** By instrument, for the steps: each issue at the item it names. */
  steps: Partial<Record<Instrument, StepProblems>>;
  /** Issues about no one instrument (an instrument not answered at all). */
  general: string[];
}

const RESPONSE_FIELD = /^responses\[(\d+)\](?:\.(responses|activities|instrument)(?:\[(\d+)\])?)?$/;

/** The API's BAD_USER_INPUT issues (`responses[0].responses[2]`, `responses[1].activities[0]`) placed on the steps, in the order sent. */
export function problemsFromServer(issues: readonly InputIssue[], instruments: readonly Instrument[]): ServerProblems {
  const out: ServerProblems = { steps: {}, general: [] };
  for (const issue of issues) {
    const match = RESPONSE_FIELD.exec(issue.field);
    const instrument = match ? instruments[Number(match[1])] : undefined;
    if (!match || !instrument) {
      out.general.push(issue.message);
      continue;
    }
    const step = (out.steps[instrument] ??= noProblems());
    const [, , part, index] = match;
    if (index !== undefined && part === 'responses') step.items[Number(index)] ??= plainMessage(instrument, issue.message, Number(index));
    else if (index !== undefined && part === 'activities') step.names[Number(index)] ??= issue.message;
    else step.general.push(plainMessage(instrument, issue.message));
  }
  return out;
}
