// Who read or wrote which clinical record, when (OWNER only). Events carry ids, never patient data;
// names come from the staff and patient resources.
import { Chip } from '@mui/material';
import {
  AutocompleteInput,
  DataTable,
  DateField,
  DateInput,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  useRecordContext,
} from 'react-admin';

const ENTITIES = [
  'Patient',
  'Screening',
  'Clearance',
  'EpisodeOfCare',
  'Assessment',
  'TreatmentNote',
  'PatientOutcomes',
  'ClinicOutcomes',
].map((id) => ({
  id,
  name: id.replace(/([a-z])([A-Z])/g, '$1 $2'),
}));
const ACTIONS = ['READ', 'CREATE', 'AMEND', 'DISCHARGE', 'DENIED'].map((id) => ({ id, name: id.charAt(0) + id.slice(1).toLowerCase() }));
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

const filters = [
  <ReferenceInput key="actorId" source="actorId" reference="staff" alwaysOn>
    <AutocompleteInput label="Actor" optionText="name" sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <SelectInput key="entity" source="entity" label="Record" choices={ENTITIES} alwaysOn emptyText="Any record" sx={{ minWidth: 170 }} />,
  <ReferenceInput key="patientId" source="patientId" reference="patients" alwaysOn>
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
  const color = record.action === 'DENIED' ? 'error' : record.action === 'READ' ? 'default' : 'primary';
  return <Chip size="small" label={record.action.charAt(0) + record.action.slice(1).toLowerCase()} color={color} variant="outlined" />;
}

function RoleText() {
  const record = useRecordContext<{ actorRole: string }>();
  return <>{record ? (ROLE[record.actorRole] ?? record.actorRole) : null}</>;
}

type AuditEvent = {
  id: string;
  at: string;
  actorId: string;
  actorRole: string;
  action: string;
  entity: string;
  entityId: string | null;
  patientId: string | null;
};
const Col = DataTable.Col<AuditEvent>;

export function AuditList() {
  return (
    <List title="Audit log" filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={50} exporter={false} empty={false}>
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
        <Col source="entity" label="Record" />
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
