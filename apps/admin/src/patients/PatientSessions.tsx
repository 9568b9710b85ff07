// A patient's sessions as the front desk needs them on the phone: what is coming up and what happened,
// each with its day and time in the clinic's zone, service, therapist, room and status. No treatment
// notes or scores here (those are in the clinical record, for clinicians only).
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Stack, Tooltip, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { STATUS_COLORS, STATUS_LABELS } from '../shared/labels';
import { inZone, timeRange } from '../shared/time';
import { fetchPatientSessions, patientPageKey, type PatientSession } from './api';

// The last visits or two are what is usually asked about; earlier ones load on request.
const PAST_PAGE = 5;

function StatusChip({ session }: { session: PatientSession }) {
  const { bg, fg } = STATUS_COLORS[session.status];
  const label = session.status === 'CANCELLED' && session.lateCancel ? 'Cancelled late' : STATUS_LABELS[session.status];
  return <Chip size="small" label={label} sx={{ bgcolor: bg, color: fg, fontWeight: 600 }} />;
}

function SessionRow({ session, zone }: { session: PatientSession; zone: string }) {
  const cancelled = session.status === 'CANCELLED';
  const details = [session.serviceType.name, `with ${session.therapist.displayName}`, session.room?.name].filter(Boolean).join(' · ');
  return (
    <Box
      component="li"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr auto', sm: '10.5rem 1fr auto' },
        columnGap: 2,
        rowGap: 0.25,
        alignItems: 'center',
        py: 1,
        borderTop: '1px solid',
        borderColor: 'divider',
        '&:first-of-type': { borderTop: 0 },
        color: cancelled ? 'text.secondary' : 'text.primary',
      }}
    >
      <Box sx={{ gridColumn: { xs: '1', sm: '1' } }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {inZone(session.startsAt, zone).toFormat('ccc d LLL yyyy')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {timeRange(session.startsAt, session.endsAt, zone)}
        </Typography>
      </Box>
      <Box sx={{ gridColumn: { xs: '1 / -1', sm: '2' }, gridRow: { xs: '2', sm: '1' }, minWidth: 0 }}>
        <Typography variant="body2" sx={{ textDecoration: cancelled ? 'line-through' : 'none' }}>
          {details}
          {session.seriesId && (
            <Tooltip title="Part of a series">
              <EventRepeatIcon aria-label="Part of a series" sx={{ fontSize: 16, ml: 0.75, verticalAlign: 'text-bottom' }} />
            </Tooltip>
          )}
        </Typography>
        {cancelled && session.cancelReason && (
          <Typography variant="body2" color="text.secondary">
            Reason: {session.cancelReason}
          </Typography>
        )}
        {session.notes && !cancelled && (
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {session.notes}
          </Typography>
        )}
      </Box>
      <Stack
        direction="row"
        spacing={0.5}
        sx={{ gridColumn: { xs: '2', sm: '3' }, gridRow: '1', justifySelf: 'end', alignItems: 'center' }}
      >
        {session.status === 'BOOKED' && session.confirmedAt && <Chip size="small" variant="outlined" label="Confirmed" />}
        <StatusChip session={session} />
      </Stack>
    </Box>
  );
}

function SessionGroup({ title, sessions, zone, empty }: { title: string; sessions: PatientSession[]; zone: string; empty: string }) {
  const id = `patient-sessions-${title.toLowerCase()}`;
  return (
    <Box component="section" aria-labelledby={id}>
      <Typography id={id} variant="overline" component="h3" color="text.secondary">
        {title}
      </Typography>
      {sessions.length ? (
        <Box component="ol" aria-labelledby={id} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {sessions.map((s) => (
            <SessionRow key={s.id} session={s} zone={zone} />
          ))}
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {empty}
        </Typography>
      )}
    </Box>
  );
}

export function PatientSessions({ patientId }: { patientId: string }) {
  const [pastCount, setPastCount] = useState(PAST_PAGE);
  const { data, error, isFetching } = useQuery({
    queryKey: [...patientPageKey(patientId), 'sessions', pastCount],
    queryFn: () => fetchPatientSessions(patientId, pastCount),
    placeholderData: keepPreviousData,
  });
  return (
    <Card variant="outlined" component="section" aria-labelledby="patient-sessions-heading">
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap', columnGap: 2 }}>
          <Typography id="patient-sessions-heading" variant="h6" component="h2">
            Sessions
          </Typography>
          {data && (
            <Typography variant="caption" color="text.secondary">
              Times in {data.zone.replace(/_/g, ' ')}
            </Typography>
          )}
        </Stack>
        {error && <Alert severity="warning">{error.message}</Alert>}
        {!data && !error && <LinearProgress aria-label="Loading sessions" />}
        {data && (
          <>
            <SessionGroup title="Upcoming" sessions={data.upcoming} zone={data.zone} empty="Nothing booked ahead." />
            <SessionGroup title="Past" sessions={data.past} zone={data.zone} empty="No past sessions." />
            {data.pastTotal > data.past.length && (
              <Box>
                <Button size="small" onClick={() => setPastCount((n) => n + 20)} disabled={isFetching}>
                  Show earlier sessions ({data.pastTotal - data.past.length} more)
                </Button>
              </Box>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}
