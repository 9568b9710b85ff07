import { INSTRUMENTS, ODI_BAND_LABELS, type OdiBand } from '@backtrack/domain';
import PhoneIcon from '@mui/icons-material/PhoneIphoneOutlined';
import { Alert, Button, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SOURCE_LABELS } from '../shared/labels';
import { AmendAssessmentDialog, AssessmentHistoryDialog } from './AssessmentDialogs';
import { fetchAssessments, patientRecordKey, type Assessment } from './api';
import { dateTime, itemName } from './format';
import { formatScore } from './livePreview';

export function AssessmentsPanel({ patientId, onChanged }: { patientId: string; onChanged: () => void }) {
  const { data, error } = useQuery({
    queryKey: [...patientRecordKey(patientId), 'assessments'],
    queryFn: () => fetchAssessments(patientId),
  });
  const [dialog, setDialog] = useState<{ kind: 'amend' | 'history'; assessment: Assessment } | null>(null);
  if (error) return <Alert severity="warning">{error.message}</Alert>;
  if (!data) return <LinearProgress />;
  if (data.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No assessments yet. Use “Record assessment” to take a baseline.
      </Typography>
    );
  }
  return (
    <>
      <Table size="small" aria-label="Assessments">
        <TableHead>
          <TableRow>
            <TableCell>Taken</TableCell>
            <TableCell>Instrument</TableCell>
            <TableCell>Score</TableCell>
            <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>Normalized</TableCell>
            <TableCell>Version</TableCell>
            <TableCell align="right">Actions</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((a) => (
            <TableRow key={a.id} data-instrument={a.instrument}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {dateTime(a.takenAt)}
                <Typography
                  variant="caption"
                  color={a.source === 'PATIENT_REPORTED' ? 'secondary.dark' : 'text.secondary'}
                  sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
                  data-testid="assessment-source"
                >
                  {a.source === 'PATIENT_REPORTED' && <PhoneIcon sx={{ fontSize: 14 }} aria-hidden />}
                  {SOURCE_LABELS[a.source]}
                </Typography>
              </TableCell>
              <TableCell>
                <strong>{a.instrument}</strong>
                <Typography variant="caption" color="text.secondary" sx={{ display: { xs: 'none', md: 'block' } }}>
                  {INSTRUMENTS[a.instrument].name}
                </Typography>
                {a.activities.length > 0 && (
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }} aria-label="Activities">
                    {a.responses.map((r, i) => `${itemName(a, i)}: ${r ?? 'skipped'}`).join(' · ')}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {formatScore(a.instrument, a.score)}
                {a.band && (
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    {ODI_BAND_LABELS[a.band as OdiBand]}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{Math.round(a.normalized)}</TableCell>
              <TableCell>
                {a.version > 1 ? <Chip size="small" label={`v${a.version} · amended`} color="warning" variant="outlined" /> : 'v1'}
              </TableCell>
              <TableCell align="right">
                <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
                  <Button
                    size="small"
                    onClick={() => setDialog({ kind: 'history', assessment: a })}
                    aria-label={`History of ${a.instrument} ${dateTime(a.takenAt)}`}
                  >
                    History
                  </Button>
                  <Button
                    size="small"
                    onClick={() => setDialog({ kind: 'amend', assessment: a })}
                    aria-label={`Amend ${a.instrument} ${dateTime(a.takenAt)}`}
                  >
                    Amend
                  </Button>
                </Stack>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {dialog?.kind === 'amend' && (
        <AmendAssessmentDialog assessment={dialog.assessment} onClose={() => setDialog(null)} onSaved={onChanged} />
      )}
      {dialog?.kind === 'history' && <AssessmentHistoryDialog assessment={dialog.assessment} onClose={() => setDialog(null)} />}
    </>
  );
}
