import { measureSummary, referenceLevels } from './referenceLevels';
import type { MeasureOutcome, OutcomePoint } from './api';

const point = (score: number, normalized: number, sessionNumber = 0): OutcomePoint => ({
  assessmentId: `a${sessionNumber}`,
  takenAt: `2026-10-0${sessionNumber + 1}T10:00:00.000Z`,
  sessionNumber,
  score,
  normalized,
  source: 'CLINICIAN_ENTERED',
});

function measure(partial: Partial<MeasureOutcome> & Pick<MeasureOutcome, 'baseline' | 'latest'>): MeasureOutcome {
  return {
    instrument: 'ODI',
    domain: 'FUNCTION',
    hasFollowUp: true,
    changePoints: null,
    changePercent: null,
    meaningful: null,
    meetsClaim: null,
    claimTarget: 0,
    meaningfulTarget: 0,
    series: [partial.baseline, partial.latest],
    ...partial,
  };
}

describe('referenceLevels', () => {
  it.each([
    [44, 22, 30.8],
    [70, 35, 49],
    [48, 24, 33.6],
    [0, 0, 0],
    [100, 50, 70],
  ])('baseline %s: 50%% target %s, 30%% line %s', (baseline, claim, meaningful) => {
    const levels = referenceLevels(baseline);
    expect(levels.baseline).toBe(baseline);
    expect(levels.claimTarget).toBe(claim);
    expect(levels.meaningfulTarget).toBe(meaningful);
    // The band spans a 30% to a 50% improvement.
    expect(levels.band).toEqual({ y1: claim, y2: meaningful });
  });

  it('agrees with the API’s own target values for the demo clinic (NPRS baseline 7 → 70)', () => {
    expect(referenceLevels(70)).toMatchObject({ claimTarget: 35, meaningfulTarget: 49 });
  });
});

describe('measureSummary', () => {
  it('says when the 50% claim is met', () => {
    const m = measure({
      baseline: point(44, 44),
      latest: point(18, 18, 6),
      changePercent: 59.09,
      changePoints: 26,
      meaningful: true,
      meetsClaim: true,
    });
    expect(measureSummary(m)).toBe('ODI 44 → 18: 59% better, meets the 50% claim');
  });

  it('says when the change is not yet meaningful', () => {
    const m = measure({
      instrument: 'NPRS',
      domain: 'PAIN',
      baseline: point(6, 60),
      latest: point(5, 50, 3),
      changePercent: 16.67,
      changePoints: 1,
      meaningful: false,
      meetsClaim: false,
    });
    expect(measureSummary(m)).toBe('NPRS 6 → 5: 17% better, not yet a meaningful change');
  });

  it('says meaningful but short of the claim', () => {
    const m = measure({
      baseline: point(40, 40),
      latest: point(26, 26, 4),
      changePercent: 35,
      changePoints: 14,
      meaningful: true,
      meetsClaim: false,
    });
    expect(measureSummary(m)).toBe('ODI 40 → 26: 35% better, a meaningful change, short of the 50% claim');
  });

  it('says worse, and baseline only', () => {
    expect(
      measureSummary(
        measure({ baseline: point(20, 20), latest: point(30, 30, 2), changePercent: -50, meaningful: false, meetsClaim: false }),
      ),
    ).toBe('ODI 20 → 30: 50% worse, not a meaningful improvement');
    expect(measureSummary(measure({ baseline: point(20, 20), latest: point(20, 20), hasFollowUp: false }))).toBe(
      'ODI 20: baseline only, no follow-up yet',
    );
  });
});
