// The outbox as staff read it: clinic-local send times, status chips with the reason, the text on its page.
import { render, screen, within } from '@testing-library/react';
import { Admin, Resource, TestMemoryRouter, memoryStore, type DataProvider } from 'react-admin';
import patients from '../patients';
import { createAuthProvider } from '../providers/authProvider';
import { signInAs } from '../test/renderAdmin';
import messages from '.';
import type { Message } from './record';

// The list's first render (filters, reference fields) can take over a second on a busy machine.
const SLOW = { timeout: 5000 };

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

const reminder: Message = {
  ...skipped,
  id: 'm2',
  channel: 'EMAIL',
  to: 'alice@example.com',
  status: 'SCHEDULED',
  statusReason: null,
  text: 'This is a reminder of your appointment.\n\nConfirm you are coming: http://localhost:3000/p/confirm?token=abc.def\nCancel: http://localhost:3000/p/cancel?token=ghi.jkl',
};

const invitation: Message = {
  ...skipped,
  id: 'm3',
  patientId: null,
  userId: 'u1',
  staffName: 'Tara Therapist',
  sessionId: null,
  kind: 'STAFF_INVITE',
  channel: 'EMAIL',
  to: 'tara@example.com',
  status: 'SENT',
  statusReason: null,
  subject: 'Owner invited you to Backtrack Physio on Backtrack',
  text: 'Hello Tara,\n\nSet your password: http://localhost:3000/p/staff-invite?token=abc.def',
};

function renderAt(path: string, record: Message = skipped) {
  const dataProvider = {
    getList: jest.fn().mockResolvedValue({ data: [record], total: 1 }),
    getOne: jest.fn().mockResolvedValue({ data: record }),
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
    const row = (await screen.findByText('Reminder', {}, SLOW)).closest('tr')!;
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
    expect(within(text).queryByRole('link')).not.toBeInTheDocument();
  });

  it('makes the links in the text followable, in a new tab', async () => {
    renderAt('/messages/m2/show', reminder);
    const text = await screen.findByRole('region', { name: 'Message text' });
    const confirm = await within(text).findByRole('link', { name: 'http://localhost:3000/p/confirm?token=abc.def' });
    expect(confirm).toHaveAttribute('href', 'http://localhost:3000/p/confirm?token=abc.def');
    expect(confirm).toHaveAttribute('target', '_blank');
    expect(confirm).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(text).getByRole('link', { name: 'http://localhost:3000/p/cancel?token=ghi.jkl' })).toBeInTheDocument();
    expect(within(text).getByText(/Confirm you are coming:/)).toBeInTheDocument();
    expect(within(text).getByText(/These links are the patient’s/)).toBeInTheDocument();
  });

  it('lists a staff invitation under the staff member’s name, without a patient', async () => {
    renderAt('/messages', invitation);
    const row = (await screen.findByText('Staff invitation', {}, SLOW)).closest('tr')!;
    expect(within(row).getByText('Tara Therapist')).toBeInTheDocument();
    expect(within(row).getByText('(staff)')).toBeInTheDocument();
    expect(within(row).getByText('tara@example.com')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Recipient' })).toBeInTheDocument();
  });

  it('opens a staff invitation with its link and who it is for', async () => {
    renderAt('/messages/m3/show', invitation);
    const text = await screen.findByRole('region', { name: 'Message text' });
    expect(within(text).getByRole('link', { name: 'http://localhost:3000/p/staff-invite?token=abc.def' })).toBeInTheDocument();
    expect(within(text).getByText(/This link is Tara Therapist’s/)).toBeInTheDocument();
    expect(screen.getByText('Staff member')).toBeInTheDocument();
  });

  it('filters the outbox by patient, kind, status and channel', async () => {
    renderAt('/messages');
    await screen.findByText('Reminder', {}, SLOW);
    for (const name of ['Patient', 'Kind', 'Status', 'Channel']) {
      expect(screen.getByRole('combobox', { name })).toBeInTheDocument();
    }
  });
});
