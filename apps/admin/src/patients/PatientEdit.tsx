import { Edit, useNotify, useRecordContext, useRedirect } from 'react-admin';
import type { Patient } from './choices';
import { PatientForm } from './PatientForm';
import { toPatientInput } from './validation';

function PatientTitle() {
  const record = useRecordContext<Patient>();
  return <span>{record ? `Edit ${record.name}` : 'Edit patient'}</span>;
}

// Pessimistic: a clinic record is saved only once the server accepts it, and a rejection (e.g. an
// email the server refuses) lands on the field instead of being undone after the fact.
export function PatientEdit() {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Edit
      title={<PatientTitle />}
      mutationMode="pessimistic"
      transform={toPatientInput}
      mutationOptions={{
        onSuccess: (patient: Patient) => {
          notify(`Changes to ${patient.name} saved`, { type: 'success' });
          redirect('show', 'patients', patient.id);
        },
      }}
    >
      <PatientForm />
    </Edit>
  );
}
