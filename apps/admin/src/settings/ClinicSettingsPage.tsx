// The clinic's name, time zone, booking rules, patient reminders and questionnaires at home: one form
// over clinicSettings / updateClinicSettings, for the owner (the settings resource is OWNER-only in
// ../access.ts).
import { Alert, Box, Card, CircularProgress, Divider, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  AutocompleteInput,
  CheckboxGroupInput,
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
  useCanAccess,
  useNotify,
  useRequireAccess,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { toApiError } from '../providers/graphqlErrors';
import { CATALOG_KEY } from '../shared/catalog';
import { withoutFieldPrefix } from '../shared/errors';
import { CHANNEL_CHOICES } from '../shared/labels';
import { fetchClinicSettings, updateClinicSettings, type ClinicSettingsRecord } from './api';
import { QuestionnaireSettings } from './QuestionnaireSettings';
import {
  questionnaireFormField,
  questionnaireFormValues,
  toLicensedItemText,
  toQuestionnaireInstruments,
  type QuestionnaireFormValues,
} from './questionnaireRules';
import { ReminderOffsetsInput } from './ReminderOffsetsInput';
import { quietHoursSentences, toOffsets, validateChannels, validateTimeOfDay } from './reminderRules';

const SETTINGS_KEY = ['backtrack', 'clinicSettings'] as const;

/** The server's field errors, keyed by the form's sources (it names the argument, e.g. quietHoursEnd). */
export function serverFieldErrors(error: unknown): { fields?: Record<string, string>; message: string } {
  const apiError = toApiError(error);
  const errors = apiError.body?.errors as Record<string, unknown> | undefined;
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors ?? {})) {
    // The questionnaire arguments are lists in the API and by region or instrument in the form.
    if (key !== 'root' && typeof value === 'string')
      fields[questionnaireFormField(key.replace(/\.\d+$/, ''))] ??= withoutFieldPrefix(value);
  }
  return { fields: Object.keys(fields).length ? fields : undefined, message: withoutFieldPrefix(apiError.message) };
}

function timeZones(current: string): { id: string; name: string }[] {
  const supported = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  const zones = supported.includes(current) ? supported : [current, ...supported];
  return zones.map((z) => ({ id: z, name: z.replace(/_/g, ' ') }));
}

const STEP_CHOICES = [5, 10, 15, 20, 30, 60].map((m) => ({ id: m, name: `Every ${m} minutes` }));

/** The quiet hours in a sentence, as the owner edits them. */
function QuietHoursExplained() {
  const [start, end] = useWatch({ name: ['quietHoursStart', 'quietHoursEnd'] }) as [string, string];
  const sentences = quietHoursSentences(start ?? '', end ?? '');
  if (!sentences.length) return null;
  return (
    <Box aria-live="polite" data-testid="quiet-hours-explained" sx={{ mb: 2 }}>
      {sentences.map((s) => (
        <Typography key={s} variant="body2" color="text.secondary">
          {s}
        </Typography>
      ))}
    </Box>
  );
}

function Section({ title, children }: { title: string; children: string }) {
  return (
    <Box sx={{ width: '100%', mb: 1.5 }}>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {children}
      </Typography>
    </Box>
  );
}

const timeSlotProps = { inputLabel: { shrink: true }, htmlInput: { step: 300 } };

export function ClinicSettingsPage() {
  const notify = useNotify();
  const queryClient = useQueryClient();
  // The menu hides the page from other roles; a typed URL is sent to "access denied" before any read.
  useRequireAccess({ resource: 'settings', action: 'list' });
  const { canAccess } = useCanAccess({ resource: 'settings', action: 'list' });
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: fetchClinicSettings, enabled: canAccess === true });
  // The form edits the questionnaire lists by region and by instrument (see questionnaireRules).
  const record = useMemo(() => settings.data && { ...settings.data, ...questionnaireFormValues(settings.data) }, [settings.data]);

  const save = async (values: Record<string, unknown>) => {
    try {
      const saved = await updateClinicSettings({
        name: String(values.name ?? '').trim(),
        timezone: String(values.timezone ?? ''),
        slotStepMinutes: Number(values.slotStepMinutes),
        minimumNoticeMinutes: Number(values.minimumNoticeMinutes),
        lateCancelWindowHours: Number(values.lateCancelWindowHours),
        checkInWindowMinutes: Number(values.checkInWindowMinutes),
        address: String(values.address ?? '').trim(),
        reminderOffsetsHours: toOffsets(values.reminderOffsetsHours),
        reminderChannels: values.reminderChannels as ClinicSettingsRecord['reminderChannels'],
        quietHoursStart: String(values.quietHoursStart ?? ''),
        quietHoursEnd: String(values.quietHoursEnd ?? ''),
        questionnairesEnabled: Boolean(values.questionnairesEnabled),
        questionnaireEverySessions: Number(values.questionnaireEverySessions),
        questionnaireFollowUpMonths: Number(values.questionnaireFollowUpMonths),
        questionnaireInstruments: toQuestionnaireInstruments(values as QuestionnaireFormValues),
        licensedItemText: toLicensedItemText(values as QuestionnaireFormValues),
      });
      queryClient.setQueryData(SETTINGS_KEY, saved);
      void queryClient.invalidateQueries({ queryKey: CATALOG_KEY });
      notify('Clinic settings saved', { type: 'success' });
      return undefined;
    } catch (error) {
      const { fields, message } = serverFieldErrors(error);
      if (fields) return fields;
      notify(message, { type: 'error' });
      return undefined;
    }
  };

  return (
    <Box sx={{ mt: 1, maxWidth: 720 }}>
      <Title title="Clinic settings" />
      {canAccess && settings.isPending && <CircularProgress aria-label="Loading settings" />}
      {settings.isError && <Alert severity="error">{(settings.error as Error).message}</Alert>}
      {record && (
        <Card>
          <SimpleForm
            record={record}
            onSubmit={save}
            noValidate
            toolbar={
              <Toolbar>
                <SaveButton label="Save settings" alwaysEnable />
              </Toolbar>
            }
          >
            <Section title="Clinic and booking rules">Working hours, the schedule and reports are read in the clinic’s time zone.</Section>
            <TextInput source="name" label="Clinic name" validate={[required('Enter the clinic name'), maxLength(120)]} />
            <AutocompleteInput
              source="timezone"
              label="Time zone"
              choices={timeZones(record.timezone)}
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
                validate={[required(), minValue(0, 'Cannot be negative'), maxValue(20160, 'At most 14 days (20160 minutes)')]}
                helperText="How soon before its start a session can still be booked"
              />
              <NumberInput
                source="lateCancelWindowHours"
                label="Late-cancel window (hours)"
                validate={[required(), minValue(0, 'Cannot be negative'), maxValue(336, 'At most 14 days (336 hours)')]}
                helperText="Cancelling later than this before the start is flagged late"
              />
              <NumberInput
                source="checkInWindowMinutes"
                label="Check-in window (minutes)"
                validate={[required(), minValue(0, 'Cannot be negative'), maxValue(1440, 'At most 24 hours (1440 minutes)')]}
                helperText="A patient can be checked in from this long before the start; completing and no-shows open at the start"
              />
            </Box>

            <Divider flexItem sx={{ my: 2 }} />
            <Section title="Patient reminders">
              Reminders go to each patient by their preferred channel, only if they agreed to it, with links to confirm or cancel.
            </Section>
            <TextInput
              source="address"
              label="Clinic address"
              multiline
              minRows={2}
              validate={maxLength(300, 'At most 300 characters')}
              helperText="Printed in reminders and calendar invitations, so patients know where to go. Leave empty to leave it out."
            />
            <ReminderOffsetsInput />
            <CheckboxGroupInput
              source="reminderChannels"
              label="Channels"
              choices={CHANNEL_CHOICES}
              validate={validateChannels}
              helperText="A patient without consent for any of these is skipped, and the outbox says why."
            />
            <Box sx={{ display: 'grid', gap: { xs: 0, sm: 2 }, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, width: '100%' }}>
              <TextInput
                source="quietHoursStart"
                label="Quiet hours start"
                type="time"
                validate={[required('Enter a time'), validateTimeOfDay('Enter a time, e.g. 21:00')]}
                slotProps={timeSlotProps}
              />
              <TextInput
                source="quietHoursEnd"
                label="Quiet hours end"
                type="time"
                validate={[required('Enter a time'), validateTimeOfDay('Enter a time, e.g. 08:00')]}
                slotProps={timeSlotProps}
              />
            </Box>
            <QuietHoursExplained />

            <Divider flexItem sx={{ my: 2 }} />
            <Section title="Questionnaires at home">
              Patients answer their outcome questionnaires from a link, on their phone, without an account. Their answers join the episode
              as patient-reported assessments.
            </Section>
            <QuestionnaireSettings />
          </SimpleForm>
        </Card>
      )}
    </Box>
  );
}
