import { Box } from '@mui/material';
import {
  BooleanInput,
  DeleteButton,
  NumberInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  maxLength,
  maxValue,
  minValue,
  number,
  required,
} from 'react-admin';
import { MODALITY_CHOICES } from '../shared/labels';

const row = { display: 'grid', gap: { xs: 0, sm: 2 }, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, width: '100%' } as const;

function FormToolbar({ canDelete }: { canDelete: boolean }) {
  return (
    <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
      <SaveButton label="Save service" alwaysEnable />
      {canDelete && (
        <DeleteButton
          mutationMode="pessimistic"
          confirmTitle="Delete this service?"
          confirmContent="A service that sessions already use cannot be deleted: deactivate it instead."
        />
      )}
    </Toolbar>
  );
}

export function ServiceTypeForm({ canDelete = false }: { canDelete?: boolean }) {
  return (
    <SimpleForm
      toolbar={<FormToolbar canDelete={canDelete} />}
      noValidate
      sx={{ maxWidth: 680 }}
      defaultValues={{ active: true, bufferMinutes: 10 }}
    >
      <TextInput
        source="name"
        label="Name"
        validate={[required('Enter the service name'), maxLength(120)]}
        helperText="As the front desk and patients see it, e.g. “Deep tissue massage (60 min)”"
      />
      <SelectInput source="modality" label="Modality" choices={MODALITY_CHOICES} validate={required('Choose the modality')} />
      <Box sx={row}>
        <NumberInput
          source="durationMinutes"
          label="Duration (minutes)"
          validate={[required('Enter the duration'), number(), minValue(5, 'At least 5 minutes'), maxValue(480, 'At most 8 hours')]}
          step={5}
          helperText="Applies to new bookings"
        />
        <NumberInput
          source="bufferMinutes"
          label="Recovery buffer (minutes)"
          validate={[number(), minValue(0, 'Cannot be negative'), maxValue(240, 'At most 4 hours')]}
          step={5}
          helperText="Blocks the therapist and room after the session"
        />
      </Box>
      <BooleanInput source="active" label="Bookable (active)" helperText="Inactive services stay on past sessions but cannot be booked" />
    </SimpleForm>
  );
}
