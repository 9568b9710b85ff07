// An owner takes a no-show or cancellation recorded by mistake back to booked, with a reason (kept in the
// session's notes; the audit log records that the owner did it). A cancelled session whose time has
// been booked since cannot come back: the refusal is shown here.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { toApiError } from '../providers/graphqlErrors';
import { withoutFieldPrefix } from '../shared/errors';
import { instantDay, longDay, timeRange } from '../shared/time';
import type { Session } from './api';
import { revertSessionStatus } from './attendance';

const REASON_MAX = 500;

export function RevertDialog({
  session,
  zone,
  onClose,
  onDone,
}: {
  session: Session;
  zone: string;
  onClose: () => void;
  onDone: (session: Session) => void;
}) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const what = session.status === 'NO_SHOW' ? 'no-show' : 'cancellation';
  const problem = !reason.trim()
    ? `Say why the ${what} was a mistake`
    : reason.trim().length > REASON_MAX
      ? `At most ${REASON_MAX} characters`
      : null;

  const submit = async () => {
    setTouched(true);
    if (problem || busy) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await revertSessionStatus(session.id, reason.trim()));
    } catch (failure) {
      setError(withoutFieldPrefix(toApiError(failure).message));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="xs" aria-labelledby="revert-title">
      <DialogTitle id="revert-title">Revert the {what}?</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <DialogContentText>
          {session.patient.name} with {session.therapist.displayName}, {longDay(instantDay(session.startsAt, zone))}{' '}
          {timeRange(session.startsAt, session.endsAt, zone)} will be booked again
          {session.status === 'CANCELLED' && Date.parse(session.startsAt) > Date.now() ? ' and its reminders planned again' : ''}. The
          reason is added to the session’s notes and the revert to the audit log.
        </DialogContentText>
        <TextField
          label="Reason"
          required
          autoFocus
          multiline
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          onBlur={() => setTouched(true)}
          error={touched && Boolean(problem)}
          helperText={touched && problem ? problem : 'e.g. “The patient was in the waiting room”'}
        />
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Back
        </Button>
        <Button variant="contained" onClick={submit} disabled={busy}>
          Revert to booked
        </Button>
      </DialogActions>
    </Dialog>
  );
}
