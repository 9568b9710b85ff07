// The owner's landing page: this week's operations and the clinic outcome summary. Other roles land on
// their first menu entry, as before there was a dashboard.
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
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
import { confirmationSummary, noShowSummary, sessionsSummary, weekRange, weekStats, type WeekSession } from './weekStats';

const PAGE = 500;

const DASHBOARD_CLINIC = graphql(`
  query dashboardClinic {
    clinicSettings {
      timezone
      name
    }
  }
`);

const DASHBOARD_THERAPISTS = graphql(`
  query dashboardTherapists {
    allTherapists(filter: { active: true }, perPage: 100) {
      id
      displayName
      workingHours {
        weekday
        start
        end
      }
      timeOff {
        startsAt
        endsAt
      }
    }
  }
`);

const DASHBOARD_WEEK = graphql(`
  query dashboardWeek($filter: SessionFilter, $page: Int, $perPage: Int) {
    allSessions(filter: $filter, page: $page, perPage: $perPage, sortField: "startsAt", sortOrder: "ASC") {
      id
      startsAt
      endsAt
      status
      lateCancel
      therapistId
      confirmedAt
    }
  }
`);

async function loadWeek(day: string | null) {
  const { clinicSettings } = await callQuery(DASHBOARD_CLINIC, {});
  const zone = clinicSettings.timezone;
  const range = weekRange(day ?? DateTime.now().setZone(zone).toISODate()!, zone);
  const { allTherapists } = await callQuery(DASHBOARD_THERAPISTS, {});
  // The API serves at most 500 per page; a busy week may need several.
  const sessions: WeekSession[] = [];
  for (let page = 0; ; page++) {
    const { allSessions } = await callQuery(DASHBOARD_WEEK, { filter: { from: range.from, to: range.to }, page, perPage: PAGE });
    sessions.push(...allSessions);
    if (allSessions.length < PAGE) break;
  }
  return { zone, clinic: clinicSettings.name, range, stats: weekStats(sessions, allTherapists, zone, range) };
}

function Kpi({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card variant="outlined" component="section" aria-label={label}>
      <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 1.4, display: 'block' }}>
          {label}
        </Typography>
        <Typography variant="h4" component="p" sx={{ fontWeight: 700 }} data-testid={`kpi-${label}`}>
          {value}
        </Typography>
        {hint && (
          <Typography variant="caption" color="text.secondary">
            {hint}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const hours = (minutes: number) => `${Math.round((minutes / 60) * 10) / 10} h`;

function ThisWeek() {
  const [day, setDay] = useState<string | null>(null);
  // The shown week stays while the next one loads, so the arrows keep working.
  const { data, error, isFetching } = useQuery({
    queryKey: ['backtrack', 'dashboardWeek', day],
    queryFn: () => loadWeek(day),
    placeholderData: keepPreviousData,
  });
  const shift = (weeks: number) => data && setDay(DateTime.fromISO(data.range.monday).plus({ weeks }).toISODate());
  const monday = data ? DateTime.fromISO(data.range.monday) : null;
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
            <Kpi label="Sessions" value={String(data.stats.sessions)} hint={sessionsSummary(data.stats)} />
            <Kpi
              label="Utilization"
              value={percent(data.stats.utilization)}
              hint={`${hours(data.stats.bookedMinutes)} booked of ${hours(data.stats.availableMinutes)}`}
            />
            <Kpi label="Cancellations" value={String(data.stats.cancellations)} />
            <Kpi label="Late cancellations" value={String(data.stats.lateCancellations)} hint="Inside the late-cancel window" />
            <Kpi label="No-shows" value={String(data.stats.noShows)} hint={noShowSummary(data.stats)} />
            <Kpi
              label="Confirmed by patients"
              value={String(data.stats.confirmation.confirmed)}
              hint={confirmationSummary(data.stats.confirmation)}
            />
          </Box>
          <Card variant="outlined">
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
                {data.stats.byTherapist.map((t) => (
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
