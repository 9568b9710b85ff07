// Which roles get the clinical record on the patient page (PRODUCT.md section 1).
import { screen } from '@testing-library/react';
import type { Patient } from '../patients/choices';
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
});
