// The clinic outcome figures as the owner reads them: each with its n, the capture rate and the
// questionnaires beside the change, the API's sentence per instrument, and cautions on small groups.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { fetchClinicOutcomes, fetchTherapistChoices, type OutcomeStats } from './api';
import { claimChartData } from './ClaimChart';
import { ClinicOutcomesPanel } from './ClinicOutcomesPanel';

jest.mock('./api', () => ({ fetchClinicOutcomes: jest.fn(), fetchTherapistChoices: jest.fn() }));

const stats = (s: Partial<OutcomeStats>): OutcomeStats => ({
  instrument: 'ODI',
  episodes: 5,
  withFollowUp: 3,
  dropouts: 2,
  captureRate: 0.6,
  changeN: 3,
  meanChangePercent: 41.7,
  medianChangePercent: 40,
  ci95Low: null,
  ci95High: null,
  completers: { meaningfulShare: 2 / 3, claimShare: 1 / 3 },
  intentionToTreat: { meaningfulShare: 2 / 5, claimShare: 1 / 5 },
  requested: 6,
  answered: 4,
  medianResponseHours: 18,
  summary:
    'Average ODI improvement 42% (n = 3, 60% of episodes followed up): too few to estimate a 95% CI (fewer than 5) or to judge the 50% claim.',
  caution: null,
  ...s,
});

const ndi = stats({
  instrument: 'NDI',
  episodes: 0,
  withFollowUp: 0,
  dropouts: 0,
  captureRate: null,
  changeN: 0,
  meanChangePercent: null,
  medianChangePercent: null,
  completers: { meaningfulShare: null, claimShare: null },
  intentionToTreat: { meaningfulShare: null, claimShare: null },
  requested: 2,
  answered: 0,
  medianResponseHours: null,
  summary: 'No NDI episodes with a baseline: nothing to report yet.',
});

const summary = {
  claim: 'regular massage lessens chronic back pain severity by an average of 50%',
  statement: 'These figures are observational data from this clinic, with no comparison group.',
  reference: {
    citation: 'Cherkin DC et al.',
    title: 'A trial',
    design: 'RCT',
    participants: 401,
    sessions: '10 weekly sessions',
    finding: '2.5–2.9',
  },
  measures: [stats({}), ndi],
  byTherapist: [
    {
      therapistId: 't1',
      therapistName: 'Maya Chen',
      measures: [stats({ episodes: 4, withFollowUp: 3, caution: 'Only 3 episodes with a follow-up (fewer than 5): too few to compare.' })],
    },
    {
      therapistId: 't2',
      therapistName: 'Sam Okafor',
      measures: [stats({ episodes: 9, withFollowUp: 7, changeN: 7, ci95Low: 12.4, ci95High: 61.2 })],
    },
  ],
  byModality: [],
};

function renderPanel() {
  jest.mocked(fetchClinicOutcomes).mockResolvedValue(summary as Awaited<ReturnType<typeof fetchClinicOutcomes>>);
  jest.mocked(fetchTherapistChoices).mockResolvedValue([]);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ClinicOutcomesPanel />
    </QueryClientProvider>,
  );
}

describe('ClinicOutcomesPanel', () => {
  it('says each instrument in one plain sentence from the API', async () => {
    renderPanel();
    expect(await screen.findByTestId('outcome-summary-ODI')).toHaveTextContent(summary.measures[0]!.summary);
    expect(screen.getByTestId('outcome-summary-NDI')).toHaveTextContent('No NDI episodes with a baseline: nothing to report yet.');
  });

  it('shows every figure with its n, the capture rate and the questionnaires beside the change', async () => {
    renderPanel();
    const table = await screen.findByRole('table', { name: 'Outcomes by instrument' });
    const odi = table.querySelector('tr[data-row="ODI"]') as HTMLElement;
    const cells = within(odi)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual([
      'ODI',
      '5',
      '60%3 of 5, 2 dropouts',
      '42%too few to estimate (n = 3)',
      '40%n = 3',
      '33%1 of 3',
      '20%1 of 5',
      '67%2 of 3',
      '40%2 of 5',
      '4 of 6 answeredmedian 18 h',
    ]);
    // Asked for but never answered: a row, with no share of nothing.
    const ndiRow = table.querySelector('tr[data-row="NDI"]') as HTMLElement;
    expect(ndiRow).toHaveTextContent('no baseline');
    expect(ndiRow).toHaveTextContent('0 of 2 answerednone answered yet');
    expect(within(ndiRow).getAllByText('n = 0').length).toBeGreaterThan(0);
  });

  it('cautions a breakdown with a small group, on a line under the group’s row and above the table', async () => {
    renderPanel();
    const byTherapist = await screen.findByRole('region', { name: 'By therapist' });
    expect(within(byTherapist).getByTestId('breakdown-caution')).toHaveTextContent('Compare with care: 1 of 2 groups below is too small');
    // The caution is the line under the group's row.
    const cautions = within(byTherapist).getAllByTestId('group-caution');
    expect(cautions.map((c) => c.textContent)).toEqual(['Maya Chen: Only 3 episodes with a follow-up (fewer than 5): too few to compare.']);
    expect(cautions[0]!.closest('tr')!.previousElementSibling).toHaveAttribute('data-row', 't1-ODI');
    const sam = byTherapist.querySelector('tr[data-row="t2-ODI"]') as HTMLElement;
    expect(sam.nextElementSibling).toBeNull();
    expect(sam).toHaveTextContent('95% CI 12–61%, n = 7');
  });
});

describe('claimChartData', () => {
  it('labels each bar with its count of n, and has no bar for a share of nothing', () => {
    expect(
      claimChartData([
        stats({}),
        ndi,
        stats({ instrument: 'NPRS', withFollowUp: 0, completers: { meaningfulShare: null, claimShare: null } }),
      ]),
    ).toEqual([
      {
        instrument: 'ODI',
        Completers: 33,
        'Intention to treat': 20,
        completersOf: '1 of 3',
        ittOf: '1 of 5',
        completersBar: '1/3',
        ittBar: '1/5',
      },
      {
        instrument: 'NPRS',
        Completers: null,
        'Intention to treat': 20,
        completersOf: 'n = 0',
        ittOf: '1 of 5',
        completersBar: 'n = 0',
        ittBar: '1/5',
      },
    ]);
  });
});
