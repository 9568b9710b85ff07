// Recording a screening (any staff member, the front desk included) and a medical clearance (owner or
// therapist). PRODUCT.md section 3.
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { CONTRAINDICATIONS, recordClearance, recordScreening, type Contraindication } from './api';

interface DialogProps {
  patientId: string;
  patientName: string;
  open: boolean;
  onClose: () => void;
  onSaved?: () => void;
}

const NONE: Record<Contraindication, boolean> = {
  acuteInjury: false,
  suspectedFracture: false,
  severeNerveSymptoms: false,
  recentSpinalSurgery: false,
};

export function ScreeningDialog({ patientId, patientName, open, onClose, onSaved }: DialogProps) {
  const [answers, setAnswers] = useState(NONE);
  const [notes, setNotes] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notify = useNotify();
  const refresh = useRefresh();
  const flagged = CONTRAINDICATIONS.filter((c) => answers[c.key]);

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const screening = await recordScreening({ patientId, ...answers, notes: notes.trim() || undefined });
      notify(
        screening.contraindications.length
          ? `Screening saved: ${patientName} needs medical clearance before booking`
          : `Screening saved: no contraindication for ${patientName}`,
        { type: 'success' },
      );
      setAnswers(NONE);
      setNotes('');
      onSaved?.();
      refresh(); // the clearance status on the patient record changed
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog open={open} onClose={saving ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="screening-title">
      <DialogTitle id="screening-title">Record screening — {patientName}</DialogTitle>
      <DialogContent>
        <FormControl component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
          <FormLabel component="legend" sx={{ mb: 1 }}>
            Does the patient report any of these? Each one means massage waits for a clinician’s clearance.
          </FormLabel>
          {CONTRAINDICATIONS.map((c) => (
            <FormControlLabel
              key={c.key}
              label={c.label}
              control={<Checkbox checked={answers[c.key]} onChange={(e) => setAnswers((a) => ({ ...a, [c.key]: e.target.checked }))} />}
            />
          ))}
        </FormControl>
        <TextField
          label="Screening notes"
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          fullWidth
          multiline
          minRows={2}
          sx={{ mt: 2 }}
        />
        {flagged.length > 0 && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            Saving this screening sets the patient to <strong>Needs medical clearance</strong>: sessions cannot be booked until a clinician
            clears massage.
          </Alert>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }} role="alert">
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>
          Cancel
        </Button>
        <Button variant="contained" onClick={save} disabled={saving}>
          Save screening
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function ClearanceDialog({ patientId, patientName, open, onClose, onSaved }: DialogProps) {
  const [clinician, setClinician] = useState('');
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notify = useNotify();
  const refresh = useRefresh();

  async function save() {
    setTouched(true);
    if (!clinician.trim() || !note.trim()) return;
    setSaving(true);
    setError(null);
    try {
      await recordClearance({ patientId, clinician: clinician.trim(), note: note.trim() });
      notify(`${patientName} is cleared for treatment`, { type: 'success' });
      setClinician('');
      setNote('');
      setTouched(false);
      onSaved?.();
      refresh();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog open={open} onClose={saving ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="clearance-title">
      <DialogTitle id="clearance-title">Record medical clearance — {patientName}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            Record who cleared massage for this patient. Booking is allowed again once saved.
          </Typography>
          <TextField
            label="Clinician"
            required
            placeholder="e.g. Dr. Jane Smith, MD"
            value={clinician}
            onChange={(e) => setClinician(e.target.value)}
            error={touched && !clinician.trim()}
            helperText={touched && !clinician.trim() ? 'Name the clinician who gave clearance' : ' '}
          />
          <TextField
            label="Clearance note"
            required
            multiline
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={touched && !note.trim()}
            helperText={touched && !note.trim() ? 'Add what was cleared, and any limits' : ' '}
          />
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>
          Cancel
        </Button>
        <Button variant="contained" onClick={save} disabled={saving}>
          Save clearance
        </Button>
      </DialogActions>
    </Dialog>
  );
}
