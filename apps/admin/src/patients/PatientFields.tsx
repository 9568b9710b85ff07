// Small read-only renderings of patient values, shared by the list and the show page. They use the
// same typography as react-admin's own fields so a page reads evenly.
import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
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
