// The calendar itself: a CSS grid of columns (therapists in the day view; days, or days × the therapists
// working them, in the week view) on a shared time axis. Non-working time is shaded, time off hatched,
// sessions coloured by status. Free working time is a column of focusable cells (one per slot step):
// a click or Enter books there, arrow keys move between them. A booked session can be dragged (plain
// pointer events) to another time or column; a refused drop snaps back and says why at the drop spot.
import CallMergeIcon from '@mui/icons-material/CallMerge';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { ACTIVE_STATUSES } from '@backtrack/domain';
import { Box, ButtonBase, IconButton, Typography } from '@mui/material';
import { DateTime } from 'luxon';
import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { freeCellMinutes, placeSessions, snapToStep, type MinuteRange } from './layout';
import { formatMinutes, hhmm, timeRange, type IsoDate } from '../shared/time';
import { STATUS_COLORS, STATUS_LABELS } from '../shared/labels';
import type { FriendlyError } from '../shared/errors';
import type { Session } from './api';

export const PX_PER_MIN = 1.2;
/** How far the pointer travels before a press on a session becomes a drag (a shorter one is a click). */
const DRAG_THRESHOLD_PX = 6;

export interface GridColumn {
  key: string;
  header: ReactNode;
  /** Accessible name of the column, e.g. "Maya Chen, Tuesday 8 December". */
  label: string;
  date: IsoDate;
  /** The therapist whose time the column is: a drop here moves the session to them. */
  therapistId?: string;
  /** The group (a day of the week view) the column belongs to; see Props.groups. */
  group?: string;
  sessions: Session[];
  working: MinuteRange[];
  timeOff: { range: MinuteRange; reason: string }[];
  highlight?: boolean;
  /** Clicking (or Enter on) free working time here opens booking at that minute. */
  onBookAt?: (minute: number) => void;
  /** A short note shown in an otherwise empty column, e.g. "Nobody works". */
  emptyNote?: string;
}

export interface GridGroup {
  key: string;
  header: ReactNode;
}

/** Where a session was dropped. */
export interface DropTarget {
  column: GridColumn;
  minute: number;
}

interface Props {
  columns: GridColumn[];
  /** Headers spanning consecutive columns of the same group (the days of the week view). */
  groups?: GridGroup[];
  hours: MinuteRange;
  zone: string;
  slotStep: number;
  showTherapist: boolean;
  nowMinute: number | null;
  onOpenSession: (session: Session) => void;
  minColumnWidth: number;
  /** May this session be dragged? (BOOKED, and the actor may act on it.) */
  canMove?: (session: Session) => boolean;
  /** Moves a dropped session; resolves with the refusal to show, or null when it moved. */
  onMoveSession?: (session: Session, target: DropTarget) => Promise<FriendlyError | null>;
}

interface Drag {
  session: Session;
  pointerId: number;
  startX: number;
  startY: number;
  /** Minutes between the session's start and where it was grabbed. */
  grab: number;
  duration: number;
  moved: boolean;
  columnKey: string;
  minute: number;
  pending: boolean;
}

interface Refusal {
  columnKey: string;
  minute: number;
  error: FriendlyError;
}

const cellId = (columnIndex: number, minute: number) => `${columnIndex}:${minute}`;

export function ScheduleGrid({
  columns,
  groups,
  hours,
  zone,
  slotStep,
  showTherapist,
  nowMinute,
  onOpenSession,
  minColumnWidth,
  canMove,
  onMoveSession,
}: Props) {
  const [startMin, endMin] = hours;
  const height = (endMin - startMin) * PX_PER_MIN;
  const hourMarks: number[] = [];
  for (let m = startMin; m < endMin; m += 60) hourMarks.push(m);
  const template = `52px repeat(${columns.length}, minmax(${minColumnWidth}px, 1fr))`;
  const headerRows = groups?.length ? 2 : 1;
  const gridRef = useRef<HTMLDivElement>(null);
  const columnRefs = useRef(new Map<string, HTMLDivElement>());
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  const swallowClick = useRef(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  // Free cells per column, for keyboard movement and the roving tab stop.
  const freeByColumn = columns.map((c) => {
    if (!c.onBookAt) return [];
    const busy = [
      ...placeSessions(c.sessions, c.date, zone)
        .filter((p) => ACTIVE_STATUSES.includes(p.session.status))
        .map((p): MinuteRange => [p.start, Math.max(p.end, p.blockedEnd)]),
      ...c.timeOff.map((off) => off.range),
    ];
    return freeCellMinutes(c.working, busy, slotStep, c.highlight && nowMinute !== null ? nowMinute : -1);
  });
  const firstCell = freeByColumn.findIndex((f) => f.length > 0);
  const [active, setActive] = useState<string | null>(null);
  const activeExists = active !== null && freeByColumn.some((f, i) => f.some((m) => cellId(i, m) === active));
  const tabStop = activeExists ? active : firstCell >= 0 ? cellId(firstCell, freeByColumn[firstCell]![0]!) : null;

  const focusCell = (columnIndex: number, minute: number) => {
    const id = cellId(columnIndex, minute);
    setActive(id);
    gridRef.current?.querySelector<HTMLElement>(`[data-cell="${id}"]`)?.focus();
  };

  const onCellKey = (event: KeyboardEvent, columnIndex: number, minute: number) => {
    const here = freeByColumn[columnIndex]!;
    const at = here.indexOf(minute);
    const nearest = (list: number[]) => list.reduce((best, m) => (Math.abs(m - minute) < Math.abs(best - minute) ? m : best), list[0]!);
    let target: [number, number] | null = null;
    if (event.key === 'ArrowDown' && at < here.length - 1) target = [columnIndex, here[at + 1]!];
    else if (event.key === 'ArrowUp' && at > 0) target = [columnIndex, here[at - 1]!];
    else if (event.key === 'Home') target = [columnIndex, here[0]!];
    else if (event.key === 'End') target = [columnIndex, here[here.length - 1]!];
    else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const step = event.key === 'ArrowRight' ? 1 : -1;
      for (let i = columnIndex + step; i >= 0 && i < columns.length; i += step) {
        if (freeByColumn[i]!.length) {
          target = [i, nearest(freeByColumn[i]!)];
          break;
        }
      }
    } else return;
    event.preventDefault();
    if (target) focusCell(...target);
  };

  // ---- dragging a session -------------------------------------------------------------------
  const updateDrag = (next: Drag | null) => {
    dragRef.current = next;
    setDrag(next);
  };

  /** The column under the pointer and the slot-step minute the session's top would land on. */
  const dropAt = (clientX: number, clientY: number, grab: number): { columnKey: string; minute: number } | null => {
    for (const c of columns) {
      const el = columnRefs.current.get(c.key);
      const rect = el?.getBoundingClientRect();
      if (!rect || clientX < rect.left || clientX >= rect.right) continue;
      const pointerMinute = startMin + (clientY - rect.top) / PX_PER_MIN;
      const minute = snapToStep(pointerMinute - grab + slotStep / 2, slotStep); // the nearest step
      return { columnKey: c.key, minute: Math.max(0, Math.min(1440 - slotStep, minute)) };
    }
    return null;
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>, placed: { session: Session; start: number; end: number }) => {
    if (event.button !== 0 || !onMoveSession || !canMove?.(placed.session) || dragRef.current?.pending) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const column = columns.find((c) => c.sessions.some((s) => s.id === placed.session.id));
    if (!column) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    updateDrag({
      session: placed.session,
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      grab: (event.clientY - rect.top) / PX_PER_MIN,
      duration: placed.end - placed.start,
      moved: false,
      columnKey: column.key,
      minute: placed.start,
      pending: false,
    });
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const current = dragRef.current;
    if (!current || current.pending || event.pointerId !== current.pointerId) return;
    const distance = Math.hypot(event.clientX - current.startX, event.clientY - current.startY);
    if (!current.moved && distance < DRAG_THRESHOLD_PX) return;
    const at = dropAt(event.clientX, event.clientY, current.grab);
    if (!current.moved) setRefusal(null);
    updateDrag({ ...current, moved: true, ...(at ?? {}) });
  };

  const onPointerUp = async (event: PointerEvent<HTMLElement>) => {
    const current = dragRef.current;
    if (!current || current.pending || event.pointerId !== current.pointerId) return;
    if (!current.moved) {
      updateDrag(null); // a plain click: the card's onClick opens the session
      return;
    }
    // The click that follows a drop (if the browser sends one) is not an "open".
    swallowClick.current = true;
    setTimeout(() => (swallowClick.current = false), 0);
    const column = columns.find((c) => c.key === current.columnKey);
    const original = columns.find((c) => c.sessions.some((s) => s.id === current.session.id));
    const unchanged =
      column &&
      original &&
      column.therapistId === original.therapistId &&
      column.date === original.date &&
      placeSessions([current.session], original.date, zone)[0]?.start === current.minute;
    if (!column || unchanged || !onMoveSession) {
      updateDrag(null);
      return;
    }
    updateDrag({ ...current, pending: true });
    const refused = await onMoveSession(current.session, { column, minute: current.minute });
    if (refused) setRefusal({ columnKey: column.key, minute: current.minute, error: refused });
    updateDrag(null);
  };

  const onPointerCancel = () => {
    if (dragRef.current && !dragRef.current.pending) updateDrag(null);
  };

  const dragging = drag?.moved ? drag : null;
  let groupStart = 2;

  return (
    <Box
      sx={{
        overflowX: 'auto',
        // Its width comes from the page, never from the columns: a wide week scrolls here, not the page.
        contain: 'inline-size',
        border: 1,
        borderColor: 'divider',
        borderRadius: 2,
        bgcolor: 'background.paper',
        position: 'relative',
      }}
      data-testid="schedule-grid"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && dragRef.current && !dragRef.current.pending) updateDrag(null);
      }}
    >
      <Box ref={gridRef} sx={{ display: 'grid', gridTemplateColumns: template, minWidth: 52 + columns.length * minColumnWidth }}>
        <Box
          sx={{
            gridColumn: 1,
            gridRow: `1 / span ${headerRows}`,
            borderBottom: 1,
            borderColor: 'divider',
            bgcolor: '#f8fafa',
            position: 'sticky',
            left: 0,
            zIndex: 8,
          }}
        />
        {groups?.map((g) => {
          const span = columns.filter((c) => c.group === g.key).length;
          const from = groupStart;
          groupStart += span;
          if (!span) return null;
          const today = columns.some((c) => c.group === g.key && c.highlight);
          return (
            <Box
              key={g.key}
              sx={{
                gridColumn: `${from} / span ${span}`,
                gridRow: 1,
                borderLeft: 2,
                borderColor: '#c9d3d6',
                px: 1,
                pt: 0.5,
                bgcolor: today ? '#e6f2f1' : '#f8fafa',
                minWidth: 0,
              }}
            >
              {g.header}
            </Box>
          );
        })}
        {columns.map((c, i) => (
          <Box
            key={c.key}
            sx={{
              gridColumn: i + 2,
              gridRow: headerRows,
              borderBottom: 1,
              borderLeft: firstOfGroup(columns, i) ? 2 : 1,
              borderLeftColor: firstOfGroup(columns, i) ? '#c9d3d6' : 'divider',
              borderBottomColor: 'divider',
              px: 1,
              py: groups?.length ? 0.25 : 0.75,
              bgcolor: c.highlight ? '#e6f2f1' : '#f8fafa',
              minWidth: 0,
            }}
          >
            {c.header}
          </Box>
        ))}

        {/* time axis, kept in view when the grid scrolls sideways */}
        <Box
          sx={{ gridColumn: 1, gridRow: headerRows + 1, position: 'sticky', left: 0, zIndex: 7, height, bgcolor: 'background.paper' }}
          aria-hidden
        >
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

        {columns.map((c, i) => (
          <DayColumn
            key={c.key}
            index={i}
            gridRow={headerRows + 1}
            strongBorder={firstOfGroup(columns, i)}
            columnRef={(el) => {
              if (el) columnRefs.current.set(c.key, el);
              else columnRefs.current.delete(c.key);
            }}
            column={c}
            free={freeByColumn[i]!}
            tabStop={tabStop}
            onCellFocus={(m) => setActive(cellId(i, m))}
            onCellKey={(e, m) => onCellKey(e, i, m)}
            startMin={startMin}
            height={height}
            zone={zone}
            slotStep={slotStep}
            showTherapist={showTherapist}
            nowMinute={c.highlight ? nowMinute : null}
            onOpenSession={(s) => {
              if (swallowClick.current) {
                swallowClick.current = false;
                return;
              }
              onOpenSession(s);
            }}
            dragging={dragging}
            refusal={refusal?.columnKey === c.key ? refusal : null}
            refusalOnLeft={i > columns.length / 2}
            onDismissRefusal={() => setRefusal(null)}
            cardHandlers={{ onPointerDown, onPointerMove, onPointerUp, onPointerCancel }}
            canMove={onMoveSession ? canMove : undefined}
          />
        ))}
      </Box>
    </Box>
  );
}

function firstOfGroup(columns: GridColumn[], i: number): boolean {
  return i > 0 && columns[i]!.group !== undefined && columns[i]!.group !== columns[i - 1]!.group;
}

interface CardHandlers {
  onPointerDown: (event: PointerEvent<HTMLElement>, placed: { session: Session; start: number; end: number }) => void;
  onPointerMove: (event: PointerEvent<HTMLElement>) => void;
  onPointerUp: (event: PointerEvent<HTMLElement>) => void;
  onPointerCancel: () => void;
}

function DayColumn({
  index,
  gridRow,
  strongBorder,
  columnRef,
  column,
  free,
  tabStop,
  onCellFocus,
  onCellKey,
  startMin,
  height,
  zone,
  slotStep,
  showTherapist,
  nowMinute,
  onOpenSession,
  dragging,
  refusal,
  refusalOnLeft,
  onDismissRefusal,
  cardHandlers,
  canMove,
}: {
  index: number;
  gridRow: number;
  strongBorder: boolean;
  columnRef: (el: HTMLDivElement | null) => void;
  column: GridColumn;
  free: number[];
  tabStop: string | null;
  onCellFocus: (minute: number) => void;
  onCellKey: (event: KeyboardEvent, minute: number) => void;
  startMin: number;
  height: number;
  zone: string;
  slotStep: number;
  showTherapist: boolean;
  nowMinute: number | null;
  onOpenSession: (session: Session) => void;
  dragging: Drag | null;
  refusal: Refusal | null;
  refusalOnLeft: boolean;
  onDismissRefusal: () => void;
  cardHandlers: CardHandlers;
  canMove?: (session: Session) => boolean;
}) {
  const placed = placeSessions(column.sessions, column.date, zone);
  const hourLine = 60 * PX_PER_MIN;
  const cellName = (m: number) => `Book ${column.label} at ${formatMinutes(m)}`;

  return (
    <Box
      ref={columnRef}
      role="region"
      aria-label={column.label}
      data-column={column.key}
      sx={{
        gridColumn: index + 2,
        gridRow,
        position: 'relative',
        height,
        borderLeft: strongBorder ? 2 : 1,
        borderColor: strongBorder ? '#c9d3d6' : 'divider',
        // Outside working hours: a quiet grey; hour and half-hour lines drawn by the background.
        bgcolor: '#f1f4f5',
        backgroundImage: `repeating-linear-gradient(to bottom, #e3e8ea 0, #e3e8ea 1px, transparent 1px, transparent ${hourLine / 2}px, #eef1f2 ${hourLine / 2}px, #eef1f2 ${hourLine / 2 + 1}px, transparent ${hourLine / 2 + 1}px, transparent ${hourLine}px)`,
        minWidth: 0,
      }}
    >
      {column.working.map(([s, e]) => (
        <Box
          key={`w${s}`}
          aria-hidden
          sx={{
            position: 'absolute',
            left: 0,
            right: 0,
            top: (s - startMin) * PX_PER_MIN,
            height: (e - s) * PX_PER_MIN,
            bgcolor: '#ffffff',
            backgroundImage: `repeating-linear-gradient(to bottom, #e8edef 0, #e8edef 1px, transparent 1px, transparent ${hourLine}px)`,
            backgroundPosition: `0 ${((((startMin - s) * PX_PER_MIN) % hourLine) + hourLine) % hourLine}px`,
          }}
        />
      ))}
      {column.emptyNote && (
        <Typography
          variant="caption"
          color="text.secondary"
          sx={{ position: 'absolute', top: 8, left: 4, right: 4, textAlign: 'center', fontWeight: 600 }}
        >
          {column.emptyNote}
        </Typography>
      )}
      {column.onBookAt &&
        free.map((m) => {
          const id = cellId(index, m);
          return (
            <Box
              key={m}
              component="button"
              type="button"
              data-cell={id}
              data-minute={m}
              aria-label={cellName(m)}
              tabIndex={tabStop === id ? 0 : -1}
              onFocus={() => onCellFocus(m)}
              onKeyDown={(e: KeyboardEvent) => onCellKey(e, m)}
              onClick={() => column.onBookAt?.(m)}
              sx={{
                position: 'absolute',
                left: 0,
                right: 0,
                top: (m - startMin) * PX_PER_MIN,
                height: slotStep * PX_PER_MIN,
                p: 0,
                m: 0,
                border: 0,
                bgcolor: 'transparent',
                cursor: 'copy',
                zIndex: 1,
                display: 'flex',
                alignItems: 'center',
                pl: 0.75,
                font: 'inherit',
                fontSize: 11,
                fontWeight: 600,
                color: 'primary.dark',
                '& > span': { visibility: 'hidden' },
                '&:hover': { bgcolor: '#e6f2f1', '& > span': { visibility: 'visible' } },
                '&:focus-visible': {
                  outline: '2px solid #0f6b66',
                  outlineOffset: -2,
                  bgcolor: '#e6f2f1',
                  zIndex: 4,
                  '& > span': { visibility: 'visible' },
                },
              }}
            >
              <span aria-hidden>+ {formatMinutes(m)}</span>
            </Box>
          );
        })}
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
            zIndex: 1,
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
        <SessionCard
          key={p.session.id}
          placed={p}
          startMin={startMin}
          zone={zone}
          showTherapist={showTherapist}
          onOpen={onOpenSession}
          movable={canMove?.(p.session) ?? false}
          lifted={dragging?.session.id === p.session.id}
          handlers={cardHandlers}
        />
      ))}
      {dragging && dragging.columnKey === column.key && (
        <Box
          aria-hidden
          data-testid="drop-preview"
          sx={{
            position: 'absolute',
            left: 3,
            right: 3,
            top: (dragging.minute - startMin) * PX_PER_MIN,
            height: Math.max(dragging.duration * PX_PER_MIN, 24),
            border: '2px dashed #0f6b66',
            borderRadius: 1,
            bgcolor: 'rgba(230, 242, 241, 0.85)',
            zIndex: 6,
            pointerEvents: 'none',
            px: 0.75,
            fontSize: 12,
            fontWeight: 700,
            color: 'primary.dark',
            fontVariantNumeric: 'tabular-nums',
          }}
        >
          {formatMinutes(dragging.minute)}–{formatMinutes(dragging.minute + dragging.duration)}
          {dragging.pending ? ' · moving…' : ''}
        </Box>
      )}
      {refusal && (
        <Box
          role="alert"
          data-testid="move-refusal"
          sx={{
            position: 'absolute',
            top: Math.max(0, (refusal.minute - startMin) * PX_PER_MIN),
            ...(refusalOnLeft ? { right: 4 } : { left: 4 }),
            width: 260,
            zIndex: 9,
            bgcolor: '#fdecea',
            color: '#5f2120',
            border: '1px solid #d32f2f',
            borderRadius: 1,
            boxShadow: '0 4px 14px rgba(16, 42, 51, 0.25)',
            p: 1,
            pr: 4,
            fontSize: 13,
            lineHeight: 1.35,
          }}
        >
          <Box component="strong" sx={{ display: 'block', mb: 0.25 }}>
            {refusal.error.title}
          </Box>
          {refusal.error.lines.map((line) => (
            <Box component="span" key={line} sx={{ display: 'block' }}>
              {line}
            </Box>
          ))}
          <IconButton size="small" aria-label="Dismiss" onClick={onDismissRefusal} sx={{ position: 'absolute', top: 2, right: 2 }}>
            <CloseIcon fontSize="small" />
          </IconButton>
        </Box>
      )}
    </Box>
  );
}

function SessionCard({
  placed,
  startMin,
  zone,
  showTherapist,
  onOpen,
  movable,
  lifted,
  handlers,
}: {
  placed: ReturnType<typeof placeSessions>[number];
  startMin: number;
  zone: string;
  showTherapist: boolean;
  onOpen: (session: Session) => void;
  movable: boolean;
  lifted: boolean;
  handlers: CardHandlers;
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
            zIndex: 2,
            pointerEvents: 'none',
          }}
        />
      )}
      <ButtonBase
        onClick={() => onOpen(session)}
        aria-label={label}
        data-session-id={session.id}
        data-status={session.status}
        onPointerDown={(e) => handlers.onPointerDown(e, placed)}
        onPointerMove={handlers.onPointerMove}
        onPointerUp={handlers.onPointerUp}
        onPointerCancel={handlers.onPointerCancel}
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
          opacity: lifted ? 0.45 : dimmed ? 0.85 : 1,
          boxShadow: '0 1px 2px rgba(16, 42, 51, 0.08)',
          transition: 'box-shadow 120ms',
          cursor: movable ? 'grab' : 'pointer',
          touchAction: movable ? 'none' : 'auto',
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
          {/* A short card keeps room for the name: its start only, then who. */}
          {(lanes > 1 && showTherapist) || lines < 2 ? hhmm(session.startsAt, zone) : range}
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
