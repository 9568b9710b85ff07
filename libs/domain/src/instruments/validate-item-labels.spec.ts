import { ITEM_LABEL_MAX_LENGTH, normalizeItemLabels, validateItemLabels } from './index.js';

describe('validateItemLabels', () => {
  it('accepts one name per PSFS response', () => {
    expect(validateItemLabels('PSFS', 3, ['Lifting my toddler', 'Gardening', 'Sitting through a work meeting'])).toEqual([]);
    expect(validateItemLabels('PSFS', 5, ['a', 'b', 'c', 'd', 'x'.repeat(ITEM_LABEL_MAX_LENGTH)])).toEqual([]);
  });

  it('requires PSFS names, one per response', () => {
    expect(validateItemLabels('PSFS', 3, [])).toEqual([{ index: null, message: 'PSFS expects one activity name per response: 3, got 0' }]);
    expect(validateItemLabels('PSFS', 4, ['a', 'b', 'c'])).toEqual([
      { index: null, message: 'PSFS expects one activity name per response: 4, got 3' },
    ]);
  });

  it('names each blank or over-long activity at once', () => {
    expect(validateItemLabels('PSFS', 4, ['Gardening', '   ', 'x'.repeat(ITEM_LABEL_MAX_LENGTH + 1), ''])).toEqual([
      { index: 1, message: 'Activity 2 needs a name' },
      { index: 2, message: `Activity 3's name must be at most ${ITEM_LABEL_MAX_LENGTH} characters, got ${ITEM_LABEL_MAX_LENGTH + 1}` },
      { index: 3, message: 'Activity 4 needs a name' },
    ]);
  });

  it('measures a name once trimmed', () => {
    expect(validateItemLabels('PSFS', 3, ['  a  ', 'b', ` ${'x'.repeat(ITEM_LABEL_MAX_LENGTH)} `])).toEqual([]);
    expect(normalizeItemLabels(['  Gardening ', 'Driving'])).toEqual(['Gardening', 'Driving']);
  });

  it('refuses names on an instrument whose items are fixed', () => {
    expect(validateItemLabels('ODI', 10, [])).toEqual([]);
    expect(validateItemLabels('NPRS', 1, ['Pain'])).toEqual([
      { index: null, message: 'NPRS items are fixed by the instrument; only PSFS takes activity names' },
    ]);
  });
});
