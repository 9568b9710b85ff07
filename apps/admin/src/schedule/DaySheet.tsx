// The day sheet: one day's sessions on paper, per therapist (one page each) or for the whole clinic,
// in the clinic's time zone. Shown over the schedule and printed with the browser's print dialog; the
// print stylesheet hides the app around it, so only the sheet reaches the paper.
import PrintIcon from '@mui/icons-material/Print';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  GlobalStyles,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { DateTime } from 'luxon';
import type { Session } from './api';
import { STATUS_LABELS } from '../shared/labels';
import { fullDay, type IsoDate } from '../shared/time';

export interface DaySheetProps {
  open: boolean;
  onClose: () => void;
  clinicName: string;
  zone: string;
  date: IsoDate;
  /** The therapists on the sheet, in column order; each gets its own page. */
  therapists: { id: string; displayName: string }[];
  sessions: Session[];
}

const time = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toFormat('HH:mm');

/** The sheet's content, separate from the dialog so it can be tested and printed as is. */
export function DaySheetContent({ clinicName, zone, date, therapists, sessions }: Omit<DaySheetProps, 'open' | 'onClose'>) {
  const printedAt = DateTime.now().setZone(zone).toFormat('d LLL yyyy HH:mm');
  return (
    <Box className="day-sheet">
      {therapists.map((therapist, i) => {
        const mine = sessions.filter((s) => s.therapist.id === therapist.id).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
        const active = mine.filter((s) => s.status !== 'CANCELLED');
        return (
          <Box
            key={therapist.id}
            component="section"
            aria-label={`Day sheet for ${therapist.displayName}`}
            sx={{ breakAfter: i < therapists.length - 1 ? 'page' : 'auto', mb: 4 }}
          >
            <Typography variant="h6" component="h2">
              {therapist.displayName} — {fullDay(date)}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {clinicName} · times in {zone.replace(/_/g, ' ')} · {active.length} {active.length === 1 ? 'session' : 'sessions'} · printed{' '}
              {printedAt}
            </Typography>
            {mine.length === 0 ? (
              <Typography variant="body2">No sessions.</Typography>
            ) : (
              <Table size="small" aria-label={`Sessions of ${therapist.displayName}`}>
                <TableHead>
                  <TableRow>
                    <TableCell>Time</TableCell>
                    <TableCell>Patient</TableCell>
                    <TableCell>Service</TableCell>
                    <TableCell>Room</TableCell>
                    <TableCell>Status</TableCell>
                    <TableCell>Notes</TableCell>
                    <TableCell className="day-sheet-tick">Seen</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {mine.map((s) => (
                    <TableRow
                      key={s.id}
                      sx={s.status === 'CANCELLED' ? { '& td': { color: 'text.disabled', textDecoration: 'line-through' } } : undefined}
                    >
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        {time(s.startsAt, zone)}–{time(s.endsAt, zone)}
                      </TableCell>
                      <TableCell>
                        {s.patient.name}
                        {s.patient.clearanceStatus === 'NEEDS_MEDICAL_CLEARANCE' ? ' (needs clearance)' : ''}
                      </TableCell>
                      <TableCell>{s.serviceType.name}</TableCell>
                      <TableCell>{s.room?.name ?? '—'}</TableCell>
                      <TableCell>
                        {STATUS_LABELS[s.status]}
                        {s.confirmedAt ? ', confirmed' : ''}
                      </TableCell>
                      <TableCell>{[s.notes, s.cancelReason].filter(Boolean).join(' · ') || ''}</TableCell>
                      <TableCell className="day-sheet-tick" aria-label="Tick when seen">
                        ☐
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Box>
        );
      })}
    </Box>
  );
}

export function DaySheet({ open, onClose, ...sheet }: DaySheetProps) {
  return (
    <Dialog open={open} onClose={onClose} fullScreen aria-labelledby="day-sheet-title">
      {open && (
        // Only the sheet is printed: the app behind the dialog, the dialog's own chrome and its buttons stay on screen.
        <GlobalStyles
          styles={{
            '@media print': {
              '#root': { display: 'none !important' },
              '.MuiDialog-container, .MuiDialog-paper': {
                position: 'static !important',
                overflow: 'visible !important',
                height: 'auto !important',
              },
              '.MuiDialog-root': { position: 'static !important' },
              '.MuiBackdrop-root, .day-sheet-actions, #day-sheet-title': { display: 'none !important' },
              '.MuiDialogContent-root': { overflow: 'visible !important', padding: '0 !important' },
              '@page': { size: 'A4 landscape', margin: '12mm' },
            },
          }}
        />
      )}
      <DialogTitle id="day-sheet-title">Day sheet — {fullDay(sheet.date)}</DialogTitle>
      <DialogContent>
        <DaySheetContent {...sheet} />
      </DialogContent>
      <DialogActions className="day-sheet-actions">
        <Button onClick={onClose}>Close</Button>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
          Print
        </Button>
      </DialogActions>
    </Dialog>
  );
}
