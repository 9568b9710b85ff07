// The free start times of one day, as buttons: what availableSlots returns for the therapist, service,
// room and patient (so the patient's other sessions are left out too). Times are in the clinic's zone.
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Alert, Box, Button, CircularProgress, ToggleButton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Slot, SlotQuery } from './api';
import { addDays, dayRange, hhmm, instantDay, longDay, type IsoDate } from '../shared/time';

export interface SlotPickerProps {
  therapistId: string;
  serviceTypeId: string;
  roomId?: string | null;
  patientId?: string | null;
  date: IsoDate;
  zone: string;
  value: string | null;
  onChange: (slot: Slot | null) => void;
  onDateChange: (date: IsoDate) => void;
  fetchSlots: (query: SlotQuery) => Promise<Slot[]>;
  /** Changing it refetches (after a conflict the list was stale). */
  refreshKey?: number;
  /** Leaves this start out, e.g. the session's current time when rescheduling. */
  exclude?: string;
  /** The session being rescheduled, so its own slot does not block the times around it. */
  excludeSessionId?: string;
  /** "HH:MM" asked for (a click on the schedule): chosen through onPreferredFound once it is listed. */
  preferredTime?: string | null;
  onPreferredFound?: (slot: Slot) => void;
}

const PARTS = [
  { label: 'Morning', from: 0, to: 12 },
  { label: 'Afternoon', from: 12, to: 17 },
  { label: 'Evening', from: 17, to: 24 },
];

export function SlotPicker(props: SlotPickerProps) {
  const {
    therapistId,
    serviceTypeId,
    roomId,
    patientId,
    date,
    zone,
    value,
    onChange,
    onDateChange,
    fetchSlots,
    refreshKey = 0,
    exclude,
    excludeSessionId,
    preferredTime,
    onPreferredFound,
  } = props;
  const [searching, setSearching] = useState(false);
  const [searchMessage, setSearchMessage] = useState<string | null>(null);
  const ready = Boolean(therapistId && serviceTypeId && date);
  const { from, to } = dayRange(date, zone);
  const slots = useQuery({
    queryKey: [
      'backtrack',
      'slots',
      therapistId,
      serviceTypeId,
      roomId ?? null,
      patientId ?? null,
      excludeSessionId ?? null,
      date,
      zone,
      refreshKey,
    ],
    queryFn: () =>
      fetchSlots({ therapistId, serviceTypeId, roomId, patientId, from, to, ...(excludeSessionId ? { excludeSessionId } : {}) }),
    enabled: ready,
    staleTime: 0,
    gcTime: 0,
  });

  const preferredSlot = preferredTime
    ? slots.data?.find((s) => s.startsAt !== exclude && hhmm(s.startsAt, zone) === preferredTime)
    : undefined;
  useEffect(() => {
    if (preferredSlot && !value) onPreferredFound?.(preferredSlot);
  }, [preferredSlot, value, onPreferredFound]);

  if (!ready) {
    if (preferredTime)
      return (
        <Typography variant="body2" color="text.secondary" data-testid="preferred-time">
          {preferredTime} from the schedule: choose {therapistId ? 'a service' : 'a therapist and a service'} to book it.
        </Typography>
      );
    return (
      <Typography variant="body2" color="text.secondary">
        Choose a therapist and a service to see the free times.
      </Typography>
    );
  }
  if (slots.isPending) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 1 }} role="status">
        <CircularProgress size={18} /> <Typography variant="body2">Looking for free times…</Typography>
      </Box>
    );
  }
  if (slots.isError) {
    return <Alert severity="error">{(slots.error as Error).message}</Alert>;
  }

  const list = slots.data.filter((s) => s.startsAt !== exclude);

  const findNextFreeDay = async () => {
    setSearching(true);
    setSearchMessage(null);
    try {
      // availableSlots answers at most 31 days at a time.
      const range = { from: dayRange(addDays(date, 1), zone).from, to: dayRange(addDays(date, 29), zone).to };
      const next = (await fetchSlots({ therapistId, serviceTypeId, roomId, patientId, ...range })).find((s) => s.startsAt !== exclude);
      if (next) onDateChange(instantDay(next.startsAt, zone));
      else setSearchMessage('No free time in the next four weeks.');
    } catch (error) {
      setSearchMessage((error as Error).message);
    } finally {
      setSearching(false);
    }
  };

  if (list.length === 0) {
    return (
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
        <Typography variant="body2" color="text.secondary">
          No free times on {longDay(date)}.
        </Typography>
        <Button
          size="small"
          variant="outlined"
          endIcon={searching ? <CircularProgress size={14} /> : <ArrowForwardIcon />}
          onClick={findNextFreeDay}
          disabled={searching}
        >
          Next free day
        </Button>
        {searchMessage && (
          <Typography variant="body2" color="text.secondary">
            {searchMessage}
          </Typography>
        )}
      </Box>
    );
  }

  return (
    <Box role="group" aria-label={`Free times on ${longDay(date)}`} sx={{ display: 'grid', gap: 1 }}>
      {preferredTime && !preferredSlot && (
        <Typography variant="body2" color="warning.dark" role="status" data-testid="preferred-time">
          {preferredTime} is not among the free times: choose another time.
        </Typography>
      )}
      {PARTS.map((part) => {
        const inPart = list.filter((s) => {
          const hour = Number(hhmm(s.startsAt, zone).slice(0, 2));
          return hour >= part.from && hour < part.to;
        });
        if (!inPart.length) return null;
        return (
          <Box key={part.label} sx={{ display: 'flex', gap: 1, alignItems: 'baseline' }}>
            <Typography variant="caption" color="text.secondary" sx={{ width: 70, flexShrink: 0, fontWeight: 600 }}>
              {part.label}
            </Typography>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
              {inPart.map((slot) => {
                const selected = slot.startsAt === value;
                return (
                  <ToggleButton
                    key={slot.startsAt}
                    value={slot.startsAt}
                    selected={selected}
                    size="small"
                    color="primary"
                    aria-label={`${hhmm(slot.startsAt, zone)} to ${hhmm(slot.endsAt, zone)}`}
                    onChange={() => onChange(selected ? null : slot)}
                    sx={{
                      py: 0.5,
                      px: 1.25,
                      minWidth: 64,
                      color: 'text.primary',
                      borderColor: '#c9d3d6',
                      fontVariantNumeric: 'tabular-nums',
                      fontWeight: 600,
                      '&.Mui-selected': { bgcolor: 'primary.main', color: 'primary.contrastText', '&:hover': { bgcolor: 'primary.dark' } },
                    }}
                  >
                    {hhmm(slot.startsAt, zone)}
                  </ToggleButton>
                );
              })}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
