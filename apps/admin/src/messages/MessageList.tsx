// The outbox (OWNER and FRONT_DESK): every message to a patient, and invitations to staff, newest first,
// whatever its channel.
import { Box, Typography } from '@mui/material';
import MailIcon from '@mui/icons-material/MarkEmailReadOutlined';
import { AutocompleteInput, DataTable, List, ReferenceInput, SelectInput } from 'react-admin';
import { CHANNEL_CHOICES, MESSAGE_KIND_CHOICES, MESSAGE_STATUS_CHOICES } from '../shared/labels';
import { ChannelField, ClinicTimeField, KindField, RecipientField, RecipientNameField, StatusField } from './MessageFields';
import type { Message } from './record';

// react-admin sorts references by id unless told; the API sorts people and services by name only.
const BY_NAME = { field: 'name', order: 'ASC' } as const;

const filters = [
  <ReferenceInput key="patientId" source="patientId" reference="patients" sort={BY_NAME} alwaysOn>
    <AutocompleteInput label="Patient" optionText="name" sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" label="Kind" choices={MESSAGE_KIND_CHOICES} alwaysOn emptyText="Any kind" sx={{ minWidth: 160 }} />,
  <SelectInput
    key="status"
    source="status"
    label="Status"
    choices={MESSAGE_STATUS_CHOICES}
    alwaysOn
    emptyText="Any status"
    sx={{ minWidth: 150 }}
  />,
  <SelectInput
    key="channel"
    source="channel"
    label="Channel"
    choices={CHANNEL_CHOICES}
    alwaysOn
    emptyText="Any channel"
    sx={{ minWidth: 140 }}
  />,
];

/** A clinic with no bookings yet has an empty outbox; say what will fill it rather than show a bare table. */
function NoMessages() {
  return (
    <Box sx={{ textAlign: 'center', py: 8, px: 2, m: 'auto' }}>
      <MailIcon sx={{ fontSize: 64, color: 'text.disabled' }} />
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        No messages yet
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 420, mx: 'auto', mt: 1 }}>
        Messages to patients appear here as they are scheduled, each sent by the patient’s preferred channel when they have agreed to it.
      </Typography>
    </Box>
  );
}

const Col = DataTable.Col<Message>;

export function MessageList() {
  return (
    <List title="Messages" filters={filters} sort={{ field: 'sendAt', order: 'DESC' }} perPage={25} exporter={false} empty={<NoMessages />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Col source="sendAt" label="Send time" render={() => <ClinicTimeField source="sendAt" />} />
        <Col source="patientId" label="Recipient" disableSort render={() => <RecipientNameField />} />
        <Col source="kind" label="Kind" render={() => <KindField />} />
        <Col source="channel" label="Channel" render={() => <ChannelField />} />
        <Col source="to" label="To" disableSort render={() => <RecipientField />} />
        <Col source="status" label="Status" render={() => <StatusField />} />
      </DataTable>
    </List>
  );
}
