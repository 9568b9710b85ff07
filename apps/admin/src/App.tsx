import { Admin, Resource } from 'react-admin';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import patients from './patients';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { theme } from './theme';

export function App() {
  return (
    <Admin
      disableTelemetry
      title="Backtrack"
      authProvider={authProvider}
      dataProvider={dataProvider}
      layout={Layout}
      loginPage={LoginPage}
      theme={theme}
      darkTheme={null}
    >
      <Resource name="patients" options={{ label: 'Patients' }} {...patients} />
    </Admin>
  );
}
