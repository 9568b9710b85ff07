import { render, within } from '@testing-library/react';
import { OutcomeChart } from './OutcomeChart';
import type { MeasureOutcome, OutcomePoint } from './api';

const at = (
  assessmentId: string,
  takenAt: string,
  sessionNumber: number,
  score: number,
  normalized: number,
  source: OutcomePoint['source'],
) => ({
  assessmentId,
  takenAt,
  sessionNumber,
  score,
  normalized,
  source,
});

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
  baseline: at('a1', '2026-09-27T12:50:00.000Z', 0, 44, 44, 'CLINICIAN_ENTERED'),
  latest: at('a3', '2026-11-01T12:50:00.000Z', 5, 18, 18, 'PATIENT_REPORTED'),
  series: [
    at('a1', '2026-09-27T12:50:00.000Z', 0, 44, 44, 'CLINICIAN_ENTERED'),
    at('a2', '2026-10-11T12:50:00.000Z', 2, 30, 30, 'CLINICIAN_ENTERED'),
    at('a3', '2026-11-01T12:50:00.000Z', 5, 18, 18, 'PATIENT_REPORTED'),
  ],
};

// NPRS 6 → 3 → 2, the last answered at home.
const nprs: MeasureOutcome = {
  ...odi,
  instrument: 'NPRS',
  domain: 'PAIN',
  claimTarget: 30,
  meaningfulTarget: 42,
  baseline: at('n1', '2026-09-27T12:50:00.000Z', 0, 6, 60, 'CLINICIAN_ENTERED'),
  latest: at('n3', '2026-11-01T12:50:00.000Z', 5, 2, 20, 'PATIENT_REPORTED'),
  series: [
    at('n1', '2026-09-27T12:50:00.000Z', 0, 6, 60, 'CLINICIAN_ENTERED'),
    at('n2', '2026-10-11T12:50:00.000Z', 2, 3, 30, 'CLINICIAN_ENTERED'),
    at('n3', '2026-11-01T12:50:00.000Z', 5, 2, 20, 'PATIENT_REPORTED'),
  ],
};

// PSFS mean 4 → 7 (10 = normal): normalized 60 → 30, the claim line at normalized 30 = 7 / 10.
const psfs: MeasureOutcome = {
  ...odi,
  instrument: 'PSFS',
  claimTarget: 30,
  meaningfulTarget: 42,
  baseline: at('p1', '2026-09-27T12:50:00.000Z', 0, 4, 60, 'CLINICIAN_ENTERED'),
  latest: at('p2', '2026-11-01T12:50:00.000Z', 5, 7, 30, 'CLINICIAN_ENTERED'),
  series: [
    at('p1', '2026-09-27T12:50:00.000Z', 0, 4, 60, 'CLINICIAN_ENTERED'),
    at('p2', '2026-11-01T12:50:00.000Z', 5, 7, 30, 'CLINICIAN_ENTERED'),
  ],
};

// The plot area: height 240 minus the top margin (16) and the x axis (30 by default, 36 by session).
function yOf(value: number, plotTop: number, plotHeight: number) {
  return plotTop + plotHeight * (1 - value / 100);
}

const yTicks = (container: HTMLElement) =>
  [...container.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((t) => t.textContent);

describe('OutcomeChart', () => {
  it.each(['time', 'session'] as const)('draws the baseline, the 50%% target and the 30%% band at their values (%s axis)', (xMode) => {
    const { container, getByText } = render(<OutcomeChart measure={odi} xMode={xMode} width={640} height={240} />);
    expect(getByText('Baseline 44%')).toBeInTheDocument();
    expect(getByText('50% target 22%')).toBeInTheDocument();
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

  it('plots one point per assessment, hollow where the patient answered by link', () => {
    const { container } = render(<OutcomeChart measure={odi} xMode="time" width={640} height={240} />);
    const dots = [...container.querySelectorAll('.recharts-line-dot')];
    expect(dots.map((d) => d.getAttribute('data-source'))).toEqual(['CLINICIAN_ENTERED', 'CLINICIAN_ENTERED', 'PATIENT_REPORTED']);
    expect(dots.map((d) => d.getAttribute('fill'))).toEqual([expect.not.stringMatching('#fff'), expect.not.stringMatching('#fff'), '#fff']);
  });

  it('says in its legend which points are patient-reported and which clinician-entered', () => {
    const { getByRole } = render(<OutcomeChart measure={odi} xMode="time" width={640} height={240} />);
    const legend = getByRole('list', { name: 'Point sources' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Clinician-entered', 'Patient-reported']);
  });

  it('leaves out of the legend a source the series does not have', () => {
    const { getByRole } = render(<OutcomeChart measure={psfs} xMode="time" width={640} height={240} />);
    expect(
      within(getByRole('list', { name: 'Point sources' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Clinician-entered']);
  });

  it('labels NPRS in its own units: 6 / 10 rather than 60', () => {
    const { container, getByText, getByRole } = render(<OutcomeChart measure={nprs} xMode="time" width={640} height={240} />);
    expect(getByText('Baseline 6 / 10')).toBeInTheDocument();
    expect(getByText('50% target 3 / 10')).toBeInTheDocument();
    expect(yTicks(container)).toEqual(['0', '2', '4', '6', '8', '10']);
    expect(getByRole('img', { name: /NPRS scores over time \(NPRS 0–10; higher is worse\)/ })).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/\b60\b/);
  });

  it('labels PSFS in its own units, 10 (normal) at the bottom since higher on the chart is worse', () => {
    const { container, getByText } = render(<OutcomeChart measure={psfs} xMode="time" width={640} height={240} />);
    expect(getByText('Baseline 4 / 10')).toBeInTheDocument();
    expect(getByText('50% target 7 / 10')).toBeInTheDocument();
    expect(yTicks(container)).toEqual(['10', '8', '6', '4', '2', '0']);
  });
});
