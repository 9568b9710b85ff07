// The front desk's schedule (and a therapist's "My day"): day and week views, per therapist or the
// whole clinic, in the clinic's time zone. Date, view and filters live in the address (scheduleUrl.ts).
// Booking opens from the toolbar or from free working time at the time clicked; a booked session can be
// dragged to another time or therapist (the API's rules decide, a refusal is shown at the drop spot);
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
import { useEffect, useMemo, useRef, useState } from 'react';
import { Title, useNotify } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { fetchSessions, fetchSessionsByIds, rescheduleSession, type Session } from './api';
import { BookingDialog } from './BookingDialog';
import { DaySheet } from './DaySheet';
import { describeHours, minuteRanges, therapistsOnDay, timeOffMinutes, visibleHours, workingIntervals, type MinuteRange } from './layout';
import { nowMinuteIn, ScheduleGrid, type DropTarget, type GridColumn, type GridGroup } from './ScheduleGrid';
import { parseScheduleParams, scheduleParams, type ScheduleState, type ScheduleView } from './scheduleUrl';
import { SessionDrawer } from './SessionDrawer';
import { explainBookingError, type FriendlyError } from '../shared/errors';
import {
  addDays,
  dayRange,
  dayStart,
  formatMinutes,
  fullDay,
  instantDay,
  minuteOfDay,
  todayIn,
  weekStart,
  type IsoDate,
} from '../shared/time';
import { SCHEDULE_KEY, useCatalog, useInvalidateScheduling, type SchedulingCatalog, type Therapist } from '../shared/catalog';
import { STATUS_COLORS, STATUS_LABELS, STATUSES } from '../shared/labels';
import { useActor } from './useActor';

type View = ScheduleView;

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

  // The address is the state: a reload or a shared link shows the same day, view and filters.
  const [searchParams, setSearchParams] = useSearchParams();
  const defaults = {
    today: todayIn(zone),
    therapist: isTherapist && me ? me.id : 'all',
    therapistIds: therapists.map((t) => t.id),
    roomIds: rooms.map((r) => r.id),
  };
  const state = parseScheduleParams(searchParams, defaults);
  const { date, view, therapist: therapistFilter, room: roomFilter } = state;
  // Changes compose even when they come faster than the address re-renders the page (Day, then a date,
  // at once): each builds on the last one asked for, and a new address (reload, back) resets that.
  const latest = useRef({ params: searchParams, state });
  if (latest.current.params !== searchParams) latest.current = { params: searchParams, state };
  const go = (patch: Partial<ScheduleState>) => {
    const next = { ...latest.current.state, ...patch };
    latest.current = { params: searchParams, state: next };
    setSearchParams(scheduleParams(next, defaults));
  };
  const setDate = (d: IsoDate) => go({ date: d });
  const setView = (v: View) => go({ view: v });
  const [openSessionId, setOpenSessionId] = useState<string | null>(null);
  const [daySheetOpen, setDaySheetOpen] = useState(false);
  const [booking, setBooking] = useState<null | { key: number; date: IsoDate; therapistId?: string; time?: string }>(null);
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
  const roomId = roomFilter === 'all' ? undefined : roomFilter;

  const sessions = useQuery({
    queryKey: [...SCHEDULE_KEY, range.from, range.to, filterId ?? 'all', roomId ?? 'all'],
    queryFn: () => fetchSessions({ ...range, ...(filterId ? { therapistId: filterId } : {}), ...(roomId ? { roomId } : {}) }),
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
  const openBooking = (d: IsoDate, therapistId?: string, minute?: number) =>
    setBooking({
      key: Date.now(),
      date: d < todayIn(zone) ? todayIn(zone) : d,
      therapistId: isTherapist ? me?.id : therapistId,
      ...(minute !== undefined ? { time: formatMinutes(minute) } : {}),
    });

  const sessionsOn = (d: IsoDate) => list.filter((s) => instantDay(s.startsAt, zone) === d);
  // The day view shows the therapists working that day (or with a session then); on a day nobody
  // works, every therapist's column says so rather than leaving an empty page.
  const dayTherapists = therapistsOnDay(shown, date, zone, sessionsOn(date));
  const byTherapist = (t: Therapist, d: IsoDate, group?: string): GridColumn => {
    const working = minuteRanges(workingIntervals(t, d, zone), d, zone);
    return {
      key: group ? `${d}:${t.id}` : t.id,
      group,
      therapistId: t.id,
      label: `${t.displayName}, ${fullDay(d)}`,
      date: d,
      sessions: sessionsOn(d).filter((s) => s.therapist.id === t.id),
      working,
      timeOff: timeOffMinutes(t, d, zone),
      highlight: d === now.date,
      onBookAt: canBookFor(t) && d >= now.date ? (minute: number) => openBooking(d, t.id, minute) : undefined,
      header: (
        <Typography
          variant="caption"
          component="p"
          noWrap
          title={`${t.displayName}: ${describeHours(working)}`}
          sx={{ fontWeight: 700, lineHeight: 1.5 }}
        >
          {t.displayName}
        </Typography>
      ),
    };
  };
  const dayHeader = (d: IsoDate) => {
    const dt = DateTime.fromISO(d);
    return (
      <ButtonBase
        onClick={() => go({ date: d, view: 'day' })}
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
        <Typography variant="subtitle2" component="p" sx={{ fontWeight: 700, color: d === now.date ? 'primary.main' : 'text.primary' }}>
          {dt.toFormat('d LLL')}
        </Typography>
      </ButtonBase>
    );
  };
  // The clinic-wide week: each day split into the therapists working it, so names stay readable and a
  // therapist off that day takes no room; a day nobody works keeps one narrow column that says so.
  const weekByTherapist = view === 'week' && !filterId;
  const groups: GridGroup[] | undefined = weekByTherapist ? days.map((d) => ({ key: d, header: dayHeader(d) })) : undefined;

  const columns: GridColumn[] =
    view === 'day'
      ? (dayTherapists.length ? dayTherapists : shown).map((t) => {
          const working = minuteRanges(workingIntervals(t, date, zone), date, zone);
          return {
            key: t.id,
            therapistId: t.id,
            label: `${t.displayName}, ${fullDay(date)}`,
            date,
            sessions: list.filter((s) => s.therapist.id === t.id && instantDay(s.startsAt, zone) === date),
            working,
            timeOff: timeOffMinutes(t, date, zone),
            highlight: date === now.date,
            onBookAt: canBookFor(t) && date >= now.date ? (minute: number) => openBooking(date, t.id, minute) : undefined,
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
      : weekByTherapist
        ? days.flatMap((d): GridColumn[] => {
            const working = therapistsOnDay(shown, d, zone, sessionsOn(d));
            if (working.length) return working.map((t) => byTherapist(t, d, d));
            return [
              {
                key: d,
                group: d,
                label: `Nobody works, ${fullDay(d)}`,
                date: d,
                sessions: sessionsOn(d),
                working: [],
                timeOff: [],
                highlight: d === now.date,
                emptyNote: 'Nobody works',
                header: (
                  <Typography variant="caption" color="text.secondary" component="p" sx={{ lineHeight: 1.5 }}>
                    Closed
                  </Typography>
                ),
              },
            ];
          })
        : days.map((d) => {
            // The clinic's working time that day: every shown therapist's, merged.
            const working = minuteRanges(normalize(shown.flatMap((t) => workingIntervals(t, d, zone))), d, zone);
            const single = shown.length === 1 ? shown[0] : undefined;
            const dt = DateTime.fromISO(d);
            return {
              key: d,
              therapistId: single?.id,
              label: single ? `${single.displayName}, ${fullDay(d)}` : fullDay(d),
              date: d,
              sessions: list.filter((s) => instantDay(s.startsAt, zone) === d && (!filterId || s.therapist.id === filterId)),
              working,
              timeOff: single ? timeOffMinutes(single, d, zone) : [],
              highlight: d === now.date,
              onBookAt:
                (single ? canBookFor(single) : !isTherapist) && d >= now.date
                  ? (minute: number) => openBooking(d, single?.id, minute)
                  : undefined,
              header: (
                <ButtonBase
                  onClick={() => go({ date: d, view: 'day' })}
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

  const canMove = (s: Session) => s.status === 'BOOKED' && canActOn(s);
  /** A session dropped on the grid: rescheduled through the API's rules; the refusal is returned to show in place. */
  const moveSession = async (session: Session, { column, minute }: DropTarget): Promise<FriendlyError | null> => {
    const startsAt = dayStart(column.date, zone)
      .set({ hour: Math.floor(minute / 60), minute: minute % 60 })
      .toUTC()
      .toISO()!;
    const therapistId = column.therapistId ?? session.therapist.id;
    try {
      const moved = await rescheduleSession(session.id, startsAt, undefined, {
        ...(therapistId !== session.therapist.id ? { therapistId } : {}),
      });
      queryClient.setQueriesData<Session[]>({ queryKey: SCHEDULE_KEY }, (old) => old?.map((s) => (s.id === moved.id ? moved : s)));
      notify(
        `Moved ${moved.patient.name} to ${fullDay(instantDay(moved.startsAt, zone))}, ${formatMinutes(minute)} with ${moved.therapist.displayName}`,
        {
          type: 'success',
        },
      );
      invalidate();
      return null;
    } catch (failure) {
      invalidate();
      const friendly = await explainBookingError(failure, zone, fetchSessionsByIds);
      // Said as what happened to the drop ("that time is no longer free" would suggest it once was).
      return { ...friendly, title: friendly.overlapOnly ? 'Not moved: it would overlap another session' : 'Not moved', hint: undefined };
    }
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
          onChange={(e) => go({ therapist: e.target.value })}
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
        <TextField select size="small" label="Room" value={roomFilter} onChange={(e) => go({ room: e.target.value })} sx={{ width: 160 }}>
          <MenuItem value="all">All rooms</MenuItem>
          {rooms.map((r) => (
            <MenuItem key={r.id} value={r.id}>
              {r.name}
              {!r.active ? ' (inactive)' : ''}
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
          groups={groups}
          hours={hours}
          zone={zone}
          slotStep={clinic.slotStepMinutes}
          showTherapist={false}
          nowMinute={now.minute}
          onOpenSession={(s) => setOpenSessionId(s.id)}
          minColumnWidth={view === 'day' ? 140 : weekByTherapist ? 104 : 92}
          canMove={canMove}
          onMoveSession={moveSession}
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
        therapists={therapists}
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
          initialTime={booking.time}
          lockTherapist={isTherapist}
        />
      )}
    </Box>
  );
}
