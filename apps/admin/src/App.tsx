import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import audit from './audit';
import { Dashboard } from './dashboard';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import messages from './messages';
import outcomes from './outcomes';
import patients from './patients';
import questionnaires from './questionnaires';
import rooms from './rooms';
import schedule from './schedule';
import serviceTypes from './service-types';
import settings from './settings';
import staff from './staff';
import { CHANGE_PASSWORD_PATH, ChangePasswordPage } from './staff/ChangePasswordPage';
import therapists from './therapists';
import waitlist from './waitlist';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { createQueryClient } from './providers/sessionEnded';
import { theme } from './theme';

const queryClient = createQueryClient();

export function App() {
  return (
    <Admin
      queryClient={queryClient}
      disableTelemetry
      title="Backtrack"
      authProvider={authProvider}
      dataProvider={dataProvider}
      dashboard={Dashboard}
      layout={Layout}
      loginPage={LoginPage}
      theme={theme}
      darkTheme={null}
    >
      <Resource name="patients" options={{ label: 'Patients' }} {...patients} />
      <Resource name="sessions" options={{ label: 'Schedule' }} {...schedule} />
      <Resource name="waitlist" options={{ label: 'Wait list' }} {...waitlist} />
      <Resource name="messages" options={{ label: 'Messages' }} {...messages} />
      <Resource name="questionnaires" options={{ label: 'Questionnaires' }} {...questionnaires} />
      <Resource name="therapists" options={{ label: 'Therapists' }} {...therapists} />
      <Resource name="service-types" options={{ label: 'Service types' }} {...serviceTypes} />
      <Resource name="rooms" options={{ label: 'Rooms' }} {...rooms} />
      <Resource name="staff" options={{ label: 'Staff' }} {...staff} />
      <Resource name="settings" options={{ label: 'Clinic settings' }} {...settings} />
      <Resource name="outcomes" options={{ label: 'Outcomes' }} {...outcomes} />
      <Resource name="audit" options={{ label: 'Audit log' }} {...audit} />
      <CustomRoutes>
        <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
      </CustomRoutes>
    </Admin>
  );
}
