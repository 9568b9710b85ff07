// The owner's settings page: patient reminders edited in place, each value checked as typed, the
// server's refusals shown on the field they name, and nobody but the owner let in.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Admin, Resource, TestMemoryRouter, memoryStore, type DataProvider } from 'react-admin';
import { createAuthProvider } from '../providers/authProvider';
import { ApiError, fieldErrors } from '../providers/graphqlErrors';
import type { Role } from '../providers/session';
import { signInAs } from '../test/renderAdmin';
import { fetchClinicSettings, updateClinicSettings, type ClinicSettingsRecord } from './api';
import settings from '.';

jest.mock('./api', () => ({ fetchClinicSettings: jest.fn(), updateClinicSettings: jest.fn() }));

const fetchMock = fetchClinicSettings as jest.MockedFunction<typeof fetchClinicSettings>;
const updateMock = updateClinicSettings as jest.MockedFunction<typeof updateClinicSettings>;

const riverside: ClinicSettingsRecord = {
  id: 'c1',
  name: 'Riverside Massage',
  timezone: 'America/New_York',
  slotStepMinutes: 15,
  minimumNoticeMinutes: 60,
  lateCancelWindowHours: 24,
  address: '12 River Road\nSpringfield',
  reminderOffsetsHours: [48, 2],
  reminderChannels: ['EMAIL'],
  quietHoursStart: '21:00',
  quietHoursEnd: '08:00',
};

function renderPage(role: Role = 'OWNER') {
  signInAs(role);
  const authProvider = createAuthProvider({ login: () => Promise.reject(new Error('not in tests')), onLogout: () => undefined });
  const dataProvider = { getList: jest.fn().mockResolvedValue({ data: [], total: 0 }) };
  render(
    <TestMemoryRouter initialEntries={['/settings']}>
      <Admin disableTelemetry dataProvider={dataProvider as unknown as DataProvider} authProvider={authProvider} store={memoryStore()}>
        <Resource name="settings" {...settings} />
      </Admin>
    </TestMemoryRouter>,
  );
}

const reminders = () => screen.getByRole('group', { name: 'Reminder times' });
const save = () => screen.getByRole('button', { name: 'Save settings' });

describe('ClinicSettingsPage: patient reminders', () => {
  beforeEach(() => {
    localStorage.clear();
    fetchMock.mockReset().mockResolvedValue(riverside);
    updateMock.mockReset().mockImplementation(async (changes) => ({ ...riverside, ...changes }) as ClinicSettingsRecord);
  });

  it('shows the address, the reminder times, the channels and the quiet hours in words', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Patient reminders', level: 2 })).toBeInTheDocument();
    expect(screen.getByLabelText('Clinic address')).toHaveValue('12 River Road\nSpringfield');
    expect(screen.getByText(/Printed in reminders and calendar invitations/)).toBeInTheDocument();
    expect(within(reminders()).getByLabelText('Reminder 1')).toHaveValue(48);
    expect(within(reminders()).getByText('2 days before')).toBeInTheDocument();
    expect(within(reminders()).getByLabelText('Reminder 2')).toHaveValue(2);
    expect(within(reminders()).getByText('2 hours before')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Email' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'SMS' })).not.toBeChecked();
    expect(screen.getByLabelText(/^Quiet hours start/)).toHaveValue('21:00');
    expect(screen.getByTestId('quiet-hours-explained')).toHaveTextContent(
      'Reminders due between 21:00 and 08:00 go out at 08:00, clinic time.',
    );
  });

  it('rewrites the quiet-hours sentence as the times change', async () => {
    renderPage();
    const end = await screen.findByLabelText(/^Quiet hours end/);
    fireEvent.change(end, { target: { value: '07:30' } });
    expect(screen.getByTestId('quiet-hours-explained')).toHaveTextContent('between 21:00 and 07:30 go out at 07:30');
    expect(screen.getByTestId('quiet-hours-explained')).toHaveTextContent('goes out at 20:59 instead');
    fireEvent.change(end, { target: { value: '21:00' } });
    expect(screen.getByTestId('quiet-hours-explained')).toHaveTextContent('No quiet hours: every reminder goes out when it is due.');
  });

  it('saves added and removed reminders as numbers, with the rest of the settings', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByLabelText('Reminder 1');
    await user.click(screen.getByRole('button', { name: 'Remove reminder 2' }));
    await user.click(screen.getByRole('button', { name: 'Add a reminder' }));
    await user.type(within(reminders()).getByLabelText('Reminder 2'), '24');
    await user.click(screen.getByRole('checkbox', { name: 'SMS' }));
    fireEvent.change(screen.getByLabelText(/^Quiet hours start/), { target: { value: '22:00' } });
    await user.click(save());

    await waitFor(() => expect(updateMock).toHaveBeenCalledTimes(1));
    expect(updateMock.mock.calls[0][0]).toEqual({
      name: 'Riverside Massage',
      timezone: 'America/New_York',
      slotStepMinutes: 15,
      minimumNoticeMinutes: 60,
      lateCancelWindowHours: 24,
      address: '12 River Road\nSpringfield',
      reminderOffsetsHours: [48, 24],
      reminderChannels: ['EMAIL', 'SMS'],
      quietHoursStart: '22:00',
      quietHoursEnd: '08:00',
    });
    expect(await screen.findByText('Clinic settings saved')).toBeInTheDocument();
  });

  it('says what is wrong with each reminder time and does not save', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByLabelText('Reminder 1');
    const first = within(reminders()).getByLabelText('Reminder 1');
    await user.clear(first);
    await user.type(first, '400');
    await user.click(screen.getByRole('button', { name: 'Add a reminder' }));
    await user.type(within(reminders()).getByLabelText('Reminder 3'), '2');
    await user.click(screen.getByRole('button', { name: 'Add a reminder' }));
    expect(screen.getByRole('button', { name: 'Add a reminder' })).toBeDisabled();
    expect(screen.getByText('That is the most reminders a session can have.')).toBeInTheDocument();
    await user.click(save());

    expect(await within(reminders()).findByText('At most 336 hours (14 days)')).toBeInTheDocument();
    expect(within(reminders()).getByText('Same as reminder 2')).toBeInTheDocument();
    expect(within(reminders()).getByText('Enter the hours')).toBeInTheDocument();
    expect(within(reminders()).getByLabelText('Reminder 1')).toHaveAttribute('aria-invalid', 'true');
    // Each row says what is wrong; no summary repeats it (nor any encoded message).
    expect(within(reminders()).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(reminders()).queryByText(/react-admin|Correct the reminder times/)).not.toBeInTheDocument();
    expect(updateMock).not.toHaveBeenCalled();
  });

  it('asks for at least one channel', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('checkbox', { name: 'Email' }));
    await user.click(save());
    expect(await screen.findByText('Choose at least one channel')).toBeInTheDocument();
    expect(updateMock).not.toHaveBeenCalled();
  });

  it('puts a refusal of the server on the field it names', async () => {
    const message = 'quietHoursEnd: quietHoursEnd must be a time "HH:MM"';
    const extensions = {
      code: 'BAD_USER_INPUT',
      field: 'quietHoursEnd',
      issues: [{ field: 'quietHoursEnd', message: 'quietHoursEnd must be a time "HH:MM"' }],
    };
    updateMock.mockRejectedValue(new ApiError(message, 'BAD_USER_INPUT', extensions, fieldErrors(message, extensions)));
    const user = userEvent.setup();
    renderPage();
    await screen.findByLabelText(/^Quiet hours end/);
    await user.click(save());
    expect(await screen.findByText('quietHoursEnd must be a time "HH:MM"')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Quiet hours end/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('puts a refusal of a reminder time under the reminder times', async () => {
    const message = 'reminderOffsetsHours: each value in reminderOffsetsHours must not be greater than 336';
    const issue = { field: 'reminderOffsetsHours', message: 'each value in reminderOffsetsHours must not be greater than 336' };
    const extensions = { code: 'BAD_USER_INPUT', field: issue.field, issues: [issue] };
    updateMock.mockRejectedValue(new ApiError(message, 'BAD_USER_INPUT', extensions, fieldErrors(message, extensions)));
    const user = userEvent.setup();
    renderPage();
    await screen.findByLabelText('Reminder 1');
    await user.click(save());
    expect(await within(reminders()).findByRole('alert')).toHaveTextContent(issue.message);
  });

  it.each(['FRONT_DESK', 'THERAPIST'] as const)('does not open for %s', async (role) => {
    renderPage(role);
    expect(await screen.findByText('Access denied')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
