// A therapist's weekly working hours in clinic-local time: several blocks per day (a lunch break is
// two blocks). Saving replaces the whole week with setWorkingHours, called explicitly.
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Alert, Box, Button, Card, CardContent, CircularProgress, IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { wallTimeMinutes } from '@backtrack/domain';
import { graphql } from '../graphql';
import { callMutation } from '../providers/graphqlClient';
import { toApiError } from '../providers/graphqlErrors';
import { withoutFieldPrefix } from '../shared/errors';
import { formatMinutes } from '../shared/time';
import type { WorkingBlock } from '../shared/catalog';
import { WEEKDAY_LABELS } from '../shared/labels';

interface Row extends WorkingBlock {
  key: number;
}

const SET_WORKING_HOURS = graphql(`
  mutation setWorkingHours($therapistId: ID!, $hours: [WorkingBlockInput!]!) {
    setWorkingHours(therapistId: $therapistId, hours: $hours) {
      id
      workingHours {
        weekday
        start
        end
      }
    }
  }
`);

export async function saveWorkingHours(therapistId: string, hours: WorkingBlock[]): Promise<WorkingBlock[]> {
  const data = await callMutation(SET_WORKING_HOURS, { therapistId, hours });
  return data.setWorkingHours.workingHours;
}

const wallMinutes = (time: string) => wallTimeMinutes(time, { allowEndOfDay: true });
// A time input cannot say 24:00: an end of 00:00 means "until midnight".
const toMinutes = (end: string) => (end === '00:00' ? 1440 : wallMinutes(end));
const isWallTime = (time: string) => {
  try {
    wallTimeMinutes(time);
    return true;
  } catch {
    return false;
  }
};
const toApiEnd = (end: string) => (end === '00:00' ? '24:00' : end);
const fromApiEnd = (end: string) => (end === '24:00' ? '00:00' : end);

/** One message per invalid row key: empty times, an end before the start, or overlapping blocks on a day. */
export function validateRows(rows: Row[]): Map<number, string> {
  const problems = new Map<number, string>();
  for (const row of rows) {
    if (!isWallTime(row.start) || !isWallTime(row.end)) problems.set(row.key, 'Enter a start and an end time');
    else if (toMinutes(row.end) <= wallMinutes(row.start)) problems.set(row.key, 'The end must be after the start');
  }
  for (let weekday = 1; weekday <= 7; weekday++) {
    const day = rows
      .filter((r) => r.weekday === weekday && !problems.has(r.key))
      .sort((a, b) => wallMinutes(a.start) - wallMinutes(b.start));
    for (let i = 1; i < day.length; i++) {
      const previous = day[i - 1]!;
      if (wallMinutes(day[i]!.start) < toMinutes(previous.end)) problems.set(day[i]!.key, `Overlaps ${previous.start}–${previous.end}`);
    }
  }
  return problems;
}

export function toHours(rows: Row[]): WorkingBlock[] {
  return (
    [...rows]
      // "HH:MM" sorts by time as text, and a half-typed row must not throw.
      .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
      .map(({ weekday, start, end }) => ({ weekday, start, end: toApiEnd(end) }))
  );
}

let nextKey = 1;
const toRows = (hours: WorkingBlock[]): Row[] => hours.map((h) => ({ ...h, end: fromApiEnd(h.end), key: nextKey++ }));

export function weeklyTotal(hours: WorkingBlock[]): number {
  return hours.reduce((sum, h) => {
    const start = wallMinutes(h.start);
    let end = wallMinutes(h.end);
    if (end <= start) end += 1440;
    return sum + (end - start);
  }, 0);
}

export interface WorkingHoursEditorProps {
  therapistId: string;
  therapistName: string;
  hours: WorkingBlock[];
  zone: string;
  readOnly?: boolean;
  save?: (therapistId: string, hours: WorkingBlock[]) => Promise<WorkingBlock[]>;
  onSaved?: (hours: WorkingBlock[]) => void;
}

export function WorkingHoursEditor({
  therapistId,
  therapistName,
  hours,
  zone,
  readOnly,
  save = saveWorkingHours,
  onSaved,
}: WorkingHoursEditorProps) {
  const [rows, setRows] = useState<Row[]>(() => toRows(hours));
  const [saved, setSaved] = useState<string>(() => JSON.stringify(toHours(toRows(hours))));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const problems = useMemo(() => validateRows(rows), [rows]);
  const dirty = JSON.stringify(toHours(rows)) !== saved;

  const update = (key: number, patch: Partial<Row>) => {
    setMessage(null);
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };
  const add = (weekday: number) => {
    setMessage(null);
    setRows((current) => {
      const day = current.filter((r) => r.weekday === weekday).sort((a, b) => a.start.localeCompare(b.start));
      const last = day[day.length - 1];
      // After the last block, or a usual 09:00–17:00 day.
      const start = last ? Math.min(toMinutes(last.end) + 60, 22 * 60) : 9 * 60;
      const end = last ? Math.min(start + 4 * 60, 23 * 60 + 45) : 17 * 60;
      return [...current, { key: nextKey++, weekday, start: formatMinutes(start), end: formatMinutes(end) }];
    });
  };
  const remove = (key: number) => {
    setMessage(null);
    setRows((current) => current.filter((r) => r.key !== key));
  };
  const copyMondayToWeekdays = () => {
    setMessage(null);
    setRows((current) => {
      const monday = current.filter((r) => r.weekday === 1);
      const kept = current.filter((r) => r.weekday === 1 || r.weekday > 5);
      const copies = [2, 3, 4, 5].flatMap((weekday) => monday.map((r) => ({ ...r, weekday, key: nextKey++ })));
      return [...kept, ...copies];
    });
  };

  const submit = async () => {
    if (problems.size || busy) return;
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const result = await save(therapistId, toHours(rows));
      setSaved(JSON.stringify(toHours(toRows(result))));
      setMessage('Working hours saved. New bookings follow them; existing sessions are not moved.');
      onSaved?.(result);
    } catch (failure) {
      setError(withoutFieldPrefix(toApiError(failure).message));
    } finally {
      setBusy(false);
    }
  };

  const total = weeklyTotal(toHours(rows.filter((r) => !problems.has(r.key))));

  return (
    <Card component="section" aria-labelledby="hours-heading">
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 1 }}>
          <Typography id="hours-heading" variant="h6" component="h2">
            Weekly working hours
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Clinic time ({zone.replace(/_/g, ' ')}) · {Math.round((total / 60) * 10) / 10} h per week
          </Typography>
        </Stack>
        <Box sx={{ display: 'grid' }}>
          {WEEKDAY_LABELS.map((label, index) => {
            const weekday = index + 1;
            const day = rows.filter((r) => r.weekday === weekday);
            return (
              <Box
                key={label}
                role="group"
                aria-label={label}
                sx={{
                  display: 'grid',
                  gridTemplateColumns: { xs: readOnly ? '112px 1fr' : '1fr', sm: '112px 1fr auto' },
                  alignItems: 'start',
                  gap: 1,
                  py: readOnly ? 0.75 : 1.25,
                  borderTop: index ? 1 : 0,
                  borderColor: 'divider',
                }}
              >
                <Typography variant="subtitle2" sx={{ pt: { sm: readOnly ? 0 : 1 }, fontWeight: 700 }}>
                  {label}
                </Typography>
                <Box sx={{ display: 'grid', gap: 1 }}>
                  {day.length === 0 && (
                    <Typography variant="body2" color="text.secondary" sx={{ pt: { sm: readOnly ? 0.25 : 1 } }}>
                      Not working
                    </Typography>
                  )}
                  {day.map((row, i) => {
                    const problem = problems.get(row.key);
                    const name = `${label} block ${i + 1}`;
                    if (readOnly) {
                      return (
                        <Typography key={row.key} variant="body2" sx={{ pt: { sm: 0.25 }, fontVariantNumeric: 'tabular-nums' }}>
                          {row.start}–{row.end === '00:00' ? '24:00' : row.end}
                        </Typography>
                      );
                    }
                    return (
                      <Box key={row.key} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 1 }}>
                        <TextField
                          type="time"
                          size="small"
                          label="From"
                          value={row.start}
                          onChange={(e) => update(row.key, { start: e.target.value })}
                          error={Boolean(problem)}
                          disabled={readOnly}
                          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'aria-label': `${name} start`, step: 300 } }}
                          sx={{ width: 148 }}
                        />
                        <TextField
                          type="time"
                          size="small"
                          label="To"
                          value={row.end}
                          onChange={(e) => update(row.key, { end: e.target.value })}
                          error={Boolean(problem)}
                          helperText={problem}
                          disabled={readOnly}
                          slotProps={{
                            inputLabel: { shrink: true },
                            htmlInput: { 'aria-label': `${name} end`, step: 300 },
                            formHelperText: { role: problem ? 'alert' : undefined } as never,
                          }}
                          sx={{ width: 148, '& .MuiFormHelperText-root': { mx: 0, width: 260 } }}
                        />
                        {!readOnly && (
                          <Tooltip title="Remove these hours">
                            <IconButton
                              aria-label={`Remove ${name} (${row.start}–${row.end})`}
                              onClick={() => remove(row.key)}
                              sx={{ mt: 0.25 }}
                            >
                              <DeleteIcon fontSize="small" />
                            </IconButton>
                          </Tooltip>
                        )}
                      </Box>
                    );
                  })}
                </Box>
                {!readOnly && (
                  <Button
                    size="small"
                    startIcon={<AddIcon />}
                    onClick={() => add(weekday)}
                    aria-label={`Add hours on ${label}`}
                    sx={{ justifySelf: { xs: 'start', sm: 'end' }, mt: { sm: 0.5 } }}
                  >
                    Add hours
                  </Button>
                )}
              </Box>
            );
          })}
        </Box>
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
        {message && (
          <Alert severity="success" sx={{ mt: 1 }} role="status">
            {message}
          </Alert>
        )}
        {!readOnly && (
          <Stack direction="row" sx={{ mt: 2, gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
            <Button
              variant="contained"
              onClick={submit}
              disabled={busy || problems.size > 0 || !dirty}
              startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
            >
              Save working hours
            </Button>
            <Button onClick={copyMondayToWeekdays} disabled={busy}>
              Copy Monday to Tuesday–Friday
            </Button>
            <Button onClick={() => setRows(toRows(JSON.parse(saved) as WorkingBlock[]))} disabled={busy || !dirty}>
              Undo changes
            </Button>
            <Box sx={{ flex: 1 }} />
            {dirty && !problems.size && (
              <Typography variant="body2" color="text.secondary">
                Unsaved changes for {therapistName}
              </Typography>
            )}
            {problems.size > 0 && (
              <Typography variant="body2" color="error">
                Fix the highlighted hours to save
              </Typography>
            )}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
