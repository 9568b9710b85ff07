// Owners only: book an exact start that is not among the free times (the API still refuses an overlap
// with CONFLICT, which then offers "Book anyway…"). The time is read in the clinic's zone, not the browser's.
import { TextField } from '@mui/material';
import { DateTime } from 'luxon';
import { localToInstant, type IsoDate } from '../shared/time';
import type { Slot } from './api';

export interface OwnerTimeFieldProps {
  date: IsoDate;
  zone: string;
  durationMinutes: number | null;
  /** "HH:MM" or "" */
  value: string;
  onChange: (time: string, slot: Slot | null) => void;
}

export function slotAt(date: IsoDate, time: string, zone: string, durationMinutes: number): Slot | null {
  if (!/^\d{2}:\d{2}$/.test(time)) return null;
  const start = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!start.isValid) return null;
  return { startsAt: localToInstant(date, time, zone), endsAt: start.plus({ minutes: durationMinutes }).toUTC().toISO()! };
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
      helperText={disabled ? 'Choose a service first' : `Owner only: an exact start in ${zone.replace(/_/g, ' ')}, even if it is not listed as free`}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 300 } }}
      sx={{ maxWidth: 360 }}
    />
  );
}
