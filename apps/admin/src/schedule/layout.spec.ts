import type { Therapist } from '../shared/catalog';
import type { Session } from './api';
import { freeCellMinutes, snapToStep, therapistsOnDay } from './layout';

const zone = 'America/New_York';

function therapist(id: string, displayName: string, workingHours: Therapist['workingHours']): Therapist {
  return { id, userId: `u-${id}`, displayName, credentials: '', modalities: [], active: true, workingHours, timeOff: [] } as Therapist;
}

function session(therapistId: string, startsAt: string): Session {
  const endsAt = new Date(Date.parse(startsAt) + 3_600_000).toISOString();
  return {
    id: `s-${therapistId}-${startsAt}`,
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
    patient: {
      id: 'p1',
      name: 'Alice Martinez',
      dateOfBirth: '1980-01-01',
      complaintRegion: 'LOWER_BACK',
      clearanceStatus: 'NOT_REQUIRED',
    },
    therapist: { id: therapistId, userId: `u-${therapistId}`, displayName: therapistId },
    serviceType: { id: 's1', name: 'Deep tissue (60 min)', modality: 'DEEP_TISSUE', durationMinutes: 60, bufferMinutes: 0 },
    room: null,
  };
}

// Maya works weekdays and Saturday morning, Sam weekdays only (the demo clinic's hours).
const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));
const maya = therapist('maya', 'Maya Chen', [...weekdays('09:00', '12:30'), { weekday: 6, start: '09:00', end: '13:00' }]);
const sam = therapist('sam', 'Sam Okafor', weekdays('10:00', '18:00'));

describe('columns of the week view', () => {
  it('gives a column on a day only to the therapists who work it', () => {
    expect(therapistsOnDay([maya, sam], '2026-12-15', zone, []).map((t) => t.id)).toEqual(['maya', 'sam']); // Tuesday
    expect(therapistsOnDay([maya, sam], '2026-12-19', zone, []).map((t) => t.id)).toEqual(['maya']); // Saturday
    expect(therapistsOnDay([maya, sam], '2026-12-20', zone, [])).toEqual([]); // Sunday
  });

  it('keeps a column for a therapist off that day who still has a session then, so nothing is hidden', () => {
    const saturday = session('sam', '2026-12-19T15:00:00.000Z'); // 10:00 in New York
    expect(therapistsOnDay([maya, sam], '2026-12-19', zone, [saturday]).map((t) => t.id)).toEqual(['maya', 'sam']);
    // A session on another day does not count.
    expect(therapistsOnDay([maya, sam], '2026-12-20', zone, [saturday])).toEqual([]);
  });
});

describe('free cells of a column', () => {
  it('offers every slot step inside working time, not under a session (buffer included) nor before now', () => {
    const working: [number, number][] = [
      [540, 720],
      [810, 900],
    ];
    expect(freeCellMinutes(working, [[600, 675]], 30)).toEqual([540, 570, 690, 810, 840, 870]);
    expect(freeCellMinutes(working, [], 30, 700)).toEqual([810, 840, 870]);
  });

  it('starts on the first whole step inside a block and drops a step that would run past its end', () => {
    expect(freeCellMinutes([[550, 640]], [], 30)).toEqual([570, 600]);
  });

  it('rounds a dropped or clicked minute down to the clinic’s slot step', () => {
    expect(snapToStep(617, 15)).toBe(615);
    expect(snapToStep(629, 30)).toBe(600);
    expect(snapToStep(600, 60)).toBe(600);
  });
});
