import { validateResponses, type Instrument } from './index.js';

const odi = (...overrides: Array<[number, unknown]>): unknown[] => {
  const responses: unknown[] = [1, 2, 3, 4, 5, 0, 1, 2, 3, 4];
  for (const [i, v] of overrides) responses[i] = v;
  return responses;
};
const zeros = (n: number): unknown[] => Array.from({ length: n }, () => 0);

describe('validateResponses', () => {
  it('accepts valid responses', () => {
    expect(validateResponses('ODI', odi())).toEqual([]);
    expect(validateResponses('RMDQ', zeros(24))).toEqual([]);
  });

  it('refuses an unknown instrument', () => {
    expect(validateResponses('VAS' as Instrument, [3])).toEqual([
      { item: 'instrument', index: null, message: 'Unknown instrument the string "VAS"' },
    ]);
  });

  it.each([null, undefined, 'abc', 3, { 0: 1 }])('rejects the non-array %p', (value) => {
    expect(validateResponses('NPRS', value as unknown as unknown[])).toEqual([
      { item: 'responses', index: null, message: expect.stringContaining('must be an array') },
    ]);
  });

  describe('count', () => {
    it.each<[Instrument, number, string]>([
      ['NPRS', 0, 'NPRS expects 1 responses, got 0'],
      ['NPRS', 2, 'NPRS expects 1 responses, got 2'],
      ['PEG', 2, 'PEG expects 3 responses, got 2'],
      ['ODI', 9, 'ODI expects 10 responses, got 9'],
      ['ODI', 11, 'ODI expects 10 responses, got 11'],
      ['NDI', 9, 'NDI expects 10 responses, got 9'],
      ['RMDQ', 23, 'RMDQ expects 24 responses, got 23'],
      ['RMDQ', 25, 'RMDQ expects 24 responses, got 25'],
      ['PSFS', 2, 'PSFS expects 3 to 5 responses, got 2'],
      ['PSFS', 6, 'PSFS expects 3 to 5 responses, got 6'],
    ])('%s with %i responses', (instrument, n, message) => {
      expect(validateResponses(instrument, zeros(n))).toEqual([{ item: 'responses', index: null, message }]);
    });

    it.each([3, 4, 5])('PSFS accepts %i activities', (n) => {
      expect(validateResponses('PSFS', zeros(n))).toEqual([]);
    });

    it('still names bad items when the count is also wrong', () => {
      const issues = validateResponses('ODI', [1, 2, 9]);
      expect(issues.map((i) => i.item)).toEqual(['responses', 'responses[2] (Lifting)']);
    });
  });

  describe('bad values name the item', () => {
    it.each<[unknown, string]>([
      [1.5, 'got 1.5'],
      ['3', 'got the string "3"'],
      [Number.NaN, 'got NaN'],
      [Infinity, 'got Infinity'],
      [true, 'got true'],
      [{}, 'got a value of type object'],
      [[2], 'got an array'],
    ])('rejects %p', (value, got) => {
      expect(validateResponses('ODI', odi([2, value]))).toEqual([
        { item: 'responses[2] (Lifting)', index: 2, message: `responses[2] (Lifting) must be an integer from 0 to 5, ${got}` },
      ]);
    });

    it.each<[Instrument, unknown[], number, string]>([
      ['ODI', odi([4, 6]), 4, 'responses[4] (Sitting) must be from 0 to 5, got 6'],
      ['ODI', odi([9, -1]), 9, 'responses[9] (Travelling) must be from 0 to 5, got -1'],
      ['NDI', [0, 0, 0, 0, 7, 0, 0, 0, 0, 0], 4, 'responses[4] (Headaches) must be from 0 to 5, got 7'],
      ['NPRS', [11], 0, 'responses[0] (Pain intensity now (0 = no pain, 10 = worst imaginable pain)) must be from 0 to 10, got 11'],
      ['PEG', [0, -1, 0], 1, 'responses[1] (Interference with enjoyment of life (0 = none, 10 = completely)) must be from 0 to 10, got -1'],
      ['RMDQ', [...zeros(23), 2], 23, 'responses[23] (Item 24) must be from 0 to 1, got 2'],
      ['PSFS', [5, 5, 5, 11], 3, 'responses[3] (Activity 4) must be from 0 to 10, got 11'],
    ])('%s out of range', (instrument, responses, index, message) => {
      expect(validateResponses(instrument, responses)).toEqual([{ item: message.split(' must')[0], index, message }]);
    });

    it('reports every bad item at once', () => {
      const issues = validateResponses('ODI', odi([0, 'x'], [5, 1.5], [7, 6]));
      expect(issues.map((i) => i.index)).toEqual([0, 5, 7]);
    });
  });

  describe('missing items', () => {
    it.each(['ODI', 'NDI'] as const)('%s allows up to 2 skipped', (instrument) => {
      expect(validateResponses(instrument, odi([0, null]))).toEqual([]);
      expect(validateResponses(instrument, odi([0, null], [9, null]))).toEqual([]);
    });

    it('ODI refuses 3 skipped sections, naming them', () => {
      expect(validateResponses('ODI', odi([0, null], [3, null], [7, null]))).toEqual([
        {
          item: 'responses',
          index: null,
          message:
            'ODI allows at most 2 missing items, got 3: responses[0] (Pain intensity), responses[3] (Walking), responses[7] (Sex life)',
        },
      ]);
    });

    it('NDI refuses 3 skipped items', () => {
      const issues = validateResponses('NDI', [null, null, null, 0, 0, 0, 0, 0, 0, 0]);
      expect(issues).toHaveLength(1);
      expect(issues[0]!.message).toMatch(/^NDI allows at most 2 missing items, got 3: responses\[0\] \(Pain intensity\)/);
    });

    it('treats undefined (a sparse hole) as missing', () => {
      expect(validateResponses('ODI', odi([4, undefined]))).toEqual([]);
    });

    it.each<[Instrument, unknown[], number, string]>([
      ['NPRS', [null], 0, 'responses[0] (Pain intensity now (0 = no pain, 10 = worst imaginable pain))'],
      ['PEG', [3, 3, null], 2, 'responses[2] (Interference with general activity (0 = none, 10 = completely))'],
      ['RMDQ', [...zeros(10), null, ...zeros(13)], 10, 'responses[10] (Item 11)'],
      ['PSFS', [3, null, 5], 1, 'responses[1] (Activity 2)'],
      ['PSFS', [3, 4, 5, null], 3, 'responses[3] (Activity 4)'],
    ])('%s allows none missing', (instrument, responses, index, item) => {
      expect(validateResponses(instrument, responses)).toEqual([
        { item, index, message: `${item} is missing; ${instrument} requires an answer to every item` },
      ]);
    });
  });
});
