// Who read or changed which record, when (OWNER only): clinical records, the schedule, staff, settings
// and sign-ins. Events carry ids, never patient data; names come from the staff and patient resources.
import { Chip } from '@mui/material';
import {
  AutocompleteInput,
  DataTable,
  DateField,
  DateInput,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { ExportCsvButton } from './ExportCsvButton';

const ENTITIES = [
  'Patient',
  'Screening',
  'Clearance',
  'EpisodeOfCare',
  'Assessment',
  'TreatmentNote',
  'Session',
  'SessionSeries',
  'PatientOutcomes',
  'ClinicOutcomes',
  'User',
  'Clinic',
].map((id) => ({
  id,
  name: id.replace(/([a-z])([A-Z])/g, '$1 $2'),
}));
const ACTIONS = [
  'READ',
  'CREATE',
  'AMEND',
  'UPDATE',
  'ROLE_CHANGE',
  'DISCHARGE',
  'DENIED',
  'OVERRIDE',
  'BOOK',
  'RESCHEDULE',
  'CANCEL',
  'CHECK_IN',
  'COMPLETE',
  'NO_SHOW',
  'LOGIN',
  'LOGIN_FAILED',
].map((id) => ({ id, name: actionLabel(id) }));
function actionLabel(action: string): string {
  const words = action.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
const ROLE = { OWNER: 'Owner', FRONT_DESK: 'Front desk', THERAPIST: 'Therapist' } as Record<string, string>;

// Date inputs hold calendar days; the API filters on instants (from: at or after, to: before).
const startOfDay = (value: string) => (value ? new Date(`${value}T00:00:00`).toISOString() : undefined);
const startOfNextDay = (value: string) => {
  if (!value) return undefined;
  const d = new Date(`${value}T00:00:00`);
  d.setDate(d.getDate() + 1);
  return d.toISOString();
};
const toDay = (value: string | undefined) => {
  if (!value) return '';
  const d = new Date(value);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

// The lookups sort by name: react-admin's default (id) is not a sort field staff or patients offer,
// and the API refused it (BAD_USER_INPUT on sortField), which broke these two filters.
const BY_NAME = { field: 'name', order: 'ASC' } as const;

const filters = [
  <ReferenceInput key="actorId" source="actorId" reference="staff" sort={BY_NAME} alwaysOn>
    <AutocompleteInput label="Actor" optionText="name" sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <SelectInput key="entity" source="entity" label="Record" choices={ENTITIES} alwaysOn emptyText="Any record" sx={{ minWidth: 170 }} />,
  <ReferenceInput key="patientId" source="patientId" reference="patients" sort={BY_NAME} alwaysOn>
    <AutocompleteInput label="Patient" optionText="name" sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <DateInput key="from" source="from" label="From" parse={startOfDay} format={toDay} alwaysOn />,
  <DateInput
    key="to"
    source="to"
    label="To (inclusive)"
    parse={startOfNextDay}
    format={(v: string | undefined) => (v ? toDay(new Date(Date.parse(v) - 1).toISOString()) : '')}
    alwaysOn
  />,
  <SelectInput key="action" source="action" label="Action" choices={ACTIONS} emptyText="Any action" />,
];

function ActionChip() {
  const record = useRecordContext<{ action: string }>();
  if (!record) return null;
  const color = ['DENIED', 'LOGIN_FAILED'].includes(record.action) ? 'error' : record.action === 'READ' ? 'default' : 'primary';
  return <Chip size="small" label={actionLabel(record.action)} color={color} variant="outlined" />;
}

function RoleText() {
  const record = useRecordContext<{ actorRole: string }>();
  return <>{record ? (ROLE[record.actorRole] ?? record.actorRole) : null}</>;
}

/** The record type, with how many records a read listed and which fields a change set. */
function RecordText() {
  const record = useRecordContext<{ entity: string; entityIds: string[]; fields: string[] }>();
  if (!record) return null;
  const count = record.entityIds.length > 1 ? ` × ${record.entityIds.length}` : '';
  const fields = record.fields.length > 0 ? ` (${record.fields.join(', ')})` : '';
  return <>{`${record.entity.replace(/([a-z])([A-Z])/g, '$1 $2')}${count}${fields}`}</>;
}

function AuditActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <ExportCsvButton />
    </TopToolbar>
  );
}

type AuditEvent = {
  id: string;
  at: string;
  actorId: string;
  actorRole: string;
  action: string;
  entity: string;
  entityId: string | null;
  entityIds: string[];
  patientId: string | null;
  fields: string[];
};
const Col = DataTable.Col<AuditEvent>;

export function AuditList() {
  return (
    <List
      title="Audit log"
      filters={filters}
      actions={<AuditActions />}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={50}
      exporter={false}
      empty={false}
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <Col
          source="at"
          label="When"
          render={() => <DateField source="at" showTime options={{ dateStyle: 'medium', timeStyle: 'medium' }} />}
        />
        <Col
          source="actorId"
          label="Who"
          disableSort
          render={() => (
            <ReferenceField source="actorId" reference="staff" link={false}>
              <TextField source="name" />
            </ReferenceField>
          )}
        />
        <Col source="actorRole" label="Role" disableSort render={() => <RoleText />} />
        <Col source="action" label="Action" render={() => <ActionChip />} />
        <Col source="entity" label="Record" render={() => <RecordText />} />
        <Col
          source="patientId"
          label="Patient"
          disableSort
          render={() => (
            <ReferenceField source="patientId" reference="patients" emptyText="—">
              <TextField source="name" />
            </ReferenceField>
          )}
        />
      </DataTable>
    </List>
  );
}
