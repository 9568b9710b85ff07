// Read-only renderings of a wait-list entry, shared by the list and the show page.
import { Chip, Stack, Typography } from '@mui/material';
import { ReferenceField, TextField, useRecordContext } from 'react-admin';
import type { WaitlistOfferStatus, WaitlistStatus } from '../graphql/graphql';
import { OFFER_STATUS_LABELS, WAITLIST_STATUS_COLORS, WAITLIST_STATUS_LABELS, formatDateRange, formatWindows } from './format';
import type { WaitlistEntry } from './record';

export function StatusChip({ status }: { status: WaitlistStatus | WaitlistOfferStatus }) {
  const { bg, fg } = WAITLIST_STATUS_COLORS[status];
  const label =
    status in WAITLIST_STATUS_LABELS
      ? WAITLIST_STATUS_LABELS[status as WaitlistStatus]
      : OFFER_STATUS_LABELS[status as WaitlistOfferStatus];
  return <Chip size="small" label={label} sx={{ bgcolor: bg, color: fg, fontWeight: 600 }} />;
}

export function EntryStatusField() {
  const record = useRecordContext<WaitlistEntry>();
  return record ? <StatusChip status={record.status} /> : null;
}

/** The newest offer's status (the API lists offers newest first); a dash before any offer. */
export function LastOfferField() {
  const record = useRecordContext<WaitlistEntry>();
  if (!record) return null;
  const last = record.offers[0];
  if (!last) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        No offer yet
      </Typography>
    );
  }
  return <StatusChip status={last.status} />;
}

/** "Any" therapist when the patient did not ask for one. */
export function TherapistField({ link = false }: { link?: false | 'show' }) {
  const record = useRecordContext<WaitlistEntry>();
  if (!record) return null;
  if (!record.therapistId) {
    return (
      <Typography component="span" variant="body2">
        Any
      </Typography>
    );
  }
  return (
    <ReferenceField source="therapistId" reference="therapists" link={link}>
      <TextField source="displayName" />
    </ReferenceField>
  );
}

/** Weekly windows, then the date range beneath when there is one. */
export function WhenField() {
  const record = useRecordContext<WaitlistEntry>();
  if (!record) return null;
  const range = formatDateRange(record.earliestDate, record.latestDate);
  return (
    <Stack spacing={0.25}>
      <Typography component="span" variant="body2">
        {formatWindows(record.windows)}
      </Typography>
      {range && (
        <Typography component="span" variant="caption" color="text.secondary">
          {range}
        </Typography>
      )}
    </Stack>
  );
}
