// The clinic's name, time zone and booking rules: one form over clinicSettings / updateClinicSettings.
import { Alert, Box, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  AutocompleteInput,
  NumberInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Title,
  Toolbar,
  maxLength,
  maxValue,
  minValue,
  required,
  useNotify,
} from 'react-admin';
import { graphql } from '../graphql';
import { callMutation, callQuery } from '../providers/graphqlClient';
import { toApiError } from '../providers/graphqlErrors';
import { CATALOG_KEY } from '../shared/catalog';
import { withoutFieldPrefix } from '../shared/errors';

const SETTINGS_KEY = ['backtrack', 'clinicSettings'] as const;

const CLINIC_SETTINGS = graphql(`
  query clinicSettings {
    clinicSettings {
      ...ClinicSettingsFields
    }
  }
`);

const fetchSettings = async () => (await callQuery(CLINIC_SETTINGS, {})).clinicSettings;

const UPDATE = graphql(`
  mutation updateClinicSettings(
    $name: String
    $timezone: String
    $slotStepMinutes: Int
    $minimumNoticeMinutes: Int
    $lateCancelWindowHours: Int
  ) {
    updateClinicSettings(
      name: $name
      timezone: $timezone
      slotStepMinutes: $slotStepMinutes
      minimumNoticeMinutes: $minimumNoticeMinutes
      lateCancelWindowHours: $lateCancelWindowHours
    ) {
      ...ClinicSettingsFields
    }
  }
`);

function timeZones(current: string): { id: string; name: string }[] {
  const supported = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  const zones = supported.includes(current) ? supported : [current, ...supported];
  return zones.map((z) => ({ id: z, name: z.replace(/_/g, ' ') }));
}

const STEP_CHOICES = [5, 10, 15, 20, 30, 60].map((m) => ({ id: m, name: `Every ${m} minutes` }));

export function ClinicSettingsPage() {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: fetchSettings });

  const save = async (values: Record<string, unknown>) => {
    try {
      const { updateClinicSettings } = await callMutation(UPDATE, {
        name: String(values.name ?? '').trim(),
        timezone: String(values.timezone ?? ''),
        slotStepMinutes: Number(values.slotStepMinutes),
        minimumNoticeMinutes: Number(values.minimumNoticeMinutes),
        lateCancelWindowHours: Number(values.lateCancelWindowHours),
      });
      queryClient.setQueryData(SETTINGS_KEY, updateClinicSettings);
      void queryClient.invalidateQueries({ queryKey: CATALOG_KEY });
      notify('Clinic settings saved', { type: 'success' });
      return undefined;
    } catch (error) {
      const apiError = toApiError(error);
      const field = apiError.body?.extensions?.field;
      const message = withoutFieldPrefix(apiError.message);
      if (typeof field === 'string') return { [field]: message };
      notify(message, { type: 'error' });
      return undefined;
    }
  };

  return (
    <Box sx={{ mt: 1, maxWidth: 720 }}>
      <Title title="Clinic settings" />
      {settings.isPending && <CircularProgress aria-label="Loading settings" />}
      {settings.isError && <Alert severity="error">{(settings.error as Error).message}</Alert>}
      {settings.data && (
        <Card>
          <CardContent sx={{ pb: 0 }}>
            <Typography variant="h6" component="h2">
              Clinic and booking rules
            </Typography>
            <Typography variant="body2" color="text.secondary">
              Working hours, the schedule and reports are read in the clinic’s time zone.
            </Typography>
          </CardContent>
          <SimpleForm
            record={settings.data}
            onSubmit={save}
            noValidate
            toolbar={
              <Toolbar>
                <SaveButton label="Save settings" alwaysEnable />
              </Toolbar>
            }
          >
            <TextInput source="name" label="Clinic name" validate={[required('Enter the clinic name'), maxLength(120)]} />
            <AutocompleteInput
              source="timezone"
              label="Time zone"
              choices={timeZones(settings.data.timezone)}
              validate={required('Choose the time zone')}
              helperText="IANA zone, e.g. America/New York"
            />
            <SelectInput
              source="slotStepMinutes"
              label="Bookable starts"
              choices={STEP_CHOICES}
              validate={required()}
              helperText="Sessions start on multiples of this from midnight"
            />
            <Box sx={{ display: 'grid', gap: { xs: 0, sm: 2 }, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, width: '100%' }}>
              <NumberInput
                source="minimumNoticeMinutes"
                label="Minimum notice (minutes)"
                validate={[required(), minValue(0, 'Cannot be negative'), maxValue(10080, 'At most a week')]}
                helperText="How soon before its start a session can still be booked"
              />
              <NumberInput
                source="lateCancelWindowHours"
                label="Late-cancel window (hours)"
                validate={[required(), minValue(0, 'Cannot be negative'), maxValue(720, 'At most 30 days')]}
                helperText="Cancelling later than this before the start is flagged late"
              />
            </Box>
          </SimpleForm>
        </Card>
      )}
    </Box>
  );
}
