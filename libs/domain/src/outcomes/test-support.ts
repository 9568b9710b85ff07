// Shared fixtures of the outcome specs (excluded from the build).
import type { Instrument } from '../instruments/index.js';

/**
 * An exact 50% improvement for every instrument, from real responses. Where the stored scores rounded
 * to 2 decimals put the change just under 50%, `roundedMisses` says so: these are the cases that
 * computing from rounded values got wrong (an RMDQ 14 → 7 reported 49.99% and no claim).
 */
export const EXACT_HALVES: { instrument: Instrument; before: (number | null)[]; after: (number | null)[]; roundedMisses: boolean }[] = [
  { instrument: 'NPRS', before: [8], after: [4], roundedMisses: false },
  // Means 10/3 → 5/3: normalized 33.33 → 16.67 as stored, 49.985%.
  { instrument: 'PEG', before: [3, 3, 4], after: [2, 2, 1], roundedMisses: true },
  // One section skipped: 14/45 → 7/45, stored 31.11 → 15.56, 49.984%.
  { instrument: 'ODI', before: [2, 2, 2, 2, 2, 2, 1, 1, 0, null], after: [1, 1, 1, 1, 1, 1, 1, 0, 0, null], roundedMisses: true },
  { instrument: 'NDI', before: [null, 2, 2, 2, 2, 2, 2, 1, 1, 0], after: [null, 1, 1, 1, 1, 1, 1, 1, 0, 0], roundedMisses: true },
  // 14 → 7 statements: 58.33 → 29.17 as stored, 49.991%.
  {
    instrument: 'RMDQ',
    before: Array.from({ length: 24 }, (_, i) => (i < 14 ? 1 : 0)),
    after: Array.from({ length: 24 }, (_, i) => (i < 7 ? 1 : 0)),
    roundedMisses: true,
  },
  // Mean 2/3 → 16/3 (higher is better): normalized 93.33 → 46.67 as stored, 49.995%.
  { instrument: 'PSFS', before: [0, 0, 2], after: [5, 5, 6], roundedMisses: true },
];
