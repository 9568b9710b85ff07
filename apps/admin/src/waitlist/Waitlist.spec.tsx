// The wait list as the front desk uses it: who waits for what and when, offers on the entry's page, and the
// API's refusal of a window shown on the row it names.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { Admin, Resource, TestMemoryRouter, memoryStore, type DataProvider } from 'react-admin';
import { createAuthProvider } from '../providers/authProvider';
import { fromGraphQLError } from '../providers/graphqlErrors';
import { signInAs } from '../test/renderAdmin';
import waitlist from '.';
import type { WaitlistEntry } from './record';

jest.mock('../shared/catalog', () => ({ useCatalog: () => ({ data: { clinic: { timezone: 'America/New_York' } } }) }));

const entry: WaitlistEntry = {
  id: 'w1',
  patientId: 'p1',
  serviceTypeId: 'st1',
  therapistId: null,
  windows: [
    { weekday: 3, startTime: '14:00', endTime: '18:00' },
    { weekday: 1, startTime: '09:00', endTime: '12:00' },
  ],
  earliestDate: '2026-03-02',
  latestDate: null,
  notes: '',
  status: 'WAITING',
  sessionId: null,
  offers: [
    {
      id: 'o2',
      startsAt: '2026-03-11T18:00:00.000Z', // 14:00 in New York (EDT)
      therapistId: 't1',
      status: 'OPEN',
      messageId: 'm2',
      sessionId: null,
      claimedAt: null,
      createdAt: '2026-03-10T12:00:00.000Z',
    },
    {
      id: 'o1',
      startsAt: '2026-03-04T14:00:00.000Z', // 09:00 in New York (EST)
      therapistId: 't1',
      status: 'EXPIRED',
      messageId: 'm1',
      sessionId: null,
      claimedAt: null,
      createdAt: '2026-03-03T12:00:00.000Z',
    },
  ],
  createdAt: '2026-03-01T12:00:00.000Z',
};

const NAMES: Record<string, Record<string, unknown>> = {
  patients: { id: 'p1', name: 'Alice Martinez' },
  'service-types': { id: 'st1', name: 'Deep tissue 60' },
  therapists: { id: 't1', displayName: 'Maya Chen' },
};

function renderAt(path: string, overrides: Partial<DataProvider> = {}) {
  const dataProvider = {
    getList: jest.fn((resource: string) =>
      Promise.resolve(resource === 'waitlist' ? { data: [entry], total: 1 } : { data: [NAMES[resource]], total: 1 }),
    ),
    getOne: jest.fn().mockResolvedValue({ data: entry }),
    getMany: jest.fn((resource: string) => Promise.resolve({ data: [NAMES[resource]] })),
    ...overrides,
  };
  const authProvider = createAuthProvider({ login: () => Promise.reject(new Error('not in tests')), onLogout: () => undefined });
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <Admin disableTelemetry dataProvider={dataProvider as unknown as DataProvider} authProvider={authProvider} store={memoryStore()}>
        <Resource name="patients" />
        <Resource name="service-types" />
        <Resource name="therapists" />
        <Resource name="messages" show={() => <p>Message page</p>} />
        <Resource name="waitlist" {...waitlist} />
      </Admin>
    </TestMemoryRouter>,
  );
  return dataProvider;
}

describe('wait list', () => {
  beforeEach(() => {
    localStorage.clear();
    signInAs('FRONT_DESK');
  });

  it('lists the oldest entry first with its windows, any therapist and the last offer', async () => {
    const dataProvider = renderAt('/waitlist');
    const row = (await screen.findByText('Mon 09:00–12:00, Wed 14:00–18:00', {}, { timeout: 5000 })).closest('tr')!;
    expect(within(row).getByText('From 2 Mar 2026')).toBeInTheDocument();
    expect(within(row).getByText('Any')).toBeInTheDocument();
    expect(within(row).getByText('Waiting')).toBeInTheDocument();
    expect(within(row).getByText('Offered')).toBeInTheDocument(); // the newest offer, still open
    expect(await within(row).findByText('Alice Martinez')).toBeInTheDocument();
    expect(dataProvider.getList).toHaveBeenCalledWith('waitlist', expect.objectContaining({ sort: { field: 'createdAt', order: 'ASC' } }));
  });

  it('shows the offers in clinic time, each linked to its message', async () => {
    renderAt('/waitlist/w1/show');
    const offers = await screen.findByRole('table', { name: 'Offers' });
    const rows = within(offers).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('Wed 11 Mar 2026, 14:00')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Wed 4 Mar 2026, 09:00')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Expired')).toBeInTheDocument();
    expect(within(rows[0]).getByRole('link', { name: 'Message' })).toHaveAttribute('href', '/messages/m2/show');
  });

  it('asks before removing an entry', async () => {
    const deleteFn = jest.fn().mockResolvedValue({ data: entry });
    renderAt('/waitlist/w1/show', { delete: deleteFn });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove from wait list' }));
    expect(await screen.findByText('Remove from the wait list?')).toBeInTheDocument();
    expect(deleteFn).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await screen.findByText('Mon 09:00–12:00, Wed 14:00–18:00'); // back on the list
    expect(deleteFn).toHaveBeenCalledWith('waitlist', expect.objectContaining({ id: 'w1' }));
  });

  it("shows the API's refusal of a window on the row it names", async () => {
    const message = 'input.windows[1].endTime: Outside the clinic hours';
    const create = jest.fn().mockRejectedValue(
      fromGraphQLError({
        message,
        extensions: { code: 'BAD_USER_INPUT', issues: [{ field: 'input.windows[1].endTime', message: 'Outside the clinic hours' }] },
      }),
    );
    const prefill = {
      patientId: 'p1',
      serviceTypeId: 'st1',
      windows: [
        { weekday: 1, startTime: '09:00', endTime: '12:00' },
        { weekday: 2, startTime: '20:00', endTime: '23:00' },
      ],
    };
    renderAt(`/waitlist/create?source=${encodeURIComponent(JSON.stringify(prefill))}`, { create });
    fireEvent.click(await screen.findByRole('button', { name: 'Add to wait list' }));
    expect(await screen.findByText('Outside the clinic hours')).toBeInTheDocument();
    expect(create).toHaveBeenCalledWith(
      'waitlist',
      expect.objectContaining({
        data: {
          input: {
            patientId: 'p1',
            serviceTypeId: 'st1',
            windows: [
              { weekday: 1, startTime: '09:00', endTime: '12:00' },
              { weekday: 2, startTime: '20:00', endTime: '23:00' },
            ],
          },
        },
      }),
    );
    // On the second row's end time, not the first's.
    const ends = screen.getAllByLabelText(/^To/);
    expect(ends[1]).toHaveAttribute('aria-invalid', 'true');
    expect(ends[0]).toHaveAttribute('aria-invalid', 'false');
  });
});
