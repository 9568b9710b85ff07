// The calendar itself: a CSS grid of columns (therapists in the day view, days in the week view) on a
// shared time axis. Non-working time is shaded, time off hatched, sessions coloured by status.
import CallMergeIcon from '@mui/icons-material/CallMerge';
import CheckIcon from '@mui/icons-material/Check';
import { ACTIVE_STATUSES } from '@backtrack/domain';
import { Box, ButtonBase, Typography } from '@mui/material';
import { DateTime } from 'luxon';
import type { ReactNode } from 'react';
import { placeSessions, type MinuteRange } from './layout';
import { formatMinutes, hhmm, timeRange, type IsoDate } from '../shared/time';
import { STATUS_COLORS, STATUS_LABELS } from '../shared/labels';
import type { Session } from './api';

export const PX_PER_MIN = 1.2;

export interface GridColumn {
  key: string;
  header: ReactNode;
  /** Accessible name of the column, e.g. "Maya Chen, Tuesday 8 December". */
  label: string;
  date: IsoDate;
  sessions: Session[];
  working: MinuteRange[];
  timeOff: { range: MinuteRange; reason: string }[];
  highlight?: boolean;
  /** Clicking free working time here opens booking at that minute. */
  onBookAt?: (minute: number) => void;
}

interface Props {
  columns: GridColumn[];
  hours: MinuteRange;
  zone: string;
  slotStep: number;
  showTherapist: boolean;
  nowMinute: number | null;
  onOpenSession: (session: Session) => void;
  minColumnWidth: number;
}

export function ScheduleGrid({ columns, hours, zone, slotStep, showTherapist, nowMinute, onOpenSession, minColumnWidth }: Props) {
  const [startMin, endMin] = hours;
  const height = (endMin - startMin) * PX_PER_MIN;
  const hourMarks: number[] = [];
  for (let m = startMin; m < endMin; m += 60) hourMarks.push(m);
  const template = `52px repeat(${columns.length}, minmax(${minColumnWidth}px, 1fr))`;

  return (
    <Box
      sx={{ overflowX: 'auto', border: 1, borderColor: 'divider', borderRadius: 2, bgcolor: 'background.paper' }}
      data-testid="schedule-grid"
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: template, minWidth: 52 + columns.length * minColumnWidth }}>
        <Box sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: '#f8fafa' }} />
        {columns.map((c) => (
          <Box
            key={c.key}
            sx={{
              borderBottom: 1,
              borderLeft: 1,
              borderColor: 'divider',
              px: 1,
              py: 0.75,
              bgcolor: c.highlight ? '#e6f2f1' : '#f8fafa',
              minWidth: 0,
            }}
          >
            {c.header}
          </Box>
        ))}

        {/* time axis */}
        <Box sx={{ position: 'relative', height }} aria-hidden>
          {hourMarks.map((m) => (
            <Typography
              key={m}
              variant="caption"
              sx={{
                position: 'absolute',
                top: (m - startMin) * PX_PER_MIN - 8,
                right: 6,
                color: 'text.secondary',
                fontVariantNumeric: 'tabular-nums',
                lineHeight: '16px',
                ...(m === startMin ? { top: 2 } : {}),
              }}
            >
              {formatMinutes(m)}
            </Typography>
          ))}
        </Box>

        {columns.map((c) => (
          <DayColumn
            key={c.key}
            column={c}
            startMin={startMin}
            height={height}
            zone={zone}
            slotStep={slotStep}
            showTherapist={showTherapist}
            nowMinute={c.highlight ? nowMinute : null}
            onOpenSession={onOpenSession}
          />
        ))}
      </Box>
    </Box>
  );
}

function DayColumn({
  column,
  startMin,
  height,
  zone,
  slotStep,
  showTherapist,
  nowMinute,
  onOpenSession,
}: {
  column: GridColumn;
  startMin: number;
  height: number;
  zone: string;
  slotStep: number;
  showTherapist: boolean;
  nowMinute: number | null;
  onOpenSession: (session: Session) => void;
}) {
  const placed = placeSessions(column.sessions, column.date, zone);
  const hourLine = 60 * PX_PER_MIN;

  return (
    <Box
      role="region"
      aria-label={column.label}
      sx={{
        position: 'relative',
        height,
        borderLeft: 1,
        borderColor: 'divider',
        // Outside working hours: a quiet grey; hour and half-hour lines drawn by the background.
        bgcolor: '#f1f4f5',
        backgroundImage: `repeating-linear-gradient(to bottom, #e3e8ea 0, #e3e8ea 1px, transparent 1px, transparent ${hourLine / 2}px, #eef1f2 ${hourLine / 2}px, #eef1f2 ${hourLine / 2 + 1}px, transparent ${hourLine / 2 + 1}px, transparent ${hourLine}px)`,
        cursor: column.onBookAt ? 'copy' : 'default',
        minWidth: 0,
      }}
    >
      {column.working.map(([s, e]) => (
        <Box
          key={`w${s}`}
          onClick={(event) => {
            if (!column.onBookAt) return;
            event.stopPropagation();
            const y = event.clientY - event.currentTarget.parentElement!.getBoundingClientRect().top;
            column.onBookAt(startMin + Math.floor(y / PX_PER_MIN / slotStep) * slotStep);
          }}
          sx={{
            position: 'absolute',
            left: 0,
            right: 0,
            top: (s - startMin) * PX_PER_MIN,
            height: (e - s) * PX_PER_MIN,
            bgcolor: '#ffffff',
            backgroundImage: `repeating-linear-gradient(to bottom, #e8edef 0, #e8edef 1px, transparent 1px, transparent ${hourLine}px)`,
            backgroundPosition: `0 ${((((startMin - s) * PX_PER_MIN) % hourLine) + hourLine) % hourLine}px`,
            '&:hover': column.onBookAt ? { bgcolor: '#f6fbfa' } : undefined,
          }}
        />
      ))}
      {column.timeOff.map(({ range: [s, e], reason }) => (
        <Box
          key={`off${s}`}
          sx={{
            position: 'absolute',
            left: 0,
            right: 0,
            top: Math.max(0, (s - startMin) * PX_PER_MIN),
            height: (e - Math.max(s, startMin)) * PX_PER_MIN,
            backgroundImage: 'repeating-linear-gradient(135deg, #eceff1 0, #eceff1 6px, #e0e5e8 6px, #e0e5e8 12px)',
            display: 'flex',
            justifyContent: 'center',
            pt: 1,
            pointerEvents: 'none',
          }}
        >
          <Typography
            variant="caption"
            sx={{
              color: 'text.secondary',
              fontWeight: 600,
              bgcolor: 'rgba(255,255,255,0.8)',
              px: 0.75,
              borderRadius: 1,
              height: 'fit-content',
            }}
          >
            Time off{reason ? `: ${reason}` : ''}
          </Typography>
        </Box>
      ))}
      {nowMinute !== null && nowMinute >= startMin && nowMinute <= startMin + height / PX_PER_MIN && (
        <Box
          aria-hidden
          sx={{
            position: 'absolute',
            left: 0,
            right: 0,
            top: (nowMinute - startMin) * PX_PER_MIN,
            borderTop: '2px solid #c0392b',
            zIndex: 3,
            pointerEvents: 'none',
            '&::before': {
              content: '""',
              position: 'absolute',
              left: -4,
              top: -5,
              width: 8,
              height: 8,
              borderRadius: '50%',
              bgcolor: '#c0392b',
            },
          }}
        />
      )}
      {placed.map((p) => (
        <SessionCard key={p.session.id} placed={p} startMin={startMin} zone={zone} showTherapist={showTherapist} onOpen={onOpenSession} />
      ))}
    </Box>
  );
}

function SessionCard({
  placed,
  startMin,
  zone,
  showTherapist,
  onOpen,
}: {
  placed: ReturnType<typeof placeSessions>[number];
  startMin: number;
  zone: string;
  showTherapist: boolean;
  onOpen: (session: Session) => void;
}) {
  const { session, start, end, blockedEnd, lane, lanes } = placed;
  const colors = STATUS_COLORS[session.status];
  const top = (start - startMin) * PX_PER_MIN;
  const h = Math.max((end - start) * PX_PER_MIN, 24);
  const widthPct = 100 / lanes;
  // Cancelled and no-show sessions no longer hold their time.
  const dimmed = !ACTIVE_STATUSES.includes(session.status);
  const range = timeRange(session.startsAt, session.endsAt, zone);
  const label = `${range}, ${session.patient.name}, ${session.serviceType.name}, ${session.therapist.displayName}${session.room ? `, ${session.room.name}` : ''}, ${STATUS_LABELS[session.status]}${session.lateCancel ? ', late cancellation' : ''}${session.overrideReason ? ', overlap override' : ''}${session.confirmedAt ? ', confirmed by patient' : ''}`;
  const lines = Math.floor((h - 6) / 16);
  const marks = (session.confirmedAt ? 1 : 0) + (session.overrideReason ? 1 : 0);

  return (
    <>
      {blockedEnd > end && !dimmed && (
        <Box
          aria-hidden
          title="Recovery buffer"
          sx={{
            position: 'absolute',
            top: top + (end - start) * PX_PER_MIN,
            height: (blockedEnd - end) * PX_PER_MIN,
            left: `calc(${lane * widthPct}% + 3px)`,
            width: `calc(${widthPct}% - 6px)`,
            backgroundImage: `repeating-linear-gradient(135deg, ${colors.bg} 0, ${colors.bg} 4px, transparent 4px, transparent 8px)`,
            borderLeft: `3px solid ${colors.accent}55`,
            borderRadius: '0 0 4px 4px',
            zIndex: 1,
            pointerEvents: 'none',
          }}
        />
      )}
      <ButtonBase
        onClick={() => onOpen(session)}
        aria-label={label}
        data-session-id={session.id}
        data-status={session.status}
        sx={{
          position: 'absolute',
          top,
          height: h,
          left: `calc(${lane * widthPct}% + 3px)`,
          width: `calc(${widthPct}% - 6px)`,
          zIndex: 2,
          display: 'block',
          textAlign: 'left',
          overflow: 'hidden',
          px: 0.75,
          py: 0.25,
          bgcolor: colors.bg,
          color: colors.fg,
          border: `1px solid ${colors.accent}40`,
          borderLeft: `4px solid ${colors.accent}`,
          borderStyle: session.status === 'CANCELLED' ? 'dashed' : 'solid',
          borderRadius: 1,
          fontSize: 12,
          lineHeight: '16px',
          opacity: dimmed ? 0.85 : 1,
          boxShadow: '0 1px 2px rgba(16, 42, 51, 0.08)',
          transition: 'box-shadow 120ms',
          '&:hover': { boxShadow: '0 2px 8px rgba(16, 42, 51, 0.18)', zIndex: 4 },
          '&.Mui-focusVisible': { outline: '3px solid #0f6b66', outlineOffset: 1, zIndex: 5 },
        }}
      >
        <Box
          component="span"
          sx={{
            display: 'block',
            fontWeight: 700,
            whiteSpace: 'nowrap',
            textOverflow: 'ellipsis',
            overflow: 'hidden',
            fontVariantNumeric: 'tabular-nums',
            textDecoration: session.status === 'CANCELLED' ? 'line-through' : 'none',
            pr: `${marks * 16}px`, // the text ends before the top-right marks
          }}
        >
          {lanes > 1 && showTherapist ? hhmm(session.startsAt, zone) : range}
          {lines < 2 && ` ${session.patient.name}`}
          {marks > 0 && (
            // Top-right marks; the card's aria-label says the same for screen readers.
            <Box component="span" sx={{ position: 'absolute', top: 2, right: 2, display: 'inline-flex', gap: '2px' }}>
              {session.confirmedAt && (
                <Box
                  component="span"
                  role="img"
                  aria-label="Confirmed by patient"
                  data-testid="confirmed-marker"
                  title="Confirmed by patient"
                  sx={{
                    display: 'inline-flex',
                    bgcolor: '#e3f3e8',
                    color: '#1d4d30',
                    border: '1px solid #2e7d4f',
                    borderRadius: '50%',
                    p: '1px',
                  }}
                >
                  <CheckIcon sx={{ fontSize: 12 }} aria-hidden />
                </Box>
              )}
              {session.overrideReason && (
                <Box
                  component="span"
                  data-testid="override-marker"
                  title={`Override: ${session.overrideReason}`}
                  sx={{
                    display: 'inline-flex',
                    bgcolor: '#fff1d6',
                    color: '#8a5a00',
                    border: '1px solid #c98a00',
                    borderRadius: '50%',
                    p: '1px',
                  }}
                >
                  <CallMergeIcon sx={{ fontSize: 12 }} aria-hidden />
                </Box>
              )}
            </Box>
          )}
        </Box>
        {lines >= 2 && (
          <Box
            component="span"
            sx={{ display: 'block', fontWeight: 600, whiteSpace: 'nowrap', textOverflow: 'ellipsis', overflow: 'hidden' }}
          >
            {session.patient.name}
          </Box>
        )}
        {lines >= 3 && (
          <Box component="span" sx={{ display: 'block', whiteSpace: 'nowrap', textOverflow: 'ellipsis', overflow: 'hidden', opacity: 0.9 }}>
            {showTherapist ? session.therapist.displayName : session.serviceType.name}
          </Box>
        )}
        {lines >= 4 && (
          <Box
            component="span"
            sx={{ display: 'block', whiteSpace: 'nowrap', textOverflow: 'ellipsis', overflow: 'hidden', opacity: 0.85 }}
          >
            {dimmed ? STATUS_LABELS[session.status] + (session.lateCancel ? ' (late)' : '') : (session.room?.name ?? 'No room')}
          </Box>
        )}
      </ButtonBase>
    </>
  );
}

export function nowMinuteIn(zone: string): { date: IsoDate; minute: number } {
  const now = DateTime.now().setZone(zone);
  return { date: now.toISODate()!, minute: now.hour * 60 + now.minute };
}
