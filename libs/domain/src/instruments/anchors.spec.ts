import { anchorLabel, INSTRUMENT_CODES, INSTRUMENTS, itemScale, itemScales, LICENSED_TEXT_INSTRUMENTS } from './index.js';

describe('itemScales', () => {
  it.each(INSTRUMENT_CODES)('%s has one scale per item, its ends at the item’s limits', (instrument) => {
    const { items } = INSTRUMENTS[instrument];
    const scales = itemScales(instrument);
    expect(scales).toHaveLength(items.length);
    scales.forEach((scale, i) => {
      expect(scale.low.value).toBe(items[i]!.min);
      expect(scale.high.value).toBe(items[i]!.max);
      expect(scale.question.trim()).not.toBe('');
      expect(scale.low.label).not.toBe(scale.high.label);
    });
  });

  it('says what the pain scales’ ends mean', () => {
    expect(itemScale('NPRS', 0)).toEqual({
      question: 'How bad is your pain right now?',
      low: { value: 0, label: 'No pain' },
      high: { value: 10, label: 'Worst pain imaginable' },
    });
    expect(itemScales('PEG').map((s) => s.question)).toEqual([
      'Your pain on average in the past week',
      'How much pain interfered with your enjoyment of life in the past week',
      'How much pain interfered with your general activity in the past week',
    ]);
    expect(itemScale('PEG', 1).low).toEqual({ value: 0, label: 'Does not interfere' });
    expect(itemScale('PEG', 2).high).toEqual({ value: 10, label: 'Completely interferes' });
  });

  it.each(['ODI', 'NDI'] as const)('%s shows the section name only, never the licensed statements', (instrument) => {
    const scales = itemScales(instrument);
    expect(scales.map((s) => s.question)).toEqual(INSTRUMENTS[instrument].items.map((item) => item.label));
    for (const scale of scales) {
      expect(scale.low).toEqual({ value: 0, label: 'No problem' });
      expect(scale.high).toEqual({ value: 5, label: 'As bad as it can be' });
      // Read against the clinic's own statements when it has entered them.
      expect(scale.statements).toEqual({ low: 'The first statement', high: 'The last, most severe statement' });
      // Every value 0–5 has its own graded meaning, the ends agreeing with low and high.
      expect(scale.levels!.map((l) => l.value)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(scale.levels![0]).toEqual(scale.low);
      expect(scale.levels![5]).toEqual(scale.high);
      expect(scale.levels![3]!.label).toBe('Fairly severe');
    }
    expect(scales[2]!.question).toBe('Lifting');
  });

  it('numbers the RMDQ statements (their wording is copyrighted) and answers them no or yes', () => {
    const scales = itemScales('RMDQ');
    expect(scales.map((s) => s.question)).toEqual(Array.from({ length: 24 }, (_, i) => `Statement ${i + 1}`));
    expect(scales[23]).toEqual({ question: 'Statement 24', low: { value: 0, label: 'No' }, high: { value: 1, label: 'Yes' } });
  });

  it('rates every PSFS activity from unable to as before the problem', () => {
    for (const scale of itemScales('PSFS')) {
      expect(scale.low).toEqual({ value: 0, label: 'Unable to perform the activity' });
      expect(scale.high).toEqual({ value: 10, label: 'Able to perform it as before the problem' });
    }
  });

  it('only ODI and NDI take the clinic’s licensed wording', () => {
    expect(LICENSED_TEXT_INSTRUMENTS).toEqual(['ODI', 'NDI']);
    for (const instrument of INSTRUMENT_CODES) {
      expect(itemScales(instrument).some((s) => s.statements)).toBe(LICENSED_TEXT_INSTRUMENTS.includes(instrument));
    }
  });

  it('refuses an item the instrument does not have', () => {
    expect(() => itemScale('NPRS', 1)).toThrow('NPRS has no item 2');
    expect(() => itemScale('PSFS', 5)).toThrow(RangeError);
  });
});

describe('anchorLabel', () => {
  it('names the ends of the scale and nothing between them', () => {
    expect(anchorLabel('NPRS', 0, 0)).toBe('No pain');
    expect(anchorLabel('NPRS', 0, 10)).toBe('Worst pain imaginable');
    expect(anchorLabel('NPRS', 0, 5)).toBeNull();
    expect(anchorLabel('ODI', 9, 5)).toBe('As bad as it can be');
    expect(anchorLabel('RMDQ', 0, 1)).toBe('Yes');
    expect(anchorLabel('PSFS', 4, 0)).toBe('Unable to perform the activity');
  });
});
