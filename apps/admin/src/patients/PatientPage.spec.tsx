import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../providers/graphqlErrors';
import { callQuery } from '../providers/graphqlClient';
import { renderAdmin, signInAs } from '../test/renderAdmin';
import type { PatientSession, PatientWaitlistEntry } from './api';
import type { Patient } from './choices';

jest.mock('../providers/graphqlClient', () => ({
  ...jest.requireActual('../providers/graphqlClient'),
  callQuery: jest.fn(),
}));
// The clinical half of the page has its own tests; here it must not reach for the network.
jest.mock('../clinical', () => ({ ClinicalTabs: () => null, RecordScreeningButton: () => null }));

const alice: Patient = {
  id: 'p1',
  firstName: 'Alice',
  lastName: 'Martinez',
  name: 'Alice Martinez',
  dateOfBirth: '1978-04-12',
  email: 'alice@example.com',
  phone: '+12025550101',
  preferredChannel: null,
  emailConsent: true,
  smsConsent: false,
  complaintRegion: 'LOWER_BACK',
  clearanceStatus: 'NOT_REQUIRED',
  notes: '',
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
};

const dataProvider = { getOne: jest.fn().mockResolvedValue({ data: alice }) };

function session(id: string, startsAt: string, overrides: Partial<PatientSession> = {}): PatientSession {
  return {
    id,
    startsAt,
    endsAt: new Date(new Date(startsAt).getTime() + 60 * 60_000).toISOString(),
    status: 'BOOKED',
    lateCancel: false,
    cancelReason: null,
    confirmedAt: null,
    seriesId: null,
    notes: '',
    therapist: { id: 't1', displayName: 'Maya Chen' },
    serviceType: { id: 's1', name: 'Deep tissue massage (60 min)' },
    room: { id: 'r1', name: 'Cedar room' },
    ...overrides,
  };
}

const HOUR = 60 * 60_000;
const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * HOUR).toISOString();
// In progress: started half an hour ago, ends in half an hour; the API returns it in both lists.
const inProgress = session('now', at(-0.5), { status: 'CHECKED_IN' });
const nextWeek = session('next', '2030-03-12T14:00:00.000Z', { confirmedAt: '2030-03-10T09:00:00.000Z', seriesId: 'ser1' });
const lastWeek = session('last', '2026-03-03T15:00:00.000Z', { status: 'COMPLETED', room: null });
const cancelled = session('cxl', '2026-02-24T15:00:00.000Z', {
  status: 'CANCELLED',
  lateCancel: true,
  cancelReason: 'Flu',
  therapist: { id: 't2', displayName: 'Sam Okafor' },
});

const entry: PatientWaitlistEntry = {
  id: 'w1',
  status: 'WAITING',
  createdAt: '2026-03-01T10:00:00.000Z',
  earliestDate: '2026-03-02',
  latestDate: '2026-04-30',
  notes: '',
  windows: [{ weekday: 3, startTime: '14:00', endTime: '18:00' }],
  serviceType: { id: 's1', name: 'Deep tissue massage (60 min)' },
  therapist: null,
  offers: [{ id: 'o1', status: 'EXPIRED', startsAt: '2026-03-04T15:00:00.000Z' }],
};

const mockedCallQuery = callQuery as jest.Mock;
// The admin's documents are strings (codegen documentMode "string"): the operation is named in the text.
type Document = { toString(): string };
const operationOf = (document: Document) => /(?:query|mutation) (\w+)/.exec(document.toString())?.[1] ?? '';

function answer({ waitlist = [entry] as PatientWaitlistEntry[] | Error } = {}) {
  mockedCallQuery.mockImplementation(async (document: Document, variables: { pastCount?: number }) => {
    switch (operationOf(document)) {
      case 'PatientRecordSessions': {
        const past = [inProgress, lastWeek, cancelled].slice(0, variables.pastCount);
        return {
          clinicSettings: { id: 'c1', timezone: 'America/New_York' },
          upcoming: [inProgress, nextWeek],
          past,
          pastMeta: { count: 3 },
        };
      }
      case 'PatientRecordWaitlist':
        if (waitlist instanceof Error) throw waitlist;
        return { allWaitlistEntries: waitlist };
      default:
        throw new Error(`unexpected ${operationOf(document)}`);
    }
  });
}

const items = (section: HTMLElement) =>
  within(section)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('patient page: sessions and wait list', () => {
  beforeEach(() => mockedCallQuery.mockReset());

  it('shows the front desk upcoming and past sessions in the clinic’s zone, with status, and the wait list', async () => {
    signInAs('FRONT_DESK');
    answer();
    renderAdmin('/patients/p1/show', dataProvider);

    const upcoming = await screen.findByRole('list', { name: 'Upcoming' });
    // 14:00Z on 12 March 2030 is 10:00 in New York (daylight time since 10 March).
    expect(items(upcoming)[1]).toBe('Tue 12 Mar 203010:00–11:00Deep tissue massage (60 min) · with Maya Chen · Cedar roomConfirmedBooked');
    expect(within(upcoming).getByLabelText('Part of a series')).toBeInTheDocument();
    expect(items(upcoming)[0]).toContain('Checked in');

    const past = screen.getByRole('list', { name: 'Past' });
    // The session in progress is listed once, with the upcoming ones, and not counted as past.
    expect(items(past)).toEqual([
      'Tue 3 Mar 202610:00–11:00Deep tissue massage (60 min) · with Maya ChenCompleted',
      'Tue 24 Feb 202610:00–11:00Deep tissue massage (60 min) · with Sam Okafor · Cedar roomReason: FluCancelled late',
    ]);
    expect(screen.getByText('Times in America/New York')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /show earlier sessions/i })).not.toBeInTheDocument();

    const waitlist = await screen.findByRole('list', { name: 'Wait list' });
    expect(items(waitlist)).toEqual([
      'Deep tissue massage (60 min)WaitingAny therapist · Wed 14:00–18:002 Mar 2026 – 30 Apr 2026Last offer: expired',
    ]);
    expect(within(waitlist).getByRole('link', { name: 'Deep tissue massage (60 min)' })).toHaveAttribute('href', '/waitlist/w1/show');
    expect(screen.getByRole('link', { name: 'Add to wait list' })).toHaveAttribute('href', '/waitlist/create');
    expect(mockedCallQuery).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ patientId: 'p1', pastCount: 5 }));
  });

  it('loads earlier sessions on request', async () => {
    const user = userEvent.setup();
    signInAs('OWNER');
    mockedCallQuery.mockImplementation(async (document: Document, variables: { pastCount?: number }) => {
      if (operationOf(document) === 'PatientRecordWaitlist') return { allWaitlistEntries: [] };
      const past = Array.from({ length: 25 }, (_, i) =>
        session(`p${i}`, new Date(Date.UTC(2025, 0, 31 - i, 15)).toISOString(), { status: 'COMPLETED' }),
      );
      return {
        clinicSettings: { id: 'c1', timezone: 'UTC' },
        upcoming: [],
        past: past.slice(0, variables.pastCount),
        pastMeta: { count: 25 },
      };
    });
    renderAdmin('/patients/p1/show', dataProvider);

    const past = await screen.findByRole('list', { name: 'Past' });
    expect(items(past)).toHaveLength(5);
    expect(screen.getByText('Nothing booked ahead.')).toBeInTheDocument();
    expect(await screen.findByText(/Not on the wait list/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show earlier sessions (20 more)' }));
    await waitFor(() => expect(items(screen.getByRole('list', { name: 'Past' }))).toHaveLength(25));
    expect(screen.queryByRole('button', { name: /show earlier sessions/i })).not.toBeInTheDocument();
  });

  it('shows a therapist the sessions but not the wait list, which the API refuses them', async () => {
    signInAs('THERAPIST');
    answer();
    renderAdmin('/patients/p1/show', dataProvider);
    expect(await screen.findByRole('list', { name: 'Upcoming' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Wait list' })).not.toBeInTheDocument();
    expect(mockedCallQuery.mock.calls.map(([document]) => operationOf(document))).not.toContain('PatientRecordWaitlist');
  });

  it('says why the wait list could not be read, and still shows the sessions', async () => {
    signInAs('FRONT_DESK');
    answer({ waitlist: new ApiError('Cannot reach the Backtrack server. Check your connection and try again.', 'NETWORK_ERROR') });
    renderAdmin('/patients/p1/show', dataProvider);
    const section = await screen.findByRole('region', { name: 'Wait list' });
    // react-query retries a failed read three times (1 s, 2 s, 4 s) before it shows the error.
    expect(await within(section).findByText(/Cannot reach the Backtrack server/, {}, { timeout: 12_000 })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Past' })).toBeInTheDocument();
  }, 30_000);
});
