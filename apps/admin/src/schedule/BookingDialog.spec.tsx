import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, TestMemoryRouter, memoryStore, testDataProvider, type DataProvider } from 'react-admin';
import { ApiError, fieldErrors } from '../providers/graphqlErrors';
import type { BookingApi, PatientOption, Session } from './api';
import { BookingDialog } from './BookingDialog';
import type { ClinicSettings, Room, ServiceType, Therapist } from '../shared/catalog';

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
const cedar: Room = { id: 'r1', name: 'Cedar room', active: true };
const alice: PatientOption = {
  id: 'p1',
  name: 'Alice Martinez',
  dateOfBirth: '1978-04-12',
  complaintRegion: 'LOWER_BACK',
  clearanceStatus: 'NOT_REQUIRED',
};
const ben: PatientOption = {
  id: 'p2',
  name: 'Ben Carter',
  dateOfBirth: '1990-02-03',
  complaintRegion: 'NECK',
  clearanceStatus: 'NEEDS_MEDICAL_CLEARANCE',
};

// 8 December 2026 is in standard time in New York (UTC-5): 14:00Z is 09:00 at the clinic.
const DAY = '2026-12-08';
const slots = [
  { startsAt: '2026-12-08T14:00:00.000Z', endsAt: '2026-12-08T15:00:00.000Z' },
  { startsAt: '2026-12-08T15:15:00.000Z', endsAt: '2026-12-08T16:15:00.000Z' },
  { startsAt: '2026-12-08T19:00:00.000Z', endsAt: '2026-12-08T20:00:00.000Z' },
];

function session(overrides: Partial<Session> = {}): Session {
  return {
    id: 'sess-1',
    startsAt: '2026-12-08T15:00:00.000Z',
    endsAt: '2026-12-08T16:00:00.000Z',
    blockedUntil: '2026-12-08T16:15:00.000Z',
    status: 'BOOKED',
    notes: '',
    seriesId: null,
    lateCancel: false,
    cancelReason: null,
    overrideReason: null,
    patient: { id: 'p9', name: 'Keiko Sato', dateOfBirth: '1985-06-30', complaintRegion: 'UPPER_BACK', clearanceStatus: 'NOT_REQUIRED' },
    therapist: { id: 't1', userId: 'u1', displayName: 'Maya Chen' },
    serviceType: { id: 's1', name: deep.name, modality: 'DEEP_TISSUE', durationMinutes: 60, bufferMinutes: 15 },
    room: { id: 'r1', name: 'Cedar room' },
    ...overrides,
  };
}

function fakeApi(overrides: Partial<Record<keyof BookingApi, jest.Mock>> = {}) {
  return {
    searchPatients: jest.fn().mockResolvedValue([alice, ben]),
    fetchSlots: jest.fn().mockResolvedValue(slots),
    bookSession: jest.fn().mockImplementation(async (input) => session({ id: 'new', startsAt: input.startsAt, patient: alice })),
    bookSeries: jest.fn(),
    fetchSessionsByIds: jest.fn().mockResolvedValue([session()]),
    ...overrides,
  } satisfies Record<keyof BookingApi, jest.Mock>;
}

function renderDialog(
  api: ReturnType<typeof fakeApi>,
  props: Partial<Parameters<typeof BookingDialog>[0]> = {},
  dataProvider: DataProvider = testDataProvider(),
) {
  const onBooked = jest.fn();
  render(
    <TestMemoryRouter>
      <AdminContext store={memoryStore()} dataProvider={dataProvider}>
        <BookingDialog
          open
          onClose={jest.fn()}
          onBooked={onBooked}
          clinic={clinic}
          therapists={[maya]}
          serviceTypes={[deep]}
          rooms={[cedar]}
          initialDate={DAY}
          initialTherapistId="t1"
          api={api as unknown as BookingApi}
          {...props}
        />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { onBooked };
}

async function choosePatientAndService(user: ReturnType<typeof userEvent.setup>, name = 'Alice Martinez') {
  await user.type(screen.getByRole('combobox', { name: /patient/i }), name.slice(0, 3));
  await user.click(await screen.findByRole('option', { name: new RegExp(name) }));
  await user.click(screen.getByRole('combobox', { name: /service/i }));
  await user.click(await screen.findByRole('option', { name: /deep tissue/i }));
}

describe('booking dialog', () => {
  it('offers the free slots of availableSlots in the clinic’s time zone and books the one picked, once', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    const { onBooked } = renderDialog(api);
    expect(screen.getByText(/choose a therapist and a service/i)).toBeInTheDocument();
    await choosePatientAndService(user);

    const free = await screen.findByRole('group', { name: /free times on tue 8 dec 2026/i });
    // 14:00Z, 15:15Z and 19:00Z in New York, not in the test machine's zone.
    expect(
      within(free)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['09:00', '10:15', '14:00']);
    expect(api.fetchSlots).toHaveBeenLastCalledWith(
      expect.objectContaining({
        therapistId: 't1',
        serviceTypeId: 's1',
        patientId: 'p1',
        from: '2026-12-08T05:00:00.000Z',
        to: '2026-12-09T05:00:00.000Z',
      }),
    );

    const book = screen.getByRole('button', { name: 'Book session' });
    expect(book).toBeDisabled();
    await user.click(within(free).getByRole('button', { name: '10:15 to 11:15' }));
    expect(screen.getByTestId('booking-summary')).toHaveTextContent(
      'Tue 8 Dec 2026, 10:15–11:15 · Deep tissue massage (60 min) with Maya Chen',
    );

    // A double click must not book twice.
    fireEvent.click(book);
    fireEvent.click(book);
    await waitFor(() => expect(onBooked).toHaveBeenCalledTimes(1));
    expect(api.bookSession).toHaveBeenCalledTimes(1);
    const input = api.bookSession.mock.calls[0][0];
    expect(input).toEqual(
      expect.objectContaining({
        patientId: 'p1',
        therapistId: 't1',
        serviceTypeId: 's1',
        startsAt: '2026-12-08T15:15:00.000Z',
        roomId: null,
      }),
    );
    expect(input.idempotencyKey).toEqual(expect.any(String));
    expect(input.idempotencyKey.length).toBeGreaterThan(8);
  });

  it('explains a CONFLICT with who is busy and when, and refreshes the free times', async () => {
    const user = userEvent.setup();
    const conflict = new ApiError('Overlaps another session (buffer included) of the therapist, the patient', 'CONFLICT', {
      code: 'CONFLICT',
      rules: ['OVERLAP'],
      conflicts: [{ sessionId: 'sess-1', reason: 'THERAPIST', startsAt: '2026-12-08T15:00:00.000Z' }],
      sessionIds: ['sess-1'],
    });
    const api = fakeApi({ bookSession: jest.fn().mockRejectedValue(conflict) });
    const { onBooked } = renderDialog(api);
    await choosePatientAndService(user);
    await user.click(await screen.findByRole('button', { name: '09:00 to 10:00' }));
    const callsBefore = api.fetchSlots.mock.calls.length;
    await user.click(screen.getByRole('button', { name: 'Book session' }));

    const alert = await screen.findByTestId('booking-error');
    expect(alert).toHaveTextContent('That time is no longer free');
    expect(alert).toHaveTextContent('Maya Chen already has a session then (10:00–11:00 with Keiko Sato, plus 15 min recovery).');
    expect(api.fetchSessionsByIds).toHaveBeenCalledWith(['sess-1']);
    expect(onBooked).not.toHaveBeenCalled();
    await waitFor(() => expect(api.fetchSlots.mock.calls.length).toBeGreaterThan(callsBefore));
    expect(screen.getByRole('button', { name: 'Book session' })).toBeDisabled();
  });

  it('lists every conflicting occurrence of a refused series with its date', async () => {
    const user = userEvent.setup();
    const refused = new ApiError('2 of 4 occurrences cannot be booked', 'CONFLICT', {
      code: 'CONFLICT',
      occurrences: [
        {
          index: 1,
          startsAt: '2026-12-15T14:00:00.000Z',
          localDate: '2026-12-15',
          rule: 'OVERLAP',
          message: 'Overlaps another session',
          sessionIds: ['sess-2'],
        },
        {
          index: 3,
          startsAt: '2026-12-29T14:00:00.000Z',
          localDate: '2026-12-29',
          rule: 'DURING_TIME_OFF',
          message: 'The therapist is on time off at this time',
          sessionIds: [],
        },
      ],
      conflicts: [{ sessionId: 'sess-2', reason: 'PATIENT', startsAt: '2026-12-15T14:00:00.000Z' }],
      sessionIds: ['sess-2'],
    });
    const other = session({
      id: 'sess-2',
      startsAt: '2026-12-15T14:00:00.000Z',
      endsAt: '2026-12-15T15:00:00.000Z',
      blockedUntil: '2026-12-15T15:00:00.000Z',
      patient: { ...alice },
      therapist: { id: 't2', userId: 'u2', displayName: 'Sam Okafor' },
    });
    const api = fakeApi({ bookSeries: jest.fn().mockRejectedValue(refused), fetchSessionsByIds: jest.fn().mockResolvedValue([other]) });
    renderDialog(api);
    await choosePatientAndService(user);
    await user.click(await screen.findByRole('button', { name: '09:00 to 10:00' }));
    await user.click(screen.getByLabelText(/repeat/i));
    await user.clear(screen.getByLabelText('Occurrences'));
    await user.type(screen.getByLabelText('Occurrences'), '4');
    await user.click(screen.getByRole('button', { name: 'Book 4 sessions' }));

    const alert = await screen.findByTestId('booking-error');
    expect(alert).toHaveTextContent('2 occurrences of this series cannot be booked, so nothing was booked');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Tue 15 Dec 2026, 09:00: Alice Martinez already has a session then (09:00–10:00 with Sam Okafor).',
      'Tue 29 Dec 2026, 09:00: The therapist is on time off at this time.',
    ]);
    expect(api.bookSeries).toHaveBeenCalledWith(expect.objectContaining({ repeat: { frequency: 'WEEKLY', interval: 1, count: 4 } }));
  });

  it('warns before booking a patient who needs medical clearance, and explains CLEARANCE_REQUIRED', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    renderDialog(api);
    await choosePatientAndService(user, 'Ben Carter');
    expect(await screen.findByText(/needs medical clearance before booking: record a clearance first/i)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /open ben carter’s record/i })).toHaveAttribute('href', '/patients/p2/show');
    await user.click(await screen.findByRole('button', { name: '09:00 to 10:00' }));
    expect(screen.getByRole('button', { name: 'Book session' })).toBeDisabled();
  });

  it('explains CLEARANCE_REQUIRED from the server (a screening recorded meanwhile)', async () => {
    const user = userEvent.setup();
    const refused = new ApiError('This patient needs medical clearance before massage can be booked', 'CLEARANCE_REQUIRED', {
      code: 'CLEARANCE_REQUIRED',
      field: 'patientId',
      patientId: 'p1',
    });
    renderDialog(fakeApi({ bookSession: jest.fn().mockRejectedValue(refused) }));
    await choosePatientAndService(user);
    await user.click(await screen.findByRole('button', { name: '09:00 to 10:00' }));
    await user.click(screen.getByRole('button', { name: 'Book session' }));
    const alert = await screen.findByTestId('booking-error');
    expect(alert).toHaveTextContent('This patient needs medical clearance before booking');
    expect(alert).toHaveTextContent('record a clearance first');
    expect(within(alert).getByRole('link', { name: /open the patient’s record/i })).toHaveAttribute('href', '/patients/p1/show');
  });

  it('says when the day has no free time and jumps to the next free day', async () => {
    const user = userEvent.setup();
    const fetchSlots = jest
      .fn()
      .mockImplementation(async ({ from }: { from: string }) =>
        from.startsWith('2026-12-08') ? [] : [{ startsAt: '2026-12-10T14:00:00.000Z', endsAt: '2026-12-10T15:00:00.000Z' }],
      );
    renderDialog(fakeApi({ fetchSlots }));
    await choosePatientAndService(user);
    expect(await screen.findByText('No free times on Tue 8 Dec 2026.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next free day' }));
    expect(await screen.findByRole('group', { name: /free times on thu 10 dec 2026/i })).toBeInTheDocument();
    expect(screen.getByLabelText('Date')).toHaveValue('2026-12-10');
  });

  describe('registering a new patient', () => {
    const created = {
      id: 'p-new',
      firstName: 'Dana',
      lastName: 'Whitfield',
      name: 'Dana Whitfield',
      dateOfBirth: '1986-09-14',
      email: null,
      phone: '+12025550177',
      preferredChannel: null,
      emailConsent: false,
      smsConsent: false,
      complaintRegion: 'NECK',
      clearanceStatus: 'NOT_SCREENED',
      notes: '',
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
    };

    async function chooseServiceAndTime(user: ReturnType<typeof userEvent.setup>) {
      await user.click(screen.getByRole('combobox', { name: /service/i }));
      await user.click(await screen.findByRole('option', { name: /deep tissue/i }));
      await user.click(await screen.findByRole('button', { name: '10:15 to 11:15' }));
    }

    async function fillNewPatient(user: ReturnType<typeof userEvent.setup>, phone = '(202) 555-0177') {
      const form = screen.getByRole('form', { name: 'New patient' });
      await user.type(within(form).getByLabelText(/first name/i), 'Dana');
      await user.type(within(form).getByLabelText(/last name/i), 'Whitfield');
      fireEvent.change(within(form).getByLabelText(/date of birth/i), { target: { value: '1986-09-14' } });
      await user.click(within(form).getByRole('combobox', { name: /complaint region/i }));
      await user.click(await screen.findByRole('option', { name: 'Neck' }));
      await user.type(within(form).getByLabelText(/mobile phone/i), phone);
      return form;
    }

    it('creates the patient, selects them and keeps the rest of the booking', async () => {
      const user = userEvent.setup();
      const api = fakeApi({
        bookSession: jest.fn().mockImplementation(async (input) => session({ id: 'new', startsAt: input.startsAt })),
      });
      const create = jest.fn().mockResolvedValue({ data: created });
      const { onBooked } = renderDialog(api, {}, testDataProvider({ create }));
      await chooseServiceAndTime(user);
      fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'First visit, referred by Dr Patel' } });

      await user.click(screen.getByRole('button', { name: 'New patient' }));
      expect(screen.queryByRole('combobox', { name: /patient/i })).not.toBeInTheDocument();
      await fillNewPatient(user);
      await user.click(screen.getByRole('button', { name: 'Register and select' }));

      await waitFor(() => expect(screen.getByRole('combobox', { name: /patient/i })).toHaveValue('Dana Whitfield'));
      expect(create).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('status')).toHaveTextContent('Dana Whitfield is registered and selected.');
      expect(create).toHaveBeenCalledWith('patients', {
        data: expect.objectContaining({
          firstName: 'Dana',
          lastName: 'Whitfield',
          dateOfBirth: '1986-09-14',
          complaintRegion: 'NECK',
          phone: '(202) 555-0177',
          email: null,
        }),
      });
      // Service, time and notes chosen before are still there.
      expect(screen.getByTestId('booking-summary')).toHaveTextContent(
        'Tue 8 Dec 2026, 10:15–11:15 · Deep tissue massage (60 min) with Maya Chen',
      );
      expect(screen.getByLabelText('Notes')).toHaveValue('First visit, referred by Dr Patel');

      await user.click(screen.getByRole('button', { name: 'Book session' }));
      await waitFor(() => expect(onBooked).toHaveBeenCalledTimes(1));
      expect(api.bookSession).toHaveBeenCalledWith(
        expect.objectContaining({
          patientId: 'p-new',
          serviceTypeId: 's1',
          startsAt: '2026-12-08T15:15:00.000Z',
          notes: 'First visit, referred by Dr Patel',
        }),
      );
      // The whole journey types into a dozen fields: slower than the others on a loaded machine.
    }, 40_000);

    it('names what is missing before creating anything, and goes back to the search unchanged', async () => {
      const user = userEvent.setup();
      const create = jest.fn();
      renderDialog(fakeApi(), {}, testDataProvider({ create }));
      await chooseServiceAndTime(user);
      await user.click(screen.getByRole('button', { name: 'New patient' }));
      const form = screen.getByRole('form', { name: 'New patient' });
      await user.type(within(form).getByLabelText(/email/i), 'not-an-email');
      await user.click(screen.getByRole('button', { name: 'Register and select' }));

      expect(await within(form).findByText('Enter the first name')).toBeInTheDocument();
      expect(within(form).getByText('Enter the last name')).toBeInTheDocument();
      expect(within(form).getByText('Enter the date of birth')).toBeInTheDocument();
      expect(within(form).getByText('Choose the complaint region')).toBeInTheDocument();
      expect(within(form).getByText('Enter a valid email address')).toBeInTheDocument();
      expect(create).not.toHaveBeenCalled();

      await user.click(screen.getByRole('button', { name: 'Back to search' }));
      expect(screen.getByRole('combobox', { name: /patient/i })).toHaveValue('');
      expect(screen.getByRole('button', { name: '10:15 to 11:15' })).toHaveAttribute('aria-pressed', 'true');
    });

    it('puts the API’s refusal on the field it names and keeps what was typed', async () => {
      const user = userEvent.setup();
      const message = 'phone: must be a valid phone number in international format, e.g. +44 7700 900123';
      const extensions = {
        code: 'BAD_USER_INPUT',
        field: 'phone',
        issues: [{ field: 'phone', message: 'must be a valid phone number in international format, e.g. +44 7700 900123' }],
      };
      const create = jest.fn().mockRejectedValue(new ApiError(message, 'BAD_USER_INPUT', extensions, fieldErrors(message, extensions)));
      renderDialog(fakeApi(), {}, testDataProvider({ create }));
      await user.click(screen.getByRole('button', { name: 'New patient' }));
      const form = await fillNewPatient(user, '555 0177');
      await user.click(screen.getByRole('button', { name: 'Register and select' }));

      expect(await within(form).findByText(/must be a valid phone number in international format/)).toBeInTheDocument();
      expect(within(form).getByLabelText(/mobile phone/i)).toHaveAttribute('aria-invalid', 'true');
      expect(within(form).getByLabelText(/first name/i)).toHaveValue('Dana');
      expect(screen.queryByRole('combobox', { name: /^patient/i })).not.toBeInTheDocument();
    });
  });
});
