// What the patient page reads besides the patient itself: their sessions (without clinical notes, so
// the front desk sees them too) and their wait-list entries. Explicit queries, not the generic data
// provider: the page needs the related names and the clinic's time zone in one round trip.
import { graphql } from '../graphql';
import type { PatientRecordSessionsQuery, PatientRecordWaitlistQuery } from '../graphql/graphql';
import { callQuery } from '../providers/graphqlClient';

const PATIENT_SESSIONS = graphql(`
  query PatientRecordSessions($patientId: ID!, $now: DateTime!, $pastCount: Int!) {
    clinicSettings {
      id
      timezone
    }
    upcoming: allSessions(filter: { patientId: $patientId, from: $now }, sortField: "startsAt", sortOrder: "ASC", perPage: 100) {
      ...PatientRecordSession
    }
    past: allSessions(filter: { patientId: $patientId, to: $now }, sortField: "startsAt", sortOrder: "DESC", perPage: $pastCount) {
      ...PatientRecordSession
    }
    pastMeta: _allSessionsMeta(filter: { patientId: $patientId, to: $now }) {
      count
    }
  }

  fragment PatientRecordSession on Session {
    id
    startsAt
    endsAt
    status
    lateCancel
    cancelReason
    confirmedAt
    seriesId
    notes
    therapist {
      id
      displayName
    }
    serviceType {
      id
      name
    }
    room {
      id
      name
    }
  }
`);

export type PatientSession = PatientRecordSessionsQuery['past'][number];

export interface PatientSessions {
  zone: string;
  /** In progress or still to come, soonest first. */
  upcoming: PatientSession[];
  /** Already ended, latest first; `pastTotal` counts them all. */
  past: PatientSession[];
  pastTotal: number;
}

/**
 * A session in progress both started before now and ends after it: the API returns it in both lists.
 * It is kept with the upcoming ones (it is today's business) and left out of the past and its count.
 */
export async function fetchPatientSessions(patientId: string, pastCount: number, now: Date = new Date()): Promise<PatientSessions> {
  const data = await callQuery(PATIENT_SESSIONS, { patientId, now: now.toISOString(), pastCount });
  const inProgress = new Set(data.upcoming.filter((s) => new Date(s.startsAt) < now).map((s) => s.id));
  return {
    zone: data.clinicSettings.timezone,
    upcoming: data.upcoming,
    past: data.past.filter((s) => !inProgress.has(s.id)),
    pastTotal: data.pastMeta.count - inProgress.size,
  };
}

const PATIENT_WAITLIST = graphql(`
  query PatientRecordWaitlist($patientId: ID!) {
    allWaitlistEntries(filter: { patientId: $patientId }, sortField: "createdAt", sortOrder: "ASC", perPage: 100) {
      id
      status
      createdAt
      earliestDate
      latestDate
      notes
      windows {
        weekday
        startTime
        endTime
      }
      serviceType {
        id
        name
      }
      therapist {
        id
        displayName
      }
      offers {
        id
        status
        startsAt
      }
    }
  }
`);

export type PatientWaitlistEntry = PatientRecordWaitlistQuery['allWaitlistEntries'][number];

export async function fetchPatientWaitlist(patientId: string): Promise<PatientWaitlistEntry[]> {
  return (await callQuery(PATIENT_WAITLIST, { patientId })).allWaitlistEntries;
}

export const patientPageKey = (patientId: string) => ['backtrack', 'patientPage', patientId] as const;
