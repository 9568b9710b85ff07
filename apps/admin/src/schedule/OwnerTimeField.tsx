// Owners only: book an exact start that is not among the free times (the API still refuses an overlap
// with CONFLICT, which then offers "Book anyway…"). The time is read in the clinic's zone, not the browser's.
import { TextField } from '@mui/material';
import { localToInstant, parseLocalDate } from '@backtrack/domain';
import type { IsoDate } from '../shared/time';
import type { Slot } from './api';

export interface OwnerTimeFieldProps {
  date: IsoDate;
  zone: string;
  durationMinutes: number | null;
  /** "HH:MM" or "" */
  value: string;
  onChange: (time: string, slot: Slot | null) => void;
}

/** The slot starting at `time` on `date` in the clinic's zone (the API's DST policy), or null while the input is incomplete. */
export function slotAt(date: IsoDate, time: string, zone: string, durationMinutes: number): Slot | null {
  let start: number;
  try {
    start = localToInstant(parseLocalDate(date), time, zone);
  } catch {
    return null;
  }
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + durationMinutes * 60_000).toISOString() };
}

export function OwnerTimeField({ date, zone, durationMinutes, value, onChange }: OwnerTimeFieldProps) {
  const disabled = durationMinutes === null;
  return (
    <TextField
      label="Choose another time"
      type="time"
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value, durationMinutes === null ? null : slotAt(date, e.target.value, zone, durationMinutes))}
      helperText={
        disabled ? 'Choose a service first' : `Owner only: an exact start in ${zone.replace(/_/g, ' ')}, even if it is not listed as free`
      }
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 300 } }}
      sx={{ maxWidth: 360 }}
    />
  );
}
