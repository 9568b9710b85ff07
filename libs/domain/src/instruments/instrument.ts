export type Instrument = 'NPRS' | 'PEG' | 'ODI' | 'NDI' | 'RMDQ' | 'PSFS';

export const INSTRUMENT_CODES: Instrument[] = ['NPRS', 'PEG', 'ODI', 'NDI', 'RMDQ', 'PSFS'];

export type OutcomeDomain = 'PAIN' | 'FUNCTION';

export interface InstrumentItem {
  key: string;
  label: string;
  min: number;
  max: number;
  /** May be left out of the responses array (only PSFS activities 4 and 5). */
  optional?: boolean;
}

export interface InstrumentDefinition {
  code: Instrument;
  name: string;
  domain: OutcomeDomain;
  /** PSFS: 5 items 'Activity 1'..'Activity 5', of which 3–5 are answered. */
  items: InstrumentItem[];
  /** Fewest responses the array may hold. */
  minItems: number;
  /** Most responses the array may hold. */
  maxItems: number;
  /** How many responses may be null (skipped). */
  maxMissing: number;
  /** Minimal clinically important difference in score points; null = only the 30% rule applies. */
  mcid: number | null;
  /** True only for PSFS, where 10 means normal function. `normalized` is always higher = worse. */
  higherIsBetter: boolean;
  scoreUnit: string;
  scoreMin: number;
  scoreMax: number;
}

export function isInstrument(x: unknown): x is Instrument {
  return typeof x === 'string' && (INSTRUMENT_CODES as string[]).includes(x);
}
