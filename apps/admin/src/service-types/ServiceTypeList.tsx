import {
  CreateButton,
  DataTable,
  List,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { can } from '../access';
import { ActiveChip } from '../shared/ActiveChip';
import type { ServiceType } from '../shared/catalog';
import { MODALITY_CHOICES, MODALITY_LABELS } from '../shared/labels';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search services" aria-label="Search services by name" />,
  <SelectInput
    key="modality"
    source="modality"
    label="Modality"
    choices={MODALITY_CHOICES}
    alwaysOn
    emptyText="All modalities"
    sx={{ minWidth: 180 }}
  />,
];

const Col = DataTable.Col<ServiceType>;

function Minutes({ field }: { field: 'durationMinutes' | 'bufferMinutes' }) {
  const record = useRecordContext<ServiceType>();
  return <span>{record ? `${record[field]} min` : ''}</span>;
}

export function ServiceTypeList() {
  const { permissions } = usePermissions();
  const owner = can(permissions, 'service-types', 'edit');
  return (
    <List
      title="Service types"
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={50}
      actions={<TopToolbar>{owner && <CreateButton label="New service" />}</TopToolbar>}
      empty={false}
    >
      <DataTable rowClick={owner ? 'edit' : false} bulkActionButtons={false}>
        <Col source="name" label="Service" field={TextField} />
        <Col source="modality" label="Modality" render={(r) => MODALITY_LABELS[r.modality] ?? r.modality} />
        <Col source="durationMinutes" label="Duration" render={() => <Minutes field="durationMinutes" />} />
        <Col source="bufferMinutes" label="Buffer" render={() => <Minutes field="bufferMinutes" />} />
        <Col source="active" label="Status" render={(r) => <ActiveChip active={r.active} />} />
      </DataTable>
    </List>
  );
}
