import { Box, Typography } from '@mui/material';
import {
  BooleanInput,
  DateInput,
  DeleteButton,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  usePermissions,
} from 'react-admin';
import { can } from '../access';
import { CHANNEL_CHOICES } from '../shared/labels';
import { REGION_CHOICES } from './choices';
import { localToday } from './dates';
import { EARLIEST_DATE_OF_BIRTH, patientValidators as v } from './validation';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 1, width: '100%', minWidth: 0 }}>
      <Typography component="legend" variant="overline" color="text.secondary" sx={{ mb: 1, letterSpacing: '0.08em' }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

const row = { display: 'grid', gap: { xs: 0, sm: 2 }, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, width: '100%' } as const;

function PatientFormToolbar() {
  const { permissions } = usePermissions();
  return (
    <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
      <SaveButton label="Save patient" alwaysEnable />
      {can(permissions, 'patients', 'delete') && <DeleteButton mutationMode="pessimistic" confirmTitle="Delete this patient?" />}
    </Toolbar>
  );
}

/**
 * Shared by create and edit. Validation mirrors the API; the API's own errors land on the same fields.
 * `noValidate`: our messages, not the browser's bubbles (which would also block the server's stricter checks).
 */
export function PatientForm() {
  return (
    <SimpleForm toolbar={<PatientFormToolbar />} noValidate mode="onBlur" reValidateMode="onChange" sx={{ maxWidth: 760 }}>
      <Section title="Demographics">
        <Box sx={row}>
          <TextInput source="firstName" label="First name" validate={v.firstName} autoComplete="off" autoFocus />
          <TextInput source="lastName" label="Last name" validate={v.lastName} autoComplete="off" />
        </Box>
        <Box sx={row}>
          <DateInput
            source="dateOfBirth"
            label="Date of birth"
            validate={v.dateOfBirth}
            slotProps={{ htmlInput: { min: EARLIEST_DATE_OF_BIRTH, max: localToday() } }}
          />
          <SelectInput source="complaintRegion" label="Complaint region" choices={REGION_CHOICES} validate={v.complaintRegion} />
        </Box>
      </Section>
      <Section title="Contact">
        <Box sx={row}>
          <TextInput source="email" label="Email" type="email" validate={v.email} autoComplete="off" />
          <TextInput
            source="phone"
            label="Mobile phone"
            type="tel"
            validate={v.phone}
            autoComplete="off"
            helperText="Include the country code, e.g. +1 202 555 0100"
          />
        </Box>
        <Box sx={row}>
          <SelectInput source="preferredChannel" label="Preferred channel" choices={CHANNEL_CHOICES} emptyText="No preference" />
        </Box>
        <Box sx={row}>
          <BooleanInput source="emailConsent" label="May contact by email" defaultValue={false} helperText="Reminders and confirmations" />
          <BooleanInput
            source="smsConsent"
            label="May contact by SMS"
            defaultValue={false}
            helperText="SMS only with the patient’s consent"
          />
        </Box>
      </Section>
      <Section title="Notes">
        <TextInput source="notes" label="Notes" multiline minRows={3} validate={v.notes} helperText="Visible to all staff of the clinic" />
      </Section>
    </SimpleForm>
  );
}
