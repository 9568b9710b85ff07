// The schedule's place in the address: date, view and filters are search parameters
// (#/sessions?date=2026-12-15&view=week&therapist=…&room=…), so a reload or a shared link opens the
// same schedule, and back/forward step through what was looked at. Anything unreadable falls back to
// the default instead of failing: an old link to a since-removed room still opens the schedule.
import { DateTime } from 'luxon';
import type { IsoDate } from '../shared/time';

export type ScheduleView = 'day' | 'week';

export interface ScheduleState {
  date: IsoDate;
  view: ScheduleView;
  /** A therapist's id, or 'all'. */
  therapist: string;
  /** A room's id, or 'all'. */
  room: string;
}

export interface ScheduleDefaults {
  today: IsoDate;
  /** 'all', or a therapist's own id on their "My day". */
  therapist: string;
  therapistIds: readonly string[];
  roomIds: readonly string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string | null): value is IsoDate {
  return value !== null && ISO_DATE.test(value) && DateTime.fromISO(value).isValid;
}

/** The schedule the address asks for, each unreadable or unknown part replaced by its default. */
export function parseScheduleParams(params: URLSearchParams, defaults: ScheduleDefaults): ScheduleState {
  const date = params.get('date');
  const view = params.get('view');
  const therapist = params.get('therapist');
  const room = params.get('room');
  return {
    date: validDate(date) ? date : defaults.today,
    view: view === 'week' || view === 'day' ? view : 'day',
    therapist: therapist === 'all' || (therapist && defaults.therapistIds.includes(therapist)) ? therapist : defaults.therapist,
    room: room && defaults.roomIds.includes(room) ? room : 'all',
  };
}

/**
 * The search parameters for `state`. The date is always written once chosen (a shared link must not
 * drift to the reader's today); the view and filters only when they differ from the defaults.
 */
export function scheduleParams(state: ScheduleState, defaults: Pick<ScheduleDefaults, 'therapist'>): URLSearchParams {
  const params = new URLSearchParams();
  params.set('date', state.date);
  if (state.view !== 'day') params.set('view', state.view);
  if (state.therapist !== defaults.therapist) params.set('therapist', state.therapist);
  if (state.room !== 'all') params.set('room', state.room);
  return params;
}
