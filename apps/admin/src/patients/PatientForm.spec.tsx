import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError, fieldErrors } from '../providers/graphqlErrors';
import { renderAdmin, signInAs } from '../test/renderAdmin';
import type { Patient } from './choices';
import { localToday } from './dates';
import { validateDateOfBirth } from './validation';

const alice: Patient = {
  id: 'p1',
  firstName: 'Alice',
  lastName: 'Martinez',
  name: 'Alice Martinez',
  dateOfBirth: '1978-04-12',
  email: 'alice@example.com',
  phone: null,
  preferredChannel: null,
  emailConsent: false,
  smsConsent: false,
  complaintRegion: 'LOWER_BACK',
  clearanceStatus: 'NEEDS_MEDICAL_CLEARANCE',
  notes: '',
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
};

function fakeDataProvider(overrides: Record<string, jest.Mock> = {}) {
  return {
    getOne: jest.fn().mockResolvedValue({ data: alice }),
    getList: jest.fn().mockResolvedValue({ data: [alice], total: 1 }),
    getMany: jest.fn().mockResolvedValue({ data: [alice] }),
    create: jest.fn().mockImplementation((_r, { data }) => Promise.resolve({ data: { ...alice, ...data, id: 'p2' } })),
    update: jest.fn().mockImplementation((_r, { data }) => Promise.resolve({ data: { ...alice, ...data } })),
    delete: jest.fn().mockResolvedValue({ data: alice }),
    ...overrides,
  };
}

async function fillRequired(user: ReturnType<typeof userEvent.setup>, dateOfBirth: string) {
  await user.type(await screen.findByLabelText(/first name/i), 'Nora');
  await user.type(screen.getByLabelText(/last name/i), 'Lindqvist');
  fireEvent.change(screen.getByLabelText(/date of birth/i), { target: { value: dateOfBirth } });
  await user.click(screen.getByLabelText(/complaint region/i));
  await user.click(await screen.findByRole('option', { name: 'Neck' }));
}

describe('validateDateOfBirth', () => {
  const validate = validateDateOfBirth(() => '2026-03-10');
  it.each([
    ['2026-03-10', undefined],
    ['1900-01-01', undefined],
    ['2026-03-11', 'Date of birth cannot be in the future'],
    ['1899-12-31', 'Date of birth cannot be before 1900'],
    ['2023-02-30', 'Enter a real date (YYYY-MM-DD)'],
    ['12/03/1980', 'Enter a real date (YYYY-MM-DD)'],
  ])('%s -> %s', (value, expected) => {
    expect(validate(value, {}, {} as never)).toBe(expected);
  });
});

describe('patient create form', () => {
  beforeEach(() => {
    localStorage.clear();
    signInAs('FRONT_DESK');
  });

  it('labels every input so it can be reached by its name', async () => {
    renderAdmin('/patients/create', fakeDataProvider());
    for (const label of [
      /first name/i,
      /last name/i,
      /date of birth/i,
      /complaint region/i,
      'Email',
      /mobile phone/i,
      /preferred channel/i,
      'May contact by email',
      'May contact by SMS',
      /notes/i,
    ]) {
      expect(await screen.findByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByLabelText(/date of birth/i)).toHaveAttribute('type', 'date');
  });

  it('refuses to save without the required fields', async () => {
    const user = userEvent.setup();
    const dataProvider = fakeDataProvider();
    renderAdmin('/patients/create', dataProvider);
    await user.click(await screen.findByRole('button', { name: /save patient/i }));
    expect(await screen.findByText('Enter the first name')).toBeInTheDocument();
    expect(screen.getByText('Enter the last name')).toBeInTheDocument();
    expect(screen.getByText('Enter the date of birth')).toBeInTheDocument();
    expect(screen.getByText('Choose the complaint region')).toBeInTheDocument();
    expect(dataProvider.create).not.toHaveBeenCalled();
  });

  it('rejects a date of birth in the future before calling the server', async () => {
    const user = userEvent.setup();
    const dataProvider = fakeDataProvider();
    renderAdmin('/patients/create', dataProvider);
    const nextYear = String(Number(localToday().slice(0, 4)) + 1) + localToday().slice(4);
    await fillRequired(user, nextYear);
    await user.click(screen.getByRole('button', { name: /save patient/i }));
    expect(await screen.findByText('Date of birth cannot be in the future')).toBeInTheDocument();
    expect(dataProvider.create).not.toHaveBeenCalled();
  });

  it('sends trimmed values and blank contact fields as null', async () => {
    const user = userEvent.setup();
    const dataProvider = fakeDataProvider();
    renderAdmin('/patients/create', dataProvider);
    await fillRequired(user, '1984-03-12');
    await user.click(screen.getByRole('button', { name: /save patient/i }));
    await waitFor(() => expect(dataProvider.create).toHaveBeenCalled());
    expect(dataProvider.create.mock.calls[0][1].data).toEqual(
      expect.objectContaining({
        firstName: 'Nora',
        lastName: 'Lindqvist',
        dateOfBirth: '1984-03-12',
        complaintRegion: 'NECK',
        email: null,
        phone: null,
        preferredChannel: null,
        emailConsent: false,
        smsConsent: false,
      }),
    );
  });

  it('sends the preferred channel and the consents the patient gave', async () => {
    const user = userEvent.setup();
    const dataProvider = fakeDataProvider();
    renderAdmin('/patients/create', dataProvider);
    await fillRequired(user, '1984-03-12');
    expect(screen.getByText('Include the country code, e.g. +1 202 555 0100')).toBeInTheDocument();
    expect(screen.getByText('SMS only with the patient’s consent')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/mobile phone/i), '+1 202 555 0100');
    await user.click(screen.getByLabelText(/preferred channel/i));
    await user.click(await screen.findByRole('option', { name: 'SMS' }));
    await user.click(screen.getByLabelText('May contact by SMS'));
    await user.click(screen.getByRole('button', { name: /save patient/i }));
    await waitFor(() => expect(dataProvider.create).toHaveBeenCalled());
    expect(dataProvider.create.mock.calls[0][1].data).toEqual(
      expect.objectContaining({ phone: '+1 202 555 0100', preferredChannel: 'SMS', emailConsent: false, smsConsent: true }),
    );
  });

  it('shows the server’s phone check on the phone field', async () => {
    const user = userEvent.setup();
    const message = 'phone: is not a valid phone number';
    const extensions = { code: 'BAD_USER_INPUT', field: 'phone', issues: [{ field: 'phone', message: 'is not a valid phone number' }] };
    const dataProvider = fakeDataProvider({
      create: jest.fn().mockRejectedValue(new ApiError(message, 'BAD_USER_INPUT', extensions, fieldErrors(message, extensions))),
    });
    renderAdmin('/patients/create', dataProvider);
    await fillRequired(user, '1984-03-12');
    await user.type(screen.getByLabelText(/mobile phone/i), '+1 555');
    await user.click(screen.getByRole('button', { name: /save patient/i }));
    expect(await screen.findByText('is not a valid phone number')).toBeInTheDocument();
    expect(screen.getByLabelText(/mobile phone/i)).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the server’s BAD_USER_INPUT message on the field it names', async () => {
    const user = userEvent.setup();
    const message = 'email: must be a valid email address';
    const extensions = { code: 'BAD_USER_INPUT', field: 'email', issues: [{ field: 'email', message: 'must be a valid email address' }] };
    const dataProvider = fakeDataProvider({
      create: jest.fn().mockRejectedValue(new ApiError(message, 'BAD_USER_INPUT', extensions, fieldErrors(message, extensions))),
    });
    renderAdmin('/patients/create', dataProvider);
    await fillRequired(user, '1984-03-12');
    await user.type(screen.getByLabelText('Email'), 'nora@example-.com');
    await user.click(screen.getByRole('button', { name: /save patient/i }));
    expect(await screen.findByText('must be a valid email address')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    // The notification repeats the server's whole message.
    expect(await screen.findByText(message)).toBeInTheDocument();
  });
});

describe('patient contact on the show page', () => {
  beforeEach(() => localStorage.clear());

  it('shows the phone grouped for reading, the preferred channel and the consents', async () => {
    signInAs('FRONT_DESK');
    const reachable = { ...alice, phone: '+12025550100', preferredChannel: 'SMS' as const, emailConsent: true, smsConsent: true };
    renderAdmin('/patients/p1/show', fakeDataProvider({ getOne: jest.fn().mockResolvedValue({ data: reachable }) }));
    await screen.findByRole('heading', { name: 'Alice Martinez', level: 2 });
    const demographics = screen.getByRole('region', { name: 'Demographics' });
    expect(within(demographics).getByText('+1 202 555 0100')).toBeInTheDocument();
    expect(within(demographics).getByText('SMS')).toBeInTheDocument();
    expect(within(demographics).getByText('Email and SMS')).toBeInTheDocument();
  });
});

describe('patient pages by role', () => {
  beforeEach(() => localStorage.clear());

  it('offers delete to the owner', async () => {
    signInAs('OWNER');
    renderAdmin('/patients/p1/show', fakeDataProvider());
    const summary = await screen.findByRole('heading', { name: 'Alice Martinez', level: 2 });
    expect(summary).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /delete/i })).toBeInTheDocument();
  });

  it('hides delete from front-desk staff but shows demographics and clearance', async () => {
    signInAs('FRONT_DESK');
    renderAdmin('/patients/p1/show', fakeDataProvider());
    await screen.findByRole('heading', { name: 'Alice Martinez', level: 2 });
    const demographics = screen.getByRole('region', { name: 'Demographics' });
    expect(within(demographics).getByText('Lower back')).toBeInTheDocument();
    expect(within(demographics).getByText(/1978/)).toBeInTheDocument();
    expect(screen.getByText('Needs medical clearance')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /edit/i })).toBeInTheDocument();
    expect(within(demographics).getByText('No consent given')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /delete/i })).not.toBeInTheDocument();
  });
});
