/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment EpisodeFields on Episode { id patientId region chronicity goal startedAt dischargedAt dischargeNote open }\n": typeof types.EpisodeFieldsFragmentDoc,
    "\n  fragment AssessmentFields on Assessment {\n    id rootId version isLatest instrument domain responses activities score normalized band takenAt createdAt amendReason episodeId sessionId recordedById\n  }\n": typeof types.AssessmentFieldsFragmentDoc,
    "\n  query screeningRecord($patientId: ID!) {\n    screenings(patientId: $patientId) { id contraindications notes recordedAt }\n    clearances(patientId: $patientId) { id clearedAt clinician note }\n  }\n": typeof types.ScreeningRecordDocument,
    "\n  mutation recordScreening($input: RecordScreeningInput!) { recordScreening(input: $input) { id contraindications } }\n": typeof types.RecordScreeningDocument,
    "\n  mutation recordClearance($input: RecordClearanceInput!) { recordClearance(input: $input) { id } }\n": typeof types.RecordClearanceDocument,
    "\n  query episodes($filter: EpisodeFilter) {\n    allEpisodes(filter: $filter, perPage: 100, sortField: \"startedAt\", sortOrder: \"DESC\") { ...EpisodeFields }\n  }\n": typeof types.EpisodesDocument,
    "\n  mutation openEpisode($input: OpenEpisodeInput!) { openEpisode(input: $input) { ...EpisodeFields } }\n": typeof types.OpenEpisodeDocument,
    "\n  mutation dischargeEpisode($id: ID!, $note: String) { dischargeEpisode(id: $id, note: $note) { ...EpisodeFields } }\n": typeof types.DischargeEpisodeDocument,
    "\n  query patientSessions($patientId: ID!, $filter: SessionFilter) {\n    allSessions(filter: $filter, perPage: 200, sortField: \"startsAt\", sortOrder: \"DESC\") {\n      id startsAt endsAt status lateCancel cancelReason episodeId\n      therapist { id displayName }\n      serviceType { id name modality }\n    }\n    treatmentNotes(patientId: $patientId) { id sessionId pressure regions techniques patientResponse }\n  }\n": typeof types.PatientSessionsDocument,
    "\n  query assessments($filter: AssessmentFilter) {\n    allAssessments(filter: $filter, perPage: 500, sortField: \"takenAt\", sortOrder: \"DESC\") { ...AssessmentFields }\n  }\n": typeof types.AssessmentsDocument,
    "\n  query assessmentHistory($rootId: ID!) { assessmentHistory(rootId: $rootId) { ...AssessmentFields } }\n": typeof types.AssessmentHistoryDocument,
    "\n  mutation recordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { ...AssessmentFields } }\n": typeof types.RecordAssessmentDocument,
    "\n  mutation amendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {\n    amendAssessment(id: $id, responses: $responses, reason: $reason, activities: $activities) { ...AssessmentFields }\n  }\n": typeof types.AmendAssessmentDocument,
    "\n  query dashboardClinic { clinicSettings { timezone name } }\n": typeof types.DashboardClinicDocument,
    "\n  query dashboardTherapists {\n    allTherapists(filter: { active: true }, perPage: 100) { id displayName workingHours { weekday start end } timeOff { startsAt endsAt } }\n  }\n": typeof types.DashboardTherapistsDocument,
    "\n  query dashboardWeek($filter: SessionFilter, $page: Int, $perPage: Int) {\n    allSessions(filter: $filter, page: $page, perPage: $perPage, sortField: \"startsAt\", sortOrder: \"ASC\") { id startsAt endsAt status lateCancel therapistId }\n  }\n": typeof types.DashboardWeekDocument,
    "\n  query patientOutcomes($patientId: ID!, $episodeId: ID) {\n    patientOutcomes(patientId: $patientId, episodeId: $episodeId) {\n      patientId\n      episode { id startedAt open goal dischargedAt }\n      measures {\n        instrument domain hasFollowUp changePoints changePercent meaningful meetsClaim claimTarget meaningfulTarget\n        baseline { ...OutcomePointFields }\n        latest { ...OutcomePointFields }\n        series { ...OutcomePointFields }\n      }\n    }\n  }\n  fragment OutcomePointFields on OutcomePoint { assessmentId takenAt sessionNumber score normalized }\n": typeof types.PatientOutcomesDocument,
    "\n  query clinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      claim statement\n      reference { citation title design participants sessions finding }\n      measures { ...OutcomeStatsFields }\n      byTherapist { therapistId therapistName measures { ...OutcomeStatsFields } }\n      byModality { modality measures { ...OutcomeStatsFields } }\n    }\n  }\n  fragment OutcomeStatsFields on OutcomeStats {\n    instrument episodes withFollowUp dropouts meanChangePercent medianChangePercent ci95Low ci95High\n    completers { meaningfulShare claimShare }\n    intentionToTreat { meaningfulShare claimShare }\n  }\n": typeof types.ClinicOutcomesDocument,
    "\n  query therapistChoices { allTherapists(perPage: 100, sortField: \"displayName\", sortOrder: \"ASC\") { id displayName } }\n": typeof types.TherapistChoicesDocument,
    "\n  fragment PatientRecord on Patient {\n    id firstName lastName name dateOfBirth email phone complaintRegion clearanceStatus notes createdAt updatedAt\n  }\n": typeof types.PatientRecordFragmentDoc,
    "\n  mutation login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id email name role clinicId active }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  fragment PatientOptionFields on Patient { id name dateOfBirth complaintRegion clearanceStatus }\n": typeof types.PatientOptionFieldsFragmentDoc,
    "\n  fragment SessionFields on Session {\n    id startsAt endsAt blockedUntil status notes seriesId lateCancel cancelReason overrideReason\n    patient { ...PatientOptionFields }\n    therapist { id userId displayName }\n    serviceType { id name modality durationMinutes bufferMinutes }\n    room { id name }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  query scheduleSessions($filter: SessionFilter) {\n    allSessions(filter: $filter, perPage: 500, sortField: \"startsAt\", sortOrder: \"ASC\") { ...SessionFields }\n  }\n": typeof types.ScheduleSessionsDocument,
    "\n  query sessionsByIds($ids: [ID!]) { allSessions(filter: { ids: $ids }, perPage: 100) { ...SessionFields } }\n": typeof types.SessionsByIdsDocument,
    "\n  query patientSearch($filter: PatientFilter) {\n    allPatients(filter: $filter, perPage: 20, sortField: \"name\", sortOrder: \"ASC\") { ...PatientOptionFields }\n  }\n": typeof types.PatientSearchDocument,
    "\n  query availableSlots($therapistId: ID!, $serviceTypeId: ID!, $from: DateTime!, $to: DateTime!, $roomId: ID, $patientId: ID, $excludeSessionId: ID) {\n    availableSlots(therapistId: $therapistId, serviceTypeId: $serviceTypeId, from: $from, to: $to, roomId: $roomId, patientId: $patientId, excludeSessionId: $excludeSessionId) {\n      startsAt endsAt\n    }\n  }\n": typeof types.AvailableSlotsDocument,
    "\n  mutation bookSession($input: BookSessionInput!) { bookSession(input: $input) { ...SessionFields } }\n": typeof types.BookSessionDocument,
    "\n  mutation bookSeries($input: BookSeriesInput!) { bookSeries(input: $input) { id sessions { ...SessionFields } } }\n": typeof types.BookSeriesDocument,
    "\n  query series($id: ID!) { SessionSeries(id: $id) { id frequency interval count sessions { id startsAt status } } }\n": typeof types.SeriesDocument,
    "\n  mutation reschedule($id: ID!, $startsAt: DateTime!, $roomId: ID) { rescheduleSession(id: $id, startsAt: $startsAt, roomId: $roomId) { ...SessionFields } }\n": typeof types.RescheduleDocument,
    "\n  mutation cancel($id: ID!, $reason: String!, $scope: CancelScope) { cancelSession(id: $id, reason: $reason, scope: $scope) { ...SessionFields } }\n": typeof types.CancelDocument,
    "\n  mutation checkIn($id: ID!) { checkInSession(id: $id) { ...SessionFields } }\n": typeof types.CheckInDocument,
    "\n  mutation noShow($id: ID!) { markNoShow(id: $id) { ...SessionFields } }\n": typeof types.NoShowDocument,
    "\n  mutation complete($id: ID!, $note: TreatmentNoteInput!) { completeSession(id: $id, note: $note) { ...SessionFields } }\n": typeof types.CompleteDocument,
    "\n  query note($sessionId: ID!) { treatmentNote(sessionId: $sessionId) { id createdAt techniques regions pressure patientResponse } }\n": typeof types.NoteDocument,
    "\n  query clinicSettings { clinicSettings { ...ClinicSettingsFields } }\n": typeof types.ClinicSettingsDocument,
    "\n  mutation updateClinicSettings($name: String, $timezone: String, $slotStepMinutes: Int, $minimumNoticeMinutes: Int, $lateCancelWindowHours: Int) {\n    updateClinicSettings(name: $name, timezone: $timezone, slotStepMinutes: $slotStepMinutes, minimumNoticeMinutes: $minimumNoticeMinutes, lateCancelWindowHours: $lateCancelWindowHours) {\n      ...ClinicSettingsFields\n    }\n  }\n": typeof types.UpdateClinicSettingsDocument,
    "\n  fragment ClinicSettingsFields on ClinicSettings {\n    id name timezone slotStepMinutes minimumNoticeMinutes lateCancelWindowHours\n  }\n": typeof types.ClinicSettingsFieldsFragmentDoc,
    "\n  fragment TherapistFields on Therapist {\n    id userId displayName credentials modalities active\n    workingHours { weekday start end }\n    timeOff { id therapistId startsAt endsAt reason }\n  }\n": typeof types.TherapistFieldsFragmentDoc,
    "\n  fragment RoomFields on Room { id name active }\n": typeof types.RoomFieldsFragmentDoc,
    "\n  fragment ServiceTypeFields on ServiceType { id name modality durationMinutes bufferMinutes active }\n": typeof types.ServiceTypeFieldsFragmentDoc,
    "\n  query schedulingCatalog {\n    clinicSettings { ...ClinicSettingsFields }\n    allTherapists(perPage: 200, sortField: \"displayName\", sortOrder: \"ASC\") { ...TherapistFields }\n    allRooms(perPage: 200, sortField: \"name\", sortOrder: \"ASC\") { ...RoomFields }\n    allServiceTypes(perPage: 200, sortField: \"name\", sortOrder: \"ASC\") { ...ServiceTypeFields }\n  }\n": typeof types.SchedulingCatalogDocument,
    "\n  fragment StaffRecord on User { id name email role active createdAt }\n": typeof types.StaffRecordFragmentDoc,
    "\n  mutation createStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) { id name role }\n  }\n": typeof types.CreateStaffDocument,
    "\n  mutation addTimeOff($therapistId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $reason: String) {\n    addTimeOff(therapistId: $therapistId, startsAt: $startsAt, endsAt: $endsAt, reason: $reason) { id }\n  }\n": typeof types.AddTimeOffDocument,
    "\n  mutation removeTimeOff($id: ID!) { removeTimeOff(id: $id) { id } }\n": typeof types.RemoveTimeOffDocument,
    "\n  mutation setWorkingHours($therapistId: ID!, $hours: [WorkingBlockInput!]!) {\n    setWorkingHours(therapistId: $therapistId, hours: $hours) { id workingHours { weekday start end } }\n  }\n": typeof types.SetWorkingHoursDocument,
};
const documents: Documents = {
    "\n  fragment EpisodeFields on Episode { id patientId region chronicity goal startedAt dischargedAt dischargeNote open }\n": types.EpisodeFieldsFragmentDoc,
    "\n  fragment AssessmentFields on Assessment {\n    id rootId version isLatest instrument domain responses activities score normalized band takenAt createdAt amendReason episodeId sessionId recordedById\n  }\n": types.AssessmentFieldsFragmentDoc,
    "\n  query screeningRecord($patientId: ID!) {\n    screenings(patientId: $patientId) { id contraindications notes recordedAt }\n    clearances(patientId: $patientId) { id clearedAt clinician note }\n  }\n": types.ScreeningRecordDocument,
    "\n  mutation recordScreening($input: RecordScreeningInput!) { recordScreening(input: $input) { id contraindications } }\n": types.RecordScreeningDocument,
    "\n  mutation recordClearance($input: RecordClearanceInput!) { recordClearance(input: $input) { id } }\n": types.RecordClearanceDocument,
    "\n  query episodes($filter: EpisodeFilter) {\n    allEpisodes(filter: $filter, perPage: 100, sortField: \"startedAt\", sortOrder: \"DESC\") { ...EpisodeFields }\n  }\n": types.EpisodesDocument,
    "\n  mutation openEpisode($input: OpenEpisodeInput!) { openEpisode(input: $input) { ...EpisodeFields } }\n": types.OpenEpisodeDocument,
    "\n  mutation dischargeEpisode($id: ID!, $note: String) { dischargeEpisode(id: $id, note: $note) { ...EpisodeFields } }\n": types.DischargeEpisodeDocument,
    "\n  query patientSessions($patientId: ID!, $filter: SessionFilter) {\n    allSessions(filter: $filter, perPage: 200, sortField: \"startsAt\", sortOrder: \"DESC\") {\n      id startsAt endsAt status lateCancel cancelReason episodeId\n      therapist { id displayName }\n      serviceType { id name modality }\n    }\n    treatmentNotes(patientId: $patientId) { id sessionId pressure regions techniques patientResponse }\n  }\n": types.PatientSessionsDocument,
    "\n  query assessments($filter: AssessmentFilter) {\n    allAssessments(filter: $filter, perPage: 500, sortField: \"takenAt\", sortOrder: \"DESC\") { ...AssessmentFields }\n  }\n": types.AssessmentsDocument,
    "\n  query assessmentHistory($rootId: ID!) { assessmentHistory(rootId: $rootId) { ...AssessmentFields } }\n": types.AssessmentHistoryDocument,
    "\n  mutation recordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { ...AssessmentFields } }\n": types.RecordAssessmentDocument,
    "\n  mutation amendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {\n    amendAssessment(id: $id, responses: $responses, reason: $reason, activities: $activities) { ...AssessmentFields }\n  }\n": types.AmendAssessmentDocument,
    "\n  query dashboardClinic { clinicSettings { timezone name } }\n": types.DashboardClinicDocument,
    "\n  query dashboardTherapists {\n    allTherapists(filter: { active: true }, perPage: 100) { id displayName workingHours { weekday start end } timeOff { startsAt endsAt } }\n  }\n": types.DashboardTherapistsDocument,
    "\n  query dashboardWeek($filter: SessionFilter, $page: Int, $perPage: Int) {\n    allSessions(filter: $filter, page: $page, perPage: $perPage, sortField: \"startsAt\", sortOrder: \"ASC\") { id startsAt endsAt status lateCancel therapistId }\n  }\n": types.DashboardWeekDocument,
    "\n  query patientOutcomes($patientId: ID!, $episodeId: ID) {\n    patientOutcomes(patientId: $patientId, episodeId: $episodeId) {\n      patientId\n      episode { id startedAt open goal dischargedAt }\n      measures {\n        instrument domain hasFollowUp changePoints changePercent meaningful meetsClaim claimTarget meaningfulTarget\n        baseline { ...OutcomePointFields }\n        latest { ...OutcomePointFields }\n        series { ...OutcomePointFields }\n      }\n    }\n  }\n  fragment OutcomePointFields on OutcomePoint { assessmentId takenAt sessionNumber score normalized }\n": types.PatientOutcomesDocument,
    "\n  query clinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      claim statement\n      reference { citation title design participants sessions finding }\n      measures { ...OutcomeStatsFields }\n      byTherapist { therapistId therapistName measures { ...OutcomeStatsFields } }\n      byModality { modality measures { ...OutcomeStatsFields } }\n    }\n  }\n  fragment OutcomeStatsFields on OutcomeStats {\n    instrument episodes withFollowUp dropouts meanChangePercent medianChangePercent ci95Low ci95High\n    completers { meaningfulShare claimShare }\n    intentionToTreat { meaningfulShare claimShare }\n  }\n": types.ClinicOutcomesDocument,
    "\n  query therapistChoices { allTherapists(perPage: 100, sortField: \"displayName\", sortOrder: \"ASC\") { id displayName } }\n": types.TherapistChoicesDocument,
    "\n  fragment PatientRecord on Patient {\n    id firstName lastName name dateOfBirth email phone complaintRegion clearanceStatus notes createdAt updatedAt\n  }\n": types.PatientRecordFragmentDoc,
    "\n  mutation login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id email name role clinicId active }\n    }\n  }\n": types.LoginDocument,
    "\n  fragment PatientOptionFields on Patient { id name dateOfBirth complaintRegion clearanceStatus }\n": types.PatientOptionFieldsFragmentDoc,
    "\n  fragment SessionFields on Session {\n    id startsAt endsAt blockedUntil status notes seriesId lateCancel cancelReason overrideReason\n    patient { ...PatientOptionFields }\n    therapist { id userId displayName }\n    serviceType { id name modality durationMinutes bufferMinutes }\n    room { id name }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  query scheduleSessions($filter: SessionFilter) {\n    allSessions(filter: $filter, perPage: 500, sortField: \"startsAt\", sortOrder: \"ASC\") { ...SessionFields }\n  }\n": types.ScheduleSessionsDocument,
    "\n  query sessionsByIds($ids: [ID!]) { allSessions(filter: { ids: $ids }, perPage: 100) { ...SessionFields } }\n": types.SessionsByIdsDocument,
    "\n  query patientSearch($filter: PatientFilter) {\n    allPatients(filter: $filter, perPage: 20, sortField: \"name\", sortOrder: \"ASC\") { ...PatientOptionFields }\n  }\n": types.PatientSearchDocument,
    "\n  query availableSlots($therapistId: ID!, $serviceTypeId: ID!, $from: DateTime!, $to: DateTime!, $roomId: ID, $patientId: ID, $excludeSessionId: ID) {\n    availableSlots(therapistId: $therapistId, serviceTypeId: $serviceTypeId, from: $from, to: $to, roomId: $roomId, patientId: $patientId, excludeSessionId: $excludeSessionId) {\n      startsAt endsAt\n    }\n  }\n": types.AvailableSlotsDocument,
    "\n  mutation bookSession($input: BookSessionInput!) { bookSession(input: $input) { ...SessionFields } }\n": types.BookSessionDocument,
    "\n  mutation bookSeries($input: BookSeriesInput!) { bookSeries(input: $input) { id sessions { ...SessionFields } } }\n": types.BookSeriesDocument,
    "\n  query series($id: ID!) { SessionSeries(id: $id) { id frequency interval count sessions { id startsAt status } } }\n": types.SeriesDocument,
    "\n  mutation reschedule($id: ID!, $startsAt: DateTime!, $roomId: ID) { rescheduleSession(id: $id, startsAt: $startsAt, roomId: $roomId) { ...SessionFields } }\n": types.RescheduleDocument,
    "\n  mutation cancel($id: ID!, $reason: String!, $scope: CancelScope) { cancelSession(id: $id, reason: $reason, scope: $scope) { ...SessionFields } }\n": types.CancelDocument,
    "\n  mutation checkIn($id: ID!) { checkInSession(id: $id) { ...SessionFields } }\n": types.CheckInDocument,
    "\n  mutation noShow($id: ID!) { markNoShow(id: $id) { ...SessionFields } }\n": types.NoShowDocument,
    "\n  mutation complete($id: ID!, $note: TreatmentNoteInput!) { completeSession(id: $id, note: $note) { ...SessionFields } }\n": types.CompleteDocument,
    "\n  query note($sessionId: ID!) { treatmentNote(sessionId: $sessionId) { id createdAt techniques regions pressure patientResponse } }\n": types.NoteDocument,
    "\n  query clinicSettings { clinicSettings { ...ClinicSettingsFields } }\n": types.ClinicSettingsDocument,
    "\n  mutation updateClinicSettings($name: String, $timezone: String, $slotStepMinutes: Int, $minimumNoticeMinutes: Int, $lateCancelWindowHours: Int) {\n    updateClinicSettings(name: $name, timezone: $timezone, slotStepMinutes: $slotStepMinutes, minimumNoticeMinutes: $minimumNoticeMinutes, lateCancelWindowHours: $lateCancelWindowHours) {\n      ...ClinicSettingsFields\n    }\n  }\n": types.UpdateClinicSettingsDocument,
    "\n  fragment ClinicSettingsFields on ClinicSettings {\n    id name timezone slotStepMinutes minimumNoticeMinutes lateCancelWindowHours\n  }\n": types.ClinicSettingsFieldsFragmentDoc,
    "\n  fragment TherapistFields on Therapist {\n    id userId displayName credentials modalities active\n    workingHours { weekday start end }\n    timeOff { id therapistId startsAt endsAt reason }\n  }\n": types.TherapistFieldsFragmentDoc,
    "\n  fragment RoomFields on Room { id name active }\n": types.RoomFieldsFragmentDoc,
    "\n  fragment ServiceTypeFields on ServiceType { id name modality durationMinutes bufferMinutes active }\n": types.ServiceTypeFieldsFragmentDoc,
    "\n  query schedulingCatalog {\n    clinicSettings { ...ClinicSettingsFields }\n    allTherapists(perPage: 200, sortField: \"displayName\", sortOrder: \"ASC\") { ...TherapistFields }\n    allRooms(perPage: 200, sortField: \"name\", sortOrder: \"ASC\") { ...RoomFields }\n    allServiceTypes(perPage: 200, sortField: \"name\", sortOrder: \"ASC\") { ...ServiceTypeFields }\n  }\n": types.SchedulingCatalogDocument,
    "\n  fragment StaffRecord on User { id name email role active createdAt }\n": types.StaffRecordFragmentDoc,
    "\n  mutation createStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) { id name role }\n  }\n": types.CreateStaffDocument,
    "\n  mutation addTimeOff($therapistId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $reason: String) {\n    addTimeOff(therapistId: $therapistId, startsAt: $startsAt, endsAt: $endsAt, reason: $reason) { id }\n  }\n": types.AddTimeOffDocument,
    "\n  mutation removeTimeOff($id: ID!) { removeTimeOff(id: $id) { id } }\n": types.RemoveTimeOffDocument,
    "\n  mutation setWorkingHours($therapistId: ID!, $hours: [WorkingBlockInput!]!) {\n    setWorkingHours(therapistId: $therapistId, hours: $hours) { id workingHours { weekday start end } }\n  }\n": types.SetWorkingHoursDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EpisodeFields on Episode { id patientId region chronicity goal startedAt dischargedAt dischargeNote open }\n"): typeof import('./graphql').EpisodeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentFields on Assessment {\n    id rootId version isLatest instrument domain responses activities score normalized band takenAt createdAt amendReason episodeId sessionId recordedById\n  }\n"): typeof import('./graphql').AssessmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query screeningRecord($patientId: ID!) {\n    screenings(patientId: $patientId) { id contraindications notes recordedAt }\n    clearances(patientId: $patientId) { id clearedAt clinician note }\n  }\n"): typeof import('./graphql').ScreeningRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation recordScreening($input: RecordScreeningInput!) { recordScreening(input: $input) { id contraindications } }\n"): typeof import('./graphql').RecordScreeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation recordClearance($input: RecordClearanceInput!) { recordClearance(input: $input) { id } }\n"): typeof import('./graphql').RecordClearanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query episodes($filter: EpisodeFilter) {\n    allEpisodes(filter: $filter, perPage: 100, sortField: \"startedAt\", sortOrder: \"DESC\") { ...EpisodeFields }\n  }\n"): typeof import('./graphql').EpisodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation openEpisode($input: OpenEpisodeInput!) { openEpisode(input: $input) { ...EpisodeFields } }\n"): typeof import('./graphql').OpenEpisodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation dischargeEpisode($id: ID!, $note: String) { dischargeEpisode(id: $id, note: $note) { ...EpisodeFields } }\n"): typeof import('./graphql').DischargeEpisodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query patientSessions($patientId: ID!, $filter: SessionFilter) {\n    allSessions(filter: $filter, perPage: 200, sortField: \"startsAt\", sortOrder: \"DESC\") {\n      id startsAt endsAt status lateCancel cancelReason episodeId\n      therapist { id displayName }\n      serviceType { id name modality }\n    }\n    treatmentNotes(patientId: $patientId) { id sessionId pressure regions techniques patientResponse }\n  }\n"): typeof import('./graphql').PatientSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query assessments($filter: AssessmentFilter) {\n    allAssessments(filter: $filter, perPage: 500, sortField: \"takenAt\", sortOrder: \"DESC\") { ...AssessmentFields }\n  }\n"): typeof import('./graphql').AssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query assessmentHistory($rootId: ID!) { assessmentHistory(rootId: $rootId) { ...AssessmentFields } }\n"): typeof import('./graphql').AssessmentHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation recordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { ...AssessmentFields } }\n"): typeof import('./graphql').RecordAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation amendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {\n    amendAssessment(id: $id, responses: $responses, reason: $reason, activities: $activities) { ...AssessmentFields }\n  }\n"): typeof import('./graphql').AmendAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query dashboardClinic { clinicSettings { timezone name } }\n"): typeof import('./graphql').DashboardClinicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query dashboardTherapists {\n    allTherapists(filter: { active: true }, perPage: 100) { id displayName workingHours { weekday start end } timeOff { startsAt endsAt } }\n  }\n"): typeof import('./graphql').DashboardTherapistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query dashboardWeek($filter: SessionFilter, $page: Int, $perPage: Int) {\n    allSessions(filter: $filter, page: $page, perPage: $perPage, sortField: \"startsAt\", sortOrder: \"ASC\") { id startsAt endsAt status lateCancel therapistId }\n  }\n"): typeof import('./graphql').DashboardWeekDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query patientOutcomes($patientId: ID!, $episodeId: ID) {\n    patientOutcomes(patientId: $patientId, episodeId: $episodeId) {\n      patientId\n      episode { id startedAt open goal dischargedAt }\n      measures {\n        instrument domain hasFollowUp changePoints changePercent meaningful meetsClaim claimTarget meaningfulTarget\n        baseline { ...OutcomePointFields }\n        latest { ...OutcomePointFields }\n        series { ...OutcomePointFields }\n      }\n    }\n  }\n  fragment OutcomePointFields on OutcomePoint { assessmentId takenAt sessionNumber score normalized }\n"): typeof import('./graphql').PatientOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query clinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      claim statement\n      reference { citation title design participants sessions finding }\n      measures { ...OutcomeStatsFields }\n      byTherapist { therapistId therapistName measures { ...OutcomeStatsFields } }\n      byModality { modality measures { ...OutcomeStatsFields } }\n    }\n  }\n  fragment OutcomeStatsFields on OutcomeStats {\n    instrument episodes withFollowUp dropouts meanChangePercent medianChangePercent ci95Low ci95High\n    completers { meaningfulShare claimShare }\n    intentionToTreat { meaningfulShare claimShare }\n  }\n"): typeof import('./graphql').ClinicOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query therapistChoices { allTherapists(perPage: 100, sortField: \"displayName\", sortOrder: \"ASC\") { id displayName } }\n"): typeof import('./graphql').TherapistChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatientRecord on Patient {\n    id firstName lastName name dateOfBirth email phone complaintRegion clearanceStatus notes createdAt updatedAt\n  }\n"): typeof import('./graphql').PatientRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id email name role clinicId active }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatientOptionFields on Patient { id name dateOfBirth complaintRegion clearanceStatus }\n"): typeof import('./graphql').PatientOptionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    id startsAt endsAt blockedUntil status notes seriesId lateCancel cancelReason overrideReason\n    patient { ...PatientOptionFields }\n    therapist { id userId displayName }\n    serviceType { id name modality durationMinutes bufferMinutes }\n    room { id name }\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query scheduleSessions($filter: SessionFilter) {\n    allSessions(filter: $filter, perPage: 500, sortField: \"startsAt\", sortOrder: \"ASC\") { ...SessionFields }\n  }\n"): typeof import('./graphql').ScheduleSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query sessionsByIds($ids: [ID!]) { allSessions(filter: { ids: $ids }, perPage: 100) { ...SessionFields } }\n"): typeof import('./graphql').SessionsByIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query patientSearch($filter: PatientFilter) {\n    allPatients(filter: $filter, perPage: 20, sortField: \"name\", sortOrder: \"ASC\") { ...PatientOptionFields }\n  }\n"): typeof import('./graphql').PatientSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query availableSlots($therapistId: ID!, $serviceTypeId: ID!, $from: DateTime!, $to: DateTime!, $roomId: ID, $patientId: ID, $excludeSessionId: ID) {\n    availableSlots(therapistId: $therapistId, serviceTypeId: $serviceTypeId, from: $from, to: $to, roomId: $roomId, patientId: $patientId, excludeSessionId: $excludeSessionId) {\n      startsAt endsAt\n    }\n  }\n"): typeof import('./graphql').AvailableSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation bookSession($input: BookSessionInput!) { bookSession(input: $input) { ...SessionFields } }\n"): typeof import('./graphql').BookSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation bookSeries($input: BookSeriesInput!) { bookSeries(input: $input) { id sessions { ...SessionFields } } }\n"): typeof import('./graphql').BookSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query series($id: ID!) { SessionSeries(id: $id) { id frequency interval count sessions { id startsAt status } } }\n"): typeof import('./graphql').SeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation reschedule($id: ID!, $startsAt: DateTime!, $roomId: ID) { rescheduleSession(id: $id, startsAt: $startsAt, roomId: $roomId) { ...SessionFields } }\n"): typeof import('./graphql').RescheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation cancel($id: ID!, $reason: String!, $scope: CancelScope) { cancelSession(id: $id, reason: $reason, scope: $scope) { ...SessionFields } }\n"): typeof import('./graphql').CancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation checkIn($id: ID!) { checkInSession(id: $id) { ...SessionFields } }\n"): typeof import('./graphql').CheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation noShow($id: ID!) { markNoShow(id: $id) { ...SessionFields } }\n"): typeof import('./graphql').NoShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation complete($id: ID!, $note: TreatmentNoteInput!) { completeSession(id: $id, note: $note) { ...SessionFields } }\n"): typeof import('./graphql').CompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query note($sessionId: ID!) { treatmentNote(sessionId: $sessionId) { id createdAt techniques regions pressure patientResponse } }\n"): typeof import('./graphql').NoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query clinicSettings { clinicSettings { ...ClinicSettingsFields } }\n"): typeof import('./graphql').ClinicSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation updateClinicSettings($name: String, $timezone: String, $slotStepMinutes: Int, $minimumNoticeMinutes: Int, $lateCancelWindowHours: Int) {\n    updateClinicSettings(name: $name, timezone: $timezone, slotStepMinutes: $slotStepMinutes, minimumNoticeMinutes: $minimumNoticeMinutes, lateCancelWindowHours: $lateCancelWindowHours) {\n      ...ClinicSettingsFields\n    }\n  }\n"): typeof import('./graphql').UpdateClinicSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClinicSettingsFields on ClinicSettings {\n    id name timezone slotStepMinutes minimumNoticeMinutes lateCancelWindowHours\n  }\n"): typeof import('./graphql').ClinicSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TherapistFields on Therapist {\n    id userId displayName credentials modalities active\n    workingHours { weekday start end }\n    timeOff { id therapistId startsAt endsAt reason }\n  }\n"): typeof import('./graphql').TherapistFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomFields on Room { id name active }\n"): typeof import('./graphql').RoomFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceTypeFields on ServiceType { id name modality durationMinutes bufferMinutes active }\n"): typeof import('./graphql').ServiceTypeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query schedulingCatalog {\n    clinicSettings { ...ClinicSettingsFields }\n    allTherapists(perPage: 200, sortField: \"displayName\", sortOrder: \"ASC\") { ...TherapistFields }\n    allRooms(perPage: 200, sortField: \"name\", sortOrder: \"ASC\") { ...RoomFields }\n    allServiceTypes(perPage: 200, sortField: \"name\", sortOrder: \"ASC\") { ...ServiceTypeFields }\n  }\n"): typeof import('./graphql').SchedulingCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffRecord on User { id name email role active createdAt }\n"): typeof import('./graphql').StaffRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation createStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) { id name role }\n  }\n"): typeof import('./graphql').CreateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation addTimeOff($therapistId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $reason: String) {\n    addTimeOff(therapistId: $therapistId, startsAt: $startsAt, endsAt: $endsAt, reason: $reason) { id }\n  }\n"): typeof import('./graphql').AddTimeOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation removeTimeOff($id: ID!) { removeTimeOff(id: $id) { id } }\n"): typeof import('./graphql').RemoveTimeOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation setWorkingHours($therapistId: ID!, $hours: [WorkingBlockInput!]!) {\n    setWorkingHours(therapistId: $therapistId, hours: $hours) { id workingHours { weekday start end } }\n  }\n"): typeof import('./graphql').SetWorkingHoursDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
