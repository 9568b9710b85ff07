// Patients confirm through the link in a reminder: the schedule marks confirmed sessions, and the
// session drawer says when, and lists the session's messages for those who may read them.
import { render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, TestMemoryRouter, memoryStore, type AuthProvider, type DataProvider } from 'react-admin';
import type { Message } from '../messages/record';
import type { Role } from '../providers/session';
import type { ClinicSettings } from '../shared/catalog';
import type { Session } from './api';
import { ScheduleGrid, type GridColumn } from './ScheduleGrid';
import { SessionDrawer } from './SessionDrawer';

// 8 December 2026: New York is UTC-5, so 14:00Z is 09:00 at the clinic.
const clinic: ClinicSettings = {
  id: 'c1',
  name: 'Riverside',
  timezone: 'America/New_York',
  slotStepMinutes: 15,
  minimumNoticeMinutes: 60,
  lateCancelWindowHours: 24,
  checkInWindowMinutes: 60,
};

const session: Session = {
  id: 'sess-1',
  startsAt: '2026-12-08T14:00:00.000Z',
  endsAt: '2026-12-08T15:00:00.000Z',
  blockedUntil: '2026-12-08T15:00:00.000Z',
  status: 'BOOKED',
  notes: '',
  seriesId: null,
  lateCancel: false,
  cancelReason: null,
  overrideReason: null,
  confirmedAt: '2026-12-07T23:12:00.000Z', // 18:12 the evening before, clinic time
  patient: { id: 'p1', name: 'Alice Martinez', dateOfBirth: '1978-04-12', complaintRegion: 'LOWER_BACK', clearanceStatus: 'NOT_REQUIRED' },
  therapist: { id: 't1', userId: 'u1', displayName: 'Maya Chen' },
  serviceType: { id: 's1', name: 'Deep tissue (60 min)', modality: 'DEEP_TISSUE', durationMinutes: 60, bufferMinutes: 0 },
  room: null,
};

const message = (overrides: Partial<Message>): Message => ({
  id: 'm1',
  patientId: 'p1',
  sessionId: 'sess-1',
  kind: 'REMINDER',
  channel: 'EMAIL',
  to: 'alice@example.com',
  subject: 'Reminder',
  text: 'See you soon',
  sendAt: '2026-12-06T14:00:00.000Z',
  sentAt: null,
  status: 'SCHEDULED',
  statusReason: null,
  providerResult: null,
  attempts: 0,
  createdAt: '2026-12-01T10:00:00.000Z',
  ...overrides,
});

const sent = message({ id: 'm1', status: 'SENT', sendAt: '2026-12-06T14:00:00.000Z', sentAt: '2026-12-06T14:00:05.000Z' });
const skipped = message({
  id: 'm2',
  channel: 'SMS',
  to: '',
  status: 'SKIPPED',
  statusReason: 'No SMS consent',
  sendAt: '2026-12-08T13:00:00.000Z',
});

const authAs = (role: Role): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getPermissions: async () => role,
  getIdentity: async () => ({ id: `user-${role}` }),
});

function renderDrawer(role: Role, overrides: Partial<Session> = {}, messages: Message[] = [sent, skipped]) {
  const getList = jest.fn().mockResolvedValue({ data: messages, total: messages.length });
  render(
    <TestMemoryRouter>
      <AdminContext store={memoryStore()} authProvider={authAs(role)} dataProvider={{ getList } as unknown as DataProvider}>
        <SessionDrawer
          session={{ ...session, ...overrides }}
          clinic={clinic}
          rooms={[]}
          canAct
          canComplete={false}
          canReadNotes={false}
          onClose={jest.fn()}
          onChanged={jest.fn()}
        />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { getList };
}

describe('session drawer: confirmation and reminders', () => {
  it('says when the patient confirmed, on the clinic’s clock', async () => {
    renderDrawer('FRONT_DESK');
    expect(await screen.findByText('Confirmed by the patient at Mon 7 Dec 2026, 18:12')).toBeInTheDocument();
  });

  it('says a booked session is not confirmed yet', async () => {
    renderDrawer('FRONT_DESK', { confirmedAt: null });
    expect(await screen.findByText('Not confirmed yet')).toBeInTheDocument();
  });

  it('lists the session’s messages in send order, each opening its page', async () => {
    const { getList } = renderDrawer('FRONT_DESK');
    const section = await screen.findByRole('region', { name: 'Reminders' });
    const items = await within(section).findAllByRole('link');
    expect(getList).toHaveBeenCalledWith(
      'messages',
      expect.objectContaining({ filter: { sessionId: 'sess-1' }, sort: { field: 'sendAt', order: 'ASC' } }),
    );
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveAttribute('href', '/messages/m1/show');
    expect(items[0]).toHaveTextContent('Reminder · Email');
    expect(items[0]).toHaveTextContent('Sent Sun 6 Dec 2026, 09:00');
    expect(within(items[0]).getByText('Sent', { selector: '.MuiChip-label' })).toBeInTheDocument();
    expect(items[1]).toHaveAttribute('href', '/messages/m2/show');
    expect(items[1]).toHaveTextContent('Reminder · SMS');
    expect(items[1]).toHaveTextContent('Was due Tue 8 Dec 2026, 08:00');
    expect(items[1]).toHaveTextContent('No SMS consent');
    expect(within(items[1]).getByText('Skipped')).toBeInTheDocument();
  });

  it('says why there is nothing to list', async () => {
    renderDrawer('OWNER', {}, []);
    expect(await screen.findByText(/No messages about this session/)).toBeInTheDocument();
  });

  it('leaves the messages out for a therapist, who may not read them, but shows the confirmation', async () => {
    const { getList } = renderDrawer('THERAPIST');
    expect(await screen.findByText(/Confirmed by the patient at/)).toBeInTheDocument();
    // Permissions arrive asynchronously: wait until they have, then check nothing was asked for.
    await waitFor(() => expect(screen.getByText('Maya Chen')).toBeInTheDocument());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: 'Reminders' })).not.toBeInTheDocument();
    expect(getList).not.toHaveBeenCalled();
  });
});

describe('schedule grid: confirmed sessions', () => {
  const column = (sessions: Session[]): GridColumn => ({
    key: 't1',
    header: 'Maya Chen',
    label: 'Maya Chen, Tuesday 8 December',
    date: '2026-12-08',
    sessions,
    working: [[480, 1080]],
    timeOff: [],
  });

  function renderGrid(sessions: Session[]) {
    render(
      <ScheduleGrid
        columns={[column(sessions)]}
        hours={[480, 1080]}
        zone="America/New_York"
        slotStep={15}
        showTherapist={false}
        nowMinute={null}
        onOpenSession={jest.fn()}
        minColumnWidth={160}
      />,
    );
  }

  it('marks a confirmed session, in its name and with a visible check', () => {
    renderGrid([session]);
    const card = screen.getByRole('button', { name: /09:00–10:00, Alice Martinez/ });
    expect(card).toHaveAccessibleName(expect.stringContaining(', confirmed by patient'));
    const mark = within(card).getByTestId('confirmed-marker');
    expect(mark).toHaveAttribute('title', 'Confirmed by patient');
    expect(mark).toHaveAttribute('aria-label', 'Confirmed by patient');
  });

  it('leaves an unconfirmed session unmarked', () => {
    renderGrid([{ ...session, confirmedAt: null }]);
    const card = screen.getByRole('button', { name: /09:00–10:00, Alice Martinez/ });
    expect(card).not.toHaveAccessibleName(expect.stringContaining('confirmed'));
    expect(within(card).queryByTestId('confirmed-marker')).not.toBeInTheDocument();
  });
});
