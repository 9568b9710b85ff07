// The scheduling operations, called explicitly (not through react-admin's generic CRUD): booking,
// series, reschedule and the status changes each have their own rules and errors on the server.
import { callMutation, callQuery } from '../providers/graphqlClient';
import type { ClinicSettings, PatientOption, Pressure, RepeatFrequency, Room, ServiceType, Session, Slot, Therapist } from './types';
import type { ComplaintRegion } from '../patients/choices';
import type { Modality } from './types';

const SESSION_FIELDS = /* GraphQL */ `
  id startsAt endsAt blockedUntil status notes seriesId lateCancel cancelReason overrideReason
  patient { id name dateOfBirth complaintRegion clearanceStatus }
  therapist { id userId displayName }
  serviceType { id name modality durationMinutes bufferMinutes }
  room { id name }
`;

const THERAPIST_FIELDS = /* GraphQL */ `
  id userId displayName credentials modalities active
  workingHours { weekday start end }
  timeOff { id therapistId startsAt endsAt reason }
`;

export interface SchedulingCatalog {
  clinic: ClinicSettings;
  therapists: Therapist[];
  rooms: Room[];
  serviceTypes: ServiceType[];
}

export async function fetchCatalog(): Promise<SchedulingCatalog> {
  const data = await callQuery<{ clinicSettings: ClinicSettings; allTherapists: Therapist[]; allRooms: Room[]; allServiceTypes: ServiceType[] }>(/* GraphQL */ `
    query schedulingCatalog {
      clinicSettings { id name timezone slotStepMinutes minimumNoticeMinutes lateCancelWindowHours }
      allTherapists(perPage: 200, sortField: "displayName", sortOrder: "ASC") { ${THERAPIST_FIELDS} }
      allRooms(perPage: 200, sortField: "name", sortOrder: "ASC") { id name active }
      allServiceTypes(perPage: 200, sortField: "name", sortOrder: "ASC") { id name modality durationMinutes bufferMinutes active }
    }
  `);
  return { clinic: data.clinicSettings, therapists: data.allTherapists, rooms: data.allRooms, serviceTypes: data.allServiceTypes };
}

export async function fetchSessions(filter: { from: string; to: string; therapistId?: string }): Promise<Session[]> {
  const data = await callQuery<{ allSessions: Session[] }>(
    `query scheduleSessions($filter: SessionFilter) {
      allSessions(filter: $filter, perPage: 500, sortField: "startsAt", sortOrder: "ASC") { ${SESSION_FIELDS} }
    }`,
    { filter },
  );
  return data.allSessions;
}

export async function fetchSessionsByIds(ids: string[]): Promise<Session[]> {
  if (!ids.length) return [];
  const data = await callQuery<{ allSessions: Session[] }>(
    `query sessionsByIds($ids: [ID!]) { allSessions(filter: { ids: $ids }, perPage: 100) { ${SESSION_FIELDS} } }`,
    { ids },
  );
  return data.allSessions;
}

export async function searchPatients(q: string): Promise<PatientOption[]> {
  const data = await callQuery<{ allPatients: PatientOption[] }>(
    `query patientSearch($filter: PatientFilter) {
      allPatients(filter: $filter, perPage: 20, sortField: "name", sortOrder: "ASC") { id name dateOfBirth complaintRegion clearanceStatus }
    }`,
    { filter: q.trim() ? { q: q.trim() } : {} },
  );
  return data.allPatients;
}

export interface SlotQuery {
  therapistId: string;
  serviceTypeId: string;
  from: string;
  to: string;
  roomId?: string | null;
  patientId?: string | null;
  /** The session being rescheduled: its own time does not block nearby slots. */
  excludeSessionId?: string | null;
}

export async function fetchSlots(query: SlotQuery): Promise<Slot[]> {
  const data = await callQuery<{ availableSlots: Slot[] }>(
    `query availableSlots($therapistId: ID!, $serviceTypeId: ID!, $from: DateTime!, $to: DateTime!, $roomId: ID, $patientId: ID, $excludeSessionId: ID) {
      availableSlots(therapistId: $therapistId, serviceTypeId: $serviceTypeId, from: $from, to: $to, roomId: $roomId, patientId: $patientId, excludeSessionId: $excludeSessionId) { startsAt endsAt }
    }`,
    { ...query, roomId: query.roomId || null, patientId: query.patientId || null, excludeSessionId: query.excludeSessionId || null },
  );
  return data.availableSlots;
}

export interface BookingInput {
  patientId: string;
  therapistId: string;
  serviceTypeId: string;
  startsAt: string;
  roomId?: string | null;
  notes?: string;
  idempotencyKey: string;
  overrideReason?: string;
}

export interface RepeatInput {
  frequency: RepeatFrequency;
  interval: number;
  count: number;
}

export async function bookSession(input: BookingInput): Promise<Session> {
  const data = await callMutation<{ bookSession: Session }>(
    `mutation bookSession($input: BookSessionInput!) { bookSession(input: $input) { ${SESSION_FIELDS} } }`,
    { input },
  );
  return data.bookSession;
}

export interface SeriesResult {
  id: string;
  frequency: RepeatFrequency;
  interval: number;
  count: number;
  sessions: Session[];
}

export async function bookSeries(input: BookingInput & { repeat: RepeatInput }): Promise<SeriesResult> {
  const data = await callMutation<{ bookSeries: SeriesResult }>(
    `mutation bookSeries($input: BookSeriesInput!) { bookSeries(input: $input) { id frequency interval count sessions { ${SESSION_FIELDS} } } }`,
    { input },
  );
  return data.bookSeries;
}

export async function fetchSeries(id: string): Promise<SeriesResult> {
  const data = await callQuery<{ SessionSeries: SeriesResult }>(
    `query series($id: ID!) { SessionSeries(id: $id) { id frequency interval count sessions { id startsAt status } } }`,
    { id },
  );
  return data.SessionSeries;
}

export async function rescheduleSession(id: string, startsAt: string, roomId?: string | null): Promise<Session> {
  const data = await callMutation<{ rescheduleSession: Session }>(
    `mutation reschedule($id: ID!, $startsAt: DateTime!, $roomId: ID) { rescheduleSession(id: $id, startsAt: $startsAt, roomId: $roomId) { ${SESSION_FIELDS} } }`,
    { id, startsAt, roomId: roomId || null },
  );
  return data.rescheduleSession;
}

export async function cancelSession(id: string, reason: string, scope: 'THIS' | 'THIS_AND_FOLLOWING'): Promise<Session> {
  const data = await callMutation<{ cancelSession: Session }>(
    `mutation cancel($id: ID!, $reason: String!, $scope: CancelScope) { cancelSession(id: $id, reason: $reason, scope: $scope) { ${SESSION_FIELDS} } }`,
    { id, reason, scope },
  );
  return data.cancelSession;
}

export async function checkInSession(id: string): Promise<Session> {
  const data = await callMutation<{ checkInSession: Session }>(`mutation checkIn($id: ID!) { checkInSession(id: $id) { ${SESSION_FIELDS} } }`, { id });
  return data.checkInSession;
}

export async function markNoShow(id: string): Promise<Session> {
  const data = await callMutation<{ markNoShow: Session }>(`mutation noShow($id: ID!) { markNoShow(id: $id) { ${SESSION_FIELDS} } }`, { id });
  return data.markNoShow;
}

export interface TreatmentNoteInput {
  techniques: Modality[];
  regions: ComplaintRegion[];
  pressure: Pressure;
  patientResponse: string;
}

export async function completeSession(id: string, note: TreatmentNoteInput): Promise<Session> {
  const data = await callMutation<{ completeSession: Session }>(
    `mutation complete($id: ID!, $note: TreatmentNoteInput!) { completeSession(id: $id, note: $note) { ${SESSION_FIELDS} } }`,
    { id, note },
  );
  return data.completeSession;
}

export interface TreatmentNote extends TreatmentNoteInput {
  id: string;
  createdAt: string;
}

export async function fetchTreatmentNote(sessionId: string): Promise<TreatmentNote | null> {
  const data = await callQuery<{ treatmentNote: TreatmentNote | null }>(
    `query note($sessionId: ID!) { treatmentNote(sessionId: $sessionId) { id createdAt techniques regions pressure patientResponse } }`,
    { sessionId },
  );
  return data.treatmentNote;
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
