// What the numbers of each instrument item mean, in plain words, for a patient answering at home and a
// clinician entering answers: the question in our own words and the meaning of both ends of its scale.
// The ODI and NDI statements are licensed and the RMDQ statements copyrighted, so those items carry
// only their section name or number; a clinic holding the licence may enter its own wording
// (LICENSED_TEXT_INSTRUMENTS), and then the ends are read against its first and last statements.
import { INSTRUMENTS } from './definitions.js';
import type { Instrument } from './instrument.js';

export interface ScaleAnchor {
  value: number;
  /** What choosing this value means, e.g. "No pain". */
  label: string;
}

export interface ItemScale {
  /** The item as asked, in our own words (ODI/NDI: the section name; RMDQ: "Statement 3"). */
  question: string;
  low: ScaleAnchor;
  high: ScaleAnchor;
  /**
   * ODI and NDI only: the ends read against the clinic's licensed statements when it shows them
   * (each section lists its statements from least to most severe).
   */
  statements?: { low: string; high: string };
  /**
   * ODI and NDI only: what every value of the 0–5 section means, in our own graded words (the licensed
   * statements are not reproduced), so that a clinician entering a paper form reads 3 as "Fairly severe".
   */
  levels?: readonly ScaleAnchor[];
}

/** The instruments whose item wording a clinic may enter under its own licence. */
export const LICENSED_TEXT_INSTRUMENTS: readonly Instrument[] = ['ODI', 'NDI'];

/** Longest licensed wording of one item (a section with all its statements), in characters after trimming. */
export const LICENSED_ITEM_TEXT_MAX_LENGTH = 600;

const PAIN_NOW: ItemScale = {
  question: 'How bad is your pain right now?',
  low: { value: 0, label: 'No pain' },
  high: { value: 10, label: 'Worst pain imaginable' },
};

const INTERFERENCE = { low: { value: 0, label: 'Does not interfere' }, high: { value: 10, label: 'Completely interferes' } };

// Each ODI/NDI section lists six statements from no problem to the worst; these grade them in plain words.
const SECTION_LEVELS = ['No problem', 'Mild', 'Moderate', 'Fairly severe', 'Very severe', 'As bad as it can be'] as const;

function sectionScales(instrument: 'ODI' | 'NDI'): ItemScale[] {
  return INSTRUMENTS[instrument].items.map((item) => ({
    question: item.label,
    low: { value: item.min, label: SECTION_LEVELS[0] },
    high: { value: item.max, label: SECTION_LEVELS[SECTION_LEVELS.length - 1] },
    statements: { low: 'The first statement', high: 'The last, most severe statement' },
    levels: SECTION_LEVELS.map((label, value) => ({ value: item.min + value, label })),
  }));
}

const SCALES: Record<Instrument, ItemScale[]> = {
  NPRS: [PAIN_NOW],
  PEG: [
    {
      question: 'Your pain on average in the past week',
      low: { value: 0, label: 'No pain' },
      high: { value: 10, label: 'Pain as bad as you can imagine' },
    },
    { question: 'How much pain interfered with your enjoyment of life in the past week', ...INTERFERENCE },
    { question: 'How much pain interfered with your general activity in the past week', ...INTERFERENCE },
  ],
  ODI: sectionScales('ODI'),
  NDI: sectionScales('NDI'),
  RMDQ: INSTRUMENTS.RMDQ.items.map((_, i) => ({
    question: `Statement ${i + 1}`,
    low: { value: 0, label: 'No' },
    high: { value: 1, label: 'Yes' },
  })),
  PSFS: INSTRUMENTS.PSFS.items.map(() => ({
    question: 'How well can you do this activity today?',
    low: { value: 0, label: 'Unable to perform the activity' },
    high: { value: 10, label: 'Able to perform it as before the problem' },
  })),
};

/** Every item's scale of an instrument, in item order (PSFS: one per possible activity). */
export function itemScales(instrument: Instrument): readonly ItemScale[] {
  return SCALES[instrument];
}

/** The scale of one item; throws for an index the instrument does not have. */
export function itemScale(instrument: Instrument, index: number): ItemScale {
  const scale = SCALES[instrument][index];
  if (!scale) throw new RangeError(`${instrument} has no item ${index + 1}`);
  return scale;
}

/** What a value means when it is one of the ends of the item's scale ("No pain"); null in between. */
export function anchorLabel(instrument: Instrument, index: number, value: number): string | null {
  const { low, high } = itemScale(instrument, index);
  if (value === low.value) return low.label;
  if (value === high.value) return high.label;
  return null;
}
