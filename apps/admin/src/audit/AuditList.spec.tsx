// The owner's audit log: the Actor and Patient filters look staff and patients up by name (the API
// refuses react-admin's default sort by id), events read as words, and Export CSV sends the filters.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Admin, Resource, TestMemoryRouter, memoryStore, type DataProvider } from 'react-admin';
import { createAuthProvider } from '../providers/authProvider';
import { signInAs } from '../test/renderAdmin';
import audit from '.';
import { fetchAuditCsv } from './api';

jest.mock('./api', () => ({ fetchAuditCsv: jest.fn() }));

const SLOW = { timeout: 5000 };

// jsdom's Blob has no text(); FileReader reads it.
const textOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

const read = {
  id: 'e1',
  at: '2026-03-10T14:00:00.000Z',
  actorId: 'u1',
  actorRole: 'THERAPIST',
  action: 'READ',
  entity: 'Assessment',
  entityId: null,
  entityIds: ['a1', 'a2', 'a3'],
  patientId: 'p1',
  patientIds: ['p1'],
  fields: [],
  requestId: 'r1',
};
const roleChange = {
  ...read,
  id: 'e2',
  actorId: 'u2',
  actorRole: 'OWNER',
  action: 'ROLE_CHANGE',
  entity: 'User',
  entityId: 'u1',
  entityIds: ['u1'],
  patientId: null,
  patientIds: [],
  fields: ['role'],
};

function renderAt(path: string) {
  const getList = jest.fn((resource: string, _params: { sort: unknown }) =>
    Promise.resolve(
      resource === 'audit'
        ? { data: [read, roleChange], total: 2 }
        : resource === 'staff'
          ? { data: [{ id: 'u1', name: 'Tess Therapist' }], total: 1 }
          : { data: [{ id: 'p1', name: 'Alice Martinez' }], total: 1 },
    ),
  );
  const getMany = jest.fn((resource: string) =>
    Promise.resolve({
      data:
        resource === 'staff'
          ? [
              { id: 'u1', name: 'Tess Therapist' },
              { id: 'u2', name: 'Olive Owner' },
            ]
          : [{ id: 'p1', name: 'Alice Martinez' }],
    }),
  );
  const authProvider = createAuthProvider({ login: () => Promise.reject(new Error('not in tests')), onLogout: () => undefined });
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <Admin
        disableTelemetry
        dataProvider={{ getList, getMany } as unknown as DataProvider}
        authProvider={authProvider}
        store={memoryStore()}
      >
        <Resource name="audit" {...audit} />
        <Resource name="staff" />
        <Resource name="patients" />
      </Admin>
    </TestMemoryRouter>,
  );
  return { getList };
}

describe('audit log', () => {
  beforeEach(() => {
    localStorage.clear();
    signInAs('OWNER');
    jest.mocked(fetchAuditCsv).mockReset();
  });

  it('looks staff and patients up by name for the Actor and Patient filters', async () => {
    const { getList } = renderAt('/audit');
    await screen.findByText('Role change', {}, SLOW);
    await waitFor(() => expect(getList.mock.calls.map(([resource]) => resource)).toEqual(expect.arrayContaining(['staff', 'patients'])));
    for (const [resource, params] of getList.mock.calls) {
      if (resource === 'staff' || resource === 'patients') expect(params.sort).toEqual({ field: 'name', order: 'ASC' });
    }
  });

  it('lists a read of several records once, and a change with the fields it set', async () => {
    renderAt('/audit');
    const readRow = (await screen.findByText('Assessment × 3', {}, SLOW)).closest('tr')!;
    expect(within(readRow).getByText('Read')).toBeInTheDocument();
    expect(await within(readRow).findByText('Alice Martinez')).toBeInTheDocument();
    const changeRow = screen.getByText('User (role)').closest('tr')!;
    expect(within(changeRow).getByText('Role change')).toBeInTheDocument();
    expect(await within(changeRow).findByText('Olive Owner')).toBeInTheDocument();
  });

  it('exports the current filters as a CSV file', async () => {
    const csv = 'at,actorId\r\n2026-03-10T14:00:00.000Z,u1\r\n';
    jest.mocked(fetchAuditCsv).mockResolvedValue(csv);
    const saved: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => (saved.push(blob), 'blob:audit'));
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const filter = { actorId: 'u1', patientId: 'p1', from: '2026-03-01T05:00:00.000Z', to: '2026-03-11T04:00:00.000Z' };
    renderAt(`/audit?filter=${encodeURIComponent(JSON.stringify(filter))}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Export CSV' }, SLOW));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(fetchAuditCsv).toHaveBeenCalledWith(filter);
    expect(await textOf(saved[0]!)).toBe(csv);
    expect((click.mock.instances[0] as unknown as HTMLAnchorElement).download).toBe('audit-log_2026-03-01_2026-03-11.csv');
    click.mockRestore();
  });
});
