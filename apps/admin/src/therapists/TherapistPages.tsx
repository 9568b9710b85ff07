// Therapist profiles. Profiles are created with a THERAPIST staff account (Staff); here the owner edits
// the profile, the weekly working hours and time off. Everyone else may look.
import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import {
  BooleanInput,
  CheckboxGroupInput,
  DataTable,
  Edit,
  EditButton,
  List,
  SaveButton,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  TextField,
  TextInput,
  Toolbar,
  TopToolbar,
  maxLength,
  required,
  usePermissions,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { can } from '../access';
import { ActiveChip } from '../shared/ActiveChip';
import { useCatalog, useInvalidateScheduling, type Therapist } from '../shared/catalog';
import { useSavedHandler } from '../shared/useSaved';
import { MODALITY_CHOICES, MODALITY_LABELS, WEEKDAY_LABELS } from '../shared/labels';
import { TimeOffEditor } from './TimeOffEditor';
import { WorkingHoursEditor, weeklyTotal } from './WorkingHoursEditor';

export function ModalityChips({ modalities }: { modalities: Therapist['modalities'] }) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {modalities.map((m) => (
        <Chip key={m} size="small" label={MODALITY_LABELS[m]} variant="outlined" />
      ))}
    </Box>
  );
}

/** "Mon–Fri, Sat · 39.5 h" */
export function hoursSummary(t: Pick<Therapist, 'workingHours'>): string {
  const days = [...new Set(t.workingHours.map((h) => h.weekday))].sort();
  if (!days.length) return 'No working hours';
  const names = days.map((d) => WEEKDAY_LABELS[d - 1]!.slice(0, 3));
  const runs: string[] = [];
  let i = 0;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    runs.push(j - i >= 2 ? `${names[i]}–${names[j]}` : names.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return `${runs.join(', ')} · ${Math.round((weeklyTotal(t.workingHours) / 60) * 10) / 10} h`;
}

const Col = DataTable.Col<Therapist>;

export function TherapistList() {
  const { permissions } = usePermissions();
  const owner = can(permissions, 'therapists', 'edit');
  return (
    <List
      title="Therapists"
      filters={[
        <SearchInput key="q" source="q" alwaysOn placeholder="Search therapists" aria-label="Search therapists by name" />,
        <SelectInput
          key="modality"
          source="modality"
          label="Modality"
          choices={MODALITY_CHOICES}
          alwaysOn
          emptyText="All modalities"
          sx={{ minWidth: 180 }}
        />,
      ]}
      sort={{ field: 'displayName', order: 'ASC' }}
      perPage={50}
      actions={false}
      empty={false}
    >
      <DataTable rowClick={owner ? 'edit' : 'show'} bulkActionButtons={false}>
        <Col source="displayName" label="Therapist" field={TextField} />
        <Col source="credentials" label="Credentials" field={TextField} disableSort />
        <Col source="modalities" label="Modalities" disableSort render={(r) => <ModalityChips modalities={r.modalities} />} />
        <Col source="workingHours" label="Working hours" disableSort render={(r) => hoursSummary(r)} />
        <Col source="active" label="Status" render={(r) => <ActiveChip active={r.active} />} />
      </DataTable>
    </List>
  );
}

function TherapistTitle({ prefix = '' }: { prefix?: string }) {
  const record = useRecordContext<Therapist>();
  return <span>{record ? `${prefix}${record.displayName}` : 'Therapist'}</span>;
}

/** Working hours and time off of the record in context; editable for the owner. */
function ScheduleSections({ readOnly }: { readOnly: boolean }) {
  const record = useRecordContext<Therapist>();
  const catalog = useCatalog();
  const refresh = useRefresh();
  const invalidate = useInvalidateScheduling();
  if (!record || !catalog.data) return null;
  const zone = catalog.data.clinic.timezone;
  const changed = () => {
    invalidate();
    refresh();
  };
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <WorkingHoursEditor
        key={record.id}
        therapistId={record.id}
        therapistName={record.displayName}
        hours={record.workingHours}
        zone={zone}
        readOnly={readOnly}
        onSaved={changed}
      />
      <TimeOffEditor therapistId={record.id} timeOff={record.timeOff} zone={zone} readOnly={readOnly} onChanged={changed} />
    </Stack>
  );
}

export function TherapistEdit() {
  const onSuccess = useSavedHandler('therapists', (r) => `${r.displayName as string}’s profile saved`);
  return (
    <Edit
      title={<TherapistTitle prefix="Edit " />}
      mutationMode="pessimistic"
      mutationOptions={{ onSuccess }}
      component="div"
      redirect={false}
    >
      <Card>
        <CardContent sx={{ pb: 0 }}>
          <Typography variant="h6" component="h2">
            Profile
          </Typography>
        </CardContent>
        <SimpleForm
          noValidate
          sx={{ maxWidth: 760 }}
          toolbar={
            <Toolbar>
              <SaveButton label="Save profile" alwaysEnable />
            </Toolbar>
          }
        >
          <Box sx={{ display: 'grid', gap: { xs: 0, sm: 2 }, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, width: '100%' }}>
            <TextInput source="displayName" label="Display name" validate={[required('Enter the name patients see'), maxLength(120)]} />
            <TextInput source="credentials" label="Credentials" validate={maxLength(120)} helperText="e.g. LMT, NCBTMB" />
          </Box>
          <CheckboxGroupInput
            source="modalities"
            label="Modalities offered"
            choices={MODALITY_CHOICES}
            sx={{ '& .MuiFormGroup-root': { display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(3, 1fr)' } } }}
          />
          <BooleanInput
            source="active"
            label="Bookable (active)"
            helperText="An inactive therapist keeps past sessions but cannot be booked"
          />
        </SimpleForm>
      </Card>
      <ScheduleSections readOnly={false} />
    </Edit>
  );
}

function ProfileCard() {
  const record = useRecordContext<Therapist>();
  if (!record) return null;
  return (
    <Card>
      <CardContent>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h2" sx={{ fontWeight: 600 }}>
            {record.displayName}
          </Typography>
          <ActiveChip active={record.active} />
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {record.credentials || 'No credentials recorded'}
        </Typography>
        <ModalityChips modalities={record.modalities} />
      </CardContent>
    </Card>
  );
}

function ShowActions() {
  const { permissions } = usePermissions();
  return <TopToolbar>{can(permissions, 'therapists', 'edit') && <EditButton />}</TopToolbar>;
}

export function TherapistShow() {
  return (
    <Show title={<TherapistTitle />} component="div" actions={<ShowActions />}>
      <ProfileCard />
      <ScheduleSections readOnly />
    </Show>
  );
}
