// Attendance in the session drawer: check-in, no-show and complete wait for their time (with the reason
// under the button), a refusal by the API is shown in place, and only an owner may revert a no-show or
// cancellation, with a reason.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DateTime } from 'luxon';
import { AdminContext, TestMemoryRouter, memoryStore, type AuthProvider, type DataProvider } from 'react-admin';
import { ApiError } from '../providers/graphqlErrors';
import type { Role } from '../providers/session';
import type { ClinicSettings } from '../shared/catalog';
import { checkInSession, type Session } from './api';
import { attendanceOpening, revertSessionStatus } from './attendance';
import { SessionDrawer } from './SessionDrawer';

jest.mock('./api', () => ({ ...jest.requireActual('./api'), checkInSession: jest.fn() }));
jest.mock('./attendance', () => ({ ...jest.requireActual('./attendance'), revertSessionStatus: jest.fn() }));

const zone = 'America/New_York';
const clinic: ClinicSettings = {
  id: 'c1',
  name: 'Riverside',
  timezone: zone,
  slotStepMinutes: 15,
  minimumNoticeMinutes: 60,
  lateCancelWindowHours: 24,
  checkInWindowMinutes: 60,
};
const MIN = 60_000;

function sessionStarting(inMinutes: number, overrides: Partial<Session> = {}): Session {
  const start = Math.floor((Date.now() + inMinutes * MIN) / MIN) * MIN;
  return {
    id: 'sess-1',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 60 * MIN).toISOString(),
    blockedUntil: new Date(start + 60 * MIN).toISOString(),
    status: 'BOOKED',
    notes: '',
    seriesId: null,
    lateCancel: false,
    cancelReason: null,
    overrideReason: null,
    confirmedAt: null,
    patient: {
      id: 'p1',
      name: 'Alice Martinez',
      dateOfBirth: '1978-04-12',
      complaintRegion: 'LOWER_BACK',
      clearanceStatus: 'NOT_REQUIRED',
    },
    therapist: { id: 't1', userId: 'u1', displayName: 'Maya Chen' },
    serviceType: { id: 's1', name: 'Deep tissue (60 min)', modality: 'DEEP_TISSUE', durationMinutes: 60, bufferMinutes: 0 },
    room: null,
    ...overrides,
  } as Session;
}

const authAs = (role: Role): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getPermissions: async () => role,
  getIdentity: async () => ({ id: `user-${role}` }),
});

function renderDrawer(role: Role, session: Session, { canComplete = false } = {}) {
  const onChanged = jest.fn();
  const getList = jest.fn().mockResolvedValue({ data: [], total: 0 });
  render(
    <TestMemoryRouter>
      <AdminContext store={memoryStore()} authProvider={authAs(role)} dataProvider={{ getList } as unknown as DataProvider}>
        <SessionDrawer
          session={session}
          clinic={clinic}
          rooms={[]}
          canAct
          canComplete={canComplete}
          canReadNotes={false}
          onClose={jest.fn()}
          onChanged={onChanged}
        />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { onChanged };
}

const hhmm = (iso: string, minus = 0) => DateTime.fromMillis(Date.parse(iso) - minus * MIN, { zone }).toFormat('HH:mm');

describe('attendance in the session drawer', () => {
  afterEach(() => jest.clearAllMocks());

  it('keeps check-in and no-show closed before their time, saying when they open', async () => {
    const session = sessionStarting(90);
    const opening = attendanceOpening(session, clinic, Date.now());
    renderDrawer('FRONT_DESK', session);
    const checkIn = await screen.findByRole('button', { name: 'Check in' });
    expect(checkIn).toBeDisabled();
    expect(checkIn).toHaveAccessibleDescription(opening.CHECK_IN!);
    expect(opening.CHECK_IN).toMatch(new RegExp(`^Check-in opens at ${hhmm(session.startsAt, 60)}`));
    const noShow = screen.getByRole('button', { name: 'No-show' });
    expect(noShow).toBeDisabled();
    expect(noShow).toHaveAccessibleDescription(opening.NO_SHOW!);
    expect(opening.NO_SHOW).toMatch(new RegExp(`^A no-show can be recorded from ${hhmm(session.startsAt)}`));
    // Rescheduling and cancelling stay open
    expect(screen.getByRole('button', { name: 'Reschedule' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Cancel session' })).toBeEnabled();
  });

  it('opens check-in inside the window and no-show once the session has begun', async () => {
    renderDrawer('FRONT_DESK', sessionStarting(30));
    expect(await screen.findByRole('button', { name: 'Check in' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'No-show' })).toBeDisabled();
  });

  it('keeps completion closed until the start for a checked-in patient', async () => {
    renderDrawer('OWNER', sessionStarting(20, { status: 'CHECKED_IN' }), { canComplete: true });
    const complete = await screen.findByRole('button', { name: 'Complete with treatment note' });
    expect(complete).toBeDisabled();
    expect(complete).toHaveAccessibleDescription(/^Completion opens at /);
  });

  it('shows a refusal by the API beside the buttons', async () => {
    jest
      .mocked(checkInSession)
      .mockRejectedValue(
        new ApiError('Check-in opens at 09:00 on Tue 8 Dec (America/New_York), 60 minutes before the start', 'INVALID_TRANSITION'),
      );
    renderDrawer('FRONT_DESK', sessionStarting(-5));
    fireEvent.click(await screen.findByRole('button', { name: 'Check in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Check-in opens at 09:00 on Tue 8 Dec (America/New_York), 60 minutes before the start.');
  });

  it('lets an owner revert a no-show with a reason', async () => {
    const missed = sessionStarting(-90, { status: 'NO_SHOW' });
    jest.mocked(revertSessionStatus).mockResolvedValue({ ...missed, status: 'BOOKED', confirmedAt: null });
    const { onChanged } = renderDrawer('OWNER', missed);
    fireEvent.click(await screen.findByRole('button', { name: 'Revert to booked' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revert the no-show?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revert to booked' }));
    expect(await within(dialog).findByText('Say why the no-show was a mistake')).toBeInTheDocument();
    expect(revertSessionStatus).not.toHaveBeenCalled();
    fireEvent.change(within(dialog).getByLabelText(/Reason/), { target: { value: ' She was in the waiting room ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revert to booked' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(expect.objectContaining({ status: 'BOOKED' })));
    expect(revertSessionStatus).toHaveBeenCalledWith('sess-1', 'She was in the waiting room');
  });

  it('shows why a cancellation cannot come back when its time was booked since', async () => {
    jest
      .mocked(revertSessionStatus)
      .mockRejectedValue(
        new ApiError('This time has been booked by another session since the cancellation; book a new time instead', 'CONFLICT'),
      );
    renderDrawer('OWNER', sessionStarting(24 * 60, { status: 'CANCELLED', cancelReason: 'Unwell' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Revert to booked' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revert the cancellation?' });
    fireEvent.change(within(dialog).getByLabelText(/Reason/), { target: { value: 'Wrong patient cancelled' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revert to booked' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/booked by another session since the cancellation/);
  });

  it.each<Role>(['FRONT_DESK', 'THERAPIST'])('offers %s no revert', async (role) => {
    renderDrawer(role, sessionStarting(-90, { status: 'NO_SHOW' }));
    await waitFor(() => expect(screen.getByText('Maya Chen')).toBeInTheDocument());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: 'Revert to booked' })).not.toBeInTheDocument();
  });
});
