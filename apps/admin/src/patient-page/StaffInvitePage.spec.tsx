// The invitation page with a fake API: who is invited before anything is done, the password chosen
// twice, the policy's refusal beside the field, and the server's words for a used or replaced link.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LinkError } from './api';
import { PatientPage } from './PatientPage';
import type { StaffInviteApi, StaffInviteView } from './staff-invite-api';

const INVITE: StaffInviteView = {
  clinicName: 'Riverside Back Care',
  name: 'Tara Therapist',
  email: 'tara@example.com',
  role: 'THERAPIST',
  expiresAt: '2099-01-13T15:00:00.000Z',
};

function fakeApi(overrides: Partial<Record<keyof StaffInviteApi, jest.Mock>> = {}) {
  return { view: jest.fn().mockResolvedValue(INVITE), accept: jest.fn().mockResolvedValue(INVITE), ...overrides };
}

function open(api: StaffInviteApi) {
  const patientApi = {} as never; // the invitation page makes no patient calls
  render(<PatientPage location={{ pathname: '/p/staff-invite', search: '?token=abc.def' }} api={patientApi} staffInviteApi={api} />);
}

const heading = () => screen.getByRole('heading', { level: 1 });

describe('the staff invitation page', () => {
  it('shows the invitation, and sets the password typed twice', async () => {
    const api = fakeApi();
    open(api);
    expect(await screen.findByRole('heading', { level: 1, name: 'Set your password' })).toBeInTheDocument();
    expect(api.view).toHaveBeenCalledWith('abc.def');
    expect(api.accept).not.toHaveBeenCalled();
    expect(screen.getByText('tara@example.com')).toBeInTheDocument();
    expect(screen.getByText('Therapist')).toBeInTheDocument();
    expect(screen.getByText(/Welcome, Tara Therapist/)).toBeInTheDocument();

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('New password'), 'spine-and-shoulders-7');
    await user.type(screen.getByLabelText('Confirm password'), 'spine-and-shoulders-8');
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    expect(screen.getByText('The two passwords are not the same.')).toBeInTheDocument();
    expect(api.accept).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('Confirm password'));
    await user.type(screen.getByLabelText('Confirm password'), 'spine-and-shoulders-7');
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your password is set' })).toBeInTheDocument();
    expect(api.accept).toHaveBeenCalledWith('abc.def', 'spine-and-shoulders-7');
    expect(screen.getByRole('link', { name: 'Sign in to Backtrack' })).toHaveAttribute('href', '/#/login');
  });

  it('puts the password policy’s refusal beside the field', async () => {
    const refusal = new LinkError('is too common; choose a less guessable password', 'BAD_USER_INPUT', [
      { field: 'password', message: 'is too common; choose a less guessable password' },
    ]);
    const api = fakeApi({ accept: jest.fn().mockRejectedValue(refusal) });
    open(api);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('New password'), 'password123');
    await user.type(screen.getByLabelText('Confirm password'), 'password123');
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByText(/is too common/)).toBeInTheDocument();
    expect(screen.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true');
    expect(heading()).toHaveTextContent('Set your password');
  });

  it('says why a used or replaced link cannot be used, and nothing more', async () => {
    const api = fakeApi({
      view: jest
        .fn()
        .mockRejectedValue(new LinkError('This invitation has already been used. Sign in with the password you set.', 'CONFLICT')),
    });
    open(api);
    expect(await screen.findByRole('heading', { level: 1, name: 'This link cannot be used' })).toBeInTheDocument();
    expect(screen.getByText(/already been used/)).toBeInTheDocument();
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
  });
});
