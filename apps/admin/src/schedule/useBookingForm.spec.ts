import type { PatientOption, Slot } from './api';
import { bookingReducer, bookingValidity, initialBookingForm, type BookingForm } from './useBookingForm';

const alice: PatientOption = {
  id: 'p1',
  name: 'Alice Martinez',
  dateOfBirth: '1978-04-12',
  complaintRegion: 'LOWER_BACK',
  clearanceStatus: 'NOT_REQUIRED',
};
const ben: PatientOption = { ...alice, id: 'p2', name: 'Ben Carter', clearanceStatus: 'NEEDS_MEDICAL_CLEARANCE' };
const nine: Slot = { startsAt: '2026-12-08T14:00:00.000Z', endsAt: '2026-12-08T15:00:00.000Z' };
const refusal = { title: 'That time is no longer free', lines: [], overlapOnly: true };

const ready = (): BookingForm => ({
  ...initialBookingForm({ date: '2026-12-08', therapistId: 't1', patient: alice }),
  serviceTypeId: 's1',
  slot: nine,
});

describe('booking form reducer', () => {
  it.each([
    { type: 'patient', patient: alice },
    { type: 'therapist', therapistId: 't2' },
    { type: 'service', serviceTypeId: 's2' },
    { type: 'room', roomId: 'r1' },
    { type: 'date', date: '2026-12-09' },
  ] as const)('drops the chosen time, the error and the refused booking on $type', (action) => {
    const refused = { ...ready(), customTime: '09:30', error: refusal, refused: { input: {} as never, repeat: null, summary: null } };
    const next = bookingReducer(refused, action);
    expect(next).toMatchObject({ slot: null, customTime: '', error: null, refused: null });
  });

  it('keeps the time when only notes or the repeat change', () => {
    let state = bookingReducer(ready(), { type: 'notes', notes: 'Prefers the Cedar room' });
    state = bookingReducer(state, { type: 'repeat', patch: { repeat: true, count: 4 } });
    expect(state).toMatchObject({ slot: nine, notes: 'Prefers the Cedar room', repeat: true, count: 4 });
  });

  it('after a refusal clears the time, keeps what may be booked anyway, and asks for fresh free times', () => {
    const busy = bookingReducer(ready(), { type: 'submit' });
    expect(busy.busy).toBe(true);
    const refused = {
      input: { patientId: 'p1', therapistId: 't1', serviceTypeId: 's1', startsAt: nine.startsAt, idempotencyKey: 'k1' },
      repeat: null,
      summary: 'Tue 8 Dec',
    };
    const after = bookingReducer(bookingReducer(busy, { type: 'refused', error: refusal, refused }), { type: 'settled' });
    expect(after).toMatchObject({ busy: false, slot: null, error: refusal, refused, slotsVersion: busy.slotsVersion + 1 });
    // Picking another time forgets the refused booking: "Book anyway…" must not book the old one.
    expect(bookingReducer(after, { type: 'slot', slot: nine })).toMatchObject({ slot: nine, error: null, refused: null });
  });

  it('keeps an owner’s exact time with the slot it stands for', () => {
    const slot = { startsAt: '2026-12-08T14:30:00.000Z', endsAt: '2026-12-08T15:30:00.000Z' };
    expect(bookingReducer(ready(), { type: 'slot', slot, customTime: '09:30' })).toMatchObject({ slot, customTime: '09:30' });
  });
});

describe('booking form validity', () => {
  it('needs a patient, a therapist, a service and a time', () => {
    expect(bookingValidity(ready()).canSubmit).toBe(true);
    expect(bookingValidity({ ...ready(), patient: null }).canSubmit).toBe(false);
    expect(bookingValidity({ ...ready(), serviceTypeId: '' }).canSubmit).toBe(false);
    expect(bookingValidity({ ...ready(), slot: null }).canSubmit).toBe(false);
  });

  it('refuses a patient who needs medical clearance', () => {
    expect(bookingValidity({ ...ready(), patient: ben })).toMatchObject({ needsClearance: true, canSubmit: false });
  });

  it.each([
    [1, 1, true],
    [52, 52, true],
    [0, 1, false],
    [53, 1, false],
    [NaN, 1, false],
    [6, 1.5, false],
  ])('a series of %p every %p is valid: %p', (count, interval, valid) => {
    expect(bookingValidity({ ...ready(), repeat: true, count, interval }).canSubmit).toBe(valid);
  });

  it('ignores the repeat fields when not repeating', () => {
    expect(bookingValidity({ ...ready(), repeat: false, count: 0 }).canSubmit).toBe(true);
  });
});
