import { Button } from '@mui/material';
import { useState } from 'react';
import { usePermissions, useRecordContext } from 'react-admin';
import { can } from '../access';
import type { Patient } from '../patients/choices';
import { ScreeningDialog } from './ScreeningDialogs';

/** Any staff member may record a screening (the front desk at the first visit); only clinicians read it back. */
export function RecordScreeningButton() {
  const { permissions } = usePermissions();
  const patient = useRecordContext<Patient>();
  const [open, setOpen] = useState(false);
  // Clinicians record it in the clinical record's screening tab, next to the history.
  if (!patient || !can(permissions, 'screening', 'create') || can(permissions, 'clinical', 'show')) return null;
  return (
    <>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)} sx={{ mt: 1 }}>
        Record screening
      </Button>
      <ScreeningDialog patientId={patient.id} patientName={patient.name} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
