import {
  Alert,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useNotify } from 'react-admin';
import { REGION_CHOICES, REGION_LABELS, type Patient } from '../patients/choices';
import { dischargeEpisode, openEpisode, type Chronicity, type Episode } from './api';
import { date, titleCase } from './format';

interface Props {
  patient: Patient;
  episodes: Episode[] | undefined;
  error?: Error;
  onChanged: () => void;
}

export function EpisodesPanel({ patient, episodes, error, onChanged }: Props) {
  const [dialog, setDialog] = useState<{ kind: 'open' } | { kind: 'discharge'; episode: Episode } | null>(null);
  const hasOpen = episodes?.some((e) => e.open);
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" disabled={!episodes || hasOpen} onClick={() => setDialog({ kind: 'open' })}>
          Open episode
        </Button>
        {hasOpen && (
          <Typography variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }}>
            A patient has one open episode at a time; discharge it to open another.
          </Typography>
        )}
      </Stack>
      {error && <Alert severity="warning">{error.message}</Alert>}
      {!episodes && !error && <LinearProgress />}
      {episodes && episodes.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          No episode of care yet. One opens automatically with the first booking or assessment.
        </Typography>
      )}
      {episodes && episodes.length > 0 && (
        <Table size="small" aria-label="Episodes of care">
          <TableHead>
            <TableRow>
              <TableCell>Started</TableCell>
              <TableCell>Region</TableCell>
              <TableCell>Chronicity</TableCell>
              <TableCell>Goal</TableCell>
              <TableCell>Status</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {episodes.map((e) => (
              <TableRow key={e.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(e.startedAt)}</TableCell>
                <TableCell>{REGION_LABELS[e.region]}</TableCell>
                <TableCell>{titleCase(e.chronicity)}</TableCell>
                <TableCell>{e.goal || '—'}</TableCell>
                <TableCell>
                  {e.open ? (
                    <Chip size="small" color="success" label="Open" />
                  ) : (
                    <span title={e.dischargeNote ?? undefined}>Discharged {date(e.dischargedAt)}</span>
                  )}
                </TableCell>
                <TableCell align="right">
                  {e.open && (
                    <Button size="small" onClick={() => setDialog({ kind: 'discharge', episode: e })}>
                      Discharge
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {dialog?.kind === 'open' && <OpenEpisodeDialog patient={patient} onClose={() => setDialog(null)} onSaved={onChanged} />}
      {dialog?.kind === 'discharge' && <DischargeDialog episode={dialog.episode} onClose={() => setDialog(null)} onSaved={onChanged} />}
    </Stack>
  );
}

function OpenEpisodeDialog({ patient, onClose, onSaved }: { patient: Patient; onClose: () => void; onSaved: () => void }) {
  const [region, setRegion] = useState(patient.complaintRegion);
  const [chronicity, setChronicity] = useState<Chronicity>('CHRONIC');
  const [goal, setGoal] = useState('');
  const [error, setError] = useState<string | null>(null);
  const notify = useNotify();
  async function save() {
    setError(null);
    try {
      await openEpisode({ patientId: patient.id, region, chronicity, goal: goal.trim() || undefined });
      notify('Episode of care opened', { type: 'success' });
      onSaved();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="open-episode-title">
      <DialogTitle id="open-episode-title">Open an episode of care</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField select label="Region" value={region} onChange={(e) => setRegion(e.target.value as Patient['complaintRegion'])}>
            {REGION_CHOICES.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField select label="Chronicity" value={chronicity} onChange={(e) => setChronicity(e.target.value as Chronicity)}>
            <MenuItem value="ACUTE">Acute (under 6 weeks)</MenuItem>
            <MenuItem value="SUBACUTE">Subacute (6–12 weeks)</MenuItem>
            <MenuItem value="CHRONIC">Chronic (over 12 weeks)</MenuItem>
          </TextField>
          <TextField
            label="Goal"
            value={goal}
            onChange={(e) => setGoal(e.target.value)}
            placeholder="e.g. Garden for an hour without pain"
          />
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={save}>
          Open episode
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function DischargeDialog({ episode, onClose, onSaved }: { episode: Episode; onClose: () => void; onSaved: () => void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const notify = useNotify();
  async function save() {
    setError(null);
    try {
      await dischargeEpisode(episode.id, note.trim() || undefined);
      notify('Episode discharged', { type: 'success' });
      onSaved();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="discharge-title">
      <DialogTitle id="discharge-title">Discharge the episode started {date(episode.startedAt)}</DialogTitle>
      <DialogContent>
        <TextField
          label="Discharge note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          fullWidth
          multiline
          minRows={2}
          sx={{ mt: 1 }}
        />
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={save}>
          Discharge
        </Button>
      </DialogActions>
    </Dialog>
  );
}
