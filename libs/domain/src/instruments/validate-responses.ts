import { INSTRUMENTS } from './definitions.js';
import { isInstrument, type Instrument, type InstrumentDefinition } from './instrument.js';

export interface ResponseIssue {
  /** Where the problem is, e.g. 'responses[3] (Lifting)', or 'responses' for the whole array. */
  item: string;
  index: number | null;
  message: string;
}

function itemName(def: InstrumentDefinition, index: number): string {
  const label = def.items[index]?.label;
  return label === undefined ? `responses[${index}]` : `responses[${index}] (${label})`;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
}

function countIssue(def: InstrumentDefinition, length: number): ResponseIssue | null {
  if (length >= def.minItems && length <= def.maxItems) return null;
  const expected = def.minItems === def.maxItems ? `${def.minItems}` : `${def.minItems} to ${def.maxItems}`;
  return { item: 'responses', index: null, message: `${def.code} expects ${expected} responses, got ${length}` };
}

function valueIssue(def: InstrumentDefinition, index: number, value: unknown): ResponseIssue | null {
  const { min, max } = def.items[index]!;
  const item = itemName(def, index);
  // typeof first: '3' and true must not slip through as numbers.
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return { item, index, message: `${item} must be an integer from ${min} to ${max}, got ${describe(value)}` };
  }
  if (value < min || value > max) {
    return { item, index, message: `${item} must be from ${min} to ${max}, got ${value}` };
  }
  return null;
}

/** Every problem with the responses at once, so a form can mark all offending items; [] = valid. */
export function validateResponses(instrument: Instrument, responses: unknown[]): ResponseIssue[] {
  // Callers outside TypeScript (GraphQL strings) may pass anything; refuse rather than crash.
  if (!isInstrument(instrument)) {
    return [{ item: 'instrument', index: null, message: `Unknown instrument ${describe(instrument)}` }];
  }
  const def = INSTRUMENTS[instrument];
  if (!Array.isArray(responses)) {
    const message = `${def.code} responses must be an array, got ${describe(responses)}`;
    return [{ item: 'responses', index: null, message }];
  }
  const issues: ResponseIssue[] = [];
  const counted = countIssue(def, responses.length);
  if (counted) issues.push(counted);

  const missing: number[] = [];
  // Items past the last defined one have no label; the count issue already covers them.
  const checked = Math.min(responses.length, def.items.length);
  for (let i = 0; i < checked; i++) {
    const value: unknown = responses[i];
    if (value === null || value === undefined) {
      missing.push(i);
      continue;
    }
    const issue = valueIssue(def, i, value);
    if (issue) issues.push(issue);
  }

  if (def.maxMissing === 0) {
    for (const i of missing) {
      const item = itemName(def, i);
      issues.push({ item, index: i, message: `${item} is missing; ${def.code} requires an answer to every item` });
    }
  } else if (missing.length > def.maxMissing) {
    const names = missing.map((i) => itemName(def, i)).join(', ');
    issues.push({
      item: 'responses',
      index: null,
      message: `${def.code} allows at most ${def.maxMissing} missing items, got ${missing.length}: ${names}`,
    });
  }
  return issues;
}
