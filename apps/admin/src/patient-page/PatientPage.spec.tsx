// Every state of the patient page, with a fake API: what the link shows before any click (nothing is
// done on opening it), what a click does, and what the patient reads when the server says no.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LinkError, UNAVAILABLE_MESSAGE, type LinkView, type PatientApi } from './api';
import { PatientPage } from './PatientPage';

// 2099-01-13 15:00Z is 10:00 EST in New York; 2020 is long past.
const FUTURE = { startsAt: '2099-01-13T15:00:00.000Z', endsAt: '2099-01-13T16:00:00.000Z' };
const PAST = { startsAt: '2020-01-14T15:00:00.000Z', endsAt: '2020-01-14T16:00:00.000Z' };

function view(overrides: Partial<LinkView> = {}): LinkView {
  return {
    purpose: 'CONFIRM',
    clinicName: 'Riverside Back Care',
    clinicAddress: '12 River Street\nSpringfield',
    timezone: 'America/New_York',
    ...FUTURE,
    therapistName: 'Maya Chen',
    serviceName: 'Deep tissue massage (60 min)',
    sessionStatus: 'BOOKED',
    confirmedAt: null,
    lateCancel: false,
    offerStatus: null,
    lateCancelWindowHours: 24,
    cancelWouldBeLate: false,
    usedAt: null,
    ...overrides,
  };
}

function fakeApi(overrides: Partial<Record<keyof PatientApi, jest.Mock>> = {}) {
  return {
    view: jest.fn().mockResolvedValue(view()),
    confirm: jest.fn(),
    cancel: jest.fn(),
    claim: jest.fn(),
    optOut: jest.fn(),
    questionnaire: jest.fn(),
    submitQuestionnaire: jest.fn(),
    ...overrides,
  } satisfies Record<keyof PatientApi, jest.Mock>;
}

function open(path: string, api: PatientApi) {
  const url = new URL(path, 'https://clinic.example');
  return render(<PatientPage location={{ pathname: url.pathname, search: url.search }} api={api} />);
}

const heading = () => screen.getByRole('heading', { level: 1 });
const button = (name: string | RegExp) => screen.queryByRole('button', { name });

describe('an incomplete link', () => {
  it.each(['/p/confirm', '/p/cancel?token=', '/p/questionnaire', '/p/questionnaires?token=abc', '/p/'])(
    '%s asks for the whole link',
    (path) => {
      const api = fakeApi();
      open(path, api);
      expect(heading()).toHaveTextContent('This link is not complete');
      expect(screen.getByText(/copy the whole link/)).toBeInTheDocument();
      expect(api.view).not.toHaveBeenCalled();
    },
  );
});

describe('a link the server refuses', () => {
  it('shows its message for a tampered or expired link, with no way to act', async () => {
    const message = 'This link is not valid. Please check that you opened the whole link, or contact the clinic.';
    open('/p/confirm?token=bad', fakeApi({ view: jest.fn().mockRejectedValue(new LinkError(message, 'BAD_USER_INPUT')) }));
    expect(await screen.findByRole('heading', { name: 'This link cannot be used' })).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers to try again when the server could not answer', async () => {
    const api = fakeApi({
      view: jest.fn().mockRejectedValueOnce(new LinkError(UNAVAILABLE_MESSAGE, 'UNAVAILABLE')).mockResolvedValue(view()),
    });
    open('/p/confirm?token=t', api);
    expect(await screen.findByRole('heading', { name: 'This link cannot be opened right now' })).toBeInTheDocument();
    expect(screen.getByText(UNAVAILABLE_MESSAGE)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Please confirm your appointment' })).toBeInTheDocument();
  });

  it('says so when the link is for something else than its path', async () => {
    open('/p/confirm?token=t', fakeApi({ view: jest.fn().mockResolvedValue(view({ purpose: 'CANCEL' })) }));
    expect(await screen.findByRole('heading', { name: 'This link cannot be used here' })).toBeInTheDocument();
    expect(button(/confirm/i)).toBeNull();
  });
});

describe('/p/confirm', () => {
  it('shows the appointment on the clinic’s clock and does nothing until the click', async () => {
    const api = fakeApi();
    open('/p/confirm?token=tok', api);
    expect(await screen.findByRole('heading', { name: 'Please confirm your appointment' })).toBeInTheDocument();
    expect(screen.getByText('Riverside Back Care', { selector: '.pp-clinic' })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Appointment' });
    expect(within(details).getByText('Tuesday 13 January 2099')).toBeInTheDocument();
    expect(within(details).getByText('10:00–11:00 EST')).toBeInTheDocument();
    expect(within(details).getByText(/New York time/)).toBeInTheDocument();
    expect(within(details).getByText('Deep tissue massage (60 min)')).toBeInTheDocument();
    expect(within(details).getByText('Maya Chen')).toBeInTheDocument();
    expect(within(details).getByText(/12 River Street/)).toBeInTheDocument();
    expect(api.view).toHaveBeenCalledWith('tok');
    expect(api.confirm).not.toHaveBeenCalled();
    expect(document.title).toBe('Please confirm your appointment – Riverside Back Care');
  });

  it('confirms on the click and says so, focusing the outcome', async () => {
    const confirmed = view({ confirmedAt: '2099-01-10T12:00:00.000Z', usedAt: '2099-01-10T12:00:00.000Z' });
    let finish: (v: LinkView) => void = () => undefined;
    const api = fakeApi({ confirm: jest.fn(() => new Promise<LinkView>((resolve) => (finish = resolve))) });
    open('/p/confirm?token=tok', api);
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm I’m coming' }));
    expect(screen.getByRole('button', { name: 'Confirming…' })).toBeDisabled();
    finish(confirmed);
    expect(await screen.findByRole('heading', { name: 'You’re confirmed' })).toHaveFocus();
    expect(api.confirm).toHaveBeenCalledTimes(1);
    expect(api.confirm).toHaveBeenCalledWith('tok');
    expect(screen.getByText(/Riverside Back Care expects you on/)).toHaveTextContent(
      'Riverside Back Care expects you on Tuesday 13 January 2099 at 10:00 EST.',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each([
    ['already confirmed', view({ confirmedAt: '2099-01-10T12:00:00.000Z' }), 'You’re confirmed'],
    ['cancelled', view({ sessionStatus: 'CANCELLED' }), 'This appointment was cancelled'],
    ['completed', view({ sessionStatus: 'COMPLETED', ...PAST }), 'This appointment has passed'],
    ['begun', view({ ...PAST }), 'This appointment has passed'],
  ])('%s: a clear message and no button', async (_name, linkView, title) => {
    open('/p/confirm?token=tok', fakeApi({ view: jest.fn().mockResolvedValue(linkView) }));
    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('reads the link again after a conflict and shows what is now true', async () => {
    const api = fakeApi({
      view: jest
        .fn()
        .mockResolvedValueOnce(view())
        .mockResolvedValue(view({ sessionStatus: 'CANCELLED' })),
      confirm: jest.fn().mockRejectedValue(new LinkError('This appointment has been cancelled.', 'CONFLICT')),
    });
    open('/p/confirm?token=tok', api);
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm I’m coming' }));
    expect(await screen.findByRole('heading', { name: 'This appointment was cancelled' })).toHaveFocus();
    expect(api.view).toHaveBeenCalledTimes(2);
  });

  it('keeps the button after a refusal that may pass, with the server’s words', async () => {
    const api = fakeApi({
      confirm: jest.fn().mockRejectedValue(new LinkError('Too many attempts from this address. Try again later.', 'RATE_LIMITED')),
    });
    open('/p/confirm?token=tok', api);
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm I’m coming' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts from this address. Try again later.');
    expect(button('Confirm I’m coming')).toBeEnabled();
  });
});

describe('/p/cancel', () => {
  const cancelView = (overrides: Partial<LinkView> = {}) => view({ purpose: 'CANCEL', ...overrides });

  it('explains the late-cancel policy before the button when it applies', async () => {
    open('/p/cancel?token=tok', fakeApi({ view: jest.fn().mockResolvedValue(cancelView({ cancelWouldBeLate: true })) }));
    expect(await screen.findByRole('heading', { name: 'Cancel your appointment' })).toBeInTheDocument();
    const policy = screen.getByText(/This would be a late cancellation/).closest('.pp-notice')!;
    expect(policy).toHaveTextContent(
      'Cancelling less than 24 hours before an appointment may incur a late-cancellation fee under the clinic’s policy.',
    );
    // The policy comes first in reading order.
    expect(policy.compareDocumentPosition(screen.getByRole('button', { name: 'Cancel appointment' }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('says nothing of a fee when the cancellation is in time', async () => {
    open('/p/cancel?token=tok', fakeApi({ view: jest.fn().mockResolvedValue(cancelView()) }));
    await screen.findByRole('button', { name: 'Cancel appointment' });
    expect(screen.queryByText(/late-cancellation fee/)).toBeNull();
  });

  it('cancels with the reason on the click and says it is done', async () => {
    const api = fakeApi({
      view: jest.fn().mockResolvedValue(cancelView({ cancelWouldBeLate: true })),
      cancel: jest.fn().mockResolvedValue(cancelView({ sessionStatus: 'CANCELLED', lateCancel: true, usedAt: '2099-01-13T01:00:00.000Z' })),
    });
    open('/p/cancel?token=tok', api);
    await userEvent.type(await screen.findByLabelText('Reason (optional)'), 'Down with the flu');
    expect(api.cancel).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel appointment' }));
    expect(await screen.findByRole('heading', { name: 'Your appointment is cancelled' })).toHaveFocus();
    expect(api.cancel).toHaveBeenCalledWith('tok', 'Down with the flu');
    expect(screen.getByText(/records it as a late cancellation/)).toHaveTextContent('less than 24 hours before the start');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each([
    ['cancelled by the clinic', cancelView({ sessionStatus: 'CANCELLED' }), 'This appointment is already cancelled'],
    ['past', cancelView({ ...PAST }), 'This appointment has passed'],
  ])('%s: no button', async (_name, linkView, title) => {
    open('/p/cancel?token=tok', fakeApi({ view: jest.fn().mockResolvedValue(linkView) }));
    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('/p/claim', () => {
  const offer = (overrides: Partial<LinkView> = {}) =>
    view({ purpose: 'CLAIM', sessionStatus: null, offerStatus: 'OPEN', lateCancelWindowHours: 24, ...overrides });

  it('books the offered time on the click', async () => {
    const api = fakeApi({
      view: jest.fn().mockResolvedValue(offer()),
      claim: jest.fn().mockResolvedValue(offer({ offerStatus: 'CLAIMED', usedAt: '2099-01-10T12:00:00.000Z' })),
    });
    open('/p/claim?token=tok', api);
    expect(await screen.findByRole('heading', { name: 'A time has become available' })).toBeInTheDocument();
    expect(api.claim).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Book this time' }));
    expect(await screen.findByRole('heading', { name: 'You’re booked' })).toHaveFocus();
    expect(screen.getByText(/^Booked:/)).toHaveTextContent('Booked: Tuesday 13 January 2099 at 10:00 EST.');
  });

  it('shows the server’s words when someone else was faster', async () => {
    const taken = 'Sorry, this time was just taken by someone else. You are still on the wait list.';
    const api = fakeApi({
      view: jest
        .fn()
        .mockResolvedValueOnce(offer())
        .mockResolvedValue(offer({ offerStatus: 'TAKEN' })),
      claim: jest.fn().mockRejectedValue(new LinkError(taken, 'CONFLICT')),
    });
    open('/p/claim?token=tok', api);
    await userEvent.click(await screen.findByRole('button', { name: 'Book this time' }));
    expect(await screen.findByRole('heading', { name: 'This time is no longer available' })).toBeInTheDocument();
    expect(screen.getByText(taken)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each([
    ['TAKEN', 'This time is no longer available', /just taken by someone else/],
    ['EXPIRED', 'This offer has expired', /This offer has expired. You are still on the wait list./],
  ] as const)('an offer %s on opening: no button', async (status, title, text) => {
    open('/p/claim?token=tok', fakeApi({ view: jest.fn().mockResolvedValue(offer({ offerStatus: status })) }));
    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('/p/opt-out', () => {
  it.each([
    ['EMAIL', 'emails'],
    ['SMS', 'text messages'],
  ] as const)('explains, then stops %s on the click', async (channel, words) => {
    const api = fakeApi({ optOut: jest.fn().mockResolvedValue(channel) });
    open('/p/opt-out?token=tok', api);
    expect(heading()).toHaveTextContent('Stop messages from the clinic');
    expect(screen.getByText(/Your appointments are not affected/)).toBeInTheDocument();
    expect(api.optOut).not.toHaveBeenCalled();
    expect(api.view).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Stop these messages' }));
    expect(await screen.findByRole('heading', { name: 'You’re unsubscribed' })).toHaveFocus();
    expect(screen.getByText(`You will no longer receive ${words} from the clinic.`)).toBeInTheDocument();
    expect(api.optOut).toHaveBeenCalledWith('tok');
  });

  it('a used link says there is nothing more to do', async () => {
    const api = fakeApi({
      optOut: jest.fn().mockRejectedValue(new LinkError('This link has already been used: you are unsubscribed.', 'CONFLICT')),
    });
    open('/p/opt-out?token=tok', api);
    await userEvent.click(screen.getByRole('button', { name: 'Stop these messages' }));
    expect(await screen.findByRole('heading', { name: 'Nothing more to do' })).toBeInTheDocument();
    expect(screen.getByText('This link has already been used: you are unsubscribed.')).toBeInTheDocument();
  });

  it('a network failure keeps the button', async () => {
    const api = fakeApi({ optOut: jest.fn().mockRejectedValue(new LinkError(UNAVAILABLE_MESSAGE, 'UNAVAILABLE')) });
    open('/p/opt-out?token=tok', api);
    await userEvent.click(screen.getByRole('button', { name: 'Stop these messages' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(UNAVAILABLE_MESSAGE));
    expect(button('Stop these messages')).toBeEnabled();
  });
});
