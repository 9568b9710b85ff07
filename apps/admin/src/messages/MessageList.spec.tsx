// The outbox as staff read it: clinic-local send times, status chips with the reason, the text on its page.
import { render, screen, within } from '@testing-library/react';
import { Admin, Resource, TestMemoryRouter, memoryStore, type DataProvider } from 'react-admin';
import patients from '../patients';
import { createAuthProvider } from '../providers/authProvider';
import { signInAs } from '../test/renderAdmin';
import messages from '.';
import type { Message } from './record';

jest.mock('../shared/catalog', () => ({ useCatalog: () => ({ data: { clinic: { timezone: 'America/New_York' } } }) }));

const skipped: Message = {
  id: 'm1',
  patientId: 'p1',
  sessionId: 's1',
  kind: 'REMINDER',
  channel: 'SMS',
  to: '',
  subject: 'Your appointment tomorrow',
  text: 'Hello Alice,\nsee you tomorrow at 09:00.',
  sendAt: '2026-03-10T14:00:00.000Z', // 10:00 in New York (EDT)
  sentAt: null,
  status: 'SKIPPED',
  statusReason: 'No SMS consent',
  providerResult: null,
  attempts: 0,
  createdAt: '2026-03-09T14:00:00.000Z',
};

function renderAt(path: string) {
  const dataProvider = {
    getList: jest.fn().mockResolvedValue({ data: [skipped], total: 1 }),
    getOne: jest.fn().mockResolvedValue({ data: skipped }),
    getMany: jest.fn().mockResolvedValue({ data: [{ id: 'p1', name: 'Alice Martinez' }] }),
  };
  const authProvider = createAuthProvider({ login: () => Promise.reject(new Error('not in tests')), onLogout: () => undefined });
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <Admin disableTelemetry dataProvider={dataProvider as unknown as DataProvider} authProvider={authProvider} store={memoryStore()}>
        <Resource name="patients" {...patients} />
        <Resource name="messages" {...messages} />
      </Admin>
    </TestMemoryRouter>,
  );
}

describe('messages', () => {
  beforeEach(() => {
    localStorage.clear();
    signInAs('FRONT_DESK');
  });

  it('lists a skipped message with its clinic-local send time and reason', async () => {
    renderAt('/messages');
    const row = (await screen.findByText('Reminder')).closest('tr')!;
    expect(within(row).getByText('Tue 10 Mar 2026, 10:00')).toBeInTheDocument();
    expect(within(row).getByText('Skipped')).toBeInTheDocument();
    expect(within(row).getByText('No SMS consent')).toBeInTheDocument();
    expect(await within(row).findByText('Alice Martinez')).toBeInTheDocument();
  });

  it('opens the message text as sent', async () => {
    renderAt('/messages/m1/show');
    expect(await screen.findByRole('heading', { name: 'Your appointment tomorrow', level: 2 })).toBeInTheDocument();
    const text = screen.getByRole('region', { name: 'Message text' });
    expect(within(text).getByText(/see you tomorrow at 09:00/)).toBeInTheDocument();
    expect(screen.getByText('Attempts')).toBeInTheDocument();
  });
});
