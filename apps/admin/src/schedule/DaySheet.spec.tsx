import { render, screen, within } from '@testing-library/react';
import { DaySheet, DaySheetContent } from './DaySheet';
import type { Session } from './api';

const zone = 'America/New_York';

function session(id: string, therapistId: string, startsAt: string, patient: string, extra: Partial<Session> = {}): Session {
  const endsAt = new Date(Date.parse(startsAt) + 3_600_000).toISOString();
  return {
    id,
    startsAt,
    endsAt,
    blockedUntil: endsAt,
    status: 'BOOKED',
    notes: '',
    seriesId: null,
    lateCancel: false,
    cancelReason: null,
    overrideReason: null,
    confirmedAt: null,
    patient: { id: `p-${id}`, name: patient, dateOfBirth: '1980-01-01', complaintRegion: 'LOWER_BACK', clearanceStatus: 'NOT_REQUIRED' },
    therapist: { id: therapistId, userId: `u-${therapistId}`, displayName: therapistId === 't1' ? 'Maya Chen' : 'Sam Okafor' },
    serviceType: { id: 's1', name: 'Deep tissue (60 min)', modality: 'DEEP_TISSUE', durationMinutes: 60, bufferMinutes: 15 },
    room: { id: 'r1', name: 'Room 2' },
    ...extra,
  };
}

const therapists = [
  { id: 't1', displayName: 'Maya Chen' },
  { id: 't2', displayName: 'Sam Okafor' },
];
const sessions = [
  // 13:00Z is 09:00 in New York in June
  session('b', 't1', '2027-06-03T15:00:00.000Z', 'Ben Carter', { confirmedAt: '2027-06-02T10:00:00.000Z' }),
  session('a', 't1', '2027-06-03T13:00:00.000Z', 'Alice Martinez', { notes: 'First visit' }),
  session('c', 't1', '2027-06-03T17:00:00.000Z', 'Chloe Nguyen', { status: 'CANCELLED', cancelReason: 'Unwell' }),
];

describe('day sheet', () => {
  it('lists each therapist’s day in order, on the clinic clock, one section (page) each', () => {
    render(<DaySheetContent clinicName="Riverside Back Care" zone={zone} date="2027-06-03" therapists={therapists} sessions={sessions} />);
    const maya = screen.getByRole('region', { name: 'Day sheet for Maya Chen' });
    expect(within(maya).getByRole('heading', { name: /Maya Chen — / })).toBeInTheDocument();
    expect(within(maya).getByText(/Riverside Back Care · times in America\/New York · 2 sessions/)).toBeInTheDocument();
    const rows = within(maya).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['09:00–10:00', '11:00–12:00', '13:00–14:00']);
    expect(rows[0]).toHaveTextContent('Alice Martinez');
    expect(rows[0]).toHaveTextContent('First visit');
    expect(rows[1]).toHaveTextContent('Booked, confirmed');
    expect(rows[2]).toHaveTextContent('Cancelled');
    expect(rows[2]).toHaveTextContent('Unwell');
    // Every section but the last starts a new printed page
    expect(maya).toHaveStyle({ breakAfter: 'page' });
    const sam = screen.getByRole('region', { name: 'Day sheet for Sam Okafor' });
    expect(within(sam).getByText('No sessions.')).toBeInTheDocument();
  });

  it('prints only the sheet: the print stylesheet hides the app and the dialog’s buttons', () => {
    render(
      <DaySheet
        open
        onClose={() => undefined}
        clinicName="Riverside"
        zone={zone}
        date="2027-06-03"
        therapists={therapists}
        sessions={sessions}
      />,
    );
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
    // Emotion inserts its rules through the CSSOM: read them back from the document's style sheets
    const css = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    expect(css).toMatch(/@media print/);
    expect(css).toMatch(/#root\s*\{\s*display:\s*none\s*!important/);
    expect(css).toMatch(/\.day-sheet-actions/);
  });
});
