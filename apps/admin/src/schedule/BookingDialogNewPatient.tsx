// Registering a patient who is on the phone or at the desk without leaving the booking: the few fields
// a booking needs (contact is optional), created through react-admin's data provider like the patient
// form, and handed back to the booking dialog to be selected. The full record can be completed later.
import PersonAddIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import { Alert, Box, Button, CircularProgress, MenuItem, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useDataProvider } from 'react-admin';
import { ApiError } from '../providers/graphqlErrors';
import { REGION_CHOICES, type ComplaintRegion, type Patient } from '../patients/choices';
import { isRealDate, localToday } from '../patients/dates';
import { EARLIEST_DATE_OF_BIRTH, toPatientInput } from '../patients/validation';
import type { PatientOption } from './api';

const FIELDS = ['firstName', 'lastName', 'dateOfBirth', 'complaintRegion', 'phone', 'email'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
type Errors = Partial<Record<Field, string>>;

const EMPTY: Values = { firstName: '', lastName: '', dateOfBirth: '', complaintRegion: '', phone: '', email: '' };
// The same rules as the patient form (patients/validation.ts) and the API's inputs.
const PHONE = /^[+0-9 ()./-]{5,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkNewPatient(values: Values, today: string = localToday()): Errors {
  const errors: Errors = {};
  if (!values.firstName.trim()) errors.firstName = 'Enter the first name';
  else if (values.firstName.trim().length > 80) errors.firstName = 'At most 80 characters';
  if (!values.lastName.trim()) errors.lastName = 'Enter the last name';
  else if (values.lastName.trim().length > 80) errors.lastName = 'At most 80 characters';
  if (!values.dateOfBirth) errors.dateOfBirth = 'Enter the date of birth';
  else if (!isRealDate(values.dateOfBirth)) errors.dateOfBirth = 'Enter a real date';
  else if (values.dateOfBirth > today) errors.dateOfBirth = 'Date of birth cannot be in the future';
  else if (values.dateOfBirth < EARLIEST_DATE_OF_BIRTH) errors.dateOfBirth = 'Date of birth cannot be before 1900';
  if (!values.complaintRegion) errors.complaintRegion = 'Choose the complaint region';
  if (values.phone.trim() && !PHONE.test(values.phone.trim())) errors.phone = 'Use digits, spaces and + ( ) . - only';
  if (values.email.trim() && !EMAIL.test(values.email.trim())) errors.email = 'Enter a valid email address';
  return errors;
}

/** The API's BAD_USER_INPUT issues on the fields they name; anything else as one message. */
function serverErrors(error: unknown): { fields: Errors; message: string | null } {
  if (error instanceof ApiError && error.code === 'BAD_USER_INPUT' && error.body.errors) {
    const fields: Errors = {};
    for (const field of FIELDS) {
      const message = error.body.errors[field];
      if (typeof message === 'string') fields[field] = message;
    }
    if (Object.keys(fields).length) return { fields, message: null };
  }
  return { fields: {}, message: error instanceof Error ? error.message : 'The patient could not be registered' };
}

export function NewPatientForm({ onCreated, onCancel }: { onCreated: (patient: PatientOption) => void; onCancel: () => void }) {
  const dataProvider = useDataProvider();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const field = (name: Field) => ({
    name,
    value: values[name],
    error: Boolean(errors[name]),
    onChange: (e: { target: { value: string } }) => {
      setValues((v) => ({ ...v, [name]: e.target.value }));
      if (errors[name]) setErrors(({ [name]: _, ...rest }) => rest);
    },
  });

  const submit = async (event: FormEvent) => {
    // This form sits inside the booking dialog: its Enter must not reach anything around it.
    event.preventDefault();
    event.stopPropagation();
    if (busy) return;
    const found = checkNewPatient(values);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const { data } = await dataProvider.create<Patient>('patients', {
        data: toPatientInput({ ...values, complaintRegion: values.complaintRegion as ComplaintRegion }),
      });
      onCreated({
        id: data.id,
        name: data.name,
        dateOfBirth: data.dateOfBirth,
        complaintRegion: data.complaintRegion,
        clearanceStatus: data.clearanceStatus,
      });
    } catch (error) {
      const { fields, message } = serverErrors(error);
      setErrors(fields);
      setFailure(message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={submit}
      aria-labelledby="new-patient-heading"
      sx={{ border: '1px solid', borderColor: 'primary.light', borderRadius: 1, p: 2, display: 'grid', gap: 2 }}
    >
      <Typography id="new-patient-heading" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        New patient
      </Typography>
      {failure && (
        <Alert severity="error" role="alert">
          {failure}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <TextField label="First name" required autoFocus autoComplete="off" {...field('firstName')} helperText={errors.firstName} />
        <TextField label="Last name" required autoComplete="off" {...field('lastName')} helperText={errors.lastName} />
        <TextField
          label="Date of birth"
          type="date"
          required
          {...field('dateOfBirth')}
          helperText={errors.dateOfBirth}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: EARLIEST_DATE_OF_BIRTH, max: localToday() } }}
        />
        <TextField select label="Complaint region" required {...field('complaintRegion')} helperText={errors.complaintRegion}>
          {REGION_CHOICES.map((r) => (
            <MenuItem key={r.id} value={r.id}>
              {r.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="Mobile phone"
          type="tel"
          autoComplete="off"
          placeholder="+1 202 555 0100"
          {...field('phone')}
          helperText={errors.phone ?? 'Optional, with the country code'}
        />
        <TextField label="Email" type="email" autoComplete="off" {...field('email')} helperText={errors.email ?? 'Optional'} />
      </Box>
      <Typography variant="body2" color="text.secondary">
        Contact consent, notes and the rest of the record can be completed on the patient’s page.
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end', flexWrap: 'wrap' }}>
        <Button onClick={onCancel} disabled={busy}>
          Back to search
        </Button>
        <Button
          type="submit"
          variant="contained"
          disabled={busy}
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : <PersonAddIcon />}
        >
          Register and select
        </Button>
      </Box>
    </Box>
  );
}
