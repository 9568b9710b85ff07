// Amending a SOAP note: the latest version prefilled, the reason asked for, saved as version n+1 (the
// earlier version stays readable in the history). A concurrent amendment by someone else is refused by
// the server (CONFLICT); the dialog says so and keeps what was typed.
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
import { useState } from 'react';
import { usePhone } from './usePhone';
import { toApiError } from '../../providers/graphqlErrors';
import { withoutFieldPrefix } from '../../shared/errors';
import { amendTreatmentNote, type TreatmentNote } from './api';
import { noteValues, soapInput, soapProblems, type SoapValues } from './soap';
import { SoapNoteFields } from './SoapNoteFields';

export function AmendNoteDialog({
  note,
  onClose,
  onSaved,
}: {
  note: TreatmentNote;
  onClose: () => void;
  onSaved: (amended: TreatmentNote) => void;
}) {
  const [value, setValue] = useState<SoapValues>(() => noteValues(note));
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fullScreen = usePhone();
  const problems = soapProblems(value);
  const reasonProblem = reason.trim().length < 3 ? 'Say why the note is amended (at least 3 characters)' : null;

  const submit = async () => {
    setTried(true);
    if (Object.keys(problems).length > 0 || reasonProblem || busy) return;
    setBusy(true);
    setError(null);
    try {
      onSaved(await amendTreatmentNote(note.id, soapInput(value), reason.trim()));
    } catch (failure) {
      const api = toApiError(failure);
      setError(
        api.code === 'CONFLICT'
          ? 'Someone amended this note at the same time. Close this dialog and open the note again to see their version.'
          : withoutFieldPrefix(api.message),
      );
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="md" fullScreen={fullScreen} aria-labelledby="amend-note-title">
      <DialogTitle id="amend-note-title">Amend treatment note (version {note.version})</DialogTitle>
      <DialogContent dividers sx={{ display: 'grid', gap: 2.5 }}>
        <DialogContentText>
          Correct the note and say why. This saves version {note.version + 1}; version {note.version} stays readable in the history.
        </DialogContentText>
        <SoapNoteFields value={value} onChange={setValue} problems={problems} showProblems={tried} disabled={busy} />
        <TextField
          label="Reason for the amendment"
          required
          multiline
          minRows={2}
          value={reason}
          disabled={busy}
          onChange={(e) => setReason(e.target.value)}
          error={tried && !!reasonProblem}
          helperText={tried && reasonProblem ? reasonProblem : 'e.g. “Added the plan agreed by phone”'}
        />
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button
          variant="contained"
          onClick={submit}
          disabled={busy}
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          Save amendment
        </Button>
      </DialogActions>
    </Dialog>
  );
}
