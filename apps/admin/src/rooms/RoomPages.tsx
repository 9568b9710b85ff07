import {
  BooleanInput,
  Create,
  CreateButton,
  DataTable,
  DeleteButton,
  Edit,
  List,
  SaveButton,
  SearchInput,
  SimpleForm,
  TextField,
  TextInput,
  Toolbar,
  TopToolbar,
  maxLength,
  required,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { can } from '../access';
import { ActiveChip } from '../shared/ActiveChip';
import { useSavedHandler } from '../shared/useSaved';
import type { Room } from '../shared/catalog';

const Col = DataTable.Col<Room>;

export function RoomList() {
  const { permissions } = usePermissions();
  const owner = can(permissions, 'rooms', 'edit');
  return (
    <List
      title="Rooms"
      filters={[<SearchInput key="q" source="q" alwaysOn placeholder="Search rooms" aria-label="Search rooms by name" />]}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={50}
      actions={<TopToolbar>{owner && <CreateButton label="New room" />}</TopToolbar>}
      empty={false}
    >
      <DataTable rowClick={owner ? 'edit' : false} bulkActionButtons={false}>
        <Col source="name" label="Room" field={TextField} />
        <Col source="active" label="Status" render={(r) => <ActiveChip active={r.active} />} />
      </DataTable>
    </List>
  );
}

function RoomForm({ canDelete = false }: { canDelete?: boolean }) {
  return (
    <SimpleForm
      noValidate
      sx={{ maxWidth: 520 }}
      defaultValues={{ active: true }}
      toolbar={
        <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
          <SaveButton label="Save room" alwaysEnable />
          {canDelete && (
            <DeleteButton
              mutationMode="pessimistic"
              confirmTitle="Delete this room?"
              confirmContent="A room that sessions already use cannot be deleted: deactivate it instead."
            />
          )}
        </Toolbar>
      }
    >
      <TextInput source="name" label="Name" validate={[required('Enter the room name'), maxLength(80)]} />
      <BooleanInput source="active" label="Bookable (active)" helperText="Inactive rooms cannot be booked" />
    </SimpleForm>
  );
}

function Title() {
  const record = useRecordContext<Room>();
  return <span>{record ? `Edit ${record.name}` : 'Edit room'}</span>;
}

export function RoomEdit() {
  const onSuccess = useSavedHandler('rooms', (r) => `${r.name as string} saved`);
  return (
    <Edit title={<Title />} mutationMode="pessimistic" mutationOptions={{ onSuccess }}>
      <RoomForm canDelete />
    </Edit>
  );
}

export function RoomCreate() {
  const onSuccess = useSavedHandler('rooms', (r) => `${r.name as string} added`);
  return (
    <Create title="New room" mutationOptions={{ onSuccess }}>
      <RoomForm />
    </Create>
  );
}
