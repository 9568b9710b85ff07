import { INSTRUMENT_CODES, INSTRUMENTS, isInstrument } from './index.js';

describe('instrument definitions', () => {
  it('defines every code, keyed by itself', () => {
    expect(Object.keys(INSTRUMENTS).sort()).toEqual([...INSTRUMENT_CODES].sort());
    for (const code of INSTRUMENT_CODES) expect(INSTRUMENTS[code].code).toBe(code);
  });

  it('keeps ODI and NDI to section names (the question wording is licensed)', () => {
    expect(INSTRUMENTS.ODI.items.map((i) => i.label)).toEqual([
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
    ]);
    expect(INSTRUMENTS.NDI.items.map((i) => i.label)).toEqual([
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
    ]);
    expect(INSTRUMENTS.ODI.name).toBe('Oswestry Disability Index');
    expect(INSTRUMENTS.ODI.items[1]!.key).toBe('personalCare');
  });

  it('numbers the RMDQ items and PSFS activities', () => {
    expect(INSTRUMENTS.RMDQ.items).toHaveLength(24);
    expect(INSTRUMENTS.RMDQ.items[23]).toEqual({ key: 'item24', label: 'Item 24', min: 0, max: 1 });
    expect(INSTRUMENTS.PSFS.items.map((i) => i.label)).toEqual(['Activity 1', 'Activity 2', 'Activity 3', 'Activity 4', 'Activity 5']);
    expect(INSTRUMENTS.PSFS.items.map((i) => i.optional ?? false)).toEqual([false, false, false, true, true]);
  });

  it('matches the scoring table', () => {
    const table = INSTRUMENT_CODES.map((c) => {
      const d = INSTRUMENTS[c];
      return [c, d.domain, d.items.length, d.minItems, d.maxItems, d.maxMissing, d.mcid, d.higherIsBetter, d.scoreMin, d.scoreMax];
    });
    expect(table).toEqual([
      ['NPRS', 'PAIN', 1, 1, 1, 0, 2, false, 0, 10],
      ['PEG', 'PAIN', 3, 3, 3, 0, null, false, 0, 10],
      ['ODI', 'FUNCTION', 10, 10, 10, 2, 10, false, 0, 100],
      ['NDI', 'FUNCTION', 10, 10, 10, 2, 10, false, 0, 100],
      ['RMDQ', 'FUNCTION', 24, 24, 24, 0, 5, false, 0, 24],
      ['PSFS', 'FUNCTION', 5, 3, 5, 0, 2, true, 0, 10],
    ]);
  });

  it('recognises instrument codes only', () => {
    expect(isInstrument('ODI')).toBe(true);
    expect(isInstrument('odi')).toBe(false);
    expect(isInstrument('VAS')).toBe(false);
    expect(isInstrument(3)).toBe(false);
    expect(isInstrument(undefined)).toBe(false);
  });
});
