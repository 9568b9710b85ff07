import fc from 'fast-check';
import { INSTRUMENT_CODES, INSTRUMENTS, scoreOfNormalized, scoreResponses, validateResponses, type Instrument } from './index.js';

/** Valid responses for an instrument: allowed length, in-range integers, up to maxMissing nulls. */
function validResponses(instrument: Instrument): fc.Arbitrary<Array<number | null>> {
  const def = INSTRUMENTS[instrument];
  return fc
    .integer({ min: def.minItems, max: def.maxItems })
    .chain((length) =>
      fc.tuple(
        fc.tuple(...def.items.slice(0, length).map((item) => fc.integer({ min: item.min, max: item.max }))),
        fc.uniqueArray(fc.nat({ max: length - 1 }), { maxLength: def.maxMissing }),
      ),
    )
    .map(([values, missing]) => values.map((v, i) => (missing.includes(i) ? null : v)));
}

const anyInstrument = fc.constantFrom(...INSTRUMENT_CODES);
const anyValid = anyInstrument.chain((instrument) => validResponses(instrument).map((responses) => ({ instrument, responses })));

describe('scoring properties', () => {
  it('accepts every generated valid response set and keeps scores in range', () => {
    fc.assert(
      fc.property(anyValid, ({ instrument, responses }) => {
        const def = INSTRUMENTS[instrument];
        expect(validateResponses(instrument, responses)).toEqual([]);
        const { score, normalized, answered } = scoreResponses(instrument, responses);
        expect(normalized).toBeGreaterThanOrEqual(0);
        expect(normalized).toBeLessThanOrEqual(100);
        expect(score).toBeGreaterThanOrEqual(def.scoreMin);
        expect(score).toBeLessThanOrEqual(def.scoreMax);
        expect(answered).toBe(responses.filter((r) => r !== null).length);
      }),
      { numRuns: 500 },
    );
  });

  it('scoreOfNormalized turns any normalized score back into its score', () => {
    fc.assert(
      fc.property(anyValid, ({ instrument, responses }) => {
        const { exact } = scoreResponses(instrument, responses);
        expect(scoreOfNormalized(instrument, exact.normalized)).toBeCloseTo(exact.score, 9);
      }),
      { numRuns: 500 },
    );
    // The ends of each scale, PSFS upside down (10 = normal function = normalized 0).
    expect(INSTRUMENT_CODES.map((code) => [code, scoreOfNormalized(code, 0), scoreOfNormalized(code, 100)])).toEqual([
      ['NPRS', 0, 10],
      ['PEG', 0, 10],
      ['ODI', 0, 100],
      ['NDI', 0, 100],
      ['RMDQ', 0, 24],
      ['PSFS', 10, 0],
    ]);
  });

  it('raising any item never makes higher-is-worse instruments better, nor PSFS worse', () => {
    const raised = anyValid.chain(({ instrument, responses }) =>
      fc.nat({ max: responses.length - 1 }).chain((index) => {
        const max = INSTRUMENTS[instrument].items[index]!.max;
        const current = responses[index];
        return fc.integer({ min: current ?? 0, max }).map((to) => ({ instrument, responses, index, to }));
      }),
    );
    fc.assert(
      fc.property(raised, ({ instrument, responses, index, to }) => {
        fc.pre(responses[index] !== null);
        const after = [...responses];
        after[index] = to;
        const before = scoreResponses(instrument, responses).normalized;
        const then = scoreResponses(instrument, after).normalized;
        if (INSTRUMENTS[instrument].higherIsBetter) expect(then).toBeLessThanOrEqual(before);
        else expect(then).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it('ODI with every section answered is the sum × 2', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 10, maxLength: 10 }), (responses) => {
        const sum = responses.reduce((a, b) => a + b, 0);
        expect(scoreResponses('ODI', responses)).toEqual({
          score: sum * 2,
          normalized: sum * 2,
          answered: 10,
          exact: { score: sum * 2, normalized: sum * 2 },
        });
      }),
    );
  });

  it('rejects any non-integer at any position, naming that item', () => {
    const bad = fc.oneof(fc.double({ noInteger: true }), fc.string(), fc.boolean(), fc.constant(Number.NaN), fc.constant({}));
    fc.assert(
      fc.property(anyValid, bad, fc.nat(), ({ instrument, responses }, value, at) => {
        const index = at % responses.length;
        const after: unknown[] = [...responses];
        after[index] = value;
        const issues = validateResponses(instrument, after);
        const item = `responses[${index}] (${INSTRUMENTS[instrument].items[index]!.label})`;
        expect(issues.some((i) => i.index === index && i.item === item)).toBe(true);
      }),
    );
  });
});
