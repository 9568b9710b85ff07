import { INSTRUMENT_CODES, INSTRUMENTS, type Instrument } from '@backtrack/domain';
import {
  Alert,
  Box,
  Chip,
  Dialog,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify } from 'react-admin';
import { AssessmentForm } from './AssessmentForm';
import { ROLE_LABELS } from '../access';
import type { Role } from '../providers/session';
import {
  amendAssessment,
  fetchAssessmentHistory,
  fetchLicensedItemText,
  recordAssessment,
  type Assessment,
  type AssessmentVersion,
} from './api';
import { dateTime, itemName } from './format';
import { formatScore } from './livePreview';

/** The clinic's licensed ODI/NDI wording; none while loading or if it cannot be read (section names then). */
function useLicensedText(): Partial<Record<string, string[]>> {
  const { data } = useQuery({
    queryKey: ['backtrack', 'licensedItemText'],
    queryFn: fetchLicensedItemText,
    staleTime: 5 * 60_000,
    retry: false,
  });
  return data ?? {};
}

export function RecordAssessmentDialog({
  patientId,
  patientName,
  episodeId,
  open,
  onClose,
  onSaved,
}: {
  patientId: string;
  patientName: string;
  episodeId?: string;
  open: boolean;
  onClose: () => void;
  onSaved: (a: Assessment) => void;
}) {
  const [instrument, setInstrument] = useState<Instrument>('NPRS');
  const licensed = useLicensedText();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const notify = useNotify();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" fullScreen={fullScreen} aria-labelledby="record-assessment-title">
      <DialogTitle id="record-assessment-title">Record assessment — {patientName}</DialogTitle>
      <DialogContent>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={instrument}
          onChange={(_, v: Instrument | null) => v && setInstrument(v)}
          aria-label="Instrument"
          sx={{ flexWrap: 'wrap', mb: 1 }}
        >
          {INSTRUMENT_CODES.map((code) => (
            <ToggleButton key={code} value={code} sx={{ px: 2 }}>
              {code}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {INSTRUMENTS[instrument].name} · {INSTRUMENTS[instrument].domain === 'PAIN' ? 'Pain' : 'Function'}
        </Typography>
        <AssessmentForm
          key={instrument}
          instrument={instrument}
          licensedText={licensed[instrument]}
          mode="record"
          onCancel={onClose}
          onSubmit={async ({ responses, activities, takenAt }) => {
            const saved = await recordAssessment({ patientId, instrument, responses, activities, takenAt, episodeId });
            notify(`${instrument} saved: ${formatScore(instrument, saved.score)}`, { type: 'success' });
            onSaved(saved);
            onClose();
          }}
        />
      </DialogContent>
    </Dialog>
  );
}

export function AmendAssessmentDialog({
  assessment,
  onClose,
  onSaved,
}: {
  assessment: Assessment;
  onClose: () => void;
  onSaved: () => void;
}) {
  const notify = useNotify();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const licensed = useLicensedText();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" fullScreen={fullScreen} aria-labelledby="amend-title">
      <DialogTitle id="amend-title">
        Amend {assessment.instrument} of {dateTime(assessment.takenAt)} (version {assessment.version})
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          Correct the answers as the patient gave them. This saves version {assessment.version + 1}; version {assessment.version} stays
          readable in the history. Currently {formatScore(assessment.instrument, assessment.score)}.
        </Typography>
        <AssessmentForm
          instrument={assessment.instrument}
          initial={assessment.responses}
          initialActivities={assessment.activities}
          licensedText={licensed[assessment.instrument]}
          mode="amend"
          onCancel={onClose}
          onSubmit={async ({ responses, reason, activities }) => {
            const saved = await amendAssessment(assessment.id, responses, reason!, activities);
            notify(`${assessment.instrument} amended (version ${saved.version})`, { type: 'success' });
            onSaved();
            onClose();
          }}
        />
      </DialogContent>
    </Dialog>
  );
}

function responseText(a: Assessment): string {
  if (a.instrument === 'RMDQ') {
    const yes = a.responses.flatMap((r, i) => (r === 1 ? [i + 1] : []));
    return yes.length ? `Items ticked: ${yes.join(', ')}` : 'No items ticked';
  }
  return a.responses.map((r, i) => `${itemName(a, i)}: ${r === null ? 'skipped' : r}`).join(' · ');
}

/** Who entered a version: a staff member by name and role, or the patient through a questionnaire link. */
export function recordedByText(v: AssessmentVersion): string {
  if (v.recordedBy) return `${v.recordedBy.name} (${ROLE_LABELS[v.recordedBy.role as Role] ?? v.recordedBy.role})`;
  return v.source === 'PATIENT_REPORTED' ? 'The patient, by link' : '—';
}

export function AssessmentHistoryDialog({ assessment, onClose }: { assessment: Assessment; onClose: () => void }) {
  const { data, error } = useQuery({
    queryKey: ['backtrack', 'assessmentHistory', assessment.rootId],
    queryFn: () => fetchAssessmentHistory(assessment.rootId),
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="history-title">
      <DialogTitle id="history-title">
        {assessment.instrument} of {dateTime(assessment.takenAt)} — version history
      </DialogTitle>
      <DialogContent>
        {error && <Alert severity="warning">{error.message}</Alert>}
        {!data && !error && <LinearProgress />}
        {data && (
          <Table size="small" aria-label="Versions">
            <TableHead>
              <TableRow>
                <TableCell>Version</TableCell>
                <TableCell>Saved</TableCell>
                <TableCell>By</TableCell>
                <TableCell>Score</TableCell>
                <TableCell>Answers</TableCell>
                <TableCell>Reason</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((v) => (
                <TableRow key={v.id} sx={v.isLatest ? undefined : { '& td': { color: 'text.secondary' } }}>
                  <TableCell>
                    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                      <span>v{v.version}</span>
                      {v.isLatest && <Chip size="small" label="current" color="primary" variant="outlined" />}
                    </Stack>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateTime(v.createdAt)}</TableCell>
                  <TableCell>{recordedByText(v)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatScore(v.instrument, v.score)}</TableCell>
                  <TableCell>
                    <Box sx={{ fontSize: 13 }}>{responseText(v)}</Box>
                  </TableCell>
                  <TableCell>{v.amendReason ?? (v.version === 1 ? 'Original' : '—')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
    </Dialog>
  );
}
