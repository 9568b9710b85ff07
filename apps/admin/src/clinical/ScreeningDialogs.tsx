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
import { CURRENT_SCREENING_VERSION, screeningForm, type ScreeningKind, type ScreeningQuestion } from '@backtrack/domain';
import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { CONTRAINDICATION_KEYS, recordClearance, recordScreening } from './api';

interface DialogProps {
  patientId: string;
  patientName: string;
  open: boolean;
  onClose: () => void;
  onSaved?: () => void;
}

/** The current form's questions, grouped as the screening asks them. */
const FORM = screeningForm(CURRENT_SCREENING_VERSION);
const SECTIONS: { kind: ScreeningKind; legend: string }[] = [
  { kind: 'CONTRAINDICATION', legend: 'Does the patient report any of these? Each one means massage waits for a clinician’s clearance.' },
  { kind: 'RED_FLAG', legend: 'Red flags: ask every back-pain patient. Each one also needs a clinician’s clearance.' },
  { kind: 'PRECAUTION', legend: 'Precautions: they do not stop booking, but the therapist is warned before each session they concern.' },
];
const NONE: Record<string, boolean> = Object.fromEntries(FORM.questions.map((q) => [q.key, false]));

function Section({
  kind,
  legend,
  answers,
  onChange,
}: {
  kind: ScreeningKind;
  legend: string;
  answers: Record<string, boolean>;
  onChange: (key: string, yes: boolean) => void;
}) {
  const questions: readonly ScreeningQuestion[] = FORM.questions.filter((q) => q.kind === kind);
  return (
    <FormControl component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: kind === 'CONTRAINDICATION' ? 0 : 2 }}>
      <FormLabel component="legend" sx={{ mb: 1 }}>
        {legend}
      </FormLabel>
      {questions.map((q) => (
        <FormControlLabel
          key={q.key}
          label={q.label}
          control={<Checkbox checked={answers[q.key] ?? false} onChange={(e) => onChange(q.key, e.target.checked)} />}
        />
      ))}
    </FormControl>
  );
}

export function ScreeningDialog({ patientId, patientName, open, onClose, onSaved }: DialogProps) {
  const [answers, setAnswers] = useState(NONE);
  const [notes, setNotes] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notify = useNotify();
  const refresh = useRefresh();
  const yes = FORM.questions.filter((q) => answers[q.key]);
  const blocking = yes.filter((q) => q.kind !== 'PRECAUTION');
  const precautions = yes.filter((q) => q.kind === 'PRECAUTION');

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const four = Object.fromEntries(CONTRAINDICATION_KEYS.map((key) => [key, answers[key] ?? false])) as Record<
        (typeof CONTRAINDICATION_KEYS)[number],
        boolean
      >;
      const screening = await recordScreening({
        patientId,
        ...four,
        answers: FORM.questions.map((q) => ({ key: q.key, yes: answers[q.key] ?? false })),
        notes: notes.trim() || undefined,
      });
      notify(
        screening.patientClearanceStatus === 'NEEDS_MEDICAL_CLEARANCE'
          ? `Screening saved: ${patientName} needs medical clearance before booking`
          : precautions.length
            ? `Screening saved: ${patientName} can be booked; therapists will see the precautions`
            : `Screening saved: nothing reported for ${patientName}`,
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
        {SECTIONS.map((section) => (
          <Section
            key={section.kind}
            {...section}
            answers={answers}
            onChange={(key, value) => setAnswers((a) => ({ ...a, [key]: value }))}
          />
        ))}
        <TextField
          label="Screening notes"
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          fullWidth
          multiline
          minRows={2}
          sx={{ mt: 2 }}
        />
        {blocking.length > 0 && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            Saving this screening sets the patient to <strong>Needs medical clearance</strong>: sessions cannot be booked until a clinician
            clears massage.
          </Alert>
        )}
        {precautions.length > 0 && (
          <Alert severity="info" sx={{ mt: 2 }}>
            {precautions.map((p) => p.advice).join('. ')}. Therapists see this on each session it concerns.
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
