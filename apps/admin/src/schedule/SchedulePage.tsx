// The front desk's schedule (and a therapist's "My day"): day and week views, per therapist or the
// whole clinic, in the clinic's time zone. Booking opens from the toolbar or from free working time;
// a session's card opens its drawer with the actions the role allows.
import { normalize } from '@backtrack/domain';
import AddIcon from '@mui/icons-material/Add';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import PrintIcon from '@mui/icons-material/Print';
import {
  Alert,
  Box,
  Button,
  ButtonBase,
  CircularProgress,
  IconButton,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useEffect, useMemo, useState } from 'react';
import { Title, useNotify } from 'react-admin';
import { fetchSessions, type Session } from './api';
import { BookingDialog } from './BookingDialog';
import { DaySheet } from './DaySheet';
import { describeHours, minuteRanges, timeOffMinutes, visibleHours, workingIntervals, type MinuteRange } from './layout';
import { nowMinuteIn, ScheduleGrid, type GridColumn } from './ScheduleGrid';
import { SessionDrawer } from './SessionDrawer';
import { addDays, dayRange, fullDay, instantDay, minuteOfDay, todayIn, weekStart, type IsoDate } from '../shared/time';
import { SCHEDULE_KEY, useCatalog, useInvalidateScheduling, type SchedulingCatalog, type Therapist } from '../shared/catalog';
import { STATUS_COLORS, STATUS_LABELS, STATUSES } from '../shared/labels';
import { useActor } from './useActor';

type View = 'day' | 'week';

export function SchedulePage() {
  const catalog = useCatalog();
  const { role } = useActor();
  if (catalog.isPending || !role) {
    return (
      <Box sx={{ display: 'flex', justifyContent: 'center', p: 6 }} role="status" aria-label="Loading the schedule">
        <CircularProgress />
      </Box>
    );
  }
  if (catalog.isError) {
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        The schedule could not be loaded: {(catalog.error as Error).message}
      </Alert>
    );
  }
  return <Schedule catalog={catalog.data} />;
}

export function StatusLegend() {
  return (
    <Box
      component="ul"
      aria-label="Session status colours"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, listStyle: 'none', m: 0, p: 0 }}
    >
      {STATUSES.map((s) => (
        <Box component="li" key={s} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          <Box
            sx={{
              width: 14,
              height: 14,
              borderRadius: 0.5,
              bgcolor: STATUS_COLORS[s].bg,
              border: `1px ${s === 'CANCELLED' ? 'dashed' : 'solid'} ${STATUS_COLORS[s].accent}`,
              borderLeftWidth: 4,
            }}
          />
          <Typography variant="body2" sx={{ fontSize: 13 }}>
            {STATUS_LABELS[s]}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

function Schedule({ catalog }: { catalog: SchedulingCatalog }) {
  const { clinic, therapists, rooms, serviceTypes } = catalog;
  const zone = clinic.timezone;
  const { role, userId, canActOn, canComplete } = useActor();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateScheduling();
  const me = therapists.find((t) => t.userId === userId) ?? null;
  const isTherapist = role === 'THERAPIST';

  const [date, setDate] = useState<IsoDate>(() => todayIn(zone));
  const [view, setView] = useState<View>('day');
  const [therapistFilter, setTherapistFilter] = useState<string>(isTherapist && me ? me.id : 'all');
  const [openSessionId, setOpenSessionId] = useState<string | null>(null);
  const [daySheetOpen, setDaySheetOpen] = useState(false);
  const [booking, setBooking] = useState<null | { key: number; date: IsoDate; therapistId?: string }>(null);
  const [now, setNow] = useState(() => nowMinuteIn(zone));

  useEffect(() => {
    const timer = setInterval(() => setNow(nowMinuteIn(zone)), 60_000);
    return () => clearInterval(timer);
  }, [zone]);

  const days = useMemo(() => {
    if (view === 'day') return [date];
    const monday = weekStart(date, zone);
    return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  }, [view, date, zone]);
  const range = { from: dayRange(days[0]!, zone).from, to: dayRange(days[days.length - 1]!, zone).to };
  const filterId = therapistFilter === 'all' ? undefined : therapistFilter;

  const sessions = useQuery({
    queryKey: [...SCHEDULE_KEY, range.from, range.to, filterId ?? 'all'],
    queryFn: () => fetchSessions({ ...range, ...(filterId ? { therapistId: filterId } : {}) }),
    refetchInterval: 60_000,
    retry: 1,
    placeholderData: (previous) => previous,
  });
  const list = sessions.data ?? [];
  const openSession = list.find((s) => s.id === openSessionId) ?? null;

  const shown: Therapist[] = therapists.filter((t) =>
    filterId ? t.id === filterId : t.active || list.some((s) => s.therapist.id === t.id),
  );

  const canBookFor = (t: Therapist | undefined) => role === 'OWNER' || role === 'FRONT_DESK' || (isTherapist && !!me && t?.id === me.id);
  const openBooking = (d: IsoDate, therapistId?: string) =>
    setBooking({ key: Date.now(), date: d < todayIn(zone) ? todayIn(zone) : d, therapistId: isTherapist ? me?.id : therapistId });

  const columns: GridColumn[] =
    view === 'day'
      ? shown.map((t) => {
          const working = minuteRanges(workingIntervals(t, date, zone), date, zone);
          return {
            key: t.id,
            label: `${t.displayName}, ${fullDay(date)}`,
            date,
            sessions: list.filter((s) => s.therapist.id === t.id && instantDay(s.startsAt, zone) === date),
            working,
            timeOff: timeOffMinutes(t, date, zone),
            highlight: date === now.date,
            onBookAt: canBookFor(t) && date >= now.date ? () => openBooking(date, t.id) : undefined,
            header: (
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Typography variant="subtitle2" component="h3" noWrap sx={{ fontWeight: 700 }}>
                    {t.displayName}
                  </Typography>
                  <Typography variant="caption" color="text.secondary" noWrap component="p">
                    {describeHours(working)}
                  </Typography>
                </Box>
                {canBookFor(t) && date >= now.date && (
                  <Tooltip title={`Book with ${t.displayName}`}>
                    <IconButton size="small" aria-label={`Book with ${t.displayName}`} onClick={() => openBooking(date, t.id)}>
                      <AddIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                )}
              </Box>
            ),
          };
        })
      : days.map((d) => {
          // The clinic's working time that day: every shown therapist's, merged.
          const working = minuteRanges(normalize(shown.flatMap((t) => workingIntervals(t, d, zone))), d, zone);
          const single = shown.length === 1 ? shown[0] : undefined;
          const dt = DateTime.fromISO(d);
          return {
            key: d,
            label: fullDay(d),
            date: d,
            sessions: list.filter((s) => instantDay(s.startsAt, zone) === d && (!filterId || s.therapist.id === filterId)),
            working,
            timeOff: single ? timeOffMinutes(single, d, zone) : [],
            highlight: d === now.date,
            onBookAt: (single ? canBookFor(single) : !isTherapist) && d >= now.date ? () => openBooking(d, single?.id) : undefined,
            header: (
              <ButtonBase
                onClick={() => {
                  setDate(d);
                  setView('day');
                }}
                aria-label={`Open ${fullDay(d)}`}
                sx={{
                  display: 'block',
                  width: '100%',
                  textAlign: 'left',
                  borderRadius: 1,
                  '&.Mui-focusVisible': { outline: '2px solid #0f6b66' },
                }}
              >
                <Typography
                  variant="caption"
                  color="text.secondary"
                  component="p"
                  sx={{ fontWeight: 600, textTransform: 'uppercase', lineHeight: 1.4 }}
                >
                  {dt.toFormat('ccc')}
                </Typography>
                <Typography
                  variant="subtitle2"
                  component="p"
                  sx={{ fontWeight: 700, color: d === now.date ? 'primary.main' : 'text.primary' }}
                >
                  {dt.toFormat('d LLL')}
                </Typography>
              </ButtonBase>
            ),
          };
        });

  const hours = visibleHours([
    ...columns.flatMap((c) => c.working),
    ...list.map((s): MinuteRange => {
      const d = instantDay(s.startsAt, zone);
      return [minuteOfDay(s.startsAt, d, zone), Math.min(1440, minuteOfDay(s.blockedUntil, d, zone))];
    }),
  ]);

  const step = (direction: 1 | -1) => setDate(addDays(date, direction * (view === 'day' ? 1 : 7)));
  const mine = isTherapist && me && therapistFilter === me.id;
  const title = mine ? (view === 'day' ? 'My day' : 'My week') : 'Schedule';
  const heading =
    view === 'day'
      ? fullDay(date)
      : `${DateTime.fromISO(days[0]!).toFormat('d LLL')} – ${DateTime.fromISO(days[6]!).toFormat('d LLL yyyy')}`;
  const counts = list.filter((s) => s.status !== 'CANCELLED' && days.includes(instantDay(s.startsAt, zone))).length;

  const onChanged = (updated: Session) => {
    // Show the new state at once, then refetch (a series cancel changes other sessions too).
    queryClient.setQueriesData<Session[]>({ queryKey: SCHEDULE_KEY }, (old) => old?.map((s) => (s.id === updated.id ? updated : s)));
    if (instantDay(updated.startsAt, zone) !== date && view === 'day') setDate(instantDay(updated.startsAt, zone));
    invalidate();
  };

  return (
    <Box sx={{ pt: 1, pb: 3, minWidth: 0 }}>
      <Title title={title} />
      <Stack
        direction="row"
        sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1.5 }}
        component="nav"
        aria-label="Schedule navigation"
      >
        <Button variant="outlined" size="small" onClick={() => setDate(todayIn(zone))} sx={{ height: 40 }}>
          Today
        </Button>
        <IconButton aria-label={view === 'day' ? 'Previous day' : 'Previous week'} onClick={() => step(-1)}>
          <ChevronLeftIcon />
        </IconButton>
        <IconButton aria-label={view === 'day' ? 'Next day' : 'Next week'} onClick={() => step(1)}>
          <ChevronRightIcon />
        </IconButton>
        <TextField
          label="Date"
          type="date"
          size="small"
          value={date}
          onChange={(e) => e.target.value && setDate(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 160 }}
        />
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_, v: View | null) => v && setView(v)}
          aria-label="View"
          sx={{ height: 40 }}
        >
          <ToggleButton value="day" sx={{ px: 2 }}>
            Day
          </ToggleButton>
          <ToggleButton value="week" sx={{ px: 2 }}>
            Week
          </ToggleButton>
        </ToggleButtonGroup>
        <TextField
          select
          size="small"
          label="Therapist"
          value={therapistFilter}
          onChange={(e) => setTherapistFilter(e.target.value)}
          sx={{ width: 200 }}
        >
          <MenuItem value="all">All therapists</MenuItem>
          {therapists.map((t) => (
            <MenuItem key={t.id} value={t.id}>
              {t.displayName}
              {me?.id === t.id ? ' (me)' : ''}
              {!t.active ? ' (inactive)' : ''}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="outlined" size="small" startIcon={<PrintIcon />} onClick={() => setDaySheetOpen(true)} sx={{ height: 40 }}>
          Day sheet
        </Button>
        <Box sx={{ flex: 1 }} />
        {(!isTherapist || me) && (
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => openBooking(view === 'day' ? date : days[0]! < now.date ? now.date : days[0]!, filterId)}
            sx={{ height: 40 }}
          >
            Book session
          </Button>
        )}
      </Stack>

      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: 1, mb: 1 }}>
        <Typography variant="h6" component="h1" data-testid="schedule-heading">
          {heading}
          <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
            {counts} {counts === 1 ? 'session' : 'sessions'} · {zone.replace(/_/g, ' ')} time
            {sessions.isFetching && <CircularProgress size={12} sx={{ ml: 1 }} aria-label="Refreshing" />}
          </Typography>
        </Typography>
        <StatusLegend />
      </Box>

      {sessions.isError && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {(sessions.error as Error).message}
        </Alert>
      )}
      {columns.length === 0 ? (
        <Alert severity="info">No active therapists yet. The owner adds them under Staff.</Alert>
      ) : (
        <ScheduleGrid
          columns={columns}
          hours={hours}
          zone={zone}
          slotStep={clinic.slotStepMinutes}
          showTherapist={view === 'week' && !filterId}
          nowMinute={now.minute}
          onOpenSession={(s) => setOpenSessionId(s.id)}
          minColumnWidth={view === 'day' ? 160 : 92}
        />
      )}

      <DaySheet
        open={daySheetOpen}
        onClose={() => setDaySheetOpen(false)}
        clinicName={clinic.name}
        zone={zone}
        date={date}
        therapists={shown.filter(
          (t) =>
            workingIntervals(t, date, zone).length > 0 ||
            list.some((s) => s.therapist.id === t.id && instantDay(s.startsAt, zone) === date),
        )}
        sessions={list.filter((s) => instantDay(s.startsAt, zone) === date)}
      />
      <SessionDrawer
        session={openSession}
        clinic={clinic}
        rooms={rooms}
        canAct={openSession ? canActOn(openSession) : false}
        canComplete={openSession ? canComplete(openSession) : false}
        canReadNotes={role === 'OWNER' || (isTherapist && !!openSession && canComplete(openSession))}
        onClose={() => setOpenSessionId(null)}
        onChanged={onChanged}
      />

      {booking && (
        <BookingDialog
          key={booking.key}
          open
          onClose={() => {
            setBooking(null);
            // A refused booking means someone else changed the day: show it.
            invalidate();
          }}
          onBooked={(booked) => {
            setBooking(null);
            const first = booked[0]!;
            const day = instantDay(first.startsAt, zone);
            notify(
              booked.length > 1
                ? `${booked.length} sessions booked for ${first.patient.name}`
                : `Booked ${first.patient.name} with ${first.therapist.displayName}`,
              { type: 'success' },
            );
            if (!days.includes(day)) setDate(day);
            queryClient.setQueriesData<Session[]>({ queryKey: SCHEDULE_KEY }, (old) => (old ? [...old, ...booked] : old));
            invalidate();
          }}
          clinic={clinic}
          therapists={therapists}
          serviceTypes={serviceTypes}
          rooms={rooms}
          initialDate={booking.date}
          initialTherapistId={booking.therapistId}
          lockTherapist={isTherapist}
        />
      )}
    </Box>
  );
}
