// Every version of a SOAP note, newest first: who wrote it (name and role), when, why (the amendment's
// reason) and which parts it changed; each earlier version opens to be read in full.
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { usePhone } from './usePhone';
import { ROLE_LABELS } from '../../access';
import { dateTime } from '../format';
import { fetchNoteHistory, sessionNoteKey, type TreatmentNote } from './api';
import { changedFields, SOAP_FIELD_LABELS } from './soap';
import { TreatmentNoteView } from './TreatmentNoteView';

export function authorText(note: Pick<TreatmentNote, 'author'>): string {
  if (!note.author) return 'Unknown staff member';
  return `${note.author.name} (${ROLE_LABELS[note.author.role] ?? note.author.role})`;
}

export function NoteHistoryDialog({ note, onClose }: { note: Pick<TreatmentNote, 'rootId' | 'sessionId'>; onClose: () => void }) {
  const fullScreen = usePhone();
  const { data, error } = useQuery({
    queryKey: [...sessionNoteKey(note.sessionId), 'history', note.rootId],
    queryFn: () => fetchNoteHistory(note.rootId),
  });
  const versions = data ? [...data].reverse() : [];
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" fullScreen={fullScreen} aria-labelledby="note-history-title">
      <DialogTitle id="note-history-title">Treatment note — version history</DialogTitle>
      <DialogContent dividers>
        {error && <Alert severity="warning">{error.message}</Alert>}
        {!data && !error && <LinearProgress />}
        {data && (
          <Box component="ol" aria-label="Versions" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
            {versions.map((v) => {
              const previous = data.find((p) => p.version === v.version - 1);
              const changed = previous ? changedFields(previous, v) : [];
              return (
                <Box component="li" key={v.id} aria-label={`Version ${v.version}`}>
                  <Accordion defaultExpanded={v.isLatest} disableGutters variant="outlined">
                    <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`note-v${v.version}`} id={`note-v${v.version}-header`}>
                      <Stack spacing={0.5} sx={{ minWidth: 0 }}>
                        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
                          <Typography variant="subtitle2" component="h3">
                            Version {v.version}
                          </Typography>
                          {v.isLatest && <Chip size="small" label="current" color="primary" variant="outlined" />}
                          <Typography variant="body2" color="text.secondary">
                            {dateTime(v.createdAt)} · {authorText(v)}
                          </Typography>
                        </Stack>
                        <Typography variant="body2">
                          {v.version === 1 ? (
                            'Original note'
                          ) : (
                            <>
                              <strong>Why:</strong> {v.amendReason}
                            </>
                          )}
                        </Typography>
                        {changed.length > 0 && (
                          <Typography variant="body2" color="text.secondary">
                            Changed: {changed.map((f) => SOAP_FIELD_LABELS[f]).join(', ')}
                          </Typography>
                        )}
                      </Stack>
                    </AccordionSummary>
                    <AccordionDetails id={`note-v${v.version}`}>
                      <TreatmentNoteView note={v} />
                    </AccordionDetails>
                  </Accordion>
                </Box>
              );
            })}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
