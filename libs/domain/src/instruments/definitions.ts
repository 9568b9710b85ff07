import type { Instrument, InstrumentDefinition, InstrumentItem } from './instrument.js';

// The ODI and NDI question wordings are licensed and the RMDQ statements are copyrighted:
// we keep section names and item numbers only, never the question text.
const ODI_SECTIONS = [
  'Pain intensity',
  'Personal care',
  'Lifting',
  'Walking',
  'Sitting',
  'Standing',
  'Sleeping',
  'Sex life',
  'Social life',
  'Travelling',
];
const NDI_SECTIONS = [
  'Pain intensity',
  'Personal care',
  'Lifting',
  'Reading',
  'Headaches',
  'Concentration',
  'Work',
  'Driving',
  'Sleeping',
  'Recreation',
];

function toKey(label: string): string {
  return label.toLowerCase().replace(/ (\w)/g, (_, c: string) => c.toUpperCase());
}

function sections(labels: string[]): InstrumentItem[] {
  return labels.map((label) => ({ key: toKey(label), label, min: 0, max: 5 }));
}

function numbered(prefix: string, count: number, max: number, required: number): InstrumentItem[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `${toKey(prefix)}${i + 1}`,
    label: `${prefix} ${i + 1}`,
    min: 0,
    max,
    ...(i >= required ? { optional: true } : {}),
  }));
}

export const INSTRUMENTS: Record<Instrument, InstrumentDefinition> = {
  NPRS: {
    code: 'NPRS',
    name: 'Numeric Pain Rating Scale',
    domain: 'PAIN',
    items: [{ key: 'painNow', label: 'Pain intensity now (0 = no pain, 10 = worst imaginable pain)', min: 0, max: 10 }],
    minItems: 1,
    maxItems: 1,
    maxMissing: 0,
    mcid: 2,
    higherIsBetter: false,
    scoreUnit: 'points',
    scoreMin: 0,
    scoreMax: 10,
  },
  PEG: {
    code: 'PEG',
    name: 'Pain, Enjoyment of life and General activity scale',
    domain: 'PAIN',
    items: [
      {
        key: 'painAverage',
        label: 'Pain on average in the past week (0 = no pain, 10 = worst imaginable pain)',
        min: 0,
        max: 10,
      },
      {
        key: 'enjoyment',
        label: 'Interference with enjoyment of life (0 = none, 10 = completely)',
        min: 0,
        max: 10,
      },
      {
        key: 'generalActivity',
        label: 'Interference with general activity (0 = none, 10 = completely)',
        min: 0,
        max: 10,
      },
    ],
    minItems: 3,
    maxItems: 3,
    maxMissing: 0,
    // No established point MCID: a 30% reduction is the accepted threshold.
    mcid: null,
    higherIsBetter: false,
    scoreUnit: 'points',
    scoreMin: 0,
    scoreMax: 10,
  },
  ODI: {
    code: 'ODI',
    name: 'Oswestry Disability Index',
    domain: 'FUNCTION',
    items: sections(ODI_SECTIONS),
    minItems: 10,
    maxItems: 10,
    maxMissing: 2,
    mcid: 10,
    higherIsBetter: false,
    scoreUnit: '%',
    scoreMin: 0,
    scoreMax: 100,
  },
  NDI: {
    code: 'NDI',
    name: 'Neck Disability Index',
    domain: 'FUNCTION',
    items: sections(NDI_SECTIONS),
    minItems: 10,
    maxItems: 10,
    maxMissing: 2,
    // Percent points, because NDI is scored as a percent like ODI.
    mcid: 10,
    higherIsBetter: false,
    scoreUnit: '%',
    scoreMin: 0,
    scoreMax: 100,
  },
  RMDQ: {
    code: 'RMDQ',
    name: 'Roland-Morris Disability Questionnaire',
    domain: 'FUNCTION',
    // 0 = no, 1 = yes (the statement applies to me today).
    items: numbered('Item', 24, 1, 24),
    minItems: 24,
    maxItems: 24,
    maxMissing: 0,
    mcid: 5,
    higherIsBetter: false,
    scoreUnit: 'points',
    scoreMin: 0,
    scoreMax: 24,
  },
  PSFS: {
    code: 'PSFS',
    name: 'Patient-Specific Functional Scale',
    domain: 'FUNCTION',
    // The patient names 3 to 5 activities; each is rated 0 (unable) to 10 (as before the problem).
    items: numbered('Activity', 5, 10, 3),
    minItems: 3,
    maxItems: 5,
    maxMissing: 0,
    mcid: 2,
    higherIsBetter: true,
    scoreUnit: 'points',
    scoreMin: 0,
    scoreMax: 10,
  },
};
