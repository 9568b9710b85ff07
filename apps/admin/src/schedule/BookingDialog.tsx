// Book a session (or a series) from a free slot. The slots come from availableSlots for the chosen
// therapist, service, room and patient; the booking itself is the explicit bookSession / bookSeries
// mutation with an idempotency key made once per dialog, so a double click or a retry after a
// network hiccup returns the same booking instead of making a second one. An owner may also pick an
// exact time and, after an overlap CONFLICT, book anyway with a reason (OverrideDialog).
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import PersonAddIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  IconButton,
  MenuItem,
  TextField,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-admin';
import { SERIES_LIMIT } from '@backtrack/domain';
import { bookingApi, type BookingApi, type BookSessionInput, type PatientOption, type RepeatInput, type Session } from './api';
import { ErrorPanel } from './ErrorPanel';
import { OverrideDialog } from './OverrideDialog';
import { OwnerTimeField } from './OwnerTimeField';
import { explainBookingError } from '../shared/errors';
import { NewPatientForm } from './BookingDialogNewPatient';
import { PatientPicker } from './PatientPicker';
import { SlotPicker } from './SlotPicker';
import { addDays, hhmm, longDay, todayIn, type IsoDate } from '../shared/time';
import { useActor } from './useActor';
import { bookingValidity, useBookingForm } from './useBookingForm';
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
  /** "HH:MM" clicked on the schedule: chosen as soon as it is among the free times. */
  initialTime?: string;
  initialPatient?: PatientOption | null;
  /** A therapist books only for themself. */
  lockTherapist?: boolean;
  api?: BookingApi;
}

export function BookingDialog(props: BookingDialogProps) {
  const {
    open,
    onClose,
    onBooked,
    clinic,
    therapists,
    serviceTypes,
    rooms,
    initialDate,
    initialTherapistId,
    initialTime,
    initialPatient = null,
    lockTherapist,
    api = bookingApi,
  } = props;
  const zone = clinic.timezone;
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const activeTherapists = therapists.filter((t) => t.active);
  const activeServices = serviceTypes.filter((s) => s.active);
  const activeRooms = rooms.filter((r) => r.active);
  // Only an owner may override a conflict; the API refuses anyone else with FORBIDDEN.
  const isOwner = useActor().role === 'OWNER';

  // One key per dialog: the parent mounts a fresh dialog for every new booking.
  const [idempotencyKey] = useState(newIdempotencyKey);
  // A ref, not state: a double click lands before React re-renders with busy = true.
  const submitting = useRef(false);
  const [form, dispatch] = useBookingForm({
    date: initialDate,
    therapistId: initialTherapistId ?? (activeTherapists.length === 1 ? activeTherapists[0]!.id : ''),
    patient: initialPatient,
  });
  const {
    patient,
    therapistId,
    serviceTypeId,
    roomId,
    date,
    slot,
    customTime,
    notes,
    repeat,
    frequency,
    interval,
    count,
    busy,
    error,
    refused,
    overriding,
  } = form;
  const { needsClearance, countValid, intervalValid, canSubmit } = bookingValidity(form);
  const [registering, setRegistering] = useState(false);
  // The time clicked on the grid, until the desk picks another time or day (or a booking is refused).
  const [preferredTime, setPreferredTime] = useState<string | null>(initialTime ?? null);
  const changeDate = (d: string) => {
    setPreferredTime(null);
    dispatch({ type: 'date', date: d });
  };
  // Said once under the picker, so the desk knows the record exists before the booking is made.
  const [registered, setRegistered] = useState<PatientOption | null>(null);

  // A patient registered just now has no sessions, so the time already chosen is still free for them:
  // it is kept (choosing a patient otherwise drops the time), like everything else in the booking.
  const selectRegistered = (registered: PatientOption) => {
    dispatch({ type: 'patient', patient: registered });
    if (slot) dispatch({ type: 'slot', slot, customTime });
    setRegistered(registered);
    setRegistering(false);
  };

  const therapist = activeTherapists.find((t) => t.id === therapistId);
  const service = activeServices.find((s) => s.id === serviceTypeId);
  // The therapist's own services first: a service outside their modalities is allowed but unusual.
  const servicesForTherapist = useMemo(
    () =>
      [...activeServices].sort(
        (a, b) => Number(!therapist?.modalities.includes(b.modality)) - Number(!therapist?.modalities.includes(a.modality)),
      ),
    [activeServices, therapist],
  );

  const attempt = async (input: BookSessionInput, repeatInput: RepeatInput | null, label: string | null) => {
    if (submitting.current) return;
    submitting.current = true;
    dispatch({ type: 'submit' });
    try {
      if (repeatInput) {
        const series = await api.bookSeries({ ...input, repeat: repeatInput });
        onBooked(series.sessions);
      } else {
        onBooked([await api.bookSession(input)]);
      }
    } catch (failure) {
      const friendly = await explainBookingError(failure, zone, api.fetchSessionsByIds);
      setPreferredTime(null);
      const overridable = isOwner && friendly.overlapOnly && !input.overrideReason;
      dispatch({ type: 'refused', error: friendly, refused: overridable ? { input, repeat: repeatInput, summary: label } : null });
    } finally {
      submitting.current = false;
      dispatch({ type: 'settled' });
    }
  };

  const unit = FREQUENCY_LABELS[frequency].unit;
  const summary =
    slot && service && therapist
      ? `${longDay(date)}, ${hhmm(slot.startsAt, zone)}–${hhmm(slot.endsAt, zone)} · ${service.name} with ${therapist.displayName}` +
        (repeat && countValid && intervalValid ? ` · ${count} sessions, every ${interval === 1 ? unit : `${interval} ${unit}s`}` : '')
      : null;

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
    if (refused)
      void attempt({ ...refused.input, idempotencyKey: newIdempotencyKey(), overrideReason: reason }, refused.repeat, refused.summary);
  };

  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      fullScreen={fullScreen}
      fullWidth
      maxWidth="sm"
      aria-labelledby="booking-title"
    >
      <DialogTitle id="booking-title" sx={{ pb: 1 }}>
        Book a session
      </DialogTitle>
      <DialogContent dividers sx={{ display: 'grid', gap: 2 }}>
        {/* At the top, where it is seen at once even when the dialog scrolls on a small screen. */}
        {error && <ErrorPanel error={error} />}
        {error && refused && (
          <Box>
            <Button
              variant="outlined"
              color="warning"
              size="small"
              onClick={() => dispatch({ type: 'override', open: true })}
              disabled={busy}
            >
              Book anyway…
            </Button>
          </Box>
        )}
        {registering ? (
          <NewPatientForm onCreated={selectRegistered} onCancel={() => setRegistering(false)} />
        ) : (
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <PatientPicker
                value={patient}
                onChange={(p) => dispatch({ type: 'patient', patient: p })}
                search={api.searchPatients}
                autoFocus={!initialPatient}
              />
            </Box>
            <Button
              variant="outlined"
              startIcon={<PersonAddIcon />}
              onClick={() => setRegistering(true)}
              disabled={busy}
              sx={{ mt: 1, flexShrink: 0, whiteSpace: 'nowrap' }}
            >
              New patient
            </Button>
          </Box>
        )}
        {!registering && registered && patient?.id === registered.id && (
          <Typography variant="body2" color="success.main" role="status" sx={{ mt: -1 }}>
            {registered.name} is registered and selected.
          </Typography>
        )}
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
            onChange={(e) => dispatch({ type: 'therapist', therapistId: e.target.value })}
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
            onChange={(e) => dispatch({ type: 'service', serviceTypeId: e.target.value })}
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
            onChange={(e) => dispatch({ type: 'room', roomId: e.target.value })}
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
            <IconButton aria-label="Previous day" onClick={() => changeDate(addDays(date, -1))} disabled={date <= todayIn(zone)}>
              <ChevronLeftIcon />
            </IconButton>
            <TextField
              label="Date"
              type="date"
              value={date}
              onChange={(e) => e.target.value && changeDate(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: todayIn(zone) } }}
              sx={{ flex: 1 }}
            />
            <IconButton aria-label="Next day" onClick={() => changeDate(addDays(date, 1))}>
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
              setPreferredTime(null);
              dispatch({ type: 'slot', slot: s });
            }}
            onDateChange={changeDate}
            preferredTime={preferredTime}
            onPreferredFound={(s) => dispatch({ type: 'slot', slot: s })}
            fetchSlots={api.fetchSlots}
            refreshKey={form.slotsVersion}
          />
          {isOwner && therapistId && (
            <Box sx={{ mt: 2 }}>
              <OwnerTimeField
                date={date}
                zone={zone}
                durationMinutes={service?.durationMinutes ?? null}
                value={customTime}
                onChange={(time, s) => dispatch({ type: 'slot', slot: s, customTime: time })}
              />
            </Box>
          )}
        </Box>

        <Box>
          <FormControlLabel
            control={<Checkbox checked={repeat} onChange={(e) => dispatch({ type: 'repeat', patch: { repeat: e.target.checked } })} />}
            label={
              <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
                <EventRepeatIcon fontSize="small" /> Repeat (book a series)
              </Box>
            }
          />
          {repeat && (
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr 1fr', sm: '1.4fr 1fr 1fr' }, mt: 1 }}>
              <TextField
                select
                label="Frequency"
                value={frequency}
                onChange={(e) => dispatch({ type: 'repeat', patch: { frequency: e.target.value as RepeatFrequency } })}
                sx={{ gridColumn: { xs: '1 / -1', sm: 'auto' } }}
              >
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
                onChange={(e) => dispatch({ type: 'repeat', patch: { interval: parseInt(e.target.value, 10) } })}
                error={!intervalValid}
                helperText={intervalValid ? ' ' : `1 to ${SERIES_LIMIT}`}
                slotProps={{ htmlInput: { min: 1, max: SERIES_LIMIT } }}
              />
              <TextField
                label="Occurrences"
                type="number"
                value={Number.isNaN(count) ? '' : count}
                onChange={(e) => dispatch({ type: 'repeat', patch: { count: parseInt(e.target.value, 10) } })}
                error={!countValid}
                helperText={countValid ? 'First one included' : `1 to ${SERIES_LIMIT}`}
                slotProps={{ htmlInput: { min: 1, max: SERIES_LIMIT } }}
              />
            </Box>
          )}
        </Box>

        <TextField
          label="Notes"
          value={notes}
          onChange={(e) => dispatch({ type: 'notes', notes: e.target.value })}
          multiline
          minRows={2}
          helperText="Visible to the clinic's staff"
        />

        {summary && !error && (
          <Alert
            severity="info"
            icon={false}
            data-testid="booking-summary"
            sx={{ bgcolor: '#eef6f5', color: 'primary.dark', fontWeight: 500 }}
          >
            {summary}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} disabled={busy}>
          Close
        </Button>
        <Button
          variant="contained"
          onClick={submit}
          disabled={!canSubmit || busy}
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {repeat ? `Book ${countValid ? count : ''} sessions`.replace('  ', ' ') : 'Book session'}
        </Button>
      </DialogActions>
      {overriding && refused && (
        <OverrideDialog
          summary={refused.summary}
          busy={busy}
          onCancel={() => dispatch({ type: 'override', open: false })}
          onConfirm={bookAnyway}
        />
      )}
    </Dialog>
  );
}
