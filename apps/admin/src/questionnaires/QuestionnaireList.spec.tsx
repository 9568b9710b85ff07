// Questionnaires at home as the front desk chases them: each request's patient (and a number to call),
// occasion and instruments in words, its times on the clinic's clock, where it stands, and a quick way
// to those still waiting, soonest to close first; on a request's page, whether its messages got through.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { Admin, Resource, TestMemoryRouter, memoryStore, type DataProvider, type GetListParams } from 'react-admin';
import type { Message } from '../messages/record';
import { createAuthProvider } from '../providers/authProvider';
import { signInAs } from '../test/renderAdmin';
import questionnaires from '.';
import type { QuestionnaireRequest } from './record';

// The list's first render (filters, reference fields), and its render again after a filter changes, can
// take seconds on a busy machine.
const SLOW = { timeout: 10_000 };

jest.mock('../shared/catalog', () => ({ useCatalog: () => ({ data: { clinic: { timezone: 'America/New_York' } } }) }));
jest.mock('./api', () => ({ useFollowUpMonths: () => 3 }));

const HOUR = 3_600_000;
/** Requests still open are dated from the real clock; closed ones in 2025, so their dates carry the year. */
const fromNow = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

const request = (fields: Partial<QuestionnaireRequest> & Pick<QuestionnaireRequest, 'id' | 'patientId'>): QuestionnaireRequest => ({
  episodeId: `e-${fields.patientId}`,
  occasion: 'PROGRESS',
  sequence: 4,
  instruments: ['ODI', 'NPRS'],
  sendAt: fromNow(-48),
  expiresAt: fromNow(3 * 24 + 1),
  status: 'PENDING',
  statusReason: null,
  answeredAt: null,
  createdAt: fromNow(-48),
  ...fields,
});

const REQUESTS: QuestionnaireRequest[] = [
  request({ id: 'q-alice', patientId: 'p-alice' }),
  request({ id: 'q-farid', patientId: 'p-farid', occasion: 'BASELINE', sequence: 0, sendAt: fromNow(30), expiresAt: fromNow(102) }),
  request({
    id: 'q-ben',
    patientId: 'p-ben',
    occasion: 'BASELINE',
    sequence: 0,
    instruments: ['NDI', 'NPRS'],
    sendAt: '2025-03-02T15:00:00.000Z', // 10:00 in New York (EST)
    expiresAt: '2025-03-05T15:00:00.000Z',
    status: 'ANSWERED',
    answeredAt: '2025-03-03T01:30:00.000Z', // 20:30 the evening before, at home
  }),
  request({
    id: 'q-chloe',
    patientId: 'p-chloe',
    occasion: 'FOLLOW_UP',
    sequence: 0,
    instruments: ['PSFS', 'NPRS'],
    sendAt: '2025-06-10T14:00:00.000Z',
    expiresAt: '2025-06-17T14:00:00.000Z',
    status: 'EXPIRED',
    statusReason: 'Not answered in time',
  }),
  request({
    id: 'q-david',
    patientId: 'p-david',
    occasion: 'BASELINE',
    sequence: 0,
    sendAt: '2025-04-01T14:00:00.000Z',
    expiresAt: '2025-04-04T14:00:00.000Z',
    status: 'CANCELLED',
    statusReason: 'The first visit was cancelled',
  }),
];

const consenting = { email: null, emailConsent: false, smsConsent: true };
const PATIENTS = [
  { id: 'p-alice', name: 'Alice Martinez', phone: '+12025550101', ...consenting },
  { id: 'p-farid', name: 'Farid Haddad', phone: '+12025550106', ...consenting },
  { id: 'p-ben', name: 'Ben Carter', phone: '+12025550102', email: 'ben@example.com', emailConsent: false, smsConsent: false },
  { id: 'p-chloe', name: 'Chloe Nguyen', phone: null, email: 'chloe@example.com', emailConsent: true, smsConsent: false },
  { id: 'p-david', name: 'David Osei', phone: '+12025550104', ...consenting },
];

const skipped = (id: string, sendAt: string): Message => ({
  id,
  patientId: 'p-ben',
  sessionId: null,
  kind: 'QUESTIONNAIRE',
  channel: 'EMAIL',
  to: 'ben@example.com',
  subject: 'Riverside Back Care: a short questionnaire about your back',
  text: 'Please tell us how your back is.',
  sendAt,
  sentAt: null,
  status: 'SKIPPED',
  statusReason: 'No consent: the patient has not agreed to be contacted by email or SMS at the address on file',
  providerResult: null,
  attempts: 0,
  createdAt: sendAt,
});

/** Ben's progress request, still open, whose message and first reminder were skipped for want of consent. */
const bensOpen = request({ id: 'q-ben-open', patientId: 'p-ben', sequence: 8, sendAt: fromNow(-50), expiresAt: fromNow(118) });
const MESSAGES: Message[] = [
  skipped('m-old', '2025-03-02T15:00:00.000Z'), // the baseline's, another request
  skipped('m-request', bensOpen.sendAt),
  skipped('m-reminder', fromNow(-2)),
];

function matching(params: GetListParams): QuestionnaireRequest[] {
  const filter = params.filter as { status?: string };
  return REQUESTS.filter((r) => !filter.status || r.status === filter.status);
}

function renderAt(path: string) {
  const dataProvider = {
    getList: jest.fn((resource: string, params: GetListParams) => {
      if (resource === 'messages') return Promise.resolve({ data: MESSAGES, total: MESSAGES.length });
      if (resource === 'patients') return Promise.resolve({ data: PATIENTS, total: PATIENTS.length });
      const data = matching(params);
      return Promise.resolve({ data: data.slice(0, params.pagination?.perPage ?? 25), total: data.length });
    }),
    getOne: jest.fn((resource: string, { id }: { id: string }) =>
      Promise.resolve({ data: resource === 'patients' ? PATIENTS.find((p) => p.id === id) : bensOpen }),
    ),
    getMany: jest.fn((_: string, { ids }: { ids: string[] }) => Promise.resolve({ data: PATIENTS.filter((p) => ids.includes(p.id)) })),
  };
  const authProvider = createAuthProvider({ login: () => Promise.reject(new Error('not in tests')), onLogout: () => undefined });
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <Admin disableTelemetry dataProvider={dataProvider as unknown as DataProvider} authProvider={authProvider} store={memoryStore()}>
        <Resource name="patients" />
        <Resource name="messages" show={() => <p>Message page</p>} />
        <Resource name="questionnaires" {...questionnaires} />
      </Admin>
    </TestMemoryRouter>,
  );
  return dataProvider;
}

/** MUI's useMediaQuery against a screen this wide (jsdom has no matchMedia of its own). */
function atWidth(width: number) {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string) => {
      const min = /min-width:\s*([\d.]+)px/.exec(query);
      const max = /max-width:\s*([\d.]+)px/.exec(query);
      const matches = (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
      return {
        matches,
        media: query,
        onchange: null,
        addListener() {},
        removeListener() {},
        addEventListener() {},
        removeEventListener() {},
      };
    },
  });
}

const rowOf = async (name: string) => (await screen.findByText(name, {}, SLOW)).closest('tr')!;

describe('questionnaires', () => {
  beforeEach(() => {
    localStorage.clear();
    signInAs('FRONT_DESK');
  });
  afterEach(() => {
    delete (window as { matchMedia?: unknown }).matchMedia;
  });

  it('lists each request on a desktop with its occasion, instruments, clinic-local times and where it stands', async () => {
    atWidth(1280);
    renderAt('/questionnaires');

    const headers = within((await rowOf('Alice Martinez')).closest('table')!).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Patient', 'Occasion', 'Instruments', 'Sent', 'Answer by', 'Status', 'Answered']);

    const alice = await rowOf('Alice Martinez');
    expect(alice).toHaveTextContent('+1 202 555 0101');
    expect(alice).toHaveTextContent('After 4 sessions');
    expect(alice).toHaveTextContent('ODI, NPRS');
    expect(within(alice).getByTitle('Oswestry Disability Index')).toHaveTextContent('ODI');
    expect(within(alice).getByText('Waiting')).toBeInTheDocument();
    expect(within(alice).getByText('closes in 3 days')).toBeInTheDocument();

    const ben = await rowOf('Ben Carter');
    expect(ben).toHaveTextContent('Before first visit');
    expect(ben).toHaveTextContent('NDI, NPRS');
    expect(within(ben).getByText('2 Mar 2025, 10:00')).toBeInTheDocument();
    expect(within(ben).getByText('5 Mar 2025, 10:00')).toBeInTheDocument();
    expect(within(ben).getByText('Answered')).toBeInTheDocument();
    expect(within(ben).getByText('2 Mar 2025, 20:30')).toBeInTheDocument();
    expect(within(ben).getByText('No consent to messages')).toBeInTheDocument();

    const chloe = await rowOf('Chloe Nguyen');
    expect(chloe).toHaveTextContent('3-month follow-up');
    expect(chloe).toHaveTextContent('chloe@example.com');
    expect(within(chloe).getByText('Expired')).toBeInTheDocument();
    expect(within(chloe).getByText('Not answered in time')).toBeInTheDocument();

    const david = await rowOf('David Osei');
    expect(within(david).getByText('Withdrawn')).toBeInTheDocument();
    expect(within(david).getByText('The first visit was cancelled')).toBeInTheDocument();

    // Planned before a first visit still to come: nothing has gone out, so nobody is chased yet.
    expect(within(await rowOf('Farid Haddad')).getByText('Not sent yet')).toBeInTheDocument();
  });

  it('fits a tablet beside the menu: instruments under the occasion, the answer time under the status', async () => {
    atWidth(1024);
    renderAt('/questionnaires');
    const ben = await rowOf('Ben Carter');
    const headers = within(ben.closest('table')!).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Patient', 'Occasion', 'Sent', 'Answer by', 'Status']);
    const [, occasion, , , status] = within(ben).getAllByRole('cell');
    expect(occasion).toHaveTextContent('Before first visitNDI, NPRS');
    expect(status).toHaveTextContent('Answered2 Mar 2025, 20:30');
  });

  it('shows a card per request on a phone', async () => {
    atWidth(390);
    renderAt('/questionnaires');
    const cards = await screen.findByRole('list', { name: 'Questionnaires' }, SLOW);
    const alice = (await within(cards).findByText('Alice Martinez', {}, SLOW)).closest('li')!;
    expect(alice).toHaveTextContent('After 4 sessions · ODI, NPRS');
    expect(alice).toHaveTextContent(/Answer by .+ · closes in 3 days/);
    expect(within(alice).getByText('Waiting')).toBeInTheDocument();
    expect(within(alice).getByRole('link')).toHaveAttribute('href', '/questionnaires/q-alice/show');
    const chloe = within(cards).getByText('Chloe Nguyen').closest('li')!;
    expect(chloe).toHaveTextContent('Sent 10 Jun 2025, 10:00');
    expect(chloe).toHaveTextContent('Not answered in time');
  });

  it('finds those waiting for an answer in one click, soonest to close first, and counts them', async () => {
    const dataProvider = renderAt('/questionnaires');
    const waiting = await screen.findByRole('button', { name: 'Waiting for an answer (2)' }, SLOW);
    expect(screen.getByRole('button', { name: 'Expired (1)' })).toBeInTheDocument();
    fireEvent.click(waiting);
    expect(await screen.findByRole('button', { name: 'Waiting for an answer (2)', pressed: true }, SLOW)).toBeInTheDocument();
    expect(dataProvider.getList).toHaveBeenLastCalledWith(
      'questionnaires',
      expect.objectContaining({ filter: { status: 'PENDING' }, sort: { field: 'expiresAt', order: 'ASC' } }),
    );
    expect(await screen.findByRole('combobox', { name: 'Status' })).toHaveTextContent('Waiting for an answer');
    expect(screen.queryByText('Ben Carter')).not.toBeInTheDocument();
  });

  it('filters by status, occasion and patient, offering patients by name as the API sorts them', async () => {
    const dataProvider = renderAt('/questionnaires');
    await rowOf('Alice Martinez');
    for (const name of ['Status', 'Occasion', 'Patient']) {
      expect(screen.getByRole('combobox', { name })).toBeInTheDocument();
    }
    expect(dataProvider.getList).toHaveBeenCalledWith('patients', expect.objectContaining({ sort: { field: 'name', order: 'ASC' } }));
  });

  it('says on a request’s page when none of its messages reached the patient, with a number to call', async () => {
    renderAt('/questionnaires/q-ben-open/show');
    expect(await screen.findByRole('heading', { name: 'After 8 sessions', level: 2 }, SLOW)).toBeInTheDocument();
    expect(await screen.findByText(/None of these messages reached the patient/)).toBeInTheDocument();
    const messages = screen.getByRole('list', { name: 'Messages about this questionnaire' });
    expect(
      within(messages)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([expect.stringMatching(/^Questionnaire · Email.*Skipped$/), expect.stringMatching(/^1st reminder · Email.*Skipped$/)]);
    expect(await screen.findByRole('link', { name: '+1 202 555 0102' })).toHaveAttribute('href', 'tel:+12025550102');
    expect(screen.getByText(/ben@example.com \(no consent to messages\)/)).toBeInTheDocument();
  });
});
