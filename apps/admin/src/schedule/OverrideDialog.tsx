// An owner's deliberate overlap (PRODUCT.md section 4): after a CONFLICT the owner may book the same
// time anyway, with a required reason that the API stores on the session and records in the audit log.
import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useState, type FormEvent } from 'react';

/** The API accepts 3 to 500 characters. */
export const MIN_REASON = 3;
export const MAX_REASON = 500;

export interface OverrideDialogProps {
  /** What is being booked, e.g. "Tue 8 Dec 2026, 09:00–10:00 · Deep tissue massage with Maya Chen". */
  summary: string | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

export function OverrideDialog({ summary, busy, onCancel, onConfirm }: OverrideDialogProps) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const trimmed = reason.trim();
  const valid = trimmed.length >= MIN_REASON && trimmed.length <= MAX_REASON;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (valid && !busy) onConfirm(trimmed);
  };

  return (
    <Dialog
      open
      onClose={busy ? undefined : onCancel}
      fullWidth
      maxWidth="xs"
      aria-labelledby="override-title"
      aria-describedby="override-description"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="override-title">Book despite the overlap?</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText id="override-description">
            {summary ? `${summary}. ` : ''}This time overlaps another session. As the owner you can book it anyway: the overlap will be
            recorded in the audit log, and your reason shown on the session.
          </DialogContentText>
          <TextField
            label="Reason for the override"
            required
            autoFocus
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            onBlur={() => setTouched(true)}
            error={touched && !valid}
            helperText={
              touched && !valid
                ? `Give a reason (${MIN_REASON} to ${MAX_REASON} characters)`
                : 'e.g. Urgent flare-up, patient agreed to share the room'
            }
            slotProps={{ htmlInput: { maxLength: MAX_REASON } }}
          />
          <Alert severity="warning" icon={false}>
            The other session is not moved or changed.
          </Alert>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="contained"
            color="warning"
            disabled={busy}
            startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            Book anyway
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
