export { INSTRUMENT_CODES, isInstrument } from './instrument.js';
export type { Instrument, InstrumentDefinition, InstrumentItem, OutcomeDomain } from './instrument.js';
export { INSTRUMENTS } from './definitions.js';
export { validateResponses } from './validate-responses.js';
export type { ResponseIssue } from './validate-responses.js';
export { InvalidResponsesError, roundScore, scoreResponses } from './score-responses.js';
export type { ScoredResponses } from './score-responses.js';
export { ODI_BAND_LABELS, odiBand } from './odi-band.js';
export type { OdiBand } from './odi-band.js';
