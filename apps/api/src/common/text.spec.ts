import { normalizeText, unsafeTextIssues } from './text.js';

describe('text normalization', () => {
  it('trims and composes to NFC', () => {
    expect(normalizeText('  Cafe\u0301\u00a0')).toBe('Caf\u00e9');
    expect(normalizeText([' a ', 'e\u0301'])).toEqual(['a', '\u00e9']);
    expect(normalizeText(null)).toBeNull();
  });
});

describe('unsafeTextIssues', () => {
  it('names every unsafe string by its path, in nested inputs and lists', () => {
    const args = { id: 'x', input: { firstName: 'A\u0000', notes: 'ok\r\n\tok', activities: ['walk', '\uDC00run'] }, note: '\u0085' };
    expect(unsafeTextIssues(args).map((issue) => issue.field)).toEqual(['input.firstName', 'input.activities.1', 'note']);
  });

  it('accepts surrogate pairs, tabs and line breaks', () => {
    expect(unsafeTextIssues({ name: 'Zoë 😀', notes: 'a\tb\nc\r\n' })).toEqual([]);
  });

  it('refuses unpaired surrogates at either end and DEL', () => {
    expect(unsafeTextIssues({ a: '\uD800', b: 'x\uDBFF', c: '\uDC00y', d: '\u007f' }).map((issue) => issue.field)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });
});
