import { render } from '@testing-library/react';
import { OutcomeChart } from './OutcomeChart';
import type { MeasureOutcome } from './api';

const odi: MeasureOutcome = {
  instrument: 'ODI',
  domain: 'FUNCTION',
  hasFollowUp: true,
  changePoints: 26,
  changePercent: 59.09,
  meaningful: true,
  meetsClaim: true,
  claimTarget: 22,
  meaningfulTarget: 30.8,
  baseline: { assessmentId: 'a1', takenAt: '2026-09-27T12:50:00.000Z', sessionNumber: 0, score: 44, normalized: 44 },
  latest: { assessmentId: 'a3', takenAt: '2026-11-01T12:50:00.000Z', sessionNumber: 5, score: 18, normalized: 18 },
  series: [
    { assessmentId: 'a1', takenAt: '2026-09-27T12:50:00.000Z', sessionNumber: 0, score: 44, normalized: 44 },
    { assessmentId: 'a2', takenAt: '2026-10-11T12:50:00.000Z', sessionNumber: 2, score: 30, normalized: 30 },
    { assessmentId: 'a3', takenAt: '2026-11-01T12:50:00.000Z', sessionNumber: 5, score: 18, normalized: 18 },
  ],
};

// The plot area: height 240 minus the top margin (16) and the x axis (30 by default, 36 by session).
function yOf(value: number, plotTop: number, plotHeight: number) {
  return plotTop + plotHeight * (1 - value / 100);
}

describe('OutcomeChart', () => {
  it.each(['time', 'session'] as const)('draws the baseline, the 50%% target and the 30%% band at their values (%s axis)', (xMode) => {
    const { container, getByText } = render(<OutcomeChart measure={odi} xMode={xMode} width={640} height={240} />);
    expect(getByText('Baseline 44')).toBeInTheDocument();
    expect(getByText('50% target 22')).toBeInTheDocument();
    expect(getByText('30–50% better')).toBeInTheDocument();

    const baseline = container.querySelector('.ref-baseline line, line.ref-baseline') as SVGLineElement;
    const claim = container.querySelector('.ref-claim line, line.ref-claim') as SVGLineElement;
    const band = container.querySelector('.ref-band path, path.ref-band, .ref-band rect') as SVGElement;
    expect(baseline).toBeTruthy();
    expect(claim).toBeTruthy();
    expect(band).toBeTruthy();

    const plotTop = 16;
    const plotHeight = 240 - 16 - 4 - (xMode === 'session' ? 36 : 30);
    expect(Number(baseline.getAttribute('y1'))).toBeCloseTo(yOf(44, plotTop, plotHeight), 0);
    expect(Number(claim.getAttribute('y1'))).toBeCloseTo(yOf(22, plotTop, plotHeight), 0);
  });

  it('plots one point per assessment', () => {
    const { container } = render(<OutcomeChart measure={odi} xMode="time" width={640} height={240} />);
    expect(container.querySelectorAll('.recharts-line-dot, .recharts-line-dots circle').length).toBeGreaterThanOrEqual(3);
  });
});
