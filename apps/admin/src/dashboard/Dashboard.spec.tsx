import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Admin, Resource, TestMemoryRouter, memoryStore, type DataProvider } from 'react-admin';
import { callQuery } from '../providers/graphqlClient';
import { createAuthProvider } from '../providers/authProvider';
import { signInAs } from '../test/renderAdmin';
import { Dashboard } from './Dashboard';
import type { ReminderEffect } from './reminderSummaries';
import type { WeekStatistics } from './weekSummaries';

jest.mock('../providers/graphqlClient', () => ({
  ...jest.requireActual('../providers/graphqlClient'),
  callQuery: jest.fn(),
}));
// The outcomes panel has its own tests; here it must not reach for the network.
jest.mock('../outcomes/ClinicOutcomesPanel', () => ({ ClinicOutcomesPanel: () => null }));

const mockedCallQuery = callQuery as jest.Mock;
// The admin's documents are strings (codegen documentMode "string"): the operation is named in the text.
type Document = { toString(): string };
const operationOf = (document: Document) => /(?:query|mutation) (\w+)/.exec(document.toString())?.[1] ?? '';

const week: WeekStatistics = {
  weekOf: '2026-11-30',
  sessions: 0,
  begun: 0,
  completed: 0,
  toRecord: 0,
  upcoming: 0,
  cancellations: 0,
  lateCancellations: 0,
  noShows: 0,
  noShowRate: null,
  confirmation: { confirmed: 0, of: 0, share: null },
  bookedMinutes: 0,
  availableMinutes: 0,
  utilization: null,
  byTherapist: [],
};

const rate = (count: number, n: number) => ({ count, n, rate: n > 0 ? count / n : null });

function answer(effect: ReminderEffect) {
  mockedCallQuery.mockImplementation(async (document: Document, variables: { day?: string | null }) => {
    switch (operationOf(document)) {
      case 'dashboardWeekStatistics':
        return {
          clinicSettings: { id: 'c1', timezone: 'Europe/London' },
          weekStatistics: { ...week, weekOf: variables.day === '2026-11-23' ? '2026-11-23' : week.weekOf },
        };
      case 'dashboardReminderEffect':
        return { reminderEffect: effect };
      default:
        throw new Error(`unexpected ${operationOf(document)}`);
    }
  });
}

function renderDashboard() {
  const authProvider = createAuthProvider({ login: () => Promise.reject(new Error('not in tests')), onLogout: () => undefined });
  return render(
    <TestMemoryRouter initialEntries={['/']}>
      <Admin disableTelemetry dashboard={Dashboard} dataProvider={{} as DataProvider} authProvider={authProvider} store={memoryStore()}>
        <Resource name="sessions" list={() => null} />
      </Admin>
    </TestMemoryRouter>,
  );
}

const kpi = (region: HTMLElement, label: string) => within(region).getByRole('region', { name: label }).textContent;

describe('owner dashboard: reminders', () => {
  beforeEach(() => {
    mockedCallQuery.mockReset();
    signInAs('OWNER');
  });

  it('compares the no-show rates of reminded and not reminded sessions over 12 weeks, each with its n', async () => {
    answer({ noShowsReminded: rate(3, 120), noShowsNotReminded: rate(6, 40), confirmed: rate(90, 160) });
    renderDashboard();

    const reminders = await screen.findByRole('region', { name: 'Reminders' });
    await within(reminders).findByTestId('kpi-No-shows with a reminder');
    // Whole days in the clinic's zone: 14 September starts in British Summer Time, 7 December in GMT.
    expect(within(reminders).getByText('Sessions that have happened in the 12 weeks 14 Sep – 6 Dec 2026')).toBeInTheDocument();
    expect(mockedCallQuery).toHaveBeenCalledWith(expect.anything(), { from: '2026-09-13T23:00:00.000Z', to: '2026-12-07T00:00:00.000Z' });
    expect(kpi(reminders, 'No-shows with a reminder')).toBe('No-shows with a reminder2.5%3 of 120 sessions');
    expect(kpi(reminders, 'No-shows without a reminder')).toBe('No-shows without a reminder15%6 of 40 sessions');
    expect(kpi(reminders, 'Confirmed by link')).toBe('Confirmed by link56.3%90 of 160 sessions');
    // Both groups have at least 20 sessions: no caution.
    expect(within(reminders).queryByTestId('reminder-caution')).not.toBeInTheDocument();
  });

  it('cautions that the comparison is not reliable while a group has fewer than 20 sessions', async () => {
    answer({ noShowsReminded: rate(4, 85), noShowsNotReminded: rate(1, 12), confirmed: rate(60, 97) });
    renderDashboard();

    const reminders = await screen.findByRole('region', { name: 'Reminders' });
    expect(await within(reminders).findByTestId('reminder-caution')).toHaveTextContent(
      'Not reliable yet: only 12 sessions without a reminder. Compare the no-show rates once each group has at least 20 sessions.',
    );
    expect(kpi(reminders, 'No-shows without a reminder')).toBe('No-shows without a reminder8.3%1 of 12 sessions');
  });

  it('shows no percentage of nothing before any session has happened', async () => {
    answer({ noShowsReminded: rate(0, 0), noShowsNotReminded: rate(0, 0), confirmed: rate(0, 0) });
    renderDashboard();

    const reminders = await screen.findByRole('region', { name: 'Reminders' });
    expect(await within(reminders).findByTestId('reminder-caution')).toHaveTextContent(
      'No session has happened in this period yet: nothing to compare.',
    );
    for (const label of ['No-shows with a reminder', 'No-shows without a reminder', 'Confirmed by link']) {
      expect(kpi(reminders, label)).toBe(`${label}—No sessions yet`);
    }
    expect(reminders).not.toHaveTextContent('%');
  });

  it('moves the period with the shown week', async () => {
    answer({ noShowsReminded: rate(3, 120), noShowsNotReminded: rate(6, 40), confirmed: rate(90, 160) });
    renderDashboard();

    await screen.findByRole('region', { name: 'Reminders' });
    await userEvent.click(screen.getByRole('button', { name: 'Previous week' }));

    await screen.findByText('Sessions that have happened in the 12 weeks 7 Sep – 29 Nov 2026');
    await waitFor(() =>
      expect(mockedCallQuery).toHaveBeenCalledWith(expect.anything(), { from: '2026-09-06T23:00:00.000Z', to: '2026-11-30T00:00:00.000Z' }),
    );
  });
});
