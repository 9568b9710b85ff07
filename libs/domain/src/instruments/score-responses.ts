import { INSTRUMENTS } from './definitions.js';
import type { Instrument, InstrumentDefinition } from './instrument.js';
import { validateResponses, type ResponseIssue } from './validate-responses.js';

export class InvalidResponsesError extends Error {
  override readonly name = 'InvalidResponsesError';

  constructor(
    readonly instrument: Instrument,
    readonly issues: ResponseIssue[],
  ) {
    super(`Invalid ${instrument} responses: ${issues.map((i) => i.message).join('; ')}`);
  }
}

export interface ScoredResponses {
  /** In the instrument's own units, rounded to 2 decimals. */
  score: number;
  /** 0–100, higher = worse, rounded to 2 decimals. */
  normalized: number;
  /** Number of non-null responses. */
  answered: number;
  /** score and normalized at full precision: change and its thresholds are computed from these. */
  exact: { score: number; normalized: number };
}

/**
 * Rounds half away from zero to 2 decimals. toPrecision first absorbs float noise such as
 * 1.005 × 100 = 100.49999….
 */
export function roundScore(x: number): number {
  if (!Number.isFinite(x)) return x;
  const scaled = Number((Math.abs(x) * 100).toPrecision(12));
  return (Math.sign(x) * Math.round(scaled)) / 100 || 0;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** Full-precision score and normalized value of already validated answers. */
function rawScore(def: InstrumentDefinition, answered: number[]): { score: number; normalized: number } {
  switch (def.code) {
    case 'NPRS':
      return { score: answered[0]!, normalized: answered[0]! * 10 };
    case 'PEG': {
      const mean = sum(answered) / answered.length;
      return { score: mean, normalized: mean * 10 };
    }
    case 'ODI':
    case 'NDI': {
      // Skipped sections shrink the denominator rather than counting as 0.
      const percent = (sum(answered) * 100) / (5 * answered.length);
      return { score: percent, normalized: percent };
    }
    case 'RMDQ': {
      const yes = sum(answered);
      return { score: yes, normalized: (yes * 100) / 24 };
    }
    case 'PSFS': {
      const mean = sum(answered) / answered.length;
      return { score: mean, normalized: (10 - mean) * 10 };
    }
  }
}

/**
 * The score in the instrument's own units that a normalized value stands for: the inverse of the
 * normalization in rawScore, so a chart plotted on the normalized scale can label its axis, lines and
 * points in the instrument's own units (NPRS 6 / 10 rather than 60).
 */
export function scoreOfNormalized(instrument: Instrument, normalized: number): number {
  switch (instrument) {
    case 'NPRS':
    case 'PEG':
      return normalized / 10;
    case 'ODI':
    case 'NDI':
      return normalized;
    case 'RMDQ':
      return (normalized * 24) / 100;
    case 'PSFS':
      return 10 - normalized / 10;
  }
}

/**
 * The one scoring function behind both the stored score and the admin's live preview.
 * What is stored is this result: score and normalized each rounded to 2 decimals by roundScore,
 * both from the full-precision value (so normalized is not roundedScore × 10: PEG 1,1,2 gives
 * 1.33 and 13.33, not 13.3).
 * @throws InvalidResponsesError listing every issue, so nothing invalid is ever stored.
 */
export function scoreResponses(instrument: Instrument, responses: unknown[]): ScoredResponses {
  const issues = validateResponses(instrument, responses);
  if (issues.length > 0) throw new InvalidResponsesError(instrument, issues);
  const answered = responses.filter((v): v is number => typeof v === 'number');
  const exact = rawScore(INSTRUMENTS[instrument], answered);
  return { score: roundScore(exact.score), normalized: roundScore(exact.normalized), answered: answered.length, exact };
}
