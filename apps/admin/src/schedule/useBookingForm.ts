// The booking dialog's state as one reducer: what is chosen, the submission in flight, and the booking an
// overlap refused (kept so "Book anyway…" retries exactly it). Changing anything the free times depend
// on drops the chosen time, so a stale slot is never booked.
import { SERIES_LIMIT } from '@backtrack/domain';
import { useReducer } from 'react';
import type { RepeatFrequency } from '../graphql/graphql';
import type { FriendlyError } from '../shared/errors';
import type { IsoDate } from '../shared/time';
import type { BookSessionInput, PatientOption, RepeatInput, Slot } from './api';

export interface RefusedBooking {
  input: BookSessionInput;
  repeat: RepeatInput | null;
  summary: string | null;
}

export interface BookingForm {
  patient: PatientOption | null;
  therapistId: string;
  serviceTypeId: string;
  roomId: string;
  date: IsoDate;
  slot: Slot | null;
  /** The owner's exact "HH:MM", when not one of the free times. */
  customTime: string;
  notes: string;
  repeat: boolean;
  frequency: RepeatFrequency;
  interval: number;
  count: number;
  busy: boolean;
  error: FriendlyError | null;
  /** Set only when an owner may book the refused attempt anyway. */
  refused: RefusedBooking | null;
  overriding: boolean;
  /** Bumped after a refusal: the free times are refetched. */
  slotsVersion: number;
}

export type BookingAction =
  | { type: 'patient'; patient: PatientOption | null }
  | { type: 'therapist'; therapistId: string }
  | { type: 'service'; serviceTypeId: string }
  | { type: 'room'; roomId: string }
  | { type: 'date'; date: IsoDate }
  | { type: 'slot'; slot: Slot | null; customTime?: string }
  | { type: 'repeat'; patch: Partial<Pick<BookingForm, 'repeat' | 'frequency' | 'interval' | 'count'>> }
  | { type: 'notes'; notes: string }
  | { type: 'submit' }
  | { type: 'refused'; error: FriendlyError; refused: RefusedBooking | null }
  | { type: 'settled' }
  | { type: 'override'; open: boolean };

export function initialBookingForm(init: { date: IsoDate; therapistId: string; patient: PatientOption | null }): BookingForm {
  return {
    patient: init.patient,
    therapistId: init.therapistId,
    serviceTypeId: '',
    roomId: '',
    date: init.date,
    slot: null,
    customTime: '',
    notes: '',
    repeat: false,
    frequency: 'WEEKLY',
    interval: 1,
    count: 6,
    busy: false,
    error: null,
    refused: null,
    overriding: false,
    slotsVersion: 0,
  };
}

const withoutTime = { slot: null, customTime: '', error: null, refused: null } as const;

export function bookingReducer(state: BookingForm, action: BookingAction): BookingForm {
  switch (action.type) {
    case 'patient':
      return { ...state, ...withoutTime, patient: action.patient };
    case 'therapist':
      return { ...state, ...withoutTime, therapistId: action.therapistId };
    case 'service':
      return { ...state, ...withoutTime, serviceTypeId: action.serviceTypeId };
    case 'room':
      return { ...state, ...withoutTime, roomId: action.roomId };
    case 'date':
      return { ...state, ...withoutTime, date: action.date };
    case 'slot':
      return { ...state, slot: action.slot, customTime: action.customTime ?? '', error: null, refused: null };
    case 'repeat':
      return { ...state, ...action.patch };
    case 'notes':
      return { ...state, notes: action.notes };
    case 'submit':
      return { ...state, busy: true, error: null };
    case 'refused':
      return { ...state, slot: null, customTime: '', error: action.error, refused: action.refused, slotsVersion: state.slotsVersion + 1 };
    case 'settled':
      return { ...state, busy: false, overriding: false };
    case 'override':
      return { ...state, overriding: action.open };
  }
}

const inSeriesRange = (n: number) => Number.isInteger(n) && n >= 1 && n <= SERIES_LIMIT;

/** What the form allows now: a patient without a clearance block, a therapist, a service, a time, and a valid repeat. */
export function bookingValidity(state: BookingForm) {
  const needsClearance = state.patient?.clearanceStatus === 'NEEDS_MEDICAL_CLEARANCE';
  const countValid = inSeriesRange(state.count);
  const intervalValid = inSeriesRange(state.interval);
  const canSubmit = Boolean(
    state.patient &&
    state.therapistId &&
    state.serviceTypeId &&
    state.slot &&
    !needsClearance &&
    (!state.repeat || (countValid && intervalValid)),
  );
  return { needsClearance, countValid, intervalValid, canSubmit };
}

export function useBookingForm(init: Parameters<typeof initialBookingForm>[0]) {
  return useReducer(bookingReducer, init, initialBookingForm);
}
