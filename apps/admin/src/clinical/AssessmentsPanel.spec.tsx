import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { AssessmentsPanel } from './AssessmentsPanel';
import { fetchAssessments, type Assessment } from './api';

jest.mock('./api', () => ({ ...jest.requireActual('./api'), fetchAssessments: jest.fn() }));

const nprs = (id: string, score: number, source: Assessment['source'], takenAt: string): Assessment => ({
  id,
  rootId: id,
  version: 1,
  isLatest: true,
  instrument: 'NPRS',
  domain: 'PAIN',
  responses: [score],
  activities: [],
  score,
  normalized: score * 10,
  band: null,
  takenAt,
  createdAt: takenAt,
  amendReason: null,
  episodeId: 'e1',
  sessionId: null,
  recordedById: source === 'PATIENT_REPORTED' ? null : 'u1',
  source,
});

describe('assessments panel', () => {
  it('says which scores the patient answered at home and which staff entered', async () => {
    jest
      .mocked(fetchAssessments)
      .mockResolvedValue([
        nprs('a2', 3, 'PATIENT_REPORTED', '2026-02-02T10:00:00.000Z'),
        nprs('a1', 7, 'CLINICIAN_ENTERED', '2026-01-05T10:00:00.000Z'),
      ]);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <AssessmentsPanel patientId="p1" onChanged={() => undefined} />
      </QueryClientProvider>,
    );
    const rows = within(await screen.findByRole('table', { name: 'Assessments' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => within(r).getByTestId('assessment-source').textContent)).toEqual(['Patient-reported', 'Clinician-entered']);
    expect(rows[0]).toHaveTextContent('3 / 10');
  });
});
