// The operations `npm run bench` sends: the admin's own queries (apps/admin/src/*/api.ts), written out
// here because the API's build cannot import the admin. operations.spec.ts validates every one against
// the committed schema, so a contract change that breaks them fails `npm test`, not the next benchmark.

export const LOGIN = /* GraphQL */ `
  mutation benchLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`;

/** The cheapest signed-in request, the admin's first after sign-in: what every request costs before its own work. */
export const ME = /* GraphQL */ `
  query benchMe {
    me {
      id
      name
      role
    }
  }
`;

/** The booking dialog's slot list: one therapist, one service, a week. */
export const AVAILABLE_SLOTS = /* GraphQL */ `
  query benchAvailableSlots($therapistId: ID!, $serviceTypeId: ID!, $from: DateTime!, $to: DateTime!) {
    availableSlots(therapistId: $therapistId, serviceTypeId: $serviceTypeId, from: $from, to: $to) {
      startsAt
      endsAt
    }
  }
`;

/** The booking dialog's mutation, with the fields the schedule redraws the session from. */
export const BOOK_SESSION = /* GraphQL */ `
  mutation benchBookSession($input: BookSessionInput!) {
    bookSession(input: $input) {
      id
      startsAt
      endsAt
      status
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
      }
      room {
        id
        name
      }
    }
  }
`;

/** A clinic's day on the schedule: every session with its patient, therapist (hours included), service and room. */
export const DAY_SCHEDULE = /* GraphQL */ `
  query benchDaySchedule($filter: SessionFilter) {
    allSessions(filter: $filter, perPage: 500, sortField: "startsAt", sortOrder: "ASC") {
      id
      startsAt
      endsAt
      blockedUntil
      status
      notes
      seriesId
      lateCancel
      confirmedAt
      patient {
        id
        name
        dateOfBirth
        complaintRegion
        clearanceStatus
      }
      therapist {
        id
        displayName
        workingHours {
          weekday
          start
          end
        }
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
  }
`;

/** The patient list: a page of 25 sorted by name, optionally searched. */
export const PATIENTS_PAGE = /* GraphQL */ `
  query benchPatients($filter: PatientFilter) {
    allPatients(filter: $filter, page: 0, perPage: 25, sortField: "name", sortOrder: "ASC") {
      id
      name
      dateOfBirth
      complaintRegion
      clearanceStatus
      email
      phone
    }
  }
`;

/** The patient chart's outcome chart. */
export const PATIENT_OUTCOMES = /* GraphQL */ `
  query benchPatientOutcomes($patientId: ID!) {
    patientOutcomes(patientId: $patientId) {
      patientId
      episode {
        id
        startedAt
        open
        dischargedAt
      }
      measures {
        instrument
        hasFollowUp
        changePoints
        changePercent
        meaningful
        meetsClaim
        claimTarget
        meaningfulTarget
        series {
          assessmentId
          takenAt
          sessionNumber
          score
          normalized
          source
        }
      }
    }
  }
`;

/** The owner's outcome summary, with the breakdowns by therapist and modality. */
export const CLINIC_OUTCOMES = /* GraphQL */ `
  query benchClinicOutcomes($filter: ClinicOutcomesFilter) {
    clinicOutcomes(filter: $filter) {
      statement
      measures {
        ...BenchOutcomeStats
      }
      byTherapist {
        therapistId
        therapistName
        measures {
          ...BenchOutcomeStats
        }
      }
      byModality {
        modality
        measures {
          ...BenchOutcomeStats
        }
      }
    }
  }
  fragment BenchOutcomeStats on OutcomeStats {
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
`;

/** The owner dashboard's reminder figures for the week. */
export const REMINDER_EFFECT = /* GraphQL */ `
  query benchReminderEffect($from: DateTime!, $to: DateTime!) {
    reminderEffect(from: $from, to: $to) {
      confirmed {
        count
        n
        rate
      }
      noShowsReminded {
        count
        n
        rate
      }
      noShowsNotReminded {
        count
        n
        rate
      }
    }
  }
`;

/** The owner dashboard's week: sessions, attendance, confirmations and utilization, counted in the database. */
export const WEEK_STATISTICS = /* GraphQL */ `
  query benchWeekStatistics($day: String) {
    weekStatistics(day: $day) {
      weekOf
      sessions
      begun
      completed
      toRecord
      upcoming
      cancellations
      lateCancellations
      noShows
      noShowRate
      confirmation {
        confirmed
        of
        share
      }
      bookedMinutes
      availableMinutes
      utilization
      byTherapist {
        therapistId
        name
        sessions
        bookedMinutes
        availableMinutes
        utilization
      }
    }
  }
`;
