// One message as the patient (or, for an invitation, the staff member) received it or would have, and
// what the provider said.
import { Box, Card, CardContent, Divider, Paper, Stack, Typography } from '@mui/material';
import { Labeled, ListButton, Show, TopToolbar, useRecordContext } from 'react-admin';
import { ChannelField, ClinicTimeField, KindField, RecipientField, RecipientNameField, StatusField } from './MessageFields';
import { MESSAGE_KIND_LABELS } from '../shared/labels';
import { MessageText, hasLinks } from './MessageText';
import type { Message } from './record';

function MessageTitle() {
  const record = useRecordContext<Message>();
  return <span>{record ? MESSAGE_KIND_LABELS[record.kind] : 'Message'}</span>;
}

const grid = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', md: 'repeat(3, minmax(0, 1fr))' },
} as const;

function MessageDetail() {
  const record = useRecordContext<Message>();
  if (!record) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' }, mb: 2 }}>
          <Typography variant="h5" component="h2" sx={{ fontWeight: 600 }}>
            {record.subject || MESSAGE_KIND_LABELS[record.kind]}
          </Typography>
          <StatusField withReason={false} />
        </Stack>

        <Box component="section" aria-label="Delivery" sx={grid}>
          <Labeled label={record.patientId ? 'Patient' : 'Staff member'}>
            <RecipientNameField link="show" />
          </Labeled>
          <Labeled label="Kind">
            <KindField />
          </Labeled>
          <Labeled label="Channel">
            <ChannelField />
          </Labeled>
          <Labeled label="To">
            <RecipientField />
          </Labeled>
          <Labeled label="Send time">
            <ClinicTimeField source="sendAt" />
          </Labeled>
          <Labeled label="Sent">
            <ClinicTimeField source="sentAt" />
          </Labeled>
          <Labeled label="Attempts">
            <Typography component="span" variant="body2">
              {record.attempts}
            </Typography>
          </Labeled>
          {record.statusReason && (
            <Labeled label="Reason">
              <Typography component="span" variant="body2">
                {record.statusReason}
              </Typography>
            </Labeled>
          )}
          <Labeled label="Provider result">
            <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
              {record.providerResult || '—'}
            </Typography>
          </Labeled>
        </Box>

        <Divider sx={{ my: 2 }} />
        <Box component="section" aria-label="Message text">
          <Typography variant="overline" color="text.secondary">
            Message text
          </Typography>
          {hasLinks(record.text) && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
              {record.patientId
                ? 'These links are the patient’s: the page each opens confirms, cancels or stops their messages when its button is pressed.'
                : `This link is ${record.staffName ?? 'the invitee'}’s: it lets them choose their password, once. If no email was sent, pass it to them privately.`}
            </Typography>
          )}
          {/* The text exactly as sent: line breaks kept, addresses as links, a comfortable line length for reading. */}
          <Paper
            variant="outlined"
            sx={{ mt: 0.5, p: 2, maxWidth: '70ch', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', bgcolor: 'grey.50' }}
          >
            <Typography variant="body1" component="div">
              <MessageText text={record.text} />
            </Typography>
          </Paper>
        </Box>
      </CardContent>
    </Card>
  );
}

export function MessageShow() {
  return (
    <Show
      title={<MessageTitle />}
      actions={
        <TopToolbar>
          <ListButton label="All messages" />
        </TopToolbar>
      }
      component="div"
    >
      <MessageDetail />
    </Show>
  );
}
