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
  checkInWindowMinutes: 60,
  address: '12 River Road\nSpringfield',
  reminderOffsetsHours: [48, 2],
  reminderChannels: ['EMAIL'],
  quietHoursStart: '21:00',
  quietHoursEnd: '08:00',
  questionnairesEnabled: true,
  questionnaireEverySessions: 4,
  questionnaireFollowUpMonths: 3,
  questionnaireInstruments: [
    { region: 'LOWER_BACK', instruments: ['ODI', 'NPRS'] },
    { region: 'MID_BACK', instruments: ['PSFS', 'NPRS'] },
    { region: 'UPPER_BACK', instruments: ['PSFS', 'NPRS'] },
    { region: 'NECK', instruments: ['NDI', 'NPRS'] },
  ],
  licensedItemText: [],
};

/** What the form sends of the questionnaire settings when nothing of them was changed. */
const unchangedQuestionnaires = {
  questionnairesEnabled: true,
  questionnaireEverySessions: 4,
  questionnaireFollowUpMonths: 3,
  questionnaireInstruments: riverside.questionnaireInstruments,
  licensedItemText: [
    { instrument: 'ODI', items: [] },
    { instrument: 'NDI', items: [] },
  ],
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
    fireEvent.change(screen.getByLabelText(/^Check-in window/), { target: { value: '90' } });
    await user.click(save());

    await waitFor(() => expect(updateMock).toHaveBeenCalledTimes(1));
    expect(updateMock.mock.calls[0][0]).toEqual({
      name: 'Riverside Massage',
      timezone: 'America/New_York',
      slotStepMinutes: 15,
      minimumNoticeMinutes: 60,
      lateCancelWindowHours: 24,
      checkInWindowMinutes: 90,
      address: '12 River Road\nSpringfield',
      reminderOffsetsHours: [48, 24],
      reminderChannels: ['EMAIL', 'SMS'],
      quietHoursStart: '22:00',
      quietHoursEnd: '08:00',
      ...unchangedQuestionnaires,
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

  it('explains the check-in window and refuses one longer than a day', async () => {
    const user = userEvent.setup();
    renderPage();
    const window = await screen.findByLabelText(/^Check-in window/);
    expect(window).toHaveValue(60);
    expect(screen.getByText(/A patient can be checked in from this long before the start/)).toBeInTheDocument();
    fireEvent.change(window, { target: { value: '1441' } });
    await user.click(save());
    expect(await screen.findByText('At most 24 hours (1440 minutes)')).toBeInTheDocument();
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

describe('ClinicSettingsPage: questionnaires at home', () => {
  beforeEach(() => {
    localStorage.clear();
    fetchMock.mockReset().mockResolvedValue(riverside);
    updateMock.mockReset().mockImplementation(async (changes) => ({ ...riverside, ...changes }) as ClinicSettingsRecord);
  });

  const region = (name: string) => screen.getByRole('group', { name });
  const order = (name: string) =>
    within(screen.getByRole('list', { name: `${name}: order asked` }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
  const wording = (instrument: 'ODI' | 'NDI') => screen.getByRole('button', { name: new RegExp(`^${instrument} wording`) });

  it('shows the schedule, the instruments of each region in order and the licensed wording folded away', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Questionnaires at home', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Ask patients to fill in questionnaires at home' })).toBeChecked();
    expect(screen.getByLabelText('Progress questionnaire every (sessions)')).toHaveValue(4);
    expect(screen.getByLabelText('Follow-up after (months)')).toHaveValue(3);
    expect(within(region('Lower back')).getByRole('checkbox', { name: 'ODI' })).toBeChecked();
    expect(within(region('Lower back')).getByRole('checkbox', { name: 'PEG' })).not.toBeChecked();
    expect(within(region('Lower back')).queryByRole('checkbox', { name: 'RMDQ' })).toBeNull();
    expect(order('Lower back')).toEqual(['1. Oswestry Disability Index', '2. Numeric Pain Rating Scale']);
    expect(order('Neck')).toEqual(['1. Neck Disability Index', '2. Numeric Pain Rating Scale']);
    expect(wording('ODI')).toHaveAttribute('aria-expanded', 'false');
    expect(wording('ODI')).toHaveTextContent('Not entered: patients see the section names');
    expect(screen.getByText(/Enter them only if your clinic holds a licence for them/)).toBeInTheDocument();
  });

  it('saves the schedule and the instruments of each region in the order chosen', async () => {
    const user = userEvent.setup();
    renderPage();
    const every = await screen.findByLabelText('Progress questionnaire every (sessions)');
    await user.clear(every);
    await user.type(every, '6');
    await user.click(within(region('Lower back')).getByRole('checkbox', { name: 'PEG' }));
    expect(order('Lower back')).toEqual([
      '1. Oswestry Disability Index',
      '2. Numeric Pain Rating Scale',
      '3. Pain, Enjoyment of life and General activity scale',
    ]);
    await user.click(screen.getByRole('button', { name: 'Ask PEG before NPRS' }));
    expect(order('Lower back')[1]).toBe('2. Pain, Enjoyment of life and General activity scale');
    await user.click(within(region('Neck')).getByRole('checkbox', { name: 'NPRS' }));
    await user.click(within(region('Neck')).getByRole('checkbox', { name: 'NDI' }));
    expect(within(region('Neck')).getByText('None: patients with this complaint get no questionnaire.')).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Ask patients to fill in questionnaires at home' }));
    await user.click(save());

    await waitFor(() => expect(updateMock).toHaveBeenCalledTimes(1));
    expect(updateMock.mock.calls[0][0]).toMatchObject({
      questionnairesEnabled: false,
      questionnaireEverySessions: 6,
      questionnaireFollowUpMonths: 3,
      questionnaireInstruments: [
        { region: 'LOWER_BACK', instruments: ['ODI', 'PEG', 'NPRS'] },
        { region: 'MID_BACK', instruments: ['PSFS', 'NPRS'] },
        { region: 'UPPER_BACK', instruments: ['PSFS', 'NPRS'] },
        { region: 'NECK', instruments: [] },
      ],
      licensedItemText: unchangedQuestionnaires.licensedItemText,
    });
  });

  it('says what the domain refuses, on the value it concerns, and does not save', async () => {
    const user = userEvent.setup();
    renderPage();
    const every = await screen.findByLabelText('Progress questionnaire every (sessions)');
    await user.clear(every);
    await user.type(every, '0');
    const months = screen.getByLabelText('Follow-up after (months)');
    await user.clear(months);
    await user.type(months, '25');
    for (const code of ['PEG', 'PSFS']) await user.click(within(region('Lower back')).getByRole('checkbox', { name: code }));
    await user.click(save());

    expect(await screen.findByText('Must be a whole number from 1 to 52')).toBeInTheDocument();
    expect(screen.getByText('Must be a whole number from 1 to 24')).toBeInTheDocument();
    expect(every).toHaveAttribute('aria-invalid', 'true');
    expect(within(region('Lower back')).getByRole('alert')).toHaveTextContent('At most 3 instruments, to keep it short for the patient');
    expect(within(region('Neck')).queryByRole('alert')).toBeNull();
    expect(updateMock).not.toHaveBeenCalled();
  });

  // Each box once, in section order (a label query per box would search the whole page each time).
  const boxesOf = (instrument: 'ODI' | 'NDI') =>
    within(screen.getByRole('region', { name: new RegExp(`^${instrument} wording`) })).getAllByRole('textbox');

  it('asks for the other sections’ wording on saving, once one section has some', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: /^ODI wording/ }));
    const lifting = screen.getByLabelText('ODI 3. Lifting');
    fireEvent.change(lifting, { target: { value: 'Lifting' } });
    fireEvent.blur(lifting);
    // Typing the first section does not turn the nine others red.
    expect(screen.queryByText('Enter this section’s wording too, or clear all 10')).toBeNull();
    expect(screen.getByText('7 / 600')).toBeInTheDocument();
    await user.click(save());

    expect(await screen.findAllByText('Enter this section’s wording too, or clear all 10')).toHaveLength(9);
    const boxes = boxesOf('ODI');
    expect(boxes).toHaveLength(10);
    expect(boxes[0]).toHaveAccessibleName('ODI 1. Pain intensity');
    expect(boxes[0]).toHaveAttribute('aria-invalid', 'true');
    expect(boxes[2]).toHaveAttribute('aria-invalid', 'false');
    expect(wording('ODI')).toHaveTextContent('Entered (1 of 10 sections)');
    expect(updateMock).not.toHaveBeenCalled();
  });

  it('saves the ten sections’ wording trimmed, in order', async () => {
    const sections = [
      'Pain intensity',
      'Personal care',
      'Lifting',
      'Walking',
      'Sitting',
      'Standing',
      'Sleeping',
      'Sex life',
      'Social life',
      'Travelling',
    ];
    fetchMock.mockResolvedValue({
      ...riverside,
      licensedItemText: [{ instrument: 'ODI', items: sections.map((name) => `${name}: as licensed`) }],
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: /^ODI wording/ }));
    fireEvent.change(boxesOf('ODI')[9]!, { target: { value: '  Travelling: as licensed, corrected  ' } });
    await user.click(save());

    await waitFor(() => expect(updateMock).toHaveBeenCalledTimes(1));
    expect(updateMock.mock.calls[0][0].licensedItemText).toEqual([
      { instrument: 'ODI', items: [...sections.slice(0, 9).map((name) => `${name}: as licensed`), 'Travelling: as licensed, corrected'] },
      { instrument: 'NDI', items: [] },
    ]);
  });

  // That emptying every box removes the wording is toLicensedItemText's test (questionnaireRules.spec).
  it('shows stored wording and sends it back unchanged', async () => {
    const items = Array.from({ length: 10 }, (_, i) => `Section ${i + 1} as licensed`);
    fetchMock.mockResolvedValue({ ...riverside, licensedItemText: [{ instrument: 'NDI', items }] });
    const user = userEvent.setup();
    renderPage();
    expect(await screen.findByRole('button', { name: /^NDI wording/ })).toHaveTextContent('Entered (10 of 10 sections)');
    await user.click(wording('NDI'));
    const boxes = boxesOf('NDI');
    expect(boxes[3]).toHaveAccessibleName('NDI 4. Reading');
    expect(boxes.map((box) => (box as HTMLTextAreaElement).value)).toEqual(items);
    await user.click(save());
    await waitFor(() => expect(updateMock).toHaveBeenCalledTimes(1));
    expect(updateMock.mock.calls[0][0].licensedItemText).toEqual([
      { instrument: 'ODI', items: [] },
      { instrument: 'NDI', items },
    ]);
  });

  it.each([
    ['questionnaireInstruments[3].instruments', 'names an instrument twice', () => within(region('Neck')).getByRole('alert')],
    [
      'licensedItemText.1.items',
      'must not contain control characters or unpaired surrogates',
      () => within(screen.getByRole('region', { name: /^NDI wording/ })).getByRole('alert'),
    ],
  ])('puts the server’s refusal of %s on its field', async (field, text, where) => {
    const message = `${field}: ${text}`;
    const extensions = { code: 'BAD_USER_INPUT', field, issues: [{ field, message: text }] };
    updateMock.mockRejectedValue(new ApiError(message, 'BAD_USER_INPUT', extensions, fieldErrors(message, extensions)));
    const user = userEvent.setup();
    renderPage();
    await screen.findByLabelText('Follow-up after (months)');
    await user.click(save());
    await waitFor(() => expect(where()).toHaveTextContent(text));
  });
});
