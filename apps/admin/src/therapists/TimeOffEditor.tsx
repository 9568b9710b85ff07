// Time off (holidays, training, sick days) as clinic-local start and end; no booking can fall inside.
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Alert, Box, Button, Card, CardContent, IconButton, List, ListItem, ListItemText, TextField, Typography } from '@mui/material';
import { localToInstant, parseLocalDate } from '@backtrack/domain';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { useNotify } from 'react-admin';
import { graphql } from '../graphql';
import { callMutation } from '../providers/graphqlClient';
import { toApiError } from '../providers/graphqlErrors';
import { withoutFieldPrefix } from '../shared/errors';
import type { TimeOff } from '../shared/catalog';

const ADD = graphql(`
  mutation addTimeOff($therapistId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $reason: String) {
    addTimeOff(therapistId: $therapistId, startsAt: $startsAt, endsAt: $endsAt, reason: $reason) {
      id
    }
  }
`);
const REMOVE = graphql(`
  mutation removeTimeOff($id: ID!) {
    removeTimeOff(id: $id) {
      id
    }
  }
`);

export function describeTimeOff(off: TimeOff, zone: string): string {
  const start = DateTime.fromISO(off.startsAt, { zone });
  const end = DateTime.fromISO(off.endsAt, { zone });
  const allDays = start.hour === 0 && start.minute === 0 && end.hour === 0 && end.minute === 0;
  if (allDays) {
    const last = end.minus({ days: 1 });
    return last.hasSame(start, 'day')
      ? start.toFormat('ccc d LLL yyyy')
      : `${start.toFormat('ccc d LLL')} – ${last.toFormat('ccc d LLL yyyy')}`;
  }
  return start.hasSame(end, 'day')
    ? `${start.toFormat('ccc d LLL yyyy, HH:mm')}–${end.toFormat('HH:mm')}`
    : `${start.toFormat('ccc d LLL, HH:mm')} – ${end.toFormat('ccc d LLL yyyy, HH:mm')}`;
}

export function TimeOffEditor({
  therapistId,
  timeOff,
  zone,
  readOnly,
  onChanged,
}: {
  therapistId: string;
  timeOff: TimeOff[];
  zone: string;
  readOnly?: boolean;
  onChanged: () => void;
}) {
  const notify = useNotify();
  const today = DateTime.now().setZone(zone).toISODate()!;
  const [from, setFrom] = useState(today);
  const [until, setUntil] = useState(today);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const invalid = !from || !until || until < from;

  const add = async () => {
    if (invalid || busy) return;
    setBusy(true);
    setError(null);
    try {
      // Whole days in the clinic's zone: from the first day's midnight to the midnight after the last.
      await callMutation(ADD, {
        therapistId,
        startsAt: new Date(localToInstant(parseLocalDate(from), '00:00', zone)).toISOString(),
        endsAt: new Date(localToInstant(parseLocalDate(until), '24:00', zone)).toISOString(),
        reason: reason.trim() || null,
      });
      setReason('');
      notify('Time off added', { type: 'success' });
      onChanged();
    } catch (failure) {
      setError(withoutFieldPrefix(toApiError(failure).message));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (off: TimeOff) => {
    setBusy(true);
    try {
      await callMutation(REMOVE, { id: off.id });
      notify('Time off removed', { type: 'success' });
      onChanged();
    } catch (failure) {
      notify(withoutFieldPrefix(toApiError(failure).message), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card component="section" aria-labelledby="timeoff-heading">
      <CardContent>
        <Typography id="timeoff-heading" variant="h6" component="h2">
          Time off
        </Typography>
        {timeOff.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
            No time off planned.
          </Typography>
        ) : (
          <List dense aria-label="Planned time off">
            {timeOff.map((off) => (
              <ListItem
                key={off.id}
                divider
                secondaryAction={
                  !readOnly && (
                    <IconButton
                      edge="end"
                      aria-label={`Remove time off ${describeTimeOff(off, zone)}`}
                      onClick={() => remove(off)}
                      disabled={busy}
                    >
                      <DeleteIcon />
                    </IconButton>
                  )
                }
              >
                <ListItemText primary={describeTimeOff(off, zone)} secondary={off.reason || undefined} />
              </ListItem>
            ))}
          </List>
        )}
        {!readOnly && (
          <Box
            sx={{
              display: 'grid',
              gap: 1.5,
              gridTemplateColumns: { xs: '1fr 1fr', sm: '150px 150px 1fr auto' },
              alignItems: 'start',
              mt: 1.5,
            }}
          >
            <TextField
              label="First day"
              type="date"
              size="small"
              value={from}
              onChange={(e) => {
                setFrom(e.target.value);
                if (e.target.value > until) setUntil(e.target.value);
              }}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              label="Last day"
              type="date"
              size="small"
              value={until}
              onChange={(e) => setUntil(e.target.value)}
              error={invalid}
              helperText={invalid ? 'Not before the first day' : undefined}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: from } }}
            />
            <TextField
              label="Reason (optional)"
              size="small"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              sx={{ gridColumn: { xs: '1 / -1', sm: 'auto' } }}
            />
            <Button variant="outlined" onClick={add} disabled={invalid || busy} sx={{ height: 40 }}>
              Add time off
            </Button>
          </Box>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 1.5 }}>
            {error}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
