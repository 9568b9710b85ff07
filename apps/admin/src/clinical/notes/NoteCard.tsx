// A session's SOAP note with who wrote its current version and, for whoever may amend it (the
// session's therapist or an owner), Amend; History for anyone who can read it once it has been amended.
import EditNoteIcon from '@mui/icons-material/EditNote';
import HistoryIcon from '@mui/icons-material/History';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { dateTime } from '../format';
import { fetchSessionNote, sessionNoteKey, type TreatmentNote } from './api';
import { AmendNoteDialog } from './AmendNoteDialog';
import { authorText, NoteHistoryDialog } from './NoteHistoryDialog';
import { TreatmentNoteView } from './TreatmentNoteView';

export function NoteCard({
  note,
  canAmend,
  onAmended,
  headingLevel = 'h3',
}: {
  note: TreatmentNote;
  canAmend: boolean;
  onAmended: (amended: TreatmentNote) => void;
  headingLevel?: 'h3' | 'h4';
}) {
  const [open, setOpen] = useState<null | 'amend' | 'history'>(null);
  return (
    <Box component="section" aria-label="Treatment note">
      <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="overline" component={headingLevel} color="text.secondary" sx={{ flex: 1, lineHeight: 1.8 }}>
          Treatment note
        </Typography>
        {note.version > 1 && (
          <Button size="small" startIcon={<HistoryIcon />} onClick={() => setOpen('history')}>
            History
          </Button>
        )}
        {canAmend && (
          <Button size="small" variant="outlined" startIcon={<EditNoteIcon />} onClick={() => setOpen('amend')}>
            Amend
          </Button>
        )}
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 0.5 }}>
        {note.version > 1
          ? `Version ${note.version}, amended ${dateTime(note.createdAt)} by ${authorText(note)}`
          : `Written ${dateTime(note.createdAt)} by ${authorText(note)}`}
      </Typography>
      <TreatmentNoteView note={note} />
      {open === 'amend' && (
        <AmendNoteDialog
          note={note}
          onClose={() => setOpen(null)}
          onSaved={(amended) => {
            setOpen(null);
            onAmended(amended);
          }}
        />
      )}
      {open === 'history' && <NoteHistoryDialog note={note} onClose={() => setOpen(null)} />}
    </Box>
  );
}

/** The note of one completed session, read on its own (the schedule's session drawer). */
export function SessionNote({
  sessionId,
  canAmend,
  onAmended,
}: {
  sessionId: string;
  canAmend: boolean;
  onAmended?: (note: TreatmentNote) => void;
}) {
  const queryClient = useQueryClient();
  const { data, error } = useQuery({ queryKey: sessionNoteKey(sessionId), queryFn: () => fetchSessionNote(sessionId), retry: false });
  if (error) return <Alert severity="warning">{error.message}</Alert>;
  if (data === undefined) return <LinearProgress aria-label="Loading the treatment note" />;
  if (data === null) return null;
  return (
    <NoteCard
      note={data}
      canAmend={canAmend}
      onAmended={(amended) => {
        queryClient.setQueryData(sessionNoteKey(sessionId), amended);
        void queryClient.invalidateQueries({ queryKey: sessionNoteKey(sessionId) });
        onAmended?.(amended);
      }}
    />
  );
}
