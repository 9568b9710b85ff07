// Adds a patient to the wait list: the service, a therapist or any, and when they can come. The weekly
// windows are checked by the same domain rule the API applies; the API's own refusals land on the field or
// window row they name (`input.windows[1].endTime` -> the second row's end time).
import { assertWaitlistWindows, SchedulingInputError } from '@backtrack/domain';
import { Box, Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  Create,
  DateInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  maxLength,
  required,
  useCreate,
  useNotify,
  useRedirect,
} from 'react-admin';
import { toApiError } from '../providers/graphqlErrors';
import { WEEKDAY_CHOICES, formFieldOf } from './format';
import type { WaitlistEntry } from './record';

// react-admin sorts references by id unless told; the API sorts people and services by name only.
const BY_NAME = { field: 'name', order: 'ASC' } as const;
const BY_DISPLAY_NAME = { field: 'displayName', order: 'ASC' } as const;

interface WindowRow {
  weekday?: number | string | null;
  startTime?: string | null;
  endTime?: string | null;
}

/** The API's WaitlistInput (apps/api/schema.graphql); no generated operation uses it. */
export interface WaitlistInput {
  patientId: string;
  serviceTypeId: string;
  therapistId?: string;
  windows: { weekday: number; startTime: string; endTime: string }[];
  earliestDate?: string;
  latestDate?: string;
  notes?: string;
}

export interface WaitlistFormValues {
  patientId?: string | null;
  serviceTypeId?: string | null;
  therapistId?: string | null;
  windows?: WindowRow[] | null;
  earliestDate?: string | null;
  latestDate?: string | null;
  notes?: string | null;
}

/** The form's values as the API's input: blanks left out, weekdays as numbers. */
export function toWaitlistInput(values: WaitlistFormValues): WaitlistInput {
  const input: WaitlistInput = {
    patientId: String(values.patientId ?? ''),
    serviceTypeId: String(values.serviceTypeId ?? ''),
    windows: (values.windows ?? []).map((w) => ({
      weekday: Number(w.weekday),
      startTime: String(w.startTime ?? ''),
      endTime: String(w.endTime ?? ''),
    })),
  };
  if (values.therapistId) input.therapistId = values.therapistId;
  if (values.earliestDate) input.earliestDate = values.earliestDate;
  if (values.latestDate) input.latestDate = values.latestDate;
  const notes = values.notes?.trim();
  if (notes) input.notes = notes;
  return input;
}

/** Form-level check: the domain's window rule and the date order, reported on the field at fault. */
export function validateWaitlistForm(values: WaitlistFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const rows = values.windows ?? [];
  // Incomplete rows are reported by the rows' own `required` checks.
  if (rows.every((w) => w.weekday && w.startTime && w.endTime)) {
    try {
      assertWaitlistWindows(toWaitlistInput(values).windows);
    } catch (error) {
      if (!(error instanceof SchedulingInputError)) throw error;
      errors[formFieldOf(error.field)] = error.message;
    }
  }
  if (values.earliestDate && values.latestDate && values.latestDate < values.earliestDate) {
    errors.latestDate = 'Must not be before the earliest date';
  }
  return errors;
}

const row = { display: 'grid', gap: { xs: 0, sm: 2 }, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, width: '100%' } as const;

function Legend({ children }: { children: string }) {
  return (
    <Typography component="legend" variant="overline" color="text.secondary" sx={{ mb: 1, letterSpacing: '0.08em' }}>
      {children}
    </Typography>
  );
}

export function WaitlistCreate() {
  const [create] = useCreate();
  const notify = useNotify();
  const redirect = useRedirect();

  const save = async (values: Record<string, unknown>) => {
    try {
      // ra-data-graphql-simple passes `input` on as the mutation's one argument.
      const entry: WaitlistEntry = await create(
        'waitlist',
        { data: { input: toWaitlistInput(values as WaitlistFormValues) } },
        { returnPromise: true },
      );
      notify('Added to the wait list', { type: 'success' });
      redirect('show', 'waitlist', entry.id);
      return undefined;
    } catch (error) {
      const apiError = toApiError(error);
      const fields = apiError.body?.errors as Record<string, unknown> | undefined;
      if (fields) {
        // react-hook-form errors, keyed as the form names its fields.
        const out: Record<string, unknown> = {};
        for (const [key, message] of Object.entries(fields)) out[key === 'root' ? key : formFieldOf(key)] = message;
        return out;
      }
      notify(apiError.message, { type: 'error' });
      return undefined;
    }
  };

  return (
    <Create title="Add to wait list" redirect={false}>
      <SimpleForm
        onSubmit={save}
        validate={validateWaitlistForm}
        noValidate
        mode="onBlur"
        reValidateMode="onChange"
        sx={{ maxWidth: 760 }}
        toolbar={
          <Toolbar>
            <SaveButton label="Add to wait list" alwaysEnable />
          </Toolbar>
        }
      >
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, width: '100%', minWidth: 0 }}>
          <Legend>Who and what</Legend>
          <ReferenceInput source="patientId" reference="patients" sort={BY_NAME}>
            <AutocompleteInput label="Patient" optionText="name" validate={required('Choose the patient')} />
          </ReferenceInput>
          <Box sx={row}>
            <ReferenceInput source="serviceTypeId" reference="service-types" sort={BY_NAME} filter={{ active: true }}>
              <SelectInput label="Service" optionText="name" validate={required('Choose the service')} />
            </ReferenceInput>
            <ReferenceInput source="therapistId" reference="therapists" sort={BY_DISPLAY_NAME} filter={{ active: true }}>
              <SelectInput label="Therapist" optionText="displayName" emptyText="Any therapist" />
            </ReferenceInput>
          </Box>
        </Box>
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, width: '100%', minWidth: 0 }}>
          <Legend>When they can come</Legend>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            Weekly times in the clinic’s time zone. Leave empty for any time the clinic is open.
          </Typography>
          <ArrayInput source="windows" label={false}>
            <SimpleFormIterator inline disableReordering>
              <SelectInput source="weekday" label="Day" choices={WEEKDAY_CHOICES} validate={required('Choose the day')} />
              <TextInput
                source="startTime"
                label="From"
                type="time"
                validate={required('Enter the start')}
                slotProps={{ inputLabel: { shrink: true } }}
              />
              <TextInput
                source="endTime"
                label="To"
                type="time"
                validate={required('Enter the end')}
                slotProps={{ inputLabel: { shrink: true } }}
              />
            </SimpleFormIterator>
          </ArrayInput>
          <Box sx={row}>
            <DateInput source="earliestDate" label="Earliest date" helperText="Optional" />
            <DateInput source="latestDate" label="Latest date" helperText="Optional" />
          </Box>
        </Box>
        <TextInput
          source="notes"
          label="Notes"
          multiline
          minRows={2}
          validate={maxLength(1000)}
          helperText="Visible to the front desk and the owner"
        />
      </SimpleForm>
    </Create>
  );
}
