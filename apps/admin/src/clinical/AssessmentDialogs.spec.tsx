import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { AssessmentHistoryDialog } from './AssessmentDialogs';
import { fetchAssessmentHistory, type Assessment, type AssessmentVersion } from './api';

jest.mock('./api', () => ({ ...jest.requireActual('./api'), fetchAssessmentHistory: jest.fn() }));

const version = (v: number, responses: number[], activities: string[]): Assessment => ({
  id: `a${v}`,
  rootId: 'a1',
  version: v,
  isLatest: v === 2,
  instrument: 'PSFS',
  domain: 'FUNCTION',
  responses,
  activities,
  score: responses.reduce((s, r) => s + r, 0) / responses.length,
  normalized: 0,
  band: null,
  takenAt: '2026-01-05T10:00:00.000Z',
  createdAt: `2026-01-0${4 + v}T10:00:00.000Z`,
  amendReason: v === 1 ? null : 'Patient renamed an activity',
  episodeId: 'e1',
  sessionId: null,
  recordedById: 'u1',
  source: 'CLINICIAN_ENTERED',
});
const by = (a: Assessment, name: string, role: string): AssessmentVersion => ({ ...a, recordedBy: { id: `u-${name}`, name, role } });

describe('assessment history', () => {
  it('shows each PSFS version with its own activity names', async () => {
    jest
      .mocked(fetchAssessmentHistory)
      .mockResolvedValue([
        by(version(1, [2, 3, 4], ['Lifting my toddler', 'Gardening', 'Sitting through a work meeting']), 'Tess Therapist', 'THERAPIST'),
        by(version(2, [2, 3, 5], ['Lifting my toddler', 'Weeding the garden', 'Sitting through a work meeting']), 'Olga Owner', 'OWNER'),
      ]);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <AssessmentHistoryDialog assessment={version(2, [2, 3, 5], [])} onClose={() => undefined} />
      </QueryClientProvider>,
    );
    const rows = within(await screen.findByRole('table', { name: 'Versions' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Lifting my toddler: 2 · Gardening: 3 · Sitting through a work meeting: 4');
    expect(rows[2]).toHaveTextContent('Lifting my toddler: 2 · Weeding the garden: 3 · Sitting through a work meeting: 5');
  });

  it('names who entered each version, and the patient for one answered by link', async () => {
    jest
      .mocked(fetchAssessmentHistory)
      .mockResolvedValue([
        { ...version(1, [2, 3, 4], ['A', 'B', 'C']), source: 'PATIENT_REPORTED', recordedById: null, recordedBy: null },
        by(version(2, [2, 3, 5], ['A', 'B', 'C']), 'Tess Therapist', 'THERAPIST'),
      ]);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <AssessmentHistoryDialog assessment={version(2, [2, 3, 5], [])} onClose={() => undefined} />
      </QueryClientProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Versions' });
    expect(within(table).getByRole('columnheader', { name: 'By' })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('The patient, by link');
    expect(rows[2]).toHaveTextContent('Tess Therapist (Therapist)');
    expect(rows[2]).toHaveTextContent('Patient renamed an activity');
  });
});
