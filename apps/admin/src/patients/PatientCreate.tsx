import { Create, useNotify, useRedirect } from 'react-admin';
import type { Patient } from './choices';
import { PatientForm } from './PatientForm';
import { toPatientInput } from './validation';

export function PatientCreate() {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create
      title="New patient"
      transform={toPatientInput}
      mutationOptions={{
        onSuccess: (patient: Patient) => {
          notify(`${patient.name} registered`, { type: 'success' });
          redirect('show', 'patients', patient.id);
        },
      }}
    >
      <PatientForm />
    </Create>
  );
}
