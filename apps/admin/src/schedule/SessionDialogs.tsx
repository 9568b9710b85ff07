// The dialogs a session's actions open: cancel (reason, series scope, late warning), reschedule (a new
// free slot) and complete (the treatment note in SOAP form, see clinical/notes).
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { useRef, useState } from 'react';
import { cancelSession, completeSession, fetchSessionsByIds, fetchSlots, rescheduleSession, type Session, type Slot } from './api';
import { ErrorPanel } from './ErrorPanel';
import { explainBookingError, withoutFieldPrefix, type FriendlyError } from '../shared/errors';
import { SlotPicker } from './SlotPicker';
import { hhmm, instantDay, longDay, timeRange, todayIn } from '../shared/time';
import { toApiError } from '../providers/graphqlErrors';
import type { ClinicSettings, Room, Therapist } from '../shared/catalog';
import { blankNote, soapInput, soapProblems, type SoapValues } from '../clinical/notes/soap';
import { SoapNoteFields } from '../clinical/notes/SoapNoteFields';
import { usePhone } from '../clinical/notes/usePhone';

interface BaseProps {
  session: Session;
  clinic: ClinicSettings;
  onClose: () => void;
  onDone: (session: Session) => void;
}

/** Late when less than the clinic's window before the start (the server decides; this only warns). */
export function isLate(session: Session, clinic: ClinicSettings, now = Date.now()): boolean {
  return Date.parse(session.startsAt) - now < clinic.lateCancelWindowHours * 3_600_000;
}

export function CancelDialog({ session, clinic, onClose, onDone }: BaseProps) {
  const [reason, setReason] = useState('');
  const [scope, setScope] = useState<'THIS' | 'THIS_AND_FOLLOWING'>('THIS');
  const [busy, setBusy] = useState(false);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const late = isLate(session, clinic);
  const zone = clinic.timezone;

  const submit = async () => {
    setTouched(true);
    if (!reason.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await cancelSession(session.id, reason.trim(), scope));
    } catch (failure) {
      setError(withoutFieldPrefix(toApiError(failure).message));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="xs" aria-labelledby="cancel-title">
      <DialogTitle id="cancel-title">Cancel this session?</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <DialogContentText>
          {session.patient.name} with {session.therapist.displayName}, {longDay(instantDay(session.startsAt, zone))}{' '}
          {timeRange(session.startsAt, session.endsAt, zone)}.
        </DialogContentText>
        {late && (
          <Alert severity="warning">
            This is a <strong>late cancellation</strong>: less than {clinic.lateCancelWindowHours} hours before the start. It will be
            recorded as late.
          </Alert>
        )}
        <TextField
          label="Reason"
          required
          autoFocus
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          onBlur={() => setTouched(true)}
          error={touched && !reason.trim()}
          helperText={touched && !reason.trim() ? 'Enter the reason for the cancellation' : 'e.g. “Patient is unwell”'}
          sx={{ mt: 0.5 }}
        />
        {session.seriesId && (
          <FormControl>
            <FormLabel id="scope-label">This session is part of a series</FormLabel>
            <RadioGroup aria-labelledby="scope-label" value={scope} onChange={(e) => setScope(e.target.value as typeof scope)}>
              <FormControlLabel value="THIS" control={<Radio />} label="Cancel only this session" />
              <FormControlLabel value="THIS_AND_FOLLOWING" control={<Radio />} label="Cancel this and the following sessions" />
            </RadioGroup>
          </FormControl>
        )}
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Keep session
        </Button>
        <Button
          color="error"
          variant="contained"
          onClick={submit}
          disabled={busy}
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          Cancel session
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * Moves a session to another day and time, room or (given `therapists`, for the desk and owners) another
 * therapist, and optionally the rest of its series: the keyboard's way to do what dragging on the grid does.
 */
export function RescheduleDialog({
  session,
  clinic,
  rooms,
  therapists,
  onClose,
  onDone,
}: BaseProps & { rooms: Room[]; therapists?: Therapist[] }) {
  const zone = clinic.timezone;
  const [therapistId, setTherapistId] = useState(session.therapist.id);
  const [date, setDate] = useState(instantDay(session.startsAt, zone) < todayIn(zone) ? todayIn(zone) : instantDay(session.startsAt, zone));
  const [slot, setSlot] = useState<Slot | null>(null);
  const [roomId, setRoomId] = useState(session.room?.id ?? '');
  const [error, setError] = useState<FriendlyError | null>(null);
  const [busy, setBusy] = useState(false);
  const [refreshKey, setRefreshKey] = useState(0);
  const [scope, setScope] = useState<'THIS' | 'THIS_AND_FOLLOWING'>('THIS');
  const inFlight = useRef(false);

  const submit = async () => {
    if (!slot || inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      const handOver = therapistId !== session.therapist.id ? therapistId : undefined;
      onDone(await rescheduleSession(session.id, slot.startsAt, roomId || null, { scope, therapistId: handOver }));
    } catch (failure) {
      setError(await explainBookingError(failure, zone, fetchSessionsByIds));
      setSlot(null);
      setRefreshKey((k) => k + 1);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="reschedule-title">
      <DialogTitle id="reschedule-title">Reschedule</DialogTitle>
      <DialogContent dividers sx={{ display: 'grid', gap: 2 }}>
        <DialogContentText>
          {session.patient.name} · {session.serviceType.name} with {session.therapist.displayName}. Now{' '}
          {longDay(instantDay(session.startsAt, zone))}, {timeRange(session.startsAt, session.endsAt, zone)}.
        </DialogContentText>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
          {therapists && therapists.length > 1 && (
            <TextField
              select
              label="Therapist"
              value={therapistId}
              sx={{ gridColumn: '1 / -1' }}
              onChange={(e) => {
                setTherapistId(e.target.value);
                setSlot(null);
              }}
            >
              {therapists
                .filter((t) => t.active || t.id === session.therapist.id)
                .map((t) => (
                  <MenuItem key={t.id} value={t.id}>
                    {t.displayName}
                  </MenuItem>
                ))}
            </TextField>
          )}
          <TextField
            label="New date"
            type="date"
            value={date}
            onChange={(e) => {
              if (e.target.value) {
                setDate(e.target.value);
                setSlot(null);
              }
            }}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: todayIn(zone) } }}
          />
          <TextField
            select
            label="Room"
            value={roomId}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            onChange={(e) => {
              setRoomId(e.target.value);
              setSlot(null);
            }}
          >
            <MenuItem value="">
              <em>No room</em>
            </MenuItem>
            {rooms
              .filter((r) => r.active || r.id === session.room?.id)
              .map((r) => (
                <MenuItem key={r.id} value={r.id}>
                  {r.name}
                </MenuItem>
              ))}
          </TextField>
        </Box>
        <SlotPicker
          therapistId={therapistId}
          serviceTypeId={session.serviceType.id}
          roomId={roomId || null}
          patientId={session.patient.id}
          excludeSessionId={session.id}
          date={date}
          zone={zone}
          value={slot?.startsAt ?? null}
          onChange={(s) => {
            setSlot(s);
            setError(null);
          }}
          onDateChange={(d) => {
            setDate(d);
            setSlot(null);
          }}
          fetchSlots={fetchSlots}
          refreshKey={refreshKey}
          exclude={session.startsAt}
        />
        {session.seriesId && (
          <FormControl>
            <FormLabel id="reschedule-scope-label">This session is part of a series</FormLabel>
            <RadioGroup aria-labelledby="reschedule-scope-label" value={scope} onChange={(e) => setScope(e.target.value as typeof scope)}>
              <FormControlLabel value="THIS" control={<Radio />} label="Move only this session" />
              <FormControlLabel
                value="THIS_AND_FOLLOWING"
                control={<Radio />}
                label="Move this and the following booked sessions by the same amount"
              />
            </RadioGroup>
          </FormControl>
        )}
        {error && <ErrorPanel error={error} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Close
        </Button>
        <Button variant="contained" onClick={submit} disabled={!slot || busy}>
          {slot ? `Move to ${longDay(date)} ${hhmm(slot.startsAt, zone)}` : 'Move session'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function CompleteDialog({ session, onClose, onDone }: Omit<BaseProps, 'clinic'>) {
  const [note, setNote] = useState<SoapValues>(() =>
    blankNote({ modality: session.serviceType.modality, region: session.patient.complaintRegion }),
  );
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fullScreen = usePhone();
  const problems = soapProblems(note);

  const submit = async () => {
    setTouched(true);
    if (Object.keys(problems).length > 0 || busy) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await completeSession(session.id, soapInput(note)));
    } catch (failure) {
      setError(withoutFieldPrefix(toApiError(failure).message));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="md" fullScreen={fullScreen} aria-labelledby="complete-title">
      <DialogTitle id="complete-title">Complete session · treatment note</DialogTitle>
      <DialogContent dividers sx={{ display: 'grid', gap: 2.5 }}>
        <DialogContentText>
          {session.patient.name} · {session.serviceType.name}. Write the note in SOAP form; technique, region, pressure and the
          patient&apos;s response are required.
        </DialogContentText>
        <SoapNoteFields value={note} onChange={setNote} problems={problems} showProblems={touched} disabled={busy} />
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Close
        </Button>
        <Button
          variant="contained"
          color="success"
          onClick={submit}
          disabled={busy}
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          Complete session
        </Button>
      </DialogActions>
    </Dialog>
  );
}
