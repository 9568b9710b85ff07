import { Box, Typography } from '@mui/material';
import { AccessDenied, CanAccess, Title, usePermissions } from 'react-admin';
import { ClinicOutcomesPanel } from './ClinicOutcomesPanel';

/** The clinic outcome summary; a therapist sees it over their own patients (the API restricts it). */
export function OutcomesPage() {
  const { permissions } = usePermissions();
  return (
    <CanAccess resource="outcomes" action="list" accessDenied={<AccessDenied />}>
      <Box sx={{ py: 2 }}>
        <Title title="Outcomes" />
        <Typography variant="h5" component="h1" sx={{ mb: 2, fontWeight: 600 }}>
          {permissions === 'THERAPIST' ? 'My patients’ outcomes' : 'Clinic outcomes'}
        </Typography>
        <ClinicOutcomesPanel restrictedToOwnPatients={permissions === 'THERAPIST'} />
      </Box>
    </CanAccess>
  );
}
