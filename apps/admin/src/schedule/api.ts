// The scheduling operations, called explicitly (not through react-admin's generic CRUD): booking,
// series, reschedule and the status changes each have their own rules and errors on the server.
import { graphql } from '../graphql';
import type {
  AvailableSlotsQuery,
  AvailableSlotsQueryVariables,
  BookSeriesInput,
  BookSessionInput,
  CancelScope,
  PatientOptionFieldsFragment,
  RescheduleScope,
  SessionFieldsFragment,
  SessionFilter,
  TreatmentNoteInput,
} from '../graphql/graphql';
import { callMutation, callQuery } from '../providers/graphqlClient';

// Fragments are spread by name in the operations; codegen reads them from these graphql() calls.
export const PATIENT_OPTION_FIELDS = graphql(`
  fragment PatientOptionFields on Patient {
    id
    name
    dateOfBirth
    complaintRegion
    clearanceStatus
  }
`);

export const SESSION_FIELDS = graphql(`
  fragment SessionFields on Session {
    id
    startsAt
    endsAt
    blockedUntil
    status
    notes
    seriesId
    lateCancel
    cancelReason
    overrideReason
    confirmedAt
    patient {
      ...PatientOptionFields
    }
    therapist {
      id
      userId
      displayName
    }
    serviceType {
      id
      name
      modality
      durationMinutes
      bufferMinutes
    }
    room {
      id
      name
    }
  }
`);

/**
 * A session as the schedule holds it. `confirmedAt` is always selected (SessionFields); it is optional
 * here only so that sessions written by hand in older specs still type-check, and absent reads as
 * "not confirmed".
 */
export type Session = Omit<SessionFieldsFragment, 'confirmedAt'> & Partial<Pick<SessionFieldsFragment, 'confirmedAt'>>;
export type PatientOption = PatientOptionFieldsFragment;
export type Slot = AvailableSlotsQuery['availableSlots'][number];
export type SlotQuery = Omit<AvailableSlotsQueryVariables, 'roomId' | 'patientId' | 'excludeSessionId'> & {
  roomId?: string | null;
  patientId?: string | null;
  /** The session being rescheduled: its own time does not block nearby slots. */
  excludeSessionId?: string | null;
};
export type { BookSessionInput, TreatmentNoteInput };
export type RepeatInput = BookSeriesInput['repeat'];

const SCHEDULE_SESSIONS = graphql(`
  query scheduleSessions($filter: SessionFilter) {
    allSessions(filter: $filter, perPage: 500, sortField: "startsAt", sortOrder: "ASC") {
      ...SessionFields
    }
  }
`);

export async function fetchSessions(filter: SessionFilter): Promise<SessionFieldsFragment[]> {
  return (await callQuery(SCHEDULE_SESSIONS, { filter })).allSessions;
}

const SESSIONS_BY_IDS = graphql(`
  query sessionsByIds($ids: [ID!]) {
    allSessions(filter: { ids: $ids }, perPage: 100) {
      ...SessionFields
    }
  }
`);

export async function fetchSessionsByIds(ids: string[]): Promise<SessionFieldsFragment[]> {
  if (!ids.length) return [];
  return (await callQuery(SESSIONS_BY_IDS, { ids })).allSessions;
}

const PATIENT_SEARCH = graphql(`
  query patientSearch($filter: PatientFilter) {
    allPatients(filter: $filter, perPage: 20, sortField: "name", sortOrder: "ASC") {
      ...PatientOptionFields
    }
  }
`);

export async function searchPatients(q: string): Promise<PatientOption[]> {
  return (await callQuery(PATIENT_SEARCH, { filter: q.trim() ? { q: q.trim() } : {} })).allPatients;
}

const AVAILABLE_SLOTS = graphql(`
  query availableSlots(
    $therapistId: ID!
    $serviceTypeId: ID!
    $from: DateTime!
    $to: DateTime!
    $roomId: ID
    $patientId: ID
    $excludeSessionId: ID
  ) {
    availableSlots(
      therapistId: $therapistId
      serviceTypeId: $serviceTypeId
      from: $from
      to: $to
      roomId: $roomId
      patientId: $patientId
      excludeSessionId: $excludeSessionId
    ) {
      startsAt
      endsAt
    }
  }
`);

export async function fetchSlots(query: SlotQuery): Promise<Slot[]> {
  const data = await callQuery(AVAILABLE_SLOTS, {
    ...query,
    roomId: query.roomId || null,
    patientId: query.patientId || null,
    excludeSessionId: query.excludeSessionId || null,
  });
  return data.availableSlots;
}

const BOOK_SESSION = graphql(`
  mutation bookSession($input: BookSessionInput!) {
    bookSession(input: $input) {
      ...SessionFields
    }
  }
`);

export async function bookSession(input: BookSessionInput): Promise<SessionFieldsFragment> {
  return (await callMutation(BOOK_SESSION, { input })).bookSession;
}

const BOOK_SERIES = graphql(`
  mutation bookSeries($input: BookSeriesInput!) {
    bookSeries(input: $input) {
      id
      sessions {
        ...SessionFields
      }
    }
  }
`);

export async function bookSeries(input: BookSeriesInput) {
  return (await callMutation(BOOK_SERIES, { input })).bookSeries;
}

const SERIES = graphql(`
  query series($id: ID!) {
    SessionSeries(id: $id) {
      id
      frequency
      interval
      count
      sessions {
        id
        startsAt
        status
      }
    }
  }
`);

export async function fetchSeries(id: string) {
  return (await callQuery(SERIES, { id })).SessionSeries;
}

const RESCHEDULE = graphql(`
  mutation reschedule($id: ID!, $startsAt: DateTime!, $roomId: ID, $therapistId: ID, $scope: RescheduleScope) {
    rescheduleSession(id: $id, startsAt: $startsAt, roomId: $roomId, therapistId: $therapistId, scope: $scope) {
      ...SessionFields
    }
  }
`);

export interface RescheduleOptions {
  /** Another therapist (a drop on their column); omitted keeps the session's own. */
  therapistId?: string;
  /** THIS_AND_FOLLOWING moves the later booked occurrences of its series too. */
  scope?: RescheduleScope;
}

export async function rescheduleSession(
  id: string,
  startsAt: string,
  roomId?: string | null,
  options: RescheduleOptions = {},
): Promise<SessionFieldsFragment> {
  return (
    await callMutation(RESCHEDULE, {
      id,
      startsAt,
      roomId: roomId || null,
      therapistId: options.therapistId ?? null,
      scope: options.scope ?? null,
    })
  ).rescheduleSession;
}

const CANCEL = graphql(`
  mutation cancel($id: ID!, $reason: String!, $scope: CancelScope) {
    cancelSession(id: $id, reason: $reason, scope: $scope) {
      ...SessionFields
    }
  }
`);

export async function cancelSession(id: string, reason: string, scope: CancelScope): Promise<SessionFieldsFragment> {
  return (await callMutation(CANCEL, { id, reason, scope })).cancelSession;
}

const CHECK_IN = graphql(`
  mutation checkIn($id: ID!) {
    checkInSession(id: $id) {
      ...SessionFields
    }
  }
`);

export async function checkInSession(id: string): Promise<SessionFieldsFragment> {
  return (await callMutation(CHECK_IN, { id })).checkInSession;
}

const NO_SHOW = graphql(`
  mutation noShow($id: ID!) {
    markNoShow(id: $id) {
      ...SessionFields
    }
  }
`);

export async function markNoShow(id: string): Promise<SessionFieldsFragment> {
  return (await callMutation(NO_SHOW, { id })).markNoShow;
}

const COMPLETE = graphql(`
  mutation complete($id: ID!, $note: TreatmentNoteInput!) {
    completeSession(id: $id, note: $note) {
      ...SessionFields
    }
  }
`);

export async function completeSession(id: string, note: TreatmentNoteInput): Promise<SessionFieldsFragment> {
  return (await callMutation(COMPLETE, { id, note })).completeSession;
}

const SESSION_PRECAUTIONS = graphql(`
  query sessionPrecautions($id: ID!) {
    Session(id: $id) {
      id
      precautions {
        key
        label
        advice
      }
    }
  }
`);

/** What the patient's latest screening asks the therapist to mind in this session's modality. */
export async function fetchSessionPrecautions(id: string) {
  return (await callQuery(SESSION_PRECAUTIONS, { id })).Session.precautions;
}

/** The operations the booking dialog needs; tests pass fakes. */
export interface BookingApi {
  searchPatients: typeof searchPatients;
  fetchSlots: typeof fetchSlots;
  bookSession: typeof bookSession;
  bookSeries: typeof bookSeries;
  fetchSessionsByIds: typeof fetchSessionsByIds;
}

export const bookingApi: BookingApi = { searchPatients, fetchSlots, bookSession, bookSeries, fetchSessionsByIds };
