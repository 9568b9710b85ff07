// An owner may book over an overlap with a reason (PRODUCT.md section 4); nobody else is offered it.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, TestMemoryRouter, memoryStore, type AuthProvider } from 'react-admin';
import { ApiError } from '../providers/graphqlErrors';
import type { Role } from '../providers/session';
import type { BookingApi, PatientOption, Session } from './api';
import { BookingDialog } from './BookingDialog';
import type { ClinicSettings, ServiceType, Therapist } from '../shared/catalog';

const clinic: ClinicSettings = {
  id: 'c1',
  name: 'Riverside',
  timezone: 'America/New_York',
  slotStepMinutes: 15,
  minimumNoticeMinutes: 60,
  lateCancelWindowHours: 24,
  checkInWindowMinutes: 60,
};
const maya: Therapist = {
  id: 't1',
  userId: 'u1',
  displayName: 'Maya Chen',
  credentials: 'LMT',
  modalities: ['DEEP_TISSUE'],
  active: true,
  workingHours: [],
  timeOff: [],
};
const deep: ServiceType = {
  id: 's1',
  name: 'Deep tissue massage (60 min)',
  modality: 'DEEP_TISSUE',
  durationMinutes: 60,
  bufferMinutes: 15,
  active: true,
};
const alice: PatientOption = {
  id: 'p1',
  name: 'Alice Martinez',
  dateOfBirth: '1978-04-12',
  complaintRegion: 'LOWER_BACK',
  clearanceStatus: 'NOT_REQUIRED',
};
// 8 December 2026: New York is UTC-5, so 14:00Z is 09:00 at the clinic.
const slots = [{ startsAt: '2026-12-08T14:00:00.000Z', endsAt: '2026-12-08T15:00:00.000Z' }];
const REASON = 'Urgent flare-up, patient agreed to share the room';

const other: Session = {
  id: 'sess-1',
  startsAt: '2026-12-08T14:00:00.000Z',
  endsAt: '2026-12-08T15:00:00.000Z',
  blockedUntil: '2026-12-08T15:15:00.000Z',
  status: 'BOOKED',
  notes: '',
  seriesId: null,
  lateCancel: false,
  cancelReason: null,
  overrideReason: null,
  patient: { id: 'p9', name: 'Keiko Sato', dateOfBirth: '1985-06-30', complaintRegion: 'UPPER_BACK', clearanceStatus: 'NOT_REQUIRED' },
  therapist: { id: 't1', userId: 'u1', displayName: 'Maya Chen' },
  serviceType: { id: 's1', name: deep.name, modality: 'DEEP_TISSUE', durationMinutes: 60, bufferMinutes: 15 },
  room: null,
};
const conflict = () =>
  new ApiError('Overlaps another session (buffer included) of the therapist', 'CONFLICT', {
    code: 'CONFLICT',
    rules: ['OVERLAP'],
    conflicts: [{ sessionId: 'sess-1', reason: 'THERAPIST', startsAt: other.startsAt }],
    sessionIds: ['sess-1'],
  });

function fakeApi() {
  return {
    searchPatients: jest.fn().mockResolvedValue([alice]),
    fetchSlots: jest.fn().mockResolvedValue(slots),
    // Refused unless overridden, like the API.
    bookSession: jest.fn().mockImplementation(async (input) => {
      if (!input.overrideReason) throw conflict();
      return { ...other, id: 'new', startsAt: input.startsAt, patient: alice, overrideReason: input.overrideReason };
    }),
    bookSeries: jest.fn(),
    fetchSessionsByIds: jest.fn().mockResolvedValue([other]),
  } satisfies Record<keyof BookingApi, jest.Mock>;
}

const authAs = (role: Role): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getPermissions: async () => role,
  getIdentity: async () => ({ id: `user-${role}` }),
});

function renderDialog(role: Role, api: ReturnType<typeof fakeApi>) {
  const onBooked = jest.fn();
  render(
    <TestMemoryRouter>
      <AdminContext store={memoryStore()} authProvider={authAs(role)}>
        <BookingDialog
          open
          onClose={jest.fn()}
          onBooked={onBooked}
          clinic={clinic}
          therapists={[maya]}
          serviceTypes={[deep]}
          rooms={[]}
          initialDate="2026-12-08"
          initialTherapistId="t1"
          api={api as unknown as BookingApi}
        />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { onBooked };
}

async function bookNineOClock(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('combobox', { name: /patient/i }), 'Ali');
  await user.click(await screen.findByRole('option', { name: /Alice Martinez/ }));
  await user.click(screen.getByRole('combobox', { name: /service/i }));
  await user.click(await screen.findByRole('option', { name: /deep tissue/i }));
  await user.click(await screen.findByRole('button', { name: '09:00 to 10:00' }));
  await user.click(screen.getByRole('button', { name: 'Book session' }));
  expect(await screen.findByTestId('booking-error')).toHaveTextContent('That time is no longer free');
}

describe('booking over an overlap', () => {
  it('lets an owner book anyway with a required reason, retrying the same booking with overrideReason and a fresh key', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    const { onBooked } = renderDialog('OWNER', api);
    await bookNineOClock(user);

    await user.click(await screen.findByRole('button', { name: 'Book anyway…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Book despite the overlap?' });
    expect(dialog).toHaveTextContent('recorded in the audit log');
    // The reason is required.
    await user.click(within(dialog).getByRole('button', { name: 'Book anyway' }));
    expect(api.bookSession).toHaveBeenCalledTimes(1);
    expect(within(dialog).getByText(/give a reason/i)).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: /reason for the override/i }), `${REASON}{Enter}`);
    await waitFor(() => expect(onBooked).toHaveBeenCalledTimes(1));
    expect(api.bookSession).toHaveBeenCalledTimes(2);
    const [first, retry] = api.bookSession.mock.calls.map((c) => c[0]);
    expect(first.overrideReason).toBeUndefined();
    expect(retry).toEqual({ ...first, idempotencyKey: expect.any(String), overrideReason: REASON });
    expect(retry.idempotencyKey).not.toEqual(first.idempotencyKey);
    expect(onBooked.mock.calls[0][0][0].overrideReason).toBe(REASON);
  });

  it('lets an owner book an exact time that is not among the free times, in the clinic’s zone', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    renderDialog('OWNER', api);
    await user.type(screen.getByRole('combobox', { name: /patient/i }), 'Ali');
    await user.click(await screen.findByRole('option', { name: /Alice Martinez/ }));
    await user.click(screen.getByRole('combobox', { name: /service/i }));
    await user.click(await screen.findByRole('option', { name: /deep tissue/i }));
    await user.type(await screen.findByLabelText('Choose another time'), '09:30');
    expect(screen.getByTestId('booking-summary')).toHaveTextContent('Tue 8 Dec 2026, 09:30–10:30');
    await user.click(screen.getByRole('button', { name: 'Book session' }));
    await screen.findByTestId('booking-error');
    expect(api.bookSession.mock.calls[0][0].startsAt).toBe('2026-12-08T14:30:00.000Z');
    expect(await screen.findByRole('button', { name: 'Book anyway…' })).toBeInTheDocument();
  });

  it.each<Role>(['FRONT_DESK', 'THERAPIST'])('never offers the override or an exact time to %s', async (role) => {
    const user = userEvent.setup();
    const api = fakeApi();
    renderDialog(role, api);
    await bookNineOClock(user);
    expect(screen.queryByRole('button', { name: /book anyway/i })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Choose another time')).not.toBeInTheDocument();
    expect(api.bookSession).toHaveBeenCalledTimes(1);
  });
});
