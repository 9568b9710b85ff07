// The clinical record's GraphQL operations (screening, clearance, episodes, notes, assessments), called
// explicitly through callQuery/callMutation rather than faked through generic CRUD.
import type { Instrument, OutcomeDomain } from '@backtrack/domain';
import { callMutation, callQuery } from '../providers/graphqlClient';
import type { ClearanceStatus, ComplaintRegion } from '../patients/choices';

export type Contraindication = 'acuteInjury' | 'suspectedFracture' | 'severeNerveSymptoms' | 'recentSpinalSurgery';

export const CONTRAINDICATIONS: { key: Contraindication; label: string }[] = [
  { key: 'acuteInjury', label: 'Acute injury with inflammation or swelling' },
  { key: 'suspectedFracture', label: 'Suspected fracture' },
  { key: 'severeNerveSymptoms', label: 'Severe nerve symptoms such as numbness or weakness' },
  { key: 'recentSpinalSurgery', label: 'Recent spinal surgery without medical clearance' },
];

export interface Screening extends Record<Contraindication, boolean> {
  id: string;
  contraindications: string[];
  notes: string;
  patientClearanceStatus: ClearanceStatus;
  recordedAt: string;
  recordedById: string;
}

export interface Clearance {
  id: string;
  clearedAt: string;
  clinician: string;
  note: string;
  recordedById: string;
}

export type Chronicity = 'ACUTE' | 'SUBACUTE' | 'CHRONIC';

export interface Episode {
  id: string;
  patientId: string;
  region: ComplaintRegion;
  chronicity: Chronicity;
  goal: string;
  startedAt: string;
  dischargedAt: string | null;
  dischargeNote: string | null;
  open: boolean;
}

export interface Assessment {
  id: string;
  rootId: string;
  version: number;
  isLatest: boolean;
  instrument: Instrument;
  domain: OutcomeDomain;
  responses: (number | null)[];
  /** PSFS: the activity the patient named for each response; empty for other instruments. */
  activities: string[];
  score: number;
  normalized: number;
  band: string | null;
  takenAt: string;
  createdAt: string;
  amendReason: string | null;
  episodeId: string;
  sessionId: string | null;
  recordedById: string;
}

export interface TreatmentNote {
  id: string;
  sessionId: string;
  sessionStartsAt: string;
  therapistId: string;
  pressure: string;
  regions: ComplaintRegion[];
  techniques: string[];
  patientResponse: string;
  createdAt: string;
}

export interface PatientSession {
  id: string;
  startsAt: string;
  endsAt: string;
  status: 'BOOKED' | 'CHECKED_IN' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';
  lateCancel: boolean;
  cancelReason: string | null;
  episodeId: string | null;
  therapist: { id: string; displayName: string };
  serviceType: { id: string; name: string; modality: string };
}

const SCREENING = 'id acuteInjury suspectedFracture severeNerveSymptoms recentSpinalSurgery contraindications notes patientClearanceStatus recordedAt recordedById';
const CLEARANCE = 'id clearedAt clinician note recordedById';
const EPISODE = 'id patientId region chronicity goal startedAt dischargedAt dischargeNote open';
const ASSESSMENT =
  'id rootId version isLatest instrument domain responses activities score normalized band takenAt createdAt amendReason episodeId sessionId recordedById';
const NOTE = 'id sessionId sessionStartsAt therapistId pressure regions techniques patientResponse createdAt';

export async function fetchScreeningRecord(patientId: string) {
  return callQuery<{ screenings: Screening[]; clearances: Clearance[] }>(
    `query screeningRecord($patientId: ID!) { screenings(patientId: $patientId) { ${SCREENING} } clearances(patientId: $patientId) { ${CLEARANCE} } }`,
    { patientId },
  );
}

export interface ScreeningInput extends Record<Contraindication, boolean> {
  patientId: string;
  notes?: string;
}

export async function recordScreening(input: ScreeningInput): Promise<Screening> {
  const data = await callMutation<{ recordScreening: Screening }>(
    `mutation recordScreening($input: RecordScreeningInput!) { recordScreening(input: $input) { ${SCREENING} } }`,
    { input },
  );
  return data.recordScreening;
}

export async function recordClearance(input: { patientId: string; clinician: string; note: string; clearedAt?: string }): Promise<Clearance> {
  const data = await callMutation<{ recordClearance: Clearance }>(
    `mutation recordClearance($input: RecordClearanceInput!) { recordClearance(input: $input) { ${CLEARANCE} } }`,
    { input },
  );
  return data.recordClearance;
}

export async function fetchEpisodes(patientId: string): Promise<Episode[]> {
  const data = await callQuery<{ allEpisodes: Episode[] }>(
    `query episodes($filter: EpisodeFilter) { allEpisodes(filter: $filter, perPage: 100, sortField: "startedAt", sortOrder: "DESC") { ${EPISODE} } }`,
    { filter: { patientId } },
  );
  return data.allEpisodes;
}

export async function openEpisode(input: { patientId: string; region?: ComplaintRegion; chronicity?: Chronicity; goal?: string }): Promise<Episode> {
  const data = await callMutation<{ openEpisode: Episode }>(
    `mutation openEpisode($input: OpenEpisodeInput!) { openEpisode(input: $input) { ${EPISODE} } }`,
    { input },
  );
  return data.openEpisode;
}

export async function dischargeEpisode(id: string, note?: string): Promise<Episode> {
  const data = await callMutation<{ dischargeEpisode: Episode }>(
    `mutation dischargeEpisode($id: ID!, $note: String) { dischargeEpisode(id: $id, note: $note) { ${EPISODE} } }`,
    { id, note },
  );
  return data.dischargeEpisode;
}

export async function fetchSessionsAndNotes(patientId: string) {
  return callQuery<{ allSessions: PatientSession[]; treatmentNotes: TreatmentNote[] }>(
    `query patientSessions($patientId: ID!, $filter: SessionFilter) {
      allSessions(filter: $filter, perPage: 200, sortField: "startsAt", sortOrder: "DESC") {
        id startsAt endsAt status lateCancel cancelReason episodeId
        therapist { id displayName } serviceType { id name modality }
      }
      treatmentNotes(patientId: $patientId) { ${NOTE} }
    }`,
    { patientId, filter: { patientId } },
  );
}

export async function fetchAssessments(patientId: string): Promise<Assessment[]> {
  const data = await callQuery<{ allAssessments: Assessment[] }>(
    `query assessments($filter: AssessmentFilter) { allAssessments(filter: $filter, perPage: 500, sortField: "takenAt", sortOrder: "DESC") { ${ASSESSMENT} } }`,
    { filter: { patientId } },
  );
  return data.allAssessments;
}

export async function fetchAssessmentHistory(rootId: string): Promise<Assessment[]> {
  const data = await callQuery<{ assessmentHistory: Assessment[] }>(
    `query assessmentHistory($rootId: ID!) { assessmentHistory(rootId: $rootId) { ${ASSESSMENT} } }`,
    { rootId },
  );
  return data.assessmentHistory;
}

export interface RecordAssessmentInput {
  patientId: string;
  instrument: Instrument;
  responses: (number | null)[];
  activities?: string[];
  episodeId?: string;
  sessionId?: string;
  takenAt?: string;
}

export async function recordAssessment(input: RecordAssessmentInput): Promise<Assessment> {
  const data = await callMutation<{ recordAssessment: Assessment }>(
    `mutation recordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { ${ASSESSMENT} } }`,
    { input },
  );
  return data.recordAssessment;
}

/** `activities` (PSFS) replaces the amended version's activity names; left out, they are kept. */
export async function amendAssessment(id: string, responses: (number | null)[], reason: string, activities?: string[]): Promise<Assessment> {
  const data = await callMutation<{ amendAssessment: Assessment }>(
    `mutation amendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {
      amendAssessment(id: $id, responses: $responses, reason: $reason, activities: $activities) { ${ASSESSMENT} }
    }`,
    { id, responses, reason, activities },
  );
  return data.amendAssessment;
}
