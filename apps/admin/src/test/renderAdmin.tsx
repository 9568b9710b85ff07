// Renders the real admin resources in jsdom, with an in-memory router and a fake data provider.
import { render } from '@testing-library/react';
import { Admin, Resource, TestMemoryRouter, memoryStore, type DataProvider } from 'react-admin';
import patients from '../patients';
import { createAuthProvider } from '../providers/authProvider';
import { saveSession, type Role } from '../providers/session';
import { fakeJwt, nowSeconds } from './jwt';

export function signInAs(role: Role): void {
  saveSession({
    token: fakeJwt({ exp: nowSeconds() + 3600 }),
    user: {
      id: `user-${role}`,
      email: `${role.toLowerCase()}@example.test`,
      name: `Test ${role}`,
      role,
      clinicId: 'clinic-1',
      active: true,
    },
  });
}

export function renderAdmin(path: string, dataProvider: Partial<DataProvider>) {
  const authProvider = createAuthProvider({ login: () => Promise.reject(new Error('not in tests')), onLogout: () => undefined });
  return render(
    <TestMemoryRouter initialEntries={[path]}>
      <Admin disableTelemetry dataProvider={dataProvider as DataProvider} authProvider={authProvider} store={memoryStore()}>
        <Resource name="patients" {...patients} />
      </Admin>
    </TestMemoryRouter>,
  );
}
