// The wait list (OWNER and FRONT_DESK), oldest first: the order in which freed times are offered.
import { Box, Typography } from '@mui/material';
import HourglassIcon from '@mui/icons-material/HourglassEmptyOutlined';
import { AutocompleteInput, CreateButton, DataTable, List, ReferenceField, ReferenceInput, SelectInput, TextField } from 'react-admin';
import { WAITLIST_STATUS_CHOICES } from './format';
import type { WaitlistEntry } from './record';
import { EntryStatusField, LastOfferField, TherapistField, WhenField } from './WaitlistFields';

// react-admin sorts references by id unless told; the API sorts people and services by name only.
const BY_NAME = { field: 'name', order: 'ASC' } as const;
const BY_DISPLAY_NAME = { field: 'displayName', order: 'ASC' } as const;

const filters = [
  <SelectInput
    key="status"
    source="status"
    label="Status"
    choices={WAITLIST_STATUS_CHOICES}
    alwaysOn
    emptyText="Any status"
    sx={{ minWidth: 140 }}
  />,
  <ReferenceInput key="serviceTypeId" source="serviceTypeId" reference="service-types" sort={BY_NAME} alwaysOn>
    <SelectInput label="Service" optionText="name" emptyText="Any service" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <ReferenceInput key="therapistId" source="therapistId" reference="therapists" sort={BY_DISPLAY_NAME} alwaysOn>
    <SelectInput label="Therapist" optionText="displayName" emptyText="Any therapist" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <ReferenceInput key="patientId" source="patientId" reference="patients" sort={BY_NAME} alwaysOn>
    <AutocompleteInput label="Patient" optionText="name" sx={{ minWidth: 200 }} />
  </ReferenceInput>,
];

function NoEntries() {
  return (
    <Box sx={{ textAlign: 'center', py: 8, px: 2, m: 'auto' }}>
      <HourglassIcon sx={{ fontSize: 64, color: 'text.disabled' }} />
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        Nobody is waiting
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 440, mx: 'auto', mt: 1 }}>
        Add a patient who wants an earlier time: when a matching session is cancelled, the time is offered to them by message, first come
        first offered.
      </Typography>
      <CreateButton label="Add to wait list" sx={{ mt: 2 }} />
    </Box>
  );
}

const Col = DataTable.Col<WaitlistEntry>;

export function WaitlistList() {
  return (
    <List
      title="Wait list"
      filters={filters}
      sort={{ field: 'createdAt', order: 'ASC' }}
      perPage={25}
      exporter={false}
      empty={<NoEntries />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Col
          source="patientId"
          label="Patient"
          disableSort
          render={() => (
            <ReferenceField source="patientId" reference="patients" link={false}>
              <TextField source="name" />
            </ReferenceField>
          )}
        />
        <Col
          source="serviceTypeId"
          label="Service"
          disableSort
          render={() => (
            <ReferenceField source="serviceTypeId" reference="service-types" link={false}>
              <TextField source="name" />
            </ReferenceField>
          )}
        />
        <Col source="therapistId" label="Therapist" disableSort render={() => <TherapistField />} />
        <Col source="windows" label="When" disableSort render={() => <WhenField />} />
        <Col source="status" label="Status" render={() => <EntryStatusField />} />
        <Col source="offers" label="Last offer" disableSort render={() => <LastOfferField />} />
      </DataTable>
    </List>
  );
}
