// Outcome reports: one patient's measures over an episode, and the clinic-wide summary.
import { graphql } from '../graphql';
import type { ClinicOutcomesFilter, ClinicOutcomesQuery, PatientOutcomesQuery } from '../graphql/graphql';
import { callQuery } from '../providers/graphqlClient';

export type { ClinicOutcomesFilter };
export type PatientOutcomes = PatientOutcomesQuery['patientOutcomes'];
export type MeasureOutcome = PatientOutcomes['measures'][number];
export type OutcomePoint = MeasureOutcome['baseline'];
type OutcomeSummary = ClinicOutcomesQuery['clinicOutcomes'];
export type OutcomeStats = OutcomeSummary['measures'][number];

const PATIENT_OUTCOMES = graphql(`
  query patientOutcomes($patientId: ID!, $episodeId: ID) {
    patientOutcomes(patientId: $patientId, episodeId: $episodeId) {
      patientId
      episode {
        id
        startedAt
        open
        goal
        dischargedAt
      }
      measures {
        instrument
        domain
        hasFollowUp
        changePoints
        changePercent
        meaningful
        meetsClaim
        claimTarget
        meaningfulTarget
        baseline {
          ...OutcomePointFields
        }
        latest {
          ...OutcomePointFields
        }
        series {
          ...OutcomePointFields
        }
      }
    }
  }
  fragment OutcomePointFields on OutcomePoint {
    assessmentId
    takenAt
    sessionNumber
    score
    normalized
    source
  }
`);

export async function fetchPatientOutcomes(patientId: string, episodeId?: string): Promise<PatientOutcomes> {
  return (await callQuery(PATIENT_OUTCOMES, { patientId, episodeId })).patientOutcomes;
}

const CLINIC_OUTCOMES = graphql(`
  query clinicOutcomes($filter: ClinicOutcomesFilter) {
    clinicOutcomes(filter: $filter) {
      claim
      statement
      reference {
        citation
        title
        design
        participants
        sessions
        finding
      }
      measures {
        ...OutcomeStatsFields
      }
      byTherapist {
        therapistId
        therapistName
        measures {
          ...OutcomeStatsFields
        }
      }
      byModality {
        modality
        measures {
          ...OutcomeStatsFields
        }
      }
    }
  }
  fragment OutcomeStatsFields on OutcomeStats {
    instrument
    episodes
    withFollowUp
    dropouts
    captureRate
    changeN
    meanChangePercent
    medianChangePercent
    ci95Low
    ci95High
    completers {
      meaningfulShare
      claimShare
    }
    intentionToTreat {
      meaningfulShare
      claimShare
    }
    requested
    answered
    medianResponseHours
    summary
    caution
  }
`);

export async function fetchClinicOutcomes(filter: ClinicOutcomesFilter): Promise<OutcomeSummary> {
  return (await callQuery(CLINIC_OUTCOMES, { filter })).clinicOutcomes;
}

const THERAPIST_CHOICES = graphql(`
  query therapistChoices {
    allTherapists(perPage: 100, sortField: "displayName", sortOrder: "ASC") {
      id
      displayName
    }
  }
`);

export async function fetchTherapistChoices() {
  return (await callQuery(THERAPIST_CHOICES, {})).allTherapists;
}
