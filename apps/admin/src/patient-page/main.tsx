// Entry of the patient page (patient.html): the server sends it for /p/* paths. Plain React and one
// stylesheet, so a patient on a phone downloads little and nothing of the staff admin.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { httpPatientApi } from './api';
import { PatientPage } from './PatientPage';
import './patient-page.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PatientPage location={window.location} api={httpPatientApi} />
  </StrictMode>,
);
