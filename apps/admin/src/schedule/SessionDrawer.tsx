// A session's details and actions, opened from its card on the schedule. Actions follow the status
// machine (BOOKED -> CHECKED_IN -> COMPLETED; BOOKED -> CANCELLED | NO_SHOW) and the role: a therapist
// acts only on their own sessions, and only an owner or the session's therapist completes one.
import CloseIcon from '@mui/icons-material/Close';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import CallMergeIcon from '@mui/icons-material/CallMerge';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import ScheduleIcon from '@mui/icons-material/Schedule';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import UndoIcon from '@mui/icons-material/Undo';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Divider,
  Drawer,
  FormHelperText,
  IconButton,
  Stack,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useNotify } from 'react-admin';
import { can } from '../access';
import { SessionMessages } from '../messages/SessionMessages';
import { ClearanceChip } from '../patients/ClearanceChip';
import { checkInSession, fetchSeries, fetchSessionPrecautions, markNoShow, type Session } from './api';
import { SessionNote } from '../clinical/notes/NoteCard';
import { actionErrorMessage } from '../shared/errors';
import { CancelDialog, CompleteDialog, RescheduleDialog } from './SessionDialogs';
import { attendanceOpening, useNow } from './attendance';
import { RevertDialog } from './RevertDialog';
import { useActor } from './useActor';
import { fullDay, inZone, instantDay, timeRange } from '../shared/time';
import type { ClinicSettings, Room, Therapist } from '../shared/catalog';
import { FREQUENCY_LABELS, STATUS_COLORS, STATUS_LABELS } from '../shared/labels';

export function StatusChip({ session }: { session: Pick<Session, 'status' | 'lateCancel' | 'overrideReason'> }) {
  const c = STATUS_COLORS[session.status];
  return (
    <Stack direction="row" spacing={0.75}>
      <Chip
        size="small"
        label={STATUS_LABELS[session.status]}
        sx={{ bgcolor: c.bg, color: c.fg, border: `1px solid ${c.accent}`, fontWeight: 700 }}
      />
      {session.lateCancel && (
        <Chip
          size="small"
          label="Late cancellation"
          sx={{ bgcolor: '#fde8e6', color: '#7a1c14', border: '1px solid #c0392b', fontWeight: 700 }}
        />
      )}
      {session.overrideReason && (
        <Chip
          size="small"
          icon={<CallMergeIcon />}
          label="Override"
          title="Booked by the owner despite an overlap"
          sx={{
            bgcolor: '#fff1d6',
            color: '#5a3a00',
            border: '1px solid #c98a00',
            fontWeight: 700,
            '& .MuiChip-icon': { color: '#8a5a00' },
          }}
        />
      )}
    </Stack>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '104px 1fr', gap: 1, py: 0.75 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="div" variant="body2" sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

/** Whether the patient confirmed through the link in a reminder, on the clinic's clock. */
export function ConfirmationLine({ session, zone }: { session: Pick<Session, 'confirmedAt' | 'status'>; zone: string }) {
  if (session.confirmedAt) {
    return (
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: '#1d4d30' }}>
        <CheckCircleIcon sx={{ fontSize: 18, color: '#2e7d4f' }} aria-hidden />
        <span>Confirmed by the patient at {inZone(session.confirmedAt, zone).toFormat('ccc d LLL yyyy, HH:mm')}</span>
      </Stack>
    );
  }
  return (
    <Typography component="span" variant="body2" color="text.secondary">
      {session.status === 'BOOKED' ? 'Not confirmed yet' : 'Not confirmed'}
    </Typography>
  );
}

type Open = null | 'cancel' | 'reschedule' | 'complete' | 'noShow' | 'revert';

export function SessionDrawer({
  session,
  clinic,
  rooms,
  therapists,
  canAct,
  canComplete,
  canReadNotes,
  onClose,
  onChanged,
}: {
  session: Session | null;
  clinic: ClinicSettings;
  rooms: Room[];
  /** Offered in Reschedule to hand the session to a colleague (not to therapists, who may not) */
  therapists?: Therapist[];
  canAct: boolean;
  canComplete: boolean;
  canReadNotes: boolean;
  onClose: () => void;
  onChanged: (session: Session) => void;
}) {
  const notify = useNotify();
  const [dialog, setDialog] = useState<Open>(null);
  const [busy, setBusy] = useState(false);
  // An action the API refused (e.g. attendance before its time), shown beside the buttons
  const [refused, setRefused] = useState<{ sessionId: string; message: string } | null>(null);
  const now = useNow();
  const zone = clinic.timezone;
  const { role } = useActor();
  const canReadMessages = can(role, 'messages', 'list');

  const series = useQuery({
    queryKey: ['backtrack', 'series', session?.seriesId],
    queryFn: () => fetchSeries(session!.seriesId!),
    enabled: Boolean(session?.seriesId),
  });
  const precautions = useQuery({
    queryKey: ['backtrack', 'sessionPrecautions', session?.id, session?.patient.id],
    queryFn: () => fetchSessionPrecautions(session!.id),
    enabled: Boolean(session && session.status !== 'CANCELLED'),
    retry: false,
  });

  if (!session) return <Drawer anchor="right" open={false} onClose={onClose} />;

  const run = async (action: () => Promise<Session>, success: string) => {
    setBusy(true);
    setRefused(null);
    try {
      const updated = await action();
      onChanged(updated);
      notify(success, { type: 'success' });
    } catch (error) {
      setRefused({ sessionId: session.id, message: actionErrorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const done = (message: string) => (updated: Session) => {
    setDialog(null);
    onChanged(updated);
    notify(message, { type: updated.lateCancel ? 'warning' : 'success' });
  };

  const position = series.data ? series.data.sessions.findIndex((s) => s.id === session.id) + 1 : 0;
  const booked = session.status === 'BOOKED';
  const checkedIn = session.status === 'CHECKED_IN';
  const opening = attendanceOpening(session, clinic, now);
  const refusal = refused?.sessionId === session.id ? refused.message : null;
  const revertible = role === 'OWNER' && (session.status === 'NO_SHOW' || session.status === 'CANCELLED');

  return (
    <Drawer
      anchor="right"
      open
      onClose={onClose}
      slotProps={{ paper: { sx: { width: { xs: '100%', sm: 420 }, p: 0 }, 'aria-labelledby': 'session-title' } as never }}
    >
      <Box
        sx={{
          p: 2.5,
          pb: 1.5,
          display: 'flex',
          alignItems: 'flex-start',
          gap: 1,
          borderBottom: 1,
          borderColor: 'divider',
          bgcolor: STATUS_COLORS[session.status].bg,
        }}
      >
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography id="session-title" variant="h6" component="h2" sx={{ lineHeight: 1.3 }}>
            {session.patient.name}
          </Typography>
          <Typography variant="body2" sx={{ fontWeight: 600, mt: 0.25 }}>
            {fullDay(instantDay(session.startsAt, zone))} · {timeRange(session.startsAt, session.endsAt, zone)}
          </Typography>
          <Box sx={{ mt: 1 }}>
            <StatusChip session={session} />
          </Box>
        </Box>
        <IconButton aria-label="Close session details" onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </Box>

      <Box sx={{ px: 2.5, py: 1.5 }}>
        <Row label="Patient">
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Link to={`/patients/${session.patient.id}/show`}>{session.patient.name}</Link>
            {session.patient.clearanceStatus === 'NEEDS_MEDICAL_CLEARANCE' && <ClearanceChip status={session.patient.clearanceStatus} />}
          </Stack>
        </Row>
        {precautions.data && precautions.data.length > 0 && (
          <Alert severity="warning" sx={{ my: 1 }} aria-label="Precautions">
            <strong>Before this session:</strong> {precautions.data.map((p) => `${p.label}. ${p.advice ?? ''}`.trim()).join(' ')}
          </Alert>
        )}
        <Row label="Therapist">{session.therapist.displayName}</Row>
        <Row label="Service">
          {session.serviceType.name}
          {session.serviceType.bufferMinutes > 0 && (
            <Typography component="span" variant="body2" color="text.secondary">
              {' '}
              · {session.serviceType.bufferMinutes} min recovery after
            </Typography>
          )}
        </Row>
        <Row label="Room">{session.room?.name ?? 'No room'}</Row>
        <Row label="Time zone">{zone.replace(/_/g, ' ')}</Row>
        {session.seriesId && (
          <Row label="Series">
            {series.data
              ? `${FREQUENCY_LABELS[series.data.frequency].adjective}${series.data.interval > 1 ? ` (every ${series.data.interval})` : ''}, session ${position} of ${series.data.count}`
              : 'Part of a series'}
          </Row>
        )}
        {session.notes && <Row label="Notes">{session.notes}</Row>}
        {session.cancelReason && (
          <Row label="Cancel reason">
            {session.cancelReason}
            {session.lateCancel ? ' (late cancellation)' : ''}
          </Row>
        )}
        {session.overrideReason && <Row label="Override reason">{session.overrideReason}</Row>}
        <Row label="Confirmation">
          <ConfirmationLine session={session} zone={zone} />
        </Row>
      </Box>

      {canReadMessages && (
        <>
          <Divider />
          <Box sx={{ px: 2.5, py: 1.5 }} component="section" aria-labelledby="session-reminders">
            <Typography id="session-reminders" variant="overline" component="h3" color="text.secondary">
              Reminders
            </Typography>
            <SessionMessages sessionId={session.id} zone={zone} revision={`${session.startsAt}|${session.status}`} />
          </Box>
        </>
      )}

      {session.status === 'COMPLETED' && canReadNotes && (
        <>
          <Divider />
          <Box sx={{ px: 2.5, py: 1.5 }}>
            <SessionNote
              sessionId={session.id}
              canAmend={canComplete}
              onAmended={(amended) => notify(`Treatment note amended (version ${amended.version})`, { type: 'success' })}
            />
          </Box>
        </>
      )}

      <Divider />
      <Box sx={{ px: 2.5, py: 2, display: 'grid', gap: 1 }}>
        {!canAct && (booked || checkedIn) && (
          <Alert severity="info">
            This is {session.therapist.displayName}’s session: only they, the front desk or the owner can change it.
          </Alert>
        )}
        {canAct && booked && (
          <>
            <Button
              variant="contained"
              startIcon={<HowToRegIcon />}
              disabled={busy || Boolean(opening.CHECK_IN)}
              aria-describedby={opening.CHECK_IN ? 'check-in-opens' : undefined}
              onClick={() => run(() => checkInSession(session.id), `${session.patient.name} checked in`)}
            >
              Check in
            </Button>
            {opening.CHECK_IN && (
              <FormHelperText id="check-in-opens" sx={{ mt: -0.5 }}>
                {opening.CHECK_IN}
              </FormHelperText>
            )}
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1 }}>
              <Button variant="outlined" startIcon={<ScheduleIcon />} disabled={busy} onClick={() => setDialog('reschedule')}>
                Reschedule
              </Button>
              <Button
                variant="outlined"
                startIcon={<PersonOffIcon />}
                disabled={busy || Boolean(opening.NO_SHOW)}
                aria-describedby={opening.NO_SHOW ? 'no-show-opens' : undefined}
                onClick={() => setDialog('noShow')}
              >
                No-show
              </Button>
            </Box>
            {opening.NO_SHOW && (
              <FormHelperText id="no-show-opens" sx={{ mt: -0.5, textAlign: 'right' }}>
                {opening.NO_SHOW}
              </FormHelperText>
            )}
            <Button variant="outlined" color="error" startIcon={<EventBusyIcon />} disabled={busy} onClick={() => setDialog('cancel')}>
              Cancel session
            </Button>
          </>
        )}
        {checkedIn && canComplete && (
          <>
            <Button
              variant="contained"
              color="success"
              startIcon={<TaskAltIcon />}
              disabled={busy || Boolean(opening.COMPLETE)}
              aria-describedby={opening.COMPLETE ? 'complete-opens' : undefined}
              onClick={() => setDialog('complete')}
            >
              Complete with treatment note
            </Button>
            {opening.COMPLETE && (
              <FormHelperText id="complete-opens" sx={{ mt: -0.5 }}>
                {opening.COMPLETE}
              </FormHelperText>
            )}
          </>
        )}
        {checkedIn && canAct && !canComplete && (
          <Typography variant="body2" color="text.secondary">
            Checked in. {session.therapist.displayName} completes the session with a treatment note.
          </Typography>
        )}
        {revertible && (
          <Button variant="outlined" startIcon={<UndoIcon />} disabled={busy} onClick={() => setDialog('revert')}>
            Revert to booked
          </Button>
        )}
        {refusal && (
          <Alert severity="error" role="alert" onClose={() => setRefused(null)}>
            {refusal}
          </Alert>
        )}
      </Box>

      {dialog === 'cancel' && (
        <CancelDialog
          session={session}
          clinic={clinic}
          onClose={() => setDialog(null)}
          onDone={(s) => done(s.lateCancel ? 'Session cancelled — late cancellation recorded' : 'Session cancelled')(s)}
        />
      )}
      {dialog === 'reschedule' && (
        <RescheduleDialog
          session={session}
          clinic={clinic}
          rooms={rooms}
          therapists={role === 'THERAPIST' ? undefined : therapists}
          onClose={() => setDialog(null)}
          onDone={done('Session moved')}
        />
      )}
      {dialog === 'revert' && (
        <RevertDialog session={session} zone={zone} onClose={() => setDialog(null)} onDone={done('Session booked again')} />
      )}
      {dialog === 'complete' && <CompleteDialog session={session} onClose={() => setDialog(null)} onDone={done('Session completed')} />}
      {dialog === 'noShow' && (
        <Dialog open onClose={() => setDialog(null)} aria-labelledby="noshow-title">
          <DialogTitle id="noshow-title">Mark as no-show?</DialogTitle>
          <DialogContent>
            <DialogContentText>
              {session.patient.name} did not come to the {timeRange(session.startsAt, session.endsAt, zone)} session. Only an owner can
              revert a no-show.
            </DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setDialog(null)}>Back</Button>
            <Button
              variant="contained"
              color="error"
              onClick={() => {
                setDialog(null);
                void run(() => markNoShow(session.id), `${session.patient.name} marked as no-show`);
              }}
            >
              Mark no-show
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Drawer>
  );
}
