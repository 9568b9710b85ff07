// The clinical record's GraphQL operations (screening, clearance, episodes, notes, assessments), called
// explicitly through callQuery/callMutation rather than faked through generic CRUD.
import { graphql } from '../graphql';
import type {
  AssessmentFieldsFragment,
  EpisodeFieldsFragment,
  OpenEpisodeInput,
  RecordAssessmentInput,
  RecordClearanceInput,
  RecordScreeningInput,
} from '../graphql/graphql';
import { callMutation, callQuery } from '../providers/graphqlClient';

/** The four contraindications, also sent as their own fields of a screening. */
export type Contraindication = 'acuteInjury' | 'suspectedFracture' | 'severeNerveSymptoms' | 'recentSpinalSurgery';
export const CONTRAINDICATION_KEYS: Contraindication[] = ['acuteInjury', 'suspectedFracture', 'severeNerveSymptoms', 'recentSpinalSurgery'];

// Fragments are spread by name in the operations; codegen reads them from these graphql() calls.
export const EPISODE_FIELDS = graphql(`
  fragment EpisodeFields on Episode {
    id
    patientId
    region
    chronicity
    goal
    startedAt
    dischargedAt
    dischargeNote
    open
  }
`);

export const ASSESSMENT_FIELDS = graphql(`
  fragment AssessmentFields on Assessment {
    id
    rootId
    version
    isLatest
    instrument
    domain
    responses
    activities
    score
    normalized
    band
    takenAt
    createdAt
    amendReason
    episodeId
    sessionId
    recordedById
    source
  }
`);

const LICENSED_ITEM_TEXT = graphql(`
  query clinicalLicensedItemText {
    clinicSettings {
      id
      licensedItemText {
        instrument
        items
      }
    }
  }
`);

/** The clinic's licensed ODI/NDI wording, by instrument (absent where the clinic entered none). */
export async function fetchLicensedItemText(): Promise<Partial<Record<string, string[]>>> {
  const { clinicSettings } = await callQuery(LICENSED_ITEM_TEXT, {});
  return Object.fromEntries(clinicSettings.licensedItemText.map((t) => [t.instrument, t.items]));
}

export type Episode = EpisodeFieldsFragment;
export type Chronicity = Episode['chronicity'];
export type Assessment = AssessmentFieldsFragment;

const SCREENING_RECORD = graphql(`
  query screeningRecord($patientId: ID!) {
    screenings(patientId: $patientId) {
      id
      contraindications
      formVersion
      answers {
        key
        kind
        label
        yes
        advice
      }
      notes
      recordedAt
    }
    clearances(patientId: $patientId) {
      id
      clearedAt
      clinician
      note
    }
  }
`);

export async function fetchScreeningRecord(patientId: string) {
  return callQuery(SCREENING_RECORD, { patientId });
}

const RECORD_SCREENING = graphql(`
  mutation recordScreening($input: RecordScreeningInput!) {
    recordScreening(input: $input) {
      id
      contraindications
      patientClearanceStatus
    }
  }
`);

export async function recordScreening(input: RecordScreeningInput) {
  return (await callMutation(RECORD_SCREENING, { input })).recordScreening;
}

const RECORD_CLEARANCE = graphql(`
  mutation recordClearance($input: RecordClearanceInput!) {
    recordClearance(input: $input) {
      id
    }
  }
`);

export async function recordClearance(input: RecordClearanceInput) {
  return (await callMutation(RECORD_CLEARANCE, { input })).recordClearance;
}

const EPISODES = graphql(`
  query episodes($filter: EpisodeFilter) {
    allEpisodes(filter: $filter, perPage: 100, sortField: "startedAt", sortOrder: "DESC") {
      ...EpisodeFields
    }
  }
`);

export async function fetchEpisodes(patientId: string): Promise<Episode[]> {
  return (await callQuery(EPISODES, { filter: { patientId } })).allEpisodes;
}

const OPEN_EPISODE = graphql(`
  mutation openEpisode($input: OpenEpisodeInput!) {
    openEpisode(input: $input) {
      ...EpisodeFields
    }
  }
`);

export async function openEpisode(input: OpenEpisodeInput): Promise<Episode> {
  return (await callMutation(OPEN_EPISODE, { input })).openEpisode;
}

const DISCHARGE_EPISODE = graphql(`
  mutation dischargeEpisode($id: ID!, $note: String) {
    dischargeEpisode(id: $id, note: $note) {
      ...EpisodeFields
    }
  }
`);

export async function dischargeEpisode(id: string, note?: string): Promise<Episode> {
  return (await callMutation(DISCHARGE_EPISODE, { id, note })).dischargeEpisode;
}

const PATIENT_SESSIONS = graphql(`
  query patientSessions($patientId: ID!, $filter: SessionFilter) {
    allSessions(filter: $filter, perPage: 200, sortField: "startsAt", sortOrder: "DESC") {
      id
      startsAt
      endsAt
      status
      lateCancel
      cancelReason
      episodeId
      therapist {
        id
        userId
        displayName
      }
      serviceType {
        id
        name
        modality
      }
    }
    treatmentNotes(patientId: $patientId) {
      ...NoteFields
    }
  }
`);

export async function fetchSessionsAndNotes(patientId: string) {
  return callQuery(PATIENT_SESSIONS, { patientId, filter: { patientId } });
}

const ASSESSMENTS = graphql(`
  query assessments($filter: AssessmentFilter) {
    allAssessments(filter: $filter, perPage: 500, sortField: "takenAt", sortOrder: "DESC") {
      ...AssessmentFields
    }
  }
`);

export async function fetchAssessments(patientId: string): Promise<Assessment[]> {
  return (await callQuery(ASSESSMENTS, { filter: { patientId } })).allAssessments;
}

const ASSESSMENT_HISTORY = graphql(`
  query assessmentHistory($rootId: ID!) {
    assessmentHistory(rootId: $rootId) {
      ...AssessmentFields
      recordedBy {
        id
        name
        role
      }
    }
  }
`);

/** A version of an assessment with who entered it (null when the patient answered by link). */
export type AssessmentVersion = Assessment & { recordedBy: { id: string; name: string; role: string } | null };

export async function fetchAssessmentHistory(rootId: string): Promise<AssessmentVersion[]> {
  return (await callQuery(ASSESSMENT_HISTORY, { rootId })).assessmentHistory;
}

const RECORD_ASSESSMENT = graphql(`
  mutation recordAssessment($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      ...AssessmentFields
    }
  }
`);

export async function recordAssessment(input: RecordAssessmentInput): Promise<Assessment> {
  return (await callMutation(RECORD_ASSESSMENT, { input })).recordAssessment;
}

const AMEND_ASSESSMENT = graphql(`
  mutation amendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {
    amendAssessment(id: $id, responses: $responses, reason: $reason, activities: $activities) {
      ...AssessmentFields
    }
  }
`);

/** `activities` (PSFS) replaces the amended version's activity names; left out, they are kept. */
export async function amendAssessment(
  id: string,
  responses: (number | null)[],
  reason: string,
  activities?: string[],
): Promise<Assessment> {
  return (await callMutation(AMEND_ASSESSMENT, { id, responses, reason, activities })).amendAssessment;
}

/** Every query of one patient's clinical record starts with this key, so one invalidation refreshes them all. */
export const patientRecordKey = (patientId: string) => ['backtrack', 'patientRecord', patientId] as const;
