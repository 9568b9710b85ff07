// Typed factories for scheduling tests: therapists with hours, rooms, service types, bookings, all
// through the public API, plus local-time helpers in the clinic's zone.
import { DateTime } from 'luxon';
import { graphql } from '../graphql/index.js';
import type {
  BookSessionInput,
  BookSessionMutation,
  Modality,
  FactoryUpdateClinicSettingsMutationVariables,
  SessionFieldsFragment,
  SessionFilter,
  SetWorkingHoursMutation,
} from '../graphql/graphql.js';
import type { GqlResult, TestApi } from './api.js';
import { unique } from './api.js';
import { createPatient, createStaff, signUpClinic, type Staff, type TestClinic } from './factories.js';

export interface Block {
  weekday: number;
  start: string;
  end: string;
}

export interface TestTherapist {
  id: string;
  staff: Staff;
}

export const EVERY_DAY_8_TO_20: Block[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '20:00' }));

/** Every field of a session the scheduling suites look at, with its people and places. */
export const SESSION_FIELDS = graphql(`
  fragment SessionFields on Session {
    id
    status
    startsAt
    endsAt
    blockedUntil
    lateCancel
    cancelReason
    overrideReason
    seriesId
    episodeId
    roomId
    patientId
    therapistId
    serviceTypeId
    checkedInAt
    completedAt
    noShowAt
    cancelledAt
    patient {
      id
      name
    }
    therapist {
      id
      displayName
    }
    serviceType {
      id
      name
      durationMinutes
      bufferMinutes
    }
    room {
      id
      name
    }
  }
`);

export const BOOK = graphql(`
  mutation BookSession($input: BookSessionInput!) {
    bookSession(input: $input) {
      ...SessionFields
    }
  }
`);

export const BOOK_SERIES = graphql(`
  mutation BookSeries($input: BookSeriesInput!) {
    bookSeries(input: $input) {
      id
      frequency
      interval
      count
      sessions {
        ...SessionFields
      }
    }
  }
`);

const UPDATE_CLINIC_SETTINGS = graphql(`
  mutation FactoryUpdateClinicSettings(
    $name: String
    $timezone: String
    $slotStepMinutes: Int
    $minimumNoticeMinutes: Int
    $lateCancelWindowHours: Int
    $address: String
    $reminderOffsetsHours: [Int!]
    $reminderChannels: [MessageChannel!]
    $quietHoursStart: String
    $quietHoursEnd: String
    $questionnairesEnabled: Boolean
  ) {
    updateClinicSettings(
      name: $name
      timezone: $timezone
      slotStepMinutes: $slotStepMinutes
      minimumNoticeMinutes: $minimumNoticeMinutes
      lateCancelWindowHours: $lateCancelWindowHours
      address: $address
      reminderOffsetsHours: $reminderOffsetsHours
      reminderChannels: $reminderChannels
      quietHoursStart: $quietHoursStart
      quietHoursEnd: $quietHoursEnd
      questionnairesEnabled: $questionnairesEnabled
    ) {
      id
    }
  }
`);

export const SET_WORKING_HOURS = graphql(`
  mutation SetWorkingHours($therapistId: ID!, $hours: [WorkingBlockInput!]!) {
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

const THERAPIST_OF_USER = graphql(`
  query FactoryTherapistOfUser($userId: ID) {
    allTherapists(filter: { userId: $userId }) {
      id
    }
  }
`);

const CREATE_ROOM = graphql(`
  mutation FactoryCreateRoom($name: String!) {
    createRoom(name: $name) {
      id
      name
    }
  }
`);

const CREATE_SERVICE_TYPE = graphql(`
  mutation FactoryCreateServiceType($name: String!, $modality: Modality!, $durationMinutes: Int!, $bufferMinutes: Int) {
    createServiceType(name: $name, modality: $modality, durationMinutes: $durationMinutes, bufferMinutes: $bufferMinutes) {
      id
      durationMinutes
      bufferMinutes
    }
  }
`);

const COUNT_SESSIONS = graphql(`
  query FactoryCountSessions($filter: SessionFilter) {
    _allSessionsMeta(filter: $filter) {
      count
    }
  }
`);

/** The data of a call that must succeed; the errors otherwise. */
function must<T>(result: GqlResult<T>, what: string): T {
  if (!result.data || result.errors) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export async function updateClinicSettings(
  api: TestApi,
  token: string,
  settings: FactoryUpdateClinicSettingsMutationVariables,
): Promise<void> {
  must(await api.gql(UPDATE_CLINIC_SETTINGS, settings, token), 'updateClinicSettings');
}

export function setWorkingHours(
  api: TestApi,
  token: string,
  therapistId: string,
  hours: Block[],
): Promise<GqlResult<SetWorkingHoursMutation>> {
  return api.gql(SET_WORKING_HOURS, { therapistId, hours }, token);
}

export async function createTherapist(
  api: TestApi,
  clinic: TestClinic,
  hours: Block[] = EVERY_DAY_8_TO_20,
  name = unique('Therapist '),
): Promise<TestTherapist> {
  const staff = await createStaff(api, clinic, 'THERAPIST', name);
  const found = must(await api.gql(THERAPIST_OF_USER, { userId: staff.id }, clinic.owner.token), 'allTherapists');
  const id = found.allTherapists[0]!.id;
  must(await setWorkingHours(api, clinic.owner.token, id, hours), 'setWorkingHours');
  return { id, staff };
}

export async function createRoom(api: TestApi, token: string, name = unique('Room ')): Promise<{ id: string; name: string }> {
  return must(await api.gql(CREATE_ROOM, { name }, token), 'createRoom').createRoom;
}

export interface ServiceInput {
  name?: string;
  modality?: Modality;
  durationMinutes?: number;
  bufferMinutes?: number;
}

export async function createServiceType(
  api: TestApi,
  token: string,
  input: ServiceInput = {},
): Promise<{ id: string; durationMinutes: number; bufferMinutes: number }> {
  const variables = { name: unique('Service '), modality: 'DEEP_TISSUE' as const, durationMinutes: 60, bufferMinutes: 15, ...input };
  return must(await api.gql(CREATE_SERVICE_TYPE, variables, token), 'createServiceType').createServiceType;
}

/** A clinic with one therapist working every day 08:00–20:00, a room, a 60+15 service and a patient. */
export interface SchedulingClinic {
  api: TestApi;
  clinic: TestClinic;
  owner: Staff;
  therapist: TestTherapist;
  room: { id: string };
  service: { id: string; durationMinutes: number; bufferMinutes: number };
  patientId: string;
  zone: string;
}

export async function schedulingClinic(api: TestApi, timezone = 'America/New_York'): Promise<SchedulingClinic> {
  const clinic = await signUpClinic(api, timezone);
  const [therapist, room, service, patient] = await Promise.all([
    createTherapist(api, clinic),
    createRoom(api, clinic.owner.token),
    createServiceType(api, clinic.owner.token, { durationMinutes: 60, bufferMinutes: 15 }),
    createPatient(api, clinic.owner.token),
  ]);
  return { api, clinic, owner: clinic.owner, therapist, room, service, patientId: patient.id, zone: timezone };
}

/** A clinic-local wall time `daysAhead` days from today, as an ISO instant. */
export function localAt(zone: string, daysAhead: number, time: string): string {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.now().setZone(zone).startOf('day').plus({ days: daysAhead }).set({ hour, minute }).toUTC().toISO()!;
}

/** A clinic-local wall time on a given date (YYYY-MM-DD), as an ISO instant. */
export function onDate(zone: string, date: string, time: string): string {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toUTC().toISO()!;
}

export function plusMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

export type BookingInput = BookSessionInput;
export type BookedSession = SessionFieldsFragment;

export function book(api: TestApi, token: string, input: BookingInput): Promise<GqlResult<BookSessionMutation>> {
  return api.gql(BOOK, { input }, token);
}

export async function booked(api: TestApi, token: string, input: BookingInput): Promise<BookedSession> {
  return must(await book(api, token, input), 'bookSession').bookSession;
}

export async function countSessions(api: TestApi, token: string, filter: SessionFilter = {}): Promise<number> {
  return must(await api.gql(COUNT_SESSIONS, { filter }, token), '_allSessionsMeta')._allSessionsMeta.count;
}

/** Instants (ms) of the time `time` on every local date; sorted ISO strings of a result's field. */
export const isoOf = (value: string): string => new Date(value).toISOString();

/** The next local dates (YYYY-MM-DD) on which `zone` switches to and from daylight saving time. */
export function nextDstDays(zone: string): { springForward: string; fallBack: string } {
  let day = DateTime.now().setZone(zone).startOf('day').plus({ days: 2 });
  const found: { springForward?: string; fallBack?: string } = {};
  for (let i = 0; i < 800 && !(found.springForward && found.fallBack); i++, day = day.plus({ days: 1 })) {
    const before = day.offset;
    const after = day.plus({ days: 1 }).offset;
    if (after > before) found.springForward ??= day.toISODate()!;
    if (after < before) found.fallBack ??= day.toISODate()!;
  }
  return found as { springForward: string; fallBack: string };
}

export const ALL_DAY: Block[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));
