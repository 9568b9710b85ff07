// Which roles get the clinical record on the patient page (PRODUCT.md section 1).
import { fireEvent, screen, within } from '@testing-library/react';
import type { GetListParams } from 'react-admin';
import type { Patient } from '../patients/choices';
import type { QuestionnaireRequest } from '../questionnaires/record';
import { renderAdmin, signInAs } from '../test/renderAdmin';

jest.mock('./api', () => ({
  ...jest.requireActual('./api'),
  fetchEpisodes: jest.fn().mockResolvedValue([]),
}));
jest.mock('../outcomes/api', () => ({
  fetchPatientOutcomes: jest.fn().mockResolvedValue({ patientId: 'p1', episode: null, measures: [] }),
}));

const alice: Patient = {
  id: 'p1',
  firstName: 'Alice',
  lastName: 'Martinez',
  name: 'Alice Martinez',
  dateOfBirth: '1978-04-12',
  email: null,
  phone: null,
  preferredChannel: null,
  emailConsent: false,
  smsConsent: false,
  complaintRegion: 'LOWER_BACK',
  clearanceStatus: 'NOT_SCREENED',
  notes: '',
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
};

const dataProvider = () => ({
  getOne: jest.fn().mockResolvedValue({ data: alice }),
  getList: jest.fn().mockResolvedValue({ data: [alice], total: 1 }),
  getMany: jest.fn().mockResolvedValue({ data: [alice] }),
});

const DAY = 24 * 3_600_000;
const asked = (fields: Partial<QuestionnaireRequest> & Pick<QuestionnaireRequest, 'id'>): QuestionnaireRequest => ({
  patientId: 'p1',
  episodeId: 'e1',
  occasion: 'PROGRESS',
  sequence: 4,
  instruments: ['ODI', 'NPRS'],
  sendAt: new Date(Date.now() - 2 * DAY).toISOString(),
  expiresAt: new Date(Date.now() + 5 * DAY + 3_600_000).toISOString(),
  status: 'PENDING',
  statusReason: null,
  answeredAt: null,
  createdAt: new Date(Date.now() - 2 * DAY).toISOString(),
  ...fields,
});

describe('clinical record on the patient page', () => {
  beforeEach(() => localStorage.clear());

  it.each(['OWNER', 'THERAPIST'] as const)('is offered to %s as tabs', async (role) => {
    signInAs(role);
    renderAdmin('/patients/p1/show', dataProvider());
    await screen.findByRole('heading', { name: 'Alice Martinez', level: 2 });
    for (const tab of ['Outcomes', 'Assessments', 'Sessions & notes', 'Episodes', 'Screening & clearance']) {
      expect(await screen.findByRole('tab', { name: tab })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Record assessment' })).toBeInTheDocument();
    expect(await screen.findByText(/No assessments in this episode yet/)).toBeInTheDocument();
  });

  it('is never offered to the front desk, who may still record a screening', async () => {
    signInAs('FRONT_DESK');
    renderAdmin('/patients/p1/show', dataProvider());
    await screen.findByRole('heading', { name: 'Alice Martinez', level: 2 });
    expect(await screen.findByRole('button', { name: 'Record screening' })).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record assessment' })).not.toBeInTheDocument();
    expect(screen.queryByText(/score|outcome/i)).not.toBeInTheDocument();
  });

  it('shows a therapist which questionnaires came back from home and which are still awaited', async () => {
    signInAs('THERAPIST');
    const requests = [
      asked({ id: 'q2' }),
      asked({
        id: 'q1',
        occasion: 'BASELINE',
        sequence: 0,
        sendAt: '2026-01-02T15:00:00.000Z',
        expiresAt: '2026-01-05T15:00:00.000Z',
        status: 'ANSWERED',
        answeredAt: '2026-01-03T01:30:00.000Z',
      }),
    ];
    const provider = dataProvider();
    provider.getList.mockImplementation((resource: string) =>
      Promise.resolve(resource === 'questionnaires' ? { data: requests, total: 2 } : { data: [alice], total: 1 }),
    );
    renderAdmin('/patients/p1/show', provider);
    fireEvent.click(await screen.findByRole('tab', { name: 'Questionnaires' }));

    const panel = await screen.findByRole('region', { name: 'Questionnaires at home' });
    expect(await within(panel).findByText('1 answered at home · 1 waiting for an answer')).toBeInTheDocument();
    const waiting = within(panel).getByText('After 4 sessions').closest('tr')!;
    expect(within(waiting).getByText('Waiting')).toBeInTheDocument();
    expect(within(waiting).getByText('closes in 5 days')).toBeInTheDocument();
    const answered = within(panel).getByText('Before first visit').closest('tr')!;
    expect(within(answered).getByText('Answered')).toBeInTheDocument();
    expect(provider.getList).toHaveBeenCalledWith(
      'questionnaires',
      expect.objectContaining<Partial<GetListParams>>({ filter: { patientId: 'p1' }, sort: { field: 'sendAt', order: 'DESC' } }),
    );
  });
});
