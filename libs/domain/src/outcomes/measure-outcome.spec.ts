import { scoreResponses } from '../instruments/index.js';
import { measureOutcome, sessionNumberAt, type OutcomePoint } from './index.js';
import { EXACT_HALVES } from './test-support.js';

const point = (assessmentId: string, takenAt: Date | string, sessionNumber: number, score: number, normalized = score): OutcomePoint => ({
  assessmentId,
  takenAt,
  sessionNumber,
  score,
  normalized,
});

describe('sessionNumberAt', () => {
  const starts = [Date.UTC(2025, 0, 15), Date.UTC(2025, 0, 1), Date.UTC(2025, 0, 8)];

  it.each([
    [Date.UTC(2024, 11, 31), 0],
    [Date.UTC(2025, 0, 1), 1],
    [Date.UTC(2025, 0, 8) - 1, 1],
    [Date.UTC(2025, 0, 8), 2],
    [Date.UTC(2025, 5, 1), 3],
  ])('at %p counts %i sessions', (takenAt, expected) => {
    expect(sessionNumberAt(starts, takenAt)).toBe(expected);
  });

  it('is 0 with no completed sessions', () => {
    expect(sessionNumberAt([], Date.UTC(2025, 0, 1))).toBe(0);
  });
});

describe('measureOutcome', () => {
  it('is null without points', () => {
    expect(measureOutcome('ODI', [])).toBeNull();
  });

  it('orders by takenAt whatever the input order and form, baseline first', () => {
    const mid = point('b', new Date('2025-02-01T10:00:00Z'), 4, 30);
    const first = point('a', '2025-01-05T09:00:00Z', 0, 48);
    const last = point('c', '2025-03-01T10:00:00.000Z', 8, 22);
    const outcome = measureOutcome('ODI', [mid, last, first])!;
    expect(outcome.series.map((p) => p.assessmentId)).toEqual(['a', 'b', 'c']);
    expect(outcome.baseline).toBe(first);
    expect(outcome.latest).toBe(last);
    expect(outcome).toMatchObject({
      instrument: 'ODI',
      domain: 'FUNCTION',
      hasFollowUp: true,
      changePoints: 26,
      meaningful: true,
      meetsClaim: true,
    });
    expect(outcome.changePercent).toBeCloseTo((26 / 48) * 100, 10);
  });

  it('compares instants, not strings, across time-zone offsets', () => {
    // 08:00-05:00 is 13:00Z, later than 12:00Z although it sorts first as text.
    const outcome = measureOutcome('NPRS', [
      point('late', '2025-01-01T08:00:00-05:00', 1, 4, 40),
      point('early', '2025-01-01T12:00:00Z', 1, 8, 80),
    ])!;
    expect(outcome.baseline.assessmentId).toBe('early');
    expect(outcome.changePoints).toBe(4);
  });

  it('breaks takenAt ties by assessment id', () => {
    const t = '2025-01-01T00:00:00Z';
    const forward = measureOutcome('NPRS', [point('x', t, 0, 5, 50), point('y', t, 0, 3, 30)])!;
    const backward = measureOutcome('NPRS', [point('y', t, 0, 3, 30), point('x', t, 0, 5, 50)])!;
    expect(forward.series.map((p) => p.assessmentId)).toEqual(['x', 'y']);
    expect(backward.series.map((p) => p.assessmentId)).toEqual(['x', 'y']);
  });

  it('has no change with a single point', () => {
    const only = point('a', '2025-01-05T09:00:00Z', 0, 7, 70);
    expect(measureOutcome('NPRS', [only])).toEqual({
      instrument: 'NPRS',
      domain: 'PAIN',
      baseline: only,
      latest: only,
      hasFollowUp: false,
      changePoints: null,
      changePercent: null,
      meaningful: null,
      meetsClaim: null,
      series: [only],
    });
  });

  it('uses the PSFS direction', () => {
    const outcome = measureOutcome('PSFS', [point('b', '2025-02-01', 3, 6, 40), point('a', '2025-01-01', 0, 3, 70)])!;
    expect(outcome.changePoints).toBe(3);
    expect(outcome.changePercent).toBeCloseTo((30 / 70) * 100, 10);
    expect(outcome.meaningful).toBe(true);
  });

  it('does not mutate the input', () => {
    const points = [point('b', '2025-02-01', 1, 3), point('a', '2025-01-01', 0, 5)];
    measureOutcome('NPRS', points);
    expect(points.map((p) => p.assessmentId)).toEqual(['b', 'a']);
  });

  it.each(EXACT_HALVES)(
    '$instrument: change from the points’ exact values, while they show the stored ones',
    ({ instrument, before, after }) => {
      // As the API builds points: the stored, rounded score and normalized, and the exact ones beside them.
      const stored = (assessmentId: string, takenAt: string, responses: (number | null)[]): OutcomePoint => {
        const { score, normalized, exact } = scoreResponses(instrument, responses);
        return { assessmentId, takenAt, sessionNumber: 0, score, normalized, exact };
      };
      const baseline = stored('a', '2025-01-01T10:00:00Z', before);
      const latest = stored('b', '2025-02-01T10:00:00Z', after);
      const outcome = measureOutcome(instrument, [latest, baseline])!;
      expect(outcome.changePercent).toBeCloseTo(50, 12);
      expect(outcome).toMatchObject({ hasFollowUp: true, meaningful: true, meetsClaim: true });
      expect(outcome.changePoints).toBeCloseTo(
        instrument === 'PSFS' ? latest.exact!.score - baseline.exact!.score : baseline.exact!.score - latest.exact!.score,
        12,
      );
      // What is shown stays the stored value.
      expect([outcome.baseline.normalized, outcome.latest.normalized]).toEqual([baseline.normalized, latest.normalized]);
    },
  );

  it('returns the caller’s points as given, with what else they carry', () => {
    const patient = { ...point('p', '2025-02-01', 2, 3, 30), source: 'PATIENT_REPORTED' as const };
    const staff = { ...point('s', '2025-01-01', 0, 6, 60), source: 'CLINICIAN_ENTERED' as const };
    const outcome = measureOutcome('NPRS', [patient, staff])!;
    expect(outcome.baseline.source).toBe('CLINICIAN_ENTERED');
    expect(outcome.latest.source).toBe('PATIENT_REPORTED');
    expect(outcome.series.map((p) => p.source)).toEqual(['CLINICIAN_ENTERED', 'PATIENT_REPORTED']);
  });

  it('refuses an invalid takenAt', () => {
    expect(() => measureOutcome('NPRS', [point('a', 'not a date', 0, 5)])).toThrow(RangeError);
  });
});
