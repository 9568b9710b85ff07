// Small read-only renderings of patient values, shared by the list and the show page. They use the
// same typography as react-admin's own fields so a page reads evenly.
import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { CHANNEL_LABELS } from '../shared/labels';
import { formatPhone } from '../shared/phone';
import { REGION_LABELS, type Patient } from './choices';
import { ageOn, formatDateOnly } from './dates';

export function DateOfBirthField({ withAge = true }: { withAge?: boolean }) {
  const record = useRecordContext<Patient>();
  if (!record?.dateOfBirth) return null;
  const age = withAge ? ageOn(record.dateOfBirth) : null;
  return (
    <Typography component="span" variant="body2">
      {formatDateOnly(record.dateOfBirth)}
      {age !== null && (
        <Typography component="span" variant="body2" color="text.secondary">
          {' '}
          · {age} y
        </Typography>
      )}
    </Typography>
  );
}

export function RegionField() {
  const record = useRecordContext<Patient>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {REGION_LABELS[record.complaintRegion] ?? record.complaintRegion}
    </Typography>
  );
}

const None = () => (
  <Typography component="span" variant="body2" color="text.secondary">
    —
  </Typography>
);

/** Stored as E.164; shown grouped, as people say it. */
export function PhoneField() {
  const record = useRecordContext<Patient>();
  if (!record?.phone) return <None />;
  return (
    <Typography component="span" variant="body2">
      {formatPhone(record.phone)}
    </Typography>
  );
}

export function PreferredChannelField() {
  const record = useRecordContext<Patient>();
  if (!record?.preferredChannel) return <None />;
  return (
    <Typography component="span" variant="body2">
      {CHANNEL_LABELS[record.preferredChannel]}
    </Typography>
  );
}

/** The channels the patient agreed to; "No consent given" says plainly that nothing will be sent. */
export function ConsentField() {
  const record = useRecordContext<Patient>();
  if (!record) return null;
  const channels = [record.emailConsent && 'Email', record.smsConsent && 'SMS'].filter(Boolean);
  return (
    <Typography component="span" variant="body2" color={channels.length ? 'text.primary' : 'text.secondary'}>
      {channels.length ? channels.join(' and ') : 'No consent given'}
    </Typography>
  );
}
