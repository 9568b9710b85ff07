import { Box, Card, CardContent, Divider, Stack, Typography } from '@mui/material';
import {
  DateField,
  DeleteButton,
  EditButton,
  Labeled,
  ListButton,
  Show,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { can } from '../access';
import { ClinicalTabs, RecordScreeningButton } from '../clinical';
import type { Patient } from './choices';
import { ClearanceChip } from './ClearanceChip';
import { ConsentField, DateOfBirthField, PhoneField, PreferredChannelField, RegionField } from './PatientFields';
import { PatientSessions } from './PatientSessions';
import { PatientWaitlist } from './PatientWaitlist';

function PatientShowActions() {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <ListButton label="All patients" />
      <EditButton />
      {can(permissions, 'patients', 'delete') && <DeleteButton mutationMode="pessimistic" confirmTitle="Delete this patient?" />}
    </TopToolbar>
  );
}

const CLEARANCE_HELP: Record<Patient['clearanceStatus'], string> = {
  NOT_SCREENED: 'No screening recorded yet. Screening happens at the first visit.',
  NOT_REQUIRED: 'Screening found no contraindication to massage.',
  NEEDS_MEDICAL_CLEARANCE: 'Screening reported a contraindication. Sessions cannot be booked until a clinician records clearance.',
  CLEARED: 'A clinician has cleared this patient for treatment.',
};

function PatientTitle() {
  const record = useRecordContext<Patient>();
  return <span>{record?.name ?? 'Patient'}</span>;
}

function PatientSummary() {
  const record = useRecordContext<Patient>();
  if (!record) return null;
  const grid = {
    display: 'grid',
    gap: 2,
    gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', md: 'repeat(3, minmax(0, 1fr))' },
  } as const;
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' }, mb: 2 }}>
          <Typography variant="h5" component="h2" sx={{ fontWeight: 600 }}>
            {record.name}
          </Typography>
          <ClearanceChip size="medium" />
        </Stack>

        <Box component="section" aria-label="Demographics" sx={grid}>
          <Labeled label="Date of birth">
            <DateOfBirthField />
          </Labeled>
          <Labeled label="Complaint region">
            <RegionField />
          </Labeled>
          <Labeled label="Email">
            <TextField source="email" emptyText="—" />
          </Labeled>
          <Labeled label="Mobile phone">
            <PhoneField />
          </Labeled>
          <Labeled label="Preferred channel">
            <PreferredChannelField />
          </Labeled>
          <Labeled label="May contact by">
            <ConsentField />
          </Labeled>
          <Labeled label="Registered">
            <DateField source="createdAt" options={{ dateStyle: 'medium' }} />
          </Labeled>
          <Labeled label="Last updated">
            <DateField source="updatedAt" showTime options={{ dateStyle: 'medium', timeStyle: 'short' }} />
          </Labeled>
        </Box>

        <Divider sx={{ my: 2 }} />
        <Box component="section" aria-label="Clearance">
          <Typography variant="overline" color="text.secondary">
            Medical clearance
          </Typography>
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {CLEARANCE_HELP[record.clearanceStatus]}
          </Typography>
          <RecordScreeningButton />
        </Box>

        <Divider sx={{ my: 2 }} />
        <Box component="section" aria-label="Notes">
          <Typography variant="overline" color="text.secondary">
            Notes
          </Typography>
          <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }} color={record.notes ? 'text.primary' : 'text.secondary'}>
            {record.notes || 'No notes yet.'}
          </Typography>
        </Box>
      </CardContent>
    </Card>
  );
}

/** Sessions for every role; beside them, on a wide screen, the wait list for those who keep it. */
function PatientSchedule() {
  const record = useRecordContext<Patient>();
  const { permissions } = usePermissions();
  if (!record) return null;
  const waitlist = can(permissions, 'waitlist', 'list');
  return (
    <Box
      sx={{
        mt: 2,
        display: 'grid',
        gap: 2,
        alignItems: 'start',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: waitlist ? 'minmax(0, 2fr) minmax(0, 1fr)' : 'minmax(0, 1fr)' },
      }}
    >
      <PatientSessions patientId={record.id} />
      {waitlist && <PatientWaitlist patientId={record.id} />}
    </Box>
  );
}

export function PatientShow() {
  return (
    <Show title={<PatientTitle />} actions={<PatientShowActions />} component="div">
      <PatientSummary />
      <PatientSchedule />
      <ClinicalTabs />
    </Show>
  );
}
