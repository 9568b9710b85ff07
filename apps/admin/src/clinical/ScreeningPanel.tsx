import {
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { fetchScreeningRecord, patientRecordKey } from './api';
import { dateTime } from './format';
import { ClearanceDialog, ScreeningDialog } from './ScreeningDialogs';
import type { Patient } from '../patients/choices';

const KIND_CHIP = {
  CONTRAINDICATION: { color: 'error', title: 'Contraindication: needs clearance' },
  RED_FLAG: { color: 'error', title: 'Red flag: needs clearance' },
  PRECAUTION: { color: 'warning', title: 'Precaution' },
} as const;

export function ScreeningPanel({ patient, onChanged }: { patient: Patient; onChanged: () => void }) {
  const { data, error } = useQuery({
    queryKey: [...patientRecordKey(patient.id), 'screening'],
    queryFn: () => fetchScreeningRecord(patient.id),
  });
  const [dialog, setDialog] = useState<'screening' | 'clearance' | null>(null);

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button variant="outlined" onClick={() => setDialog('screening')}>
          Record screening
        </Button>
        {patient.clearanceStatus === 'NEEDS_MEDICAL_CLEARANCE' && (
          <Button variant="contained" onClick={() => setDialog('clearance')}>
            Record clearance
          </Button>
        )}
      </Stack>
      {error && <Alert severity="warning">{error.message}</Alert>}
      {!data && !error && <LinearProgress />}
      {data && (
        <>
          <Box component="section" aria-label="Screenings">
            <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
              Screenings
            </Typography>
            {data.screenings.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                No screening recorded yet.
              </Typography>
            ) : (
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>Recorded</TableCell>
                    <TableCell>Reported</TableCell>
                    <TableCell>Notes</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.screenings.map((s) => (
                    <TableRow key={s.id}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateTime(s.recordedAt)}</TableCell>
                      <TableCell>
                        {s.answers.every((a) => !a.yes) ? (
                          <Chip size="small" label="None" variant="outlined" />
                        ) : (
                          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                            {s.answers
                              .filter((a) => a.yes)
                              .map((a) => (
                                <Chip
                                  key={a.key}
                                  size="small"
                                  color={KIND_CHIP[a.kind].color}
                                  variant="outlined"
                                  label={a.label}
                                  title={a.advice ? `${KIND_CHIP[a.kind].title}: ${a.advice}` : KIND_CHIP[a.kind].title}
                                />
                              ))}
                          </Stack>
                        )}
                        <Typography variant="caption" color="text.secondary" component="div">
                          Screening form {s.formVersion}
                        </Typography>
                      </TableCell>
                      <TableCell>{s.notes || '—'}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Box>
          <Box component="section" aria-label="Clearances">
            <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
              Medical clearances
            </Typography>
            {data.clearances.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                No clearance recorded.
              </Typography>
            ) : (
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>Cleared</TableCell>
                    <TableCell>Clinician</TableCell>
                    <TableCell>Note</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.clearances.map((c) => (
                    <TableRow key={c.id}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateTime(c.clearedAt)}</TableCell>
                      <TableCell>{c.clinician}</TableCell>
                      <TableCell>{c.note}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Box>
        </>
      )}
      <ScreeningDialog
        patientId={patient.id}
        patientName={patient.name}
        open={dialog === 'screening'}
        onClose={() => setDialog(null)}
        onSaved={onChanged}
      />
      <ClearanceDialog
        patientId={patient.id}
        patientName={patient.name}
        open={dialog === 'clearance'}
        onClose={() => setDialog(null)}
        onSaved={onChanged}
      />
    </Stack>
  );
}
