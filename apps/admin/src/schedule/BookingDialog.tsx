// Book a session (or a series) from a free slot. The slots come from availableSlots for the chosen
// therapist, service, room and patient; the booking itself is the explicit bookSession / bookSeries
// mutation with an idempotency key made once per dialog, so a double click or a retry after a
// network hiccup returns the same booking instead of making a second one. An owner may also pick an
// exact time and, after an overlap CONFLICT, book anyway with a reason (OverrideDialog).
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { Alert, Box, Button, Checkbox, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, IconButton, MenuItem, TextField, Typography, useMediaQuery, type Theme } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-admin';
import { bookingApi, type BookingApi, type BookSessionInput, type PatientOption, type RepeatInput, type Session, type Slot } from './api';
import { ErrorPanel } from './ErrorPanel';
import { OverrideDialog } from './OverrideDialog';
import { OwnerTimeField } from './OwnerTimeField';
import { explainBookingError, type FriendlyError } from '../shared/errors';
import { PatientPicker } from './PatientPicker';
import { SlotPicker } from './SlotPicker';
import { addDays, hhmm, longDay, todayIn, type IsoDate } from '../shared/time';
import { useActor } from './useActor';
import type { RepeatFrequency } from '../graphql/graphql';
import type { ClinicSettings, Room, ServiceType, Therapist } from '../shared/catalog';
import { FREQUENCY_LABELS } from '../shared/labels';

export function newIdempotencyKey(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) return c.randomUUID();
  return `bk-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

export interface BookingDialogProps {
  open: boolean;
  onClose: () => void;
  onBooked: (sessions: Session[]) => void;
  clinic: ClinicSettings;
  therapists: Therapist[];
  serviceTypes: ServiceType[];
  rooms: Room[];
  initialDate: IsoDate;
  initialTherapistId?: string;
  initialPatient?: PatientOption | null;
  /** A therapist books only for themself. */
  lockTherapist?: boolean;
  api?: BookingApi;
}

export function BookingDialog(props: BookingDialogProps) {
  const { open, onClose, onBooked, clinic, therapists, serviceTypes, rooms, initialDate, initialTherapistId, initialPatient = null, lockTherapist, api = bookingApi } = props;
  const zone = clinic.timezone;
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const activeTherapists = therapists.filter((t) => t.active);
  const activeServices = serviceTypes.filter((s) => s.active);
  const activeRooms = rooms.filter((r) => r.active);
  // Only an owner may override a conflict; the API refuses anyone else with FORBIDDEN.
  const isOwner = useActor().role === 'OWNER';

  // One key per dialog: the parent mounts a fresh dialog for every new booking.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const submitting = useRef(false);
  const [busy, setBusy] = useState(false);
  const [patient, setPatient] = useState<PatientOption | null>(initialPatient);
  const [therapistId, setTherapistId] = useState(initialTherapistId ?? (activeTherapists.length === 1 ? activeTherapists[0]!.id : ''));
  const [serviceTypeId, setServiceTypeId] = useState('');
  const [roomId, setRoomId] = useState('');
  const [date, setDate] = useState<IsoDate>(initialDate);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [notes, setNotes] = useState('');
  const [repeat, setRepeat] = useState(false);
  const [frequency, setFrequency] = useState<RepeatFrequency>('WEEKLY');
  const [interval, setInterval] = useState(1);
  const [count, setCount] = useState(6);
  const [error, setError] = useState<FriendlyError | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [customTime, setCustomTime] = useState('');
  // The booking an overlap refused, kept so that "Book anyway…" retries exactly it.
  const [pending, setPending] = useState<{ input: BookSessionInput; repeat: RepeatInput | null; summary: string | null } | null>(null);
  const [overriding, setOverriding] = useState(false);

  const therapist = activeTherapists.find((t) => t.id === therapistId);
  const service = activeServices.find((s) => s.id === serviceTypeId);
  // The therapist's own services first: a service outside their modalities is allowed but unusual.
  const servicesForTherapist = useMemo(
    () => [...activeServices].sort((a, b) => Number(!therapist?.modalities.includes(b.modality)) - Number(!therapist?.modalities.includes(a.modality))),
    [activeServices, therapist],
  );
  const needsClearance = patient?.clearanceStatus === 'NEEDS_MEDICAL_CLEARANCE';
  const countValid = Number.isInteger(count) && count >= 1 && count <= 52;
  const intervalValid = Number.isInteger(interval) && interval >= 1 && interval <= 52;
  const canSubmit = Boolean(patient && therapistId && serviceTypeId && slot && !needsClearance && (!repeat || (countValid && intervalValid)));

  const resetSlot = () => {
    setSlot(null);
    setCustomTime('');
    setError(null);
    setPending(null);
  };

  const attempt = async (input: BookSessionInput, repeatInput: RepeatInput | null, label: string | null) => {
    if (submitting.current) return;
    submitting.current = true;
    setBusy(true);
    setError(null);
    try {
      if (repeatInput) {
        const series = await api.bookSeries({ ...input, repeat: repeatInput });
        onBooked(series.sessions);
      } else {
        onBooked([await api.bookSession(input)]);
      }
    } catch (failure) {
      const friendly = await explainBookingError(failure, zone, api.fetchSessionsByIds);
      setError(friendly);
      setPending(isOwner && friendly.overlapOnly && !input.overrideReason ? { input, repeat: repeatInput, summary: label } : null);
      setSlot(null);
      setCustomTime('');
      setRefreshKey((k) => k + 1);
    } finally {
      submitting.current = false;
      setBusy(false);
      setOverriding(false);
    }
  };

  const submit = async () => {
    if (!canSubmit || !patient || !slot) return;
    const input: BookSessionInput = {
      patientId: patient.id,
      therapistId,
      serviceTypeId,
      startsAt: slot.startsAt,
      roomId: roomId || null,
      notes: notes.trim(),
      idempotencyKey,
    };
    await attempt(input, repeat ? { frequency, interval, count } : null, summary);
  };

  // Nothing was created by the refused attempt; a fresh key keeps the override a separate request anyway.
  const bookAnyway = (reason: string) => {
    if (pending) void attempt({ ...pending.input, idempotencyKey: newIdempotencyKey(), overrideReason: reason }, pending.repeat, pending.summary);
  };

  const unit = FREQUENCY_LABELS[frequency].unit;
  const summary = slot && service && therapist
    ? `${longDay(date)}, ${hhmm(slot.startsAt, zone)}–${hhmm(slot.endsAt, zone)} · ${service.name} with ${therapist.displayName}` +
      (repeat && countValid && intervalValid ? ` · ${count} sessions, every ${interval === 1 ? unit : `${interval} ${unit}s`}` : '')
    : null;

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullScreen={fullScreen} fullWidth maxWidth="sm" aria-labelledby="booking-title">
      <DialogTitle id="booking-title" sx={{ pb: 1 }}>
        Book a session
      </DialogTitle>
      <DialogContent dividers sx={{ display: 'grid', gap: 2 }}>
        {/* At the top, where it is seen at once even when the dialog scrolls on a small screen. */}
        {error && <ErrorPanel error={error} />}
        {error && pending && (
          <Box>
            <Button variant="outlined" color="warning" size="small" onClick={() => setOverriding(true)} disabled={busy}>
              Book anyway…
            </Button>
          </Box>
        )}
        <PatientPicker
          value={patient}
          onChange={(p) => {
            setPatient(p);
            resetSlot();
          }}
          search={api.searchPatients}
          autoFocus={!initialPatient}
        />
        {needsClearance && patient && (
          <Alert severity="warning" role="alert">
            This patient needs medical clearance before booking: record a clearance first.{' '}
            <Link to={`/patients/${patient.id}/show`}>Open {patient.name}’s record</Link>
          </Alert>
        )}
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
          <TextField
            select
            label="Therapist"
            required
            value={therapistId}
            disabled={lockTherapist}
            onChange={(e) => {
              setTherapistId(e.target.value);
              resetSlot();
            }}
          >
            {activeTherapists.map((t) => (
              <MenuItem key={t.id} value={t.id}>
                {t.displayName}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Service"
            required
            value={serviceTypeId}
            onChange={(e) => {
              setServiceTypeId(e.target.value);
              resetSlot();
            }}
          >
            {servicesForTherapist.map((s) => (
              <MenuItem key={s.id} value={s.id}>
                {s.name}
                {therapist && !therapist.modalities.includes(s.modality) ? ' (not in their modalities)' : ''}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Room"
            value={roomId}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            onChange={(e) => {
              setRoomId(e.target.value);
              resetSlot();
            }}
          >
            <MenuItem value="">
              <em>No room</em>
            </MenuItem>
            {activeRooms.map((r) => (
              <MenuItem key={r.id} value={r.id}>
                {r.name}
              </MenuItem>
            ))}
          </TextField>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <IconButton aria-label="Previous day" onClick={() => { setDate(addDays(date, -1)); resetSlot(); }} disabled={date <= todayIn(zone)}>
              <ChevronLeftIcon />
            </IconButton>
            <TextField
              label="Date"
              type="date"
              value={date}
              onChange={(e) => {
                if (e.target.value) {
                  setDate(e.target.value);
                  resetSlot();
                }
              }}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: todayIn(zone) } }}
              sx={{ flex: 1 }}
            />
            <IconButton aria-label="Next day" onClick={() => { setDate(addDays(date, 1)); resetSlot(); }}>
              <ChevronRightIcon />
            </IconButton>
          </Box>
        </Box>

        <Box component="section" aria-labelledby="slots-heading">
          <Typography id="slots-heading" variant="overline" color="text.secondary" component="h3">
            Free times · {longDay(date)} ({zone.replace(/_/g, ' ')})
          </Typography>
          <SlotPicker
            therapistId={therapistId}
            serviceTypeId={serviceTypeId}
            roomId={roomId || null}
            patientId={patient?.id ?? null}
            date={date}
            zone={zone}
            value={slot?.startsAt ?? null}
            onChange={(s) => {
              setSlot(s);
              setCustomTime('');
              setError(null);
              setPending(null);
            }}
            onDateChange={(d) => {
              setDate(d);
              resetSlot();
            }}
            fetchSlots={api.fetchSlots}
            refreshKey={refreshKey}
          />
          {isOwner && therapistId && (
            <Box sx={{ mt: 2 }}>
              <OwnerTimeField
                date={date}
                zone={zone}
                durationMinutes={service?.durationMinutes ?? null}
                value={customTime}
                onChange={(time, s) => {
                  setCustomTime(time);
                  setSlot(s);
                  setError(null);
                  setPending(null);
                }}
              />
            </Box>
          )}
        </Box>

        <Box>
          <FormControlLabel
            control={<Checkbox checked={repeat} onChange={(e) => setRepeat(e.target.checked)} />}
            label={
              <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
                <EventRepeatIcon fontSize="small" /> Repeat (book a series)
              </Box>
            }
          />
          {repeat && (
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr 1fr', sm: '1.4fr 1fr 1fr' }, mt: 1 }}>
              <TextField select label="Frequency" value={frequency} onChange={(e) => setFrequency(e.target.value as RepeatFrequency)} sx={{ gridColumn: { xs: '1 / -1', sm: 'auto' } }}>
                {(Object.keys(FREQUENCY_LABELS) as RepeatFrequency[]).map((f) => (
                  <MenuItem key={f} value={f}>
                    {FREQUENCY_LABELS[f].adjective}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                label={`Every (${unit}s)`}
                type="number"
                value={Number.isNaN(interval) ? '' : interval}
                onChange={(e) => setInterval(parseInt(e.target.value, 10))}
                error={!intervalValid}
                helperText={intervalValid ? ' ' : '1 to 52'}
                slotProps={{ htmlInput: { min: 1, max: 52 } }}
              />
              <TextField
                label="Occurrences"
                type="number"
                value={Number.isNaN(count) ? '' : count}
                onChange={(e) => setCount(parseInt(e.target.value, 10))}
                error={!countValid}
                helperText={countValid ? 'First one included' : '1 to 52'}
                slotProps={{ htmlInput: { min: 1, max: 52 } }}
              />
            </Box>
          )}
        </Box>

        <TextField label="Notes" value={notes} onChange={(e) => setNotes(e.target.value)} multiline minRows={2} helperText="Visible to the clinic's staff" />

        {summary && !error && (
          <Alert severity="info" icon={false} data-testid="booking-summary" sx={{ bgcolor: '#eef6f5', color: 'primary.dark', fontWeight: 500 }}>
            {summary}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} disabled={busy}>
          Close
        </Button>
        <Button variant="contained" onClick={submit} disabled={!canSubmit || busy} startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}>
          {repeat ? `Book ${countValid ? count : ''} sessions`.replace('  ', ' ') : 'Book session'}
        </Button>
      </DialogActions>
      {overriding && pending && <OverrideDialog summary={pending.summary} busy={busy} onCancel={() => setOverriding(false)} onConfirm={bookAnyway} />}
    </Dialog>
  );
}
