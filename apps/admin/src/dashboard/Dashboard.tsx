// The owner's landing page: this week's operations and the clinic outcome summary. Other roles land on
// their first menu entry, as before there was a dashboard.
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import {
  Alert,
  Box,
  Button,
  Card,
  IconButton,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { Title, usePermissions } from 'react-admin';
import { Navigate } from 'react-router-dom';
import { ClinicOutcomesPanel } from '../outcomes/ClinicOutcomesPanel';
import { graphql } from '../graphql';
import { callQuery } from '../providers/graphqlClient';
import { Kpi } from './Kpi';
import { Reminders } from './Reminders';
import { confirmationSummary, noShowSummary, sessionsSummary } from './weekSummaries';

// One request: the API counts the week in the database (weekStatistics), whatever its number of sessions.
const DASHBOARD_WEEK = graphql(`
  query dashboardWeekStatistics($day: String) {
    clinicSettings {
      id
      timezone
    }
    weekStatistics(day: $day) {
      weekOf
      sessions
      begun
      completed
      toRecord
      upcoming
      cancellations
      lateCancellations
      noShows
      noShowRate
      confirmation {
        confirmed
        of
        share
      }
      bookedMinutes
      availableMinutes
      utilization
      byTherapist {
        therapistId
        name
        sessions
        bookedMinutes
        availableMinutes
        utilization
      }
    }
  }
`);

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const hours = (minutes: number) => `${Math.round((minutes / 60) * 10) / 10} h`;

function ThisWeek() {
  const [day, setDay] = useState<string | null>(null);
  // The shown week stays while the next one loads, so the arrows keep working.
  // With no day, the API takes today in the clinic's zone.
  const { data, error, isFetching } = useQuery({
    queryKey: ['backtrack', 'dashboardWeek', day],
    queryFn: async () => {
      const result = await callQuery(DASHBOARD_WEEK, { day });
      // The reminder figures' period is whole days in the clinic's zone.
      return { ...result.weekStatistics, timezone: result.clinicSettings.timezone };
    },
    placeholderData: keepPreviousData,
  });
  const shift = (weeks: number) => data && setDay(DateTime.fromISO(data.weekOf).plus({ weeks }).toISODate());
  const monday = data ? DateTime.fromISO(data.weekOf) : null;
  return (
    <Box component="section" aria-label="This week">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {monday ? `Week of ${monday.toFormat('d LLL')} – ${monday.plus({ days: 6 }).toFormat('d LLL yyyy')}` : 'This week'}
        </Typography>
        <IconButton aria-label="Previous week" onClick={() => shift(-1)} disabled={!data}>
          <ChevronLeftIcon />
        </IconButton>
        <Button size="small" onClick={() => setDay(null)} disabled={day === null}>
          This week
        </Button>
        <IconButton aria-label="Next week" onClick={() => shift(1)} disabled={!data}>
          <ChevronRightIcon />
        </IconButton>
      </Stack>
      {error && <Alert severity="error">{error.message}</Alert>}
      {isFetching && <LinearProgress aria-label="Loading the week" />}
      {data && (
        <Stack spacing={2}>
          <Box
            sx={{
              display: 'grid',
              gap: 1.5,
              gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', sm: 'repeat(3, minmax(0, 1fr))', lg: 'repeat(6, minmax(0, 1fr))' },
            }}
          >
            <Kpi label="Sessions" value={String(data.sessions)} hint={sessionsSummary(data)} />
            <Kpi
              label="Utilization"
              value={percent(data.utilization)}
              hint={`${hours(data.bookedMinutes)} booked of ${hours(data.availableMinutes)}`}
            />
            <Kpi label="Cancellations" value={String(data.cancellations)} />
            <Kpi label="Late cancellations" value={String(data.lateCancellations)} hint="Inside the late-cancel window" />
            <Kpi label="No-shows" value={String(data.noShows)} hint={noShowSummary(data)} />
            <Kpi label="Confirmed by patients" value={String(data.confirmation.confirmed)} hint={confirmationSummary(data.confirmation)} />
          </Box>
          {/* The grid keeps the table's width from stretching the page; on a phone its columns scroll inside the card. */}
          <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)' }}>
            <Card variant="outlined" sx={{ overflowX: 'auto' }}>
              <Table size="small" aria-label="Utilization by therapist">
                <TableHead>
                  <TableRow>
                    <TableCell>Therapist</TableCell>
                    <TableCell align="right">Sessions</TableCell>
                    <TableCell align="right">Booked</TableCell>
                    <TableCell align="right">Working hours</TableCell>
                    <TableCell align="right">Utilization</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.byTherapist.map((t) => (
                    <TableRow key={t.therapistId}>
                      <TableCell>{t.name}</TableCell>
                      <TableCell align="right">{t.sessions}</TableCell>
                      <TableCell align="right">{hours(t.bookedMinutes)}</TableCell>
                      <TableCell align="right">{hours(t.availableMinutes)}</TableCell>
                      <TableCell align="right">{percent(t.utilization)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Card>
          </Box>
          <Reminders weekOf={data.weekOf} timezone={data.timezone} />
        </Stack>
      )}
    </Box>
  );
}

export function Dashboard() {
  const { permissions, isPending } = usePermissions();
  if (isPending) return null;
  // The front desk and therapists start their day on the schedule (a therapist's is "My day").
  if (permissions !== 'OWNER') return <Navigate to="/sessions" replace />;
  return (
    <Stack spacing={3} sx={{ py: 2, minWidth: 0 }}>
      <Title title="Dashboard" />
      <ThisWeek />
      <Box component="section" aria-label="Clinic outcomes">
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          Clinic outcomes
        </Typography>
        <ClinicOutcomesPanel />
      </Box>
    </Stack>
  );
}
