import { Alert, Box, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { useActor } from '../schedule/useActor';
import { STATUS_LABELS } from '../shared/labels';
import { fetchSessionsAndNotes, patientRecordKey } from './api';
import { dateTime } from './format';
import { NoteCard } from './notes/NoteCard';

export function SessionsPanel({ patientId }: { patientId: string }) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { canComplete } = useActor();
  const { data, error } = useQuery({
    queryKey: [...patientRecordKey(patientId), 'sessions'],
    queryFn: () => fetchSessionsAndNotes(patientId),
  });
  if (error) return <Alert severity="warning">{error.message}</Alert>;
  if (!data) return <LinearProgress />;
  if (data.allSessions.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No sessions yet.
      </Typography>
    );
  }
  const notes = new Map(data.treatmentNotes.map((n) => [n.sessionId, n]));
  return (
    <Stack spacing={1.5} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }} aria-label="Sessions and treatment notes">
      {data.allSessions.map((s) => {
        const note = notes.get(s.id);
        return (
          <Box component="li" key={s.id} sx={{ p: 1.5, border: '1px solid', borderColor: 'divider', borderRadius: 1 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {dateTime(s.startsAt)}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {s.serviceType.name} with {s.therapist.displayName}
              </Typography>
              <Box sx={{ flex: 1 }} />
              <Chip
                size="small"
                label={s.status === 'CANCELLED' && s.lateCancel ? 'Cancelled late' : STATUS_LABELS[s.status]}
                color={s.status === 'COMPLETED' ? 'success' : s.status === 'NO_SHOW' || s.lateCancel ? 'warning' : 'default'}
                variant={s.status === 'COMPLETED' ? 'filled' : 'outlined'}
              />
            </Stack>
            {note ? (
              <Box sx={{ mt: 1, pl: 1.5, borderLeft: '3px solid', borderColor: 'primary.light' }}>
                <NoteCard
                  note={note}
                  headingLevel="h4"
                  canAmend={canComplete({ therapist: s.therapist })}
                  onAmended={(amended) => {
                    notify(`Treatment note amended (version ${amended.version})`, { type: 'success' });
                    void queryClient.invalidateQueries({ queryKey: patientRecordKey(patientId) });
                  }}
                />
              </Box>
            ) : s.status === 'CANCELLED' && s.cancelReason ? (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                Reason: {s.cancelReason}
              </Typography>
            ) : null}
          </Box>
        );
      })}
    </Stack>
  );
}
