// Read-only renderings of an outbox row, shared by the list and the show page.
import { Chip, Stack, Typography } from '@mui/material';
import { ReferenceField, TextField, useRecordContext } from 'react-admin';
import { useCatalog } from '../shared/catalog';
import { CHANNEL_LABELS, MESSAGE_KIND_LABELS, MESSAGE_STATUS_COLORS, MESSAGE_STATUS_LABELS } from '../shared/labels';
import { formatPhone } from '../shared/phone';
import { inZone } from '../shared/time';
import type { MessageStatus } from '../graphql/graphql';
import type { Message } from './record';

/** An instant in the clinic's zone ("Tue 8 Dec 2026, 09:00"), like every time on the schedule. */
export function ClinicTimeField({ source }: { source: 'sendAt' | 'sentAt' | 'createdAt' }) {
  const record = useRecordContext<Message>();
  const catalog = useCatalog();
  const value = record?.[source];
  if (!value) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        —
      </Typography>
    );
  }
  const zone = catalog.data?.clinic.timezone;
  if (!zone) return null; // the zone arrives with the catalogue; never fall back to the browser's
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {inZone(value, zone).toFormat('ccc d LLL yyyy, HH:mm')}
    </Typography>
  );
}

export function KindField() {
  const record = useRecordContext<Message>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {MESSAGE_KIND_LABELS[record.kind]}
    </Typography>
  );
}

export function ChannelField() {
  const record = useRecordContext<Message>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {CHANNEL_LABELS[record.channel]}
    </Typography>
  );
}

/**
 * Who it is to: the patient (a reference, linked on the show page), or for a staff invitation the
 * staff member's name, marked as staff since the outbox is otherwise about patients.
 */
export function RecipientNameField({ link = false }: { link?: false | 'show' }) {
  const record = useRecordContext<Message>();
  if (!record) return null;
  if (record.patientId) {
    return (
      <ReferenceField source="patientId" reference="patients" link={link}>
        <TextField source="name" />
      </ReferenceField>
    );
  }
  return (
    <Typography component="span" variant="body2">
      {record.staffName ?? '—'}{' '}
      <Typography component="span" variant="caption" color="text.secondary">
        (staff)
      </Typography>
    </Typography>
  );
}

/** The address it went to: an email, or a phone grouped for reading; a dash when it was skipped for want of one. */
export function RecipientField() {
  const record = useRecordContext<Message>();
  if (!record) return null;
  if (!record.to) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        —
      </Typography>
    );
  }
  return (
    <Typography component="span" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
      {record.channel === 'SMS' ? formatPhone(record.to) : record.to}
    </Typography>
  );
}

export function MessageStatusChip({ status }: { status: MessageStatus }) {
  const { bg, fg } = MESSAGE_STATUS_COLORS[status];
  return <Chip size="small" label={MESSAGE_STATUS_LABELS[status]} sx={{ bgcolor: bg, color: fg, fontWeight: 600 }} />;
}

/** The status chip, with the reason beneath when the message did not go out (skipped, failed, cancelled). */
export function StatusField({ withReason = true }: { withReason?: boolean }) {
  const record = useRecordContext<Message>();
  if (!record) return null;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <MessageStatusChip status={record.status} />
      {withReason && record.statusReason && record.status !== 'SENT' && record.status !== 'SCHEDULED' && (
        <Typography variant="caption" color="text.secondary" sx={{ maxWidth: 280 }}>
          {record.statusReason}
        </Typography>
      )}
    </Stack>
  );
}
