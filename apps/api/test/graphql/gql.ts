/* eslint-disable */
import * as types from './graphql.js';



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
    "\n  mutation AuthLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { token user { id email name role clinicId } }\n  }\n": typeof types.AuthLoginDocument,
    "\n  query AuthMe {\n    me { id email role clinicId active }\n  }\n": typeof types.AuthMeDocument,
    "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token }\n  }\n": typeof types.AuthSignUpDocument,
    "\n  mutation AuthDeactivate($id: ID!) {\n    updateUser(id: $id, active: false) { active }\n  }\n": typeof types.AuthDeactivateDocument,
    "\n  mutation AuthCreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) { id }\n  }\n": typeof types.AuthCreateStaffDocument,
    "\n  query AuthUsers {\n    allUsers(sortField: \"name\") { name role }\n    _allUsersMeta { count }\n  }\n": typeof types.AuthUsersDocument,
    "\n  query AmendmentsAssessment($id: ID!) {\n    Assessment(id: $id) { id rootId version isLatest score responses amendReason }\n  }\n": typeof types.AmendmentsAssessmentDocument,
    "\n  query AmendmentsList($filter: AssessmentFilter) {\n    allAssessments(filter: $filter) { id version score }\n    _allAssessmentsMeta(filter: $filter) { count }\n  }\n": typeof types.AmendmentsListDocument,
    "\n  query AmendmentsHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) { id version isLatest score amendReason }\n  }\n": typeof types.AmendmentsHistoryDocument,
    "\n  query AmendmentsPsfs($id: ID!) {\n    Assessment(id: $id) { version isLatest responses activities }\n  }\n": typeof types.AmendmentsPsfsDocument,
    "\n  query AmendmentsPsfsHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) { version responses activities }\n  }\n": typeof types.AmendmentsPsfsHistoryDocument,
    "\n  query AuditEvents($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500, sortField: \"at\", sortOrder: \"ASC\") { id actorId actorRole action entity entityId patientId requestId at }\n    _allAuditEventsMeta(filter: $filter) { count }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditEvent($id: ID!) {\n    AuditEvent(id: $id) { id entity }\n  }\n": typeof types.AuditEventDocument,
    "\n  mutation AuditRecordScreening($i: RecordScreeningInput!) {\n    recordScreening(input: $i) { id }\n  }\n": typeof types.AuditRecordScreeningDocument,
    "\n  mutation AuditRecordClearance($i: RecordClearanceInput!) {\n    recordClearance(input: $i) { id }\n  }\n": typeof types.AuditRecordClearanceDocument,
    "\n  query AuditReadAssessment($id: ID!) {\n    Assessment(id: $id) { id }\n  }\n": typeof types.AuditReadAssessmentDocument,
    "\n  query AuditReadChart($p: ID!) {\n    allAssessments(filter: { patientId: $p }) { id }\n    screenings(patientId: $p) { id }\n    clearances(patientId: $p) { id }\n    treatmentNotes(patientId: $p) { id }\n  }\n": typeof types.AuditReadChartDocument,
    "\n  query AuditReadOutcomes($p: ID!) {\n    patientOutcomes(patientId: $p) { patientId }\n  }\n": typeof types.AuditReadOutcomesDocument,
    "\n  query AuditReadScreenings($p: ID!) {\n    screenings(patientId: $p) { id }\n  }\n": typeof types.AuditReadScreeningsDocument,
    "\n  query AuditReadDashboard {\n    clinicOutcomes { statement }\n  }\n": typeof types.AuditReadDashboardDocument,
    "mutation AccessRecordScreening($i: RecordScreeningInput!) { recordScreening(input: $i) { id } }": typeof types.AccessRecordScreeningDocument,
    "mutation AccessRecordClearance($i: RecordClearanceInput!) { recordClearance(input: $i) { id } }": typeof types.AccessRecordClearanceDocument,
    "query AccessScreenings($p: ID!) { screenings(patientId: $p) { id } }": typeof types.AccessScreeningsDocument,
    "query AccessClearances($p: ID!) { clearances(patientId: $p) { id } }": typeof types.AccessClearancesDocument,
    "mutation AccessOpenEpisode($i: OpenEpisodeInput!) { openEpisode(input: $i) { id } }": typeof types.AccessOpenEpisodeDocument,
    "mutation AccessDischargeEpisode($id: ID!) { dischargeEpisode(id: $id) { id } }": typeof types.AccessDischargeEpisodeDocument,
    "query AccessEpisode($id: ID!) { Episode(id: $id) { id } }": typeof types.AccessEpisodeDocument,
    "query AccessAllEpisodes($p: ID) { allEpisodes(filter: { patientId: $p }) { id } }": typeof types.AccessAllEpisodesDocument,
    "query AccessAllEpisodesMeta($p: ID) { _allEpisodesMeta(filter: { patientId: $p }) { count } }": typeof types.AccessAllEpisodesMetaDocument,
    "mutation AccessRecordAssessment($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id } }": typeof types.AccessRecordAssessmentDocument,
    "mutation AccessAmendAssessment($id: ID!) { amendAssessment(id: $id, responses: [2], reason: \"typo fix\") { id } }": typeof types.AccessAmendAssessmentDocument,
    "query AccessAssessment($id: ID!) { Assessment(id: $id) { id } }": typeof types.AccessAssessmentDocument,
    "query AccessAllAssessments($p: ID) { allAssessments(filter: { patientId: $p }) { id } }": typeof types.AccessAllAssessmentsDocument,
    "query AccessAllAssessmentsMeta($p: ID) { _allAssessmentsMeta(filter: { patientId: $p }) { count } }": typeof types.AccessAllAssessmentsMetaDocument,
    "query AccessAssessmentHistory($r: ID!) { assessmentHistory(rootId: $r) { id } }": typeof types.AccessAssessmentHistoryDocument,
    "query AccessTreatmentNotes($p: ID!) { treatmentNotes(patientId: $p) { id } }": typeof types.AccessTreatmentNotesDocument,
    "query AccessTreatmentNote($s: ID!) { treatmentNote(sessionId: $s) { id } }": typeof types.AccessTreatmentNoteDocument,
    "query AccessPatientOutcomes($p: ID!) { patientOutcomes(patientId: $p) { patientId } }": typeof types.AccessPatientOutcomesDocument,
    "query AccessClinicOutcomes { clinicOutcomes { statement } }": typeof types.AccessClinicOutcomesDocument,
    "query AccessAuditEvent($id: ID!) { AuditEvent(id: $id) { id } }": typeof types.AccessAuditEventDocument,
    "query AccessAllAuditEvents { allAuditEvents { id } }": typeof types.AccessAllAuditEventsDocument,
    "query AccessAllAuditEventsMeta { _allAuditEventsMeta { count } }": typeof types.AccessAllAuditEventsMetaDocument,
    "query AccessFirstAuditEvent { allAuditEvents(perPage: 1) { id } }": typeof types.AccessFirstAuditEventDocument,
    "\n  mutation AccessScreeningStatus($i: RecordScreeningInput!) {\n    recordScreening(input: $i) { patientClearanceStatus }\n  }\n": typeof types.AccessScreeningStatusDocument,
    "\n  query AccessMyLists {\n    allAssessments(perPage: 500) { patientId }\n    allEpisodes(perPage: 500) { patientId }\n  }\n": typeof types.AccessMyListsDocument,
    "\n  query AccessAllLists {\n    allAssessments { id }\n    allEpisodes { id }\n  }\n": typeof types.AccessAllListsDocument,
    "\n  mutation ScreeningRecord($input: RecordScreeningInput!) {\n    recordScreening(input: $input) { id patientId contraindications patientClearanceStatus recordedAt }\n  }\n": typeof types.ScreeningRecordDocument,
    "\n  mutation ScreeningClear($input: RecordClearanceInput!) {\n    recordClearance(input: $input) { id patientId clinician note clearedAt }\n  }\n": typeof types.ScreeningClearDocument,
    "\n  query ScreeningClearanceStatus($id: ID!) {\n    Patient(id: $id) { clearanceStatus }\n  }\n": typeof types.ScreeningClearanceStatusDocument,
    "\n  query ScreeningHistory($p: ID!) {\n    screenings(patientId: $p) { contraindications }\n    clearances(patientId: $p) { clinician }\n  }\n": typeof types.ScreeningHistoryDocument,
    "\n  mutation EpisodesDischarge($id: ID!, $note: String, $dischargedAt: DateTime) {\n    dischargeEpisode(id: $id, note: $note, dischargedAt: $dischargedAt) { id open dischargedAt dischargeNote }\n  }\n": typeof types.EpisodesDischargeDocument,
    "\n  query EpisodesList($f: EpisodeFilter) {\n    allEpisodes(filter: $f) { id open }\n    _allEpisodesMeta(filter: $f) { count }\n  }\n": typeof types.EpisodesListDocument,
    "\n  query EpisodesOne($id: ID!) {\n    Episode(id: $id) { startedAt open }\n  }\n": typeof types.EpisodesOneDocument,
    "\n  query ScoringAssessment($id: ID!) {\n    Assessment(id: $id) { id instrument responses activities }\n  }\n": typeof types.ScoringAssessmentDocument,
    "\n  mutation ScoringRecordScoreOnly($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) { score }\n  }\n": typeof types.ScoringRecordScoreOnlyDocument,
    "\n  query ScoringInstruments {\n    instruments { code name domain minItems maxItems maxMissing mcid higherIsBetter items { key label min max optional } }\n  }\n": typeof types.ScoringInstrumentsDocument,
    "\n  fragment OutcomeStatsFields on OutcomeStats {\n    instrument episodes withFollowUp dropouts meanChangePercent medianChangePercent ci95Low ci95High\n    completers { meaningfulShare claimShare }\n    intentionToTreat { meaningfulShare claimShare }\n  }\n": typeof types.OutcomeStatsFieldsFragmentDoc,
    "\n  query ClinicOutcomesSummary($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures { ...OutcomeStatsFields }\n      byTherapist { therapistId therapistName measures { ...OutcomeStatsFields } }\n      byModality { modality measures { ...OutcomeStatsFields } }\n      statement\n      claim\n      reference { citation finding participants }\n    }\n  }\n": typeof types.ClinicOutcomesSummaryDocument,
    "\n  query MeasuresClinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) { measures { instrument episodes withFollowUp dropouts meanChangePercent } }\n  }\n": typeof types.MeasuresClinicOutcomesDocument,
    "\n  query MeasuresPatientOutcomes($p: ID!) {\n    patientOutcomes(patientId: $p) {\n      measures { instrument changePoints changePercent baseline { assessmentId score } latest { assessmentId score } }\n    }\n  }\n": typeof types.MeasuresPatientOutcomesDocument,
    "\n  query PatientOutcomes($p: ID!, $e: ID) {\n    patientOutcomes(patientId: $p, episodeId: $e) {\n      patientId\n      episode { id open }\n      measures {\n        instrument domain hasFollowUp changePoints changePercent meaningful meetsClaim claimTarget meaningfulTarget\n        baseline { assessmentId takenAt sessionNumber score normalized }\n        latest { assessmentId takenAt sessionNumber score normalized }\n        series { takenAt sessionNumber score normalized }\n      }\n    }\n  }\n": typeof types.PatientOutcomesDocument,
    "\n  mutation PatientOutcomesDischarge($id: ID!, $dischargedAt: DateTime) {\n    dischargeEpisode(id: $id, dischargedAt: $dischargedAt) { id }\n  }\n": typeof types.PatientOutcomesDischargeDocument,
    "\n  query PatientsGet($id: ID!) {\n    Patient(id: $id) { id name firstName lastName dateOfBirth complaintRegion clearanceStatus email }\n  }\n": typeof types.PatientsGetDocument,
    "\n  query PatientsList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: PatientFilter) {\n    allPatients(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { id firstName lastName }\n    _allPatientsMeta(filter: $filter) { count }\n  }\n": typeof types.PatientsListDocument,
    "\n  mutation PatientsUpdate($id: ID!, $lastName: String, $dateOfBirth: String) {\n    updatePatient(id: $id, lastName: $lastName, dateOfBirth: $dateOfBirth) { id lastName dateOfBirth }\n  }\n": typeof types.PatientsUpdateDocument,
    "\n  mutation PatientsDelete($id: ID!) {\n    deletePatient(id: $id) { id }\n  }\n": typeof types.PatientsDeleteDocument,
    "\n  mutation PatientsCreateNeck($firstName: String!, $dateOfBirth: String!, $email: String) {\n    createPatient(firstName: $firstName, lastName: \"L\", dateOfBirth: $dateOfBirth, complaintRegion: NECK, email: $email) { id }\n  }\n": typeof types.PatientsCreateNeckDocument,
    "\n  mutation PatientsCreateWithRegion($r: ComplaintRegion!) {\n    createPatient(firstName: \"F\", lastName: \"L\", dateOfBirth: \"1980-01-01\", complaintRegion: $r) { id }\n  }\n": typeof types.PatientsCreateWithRegionDocument,
    "\n  query AvailableSlots($t: ID!, $s: ID!, $from: DateTime!, $to: DateTime!, $room: ID, $patient: ID, $exclude: ID) {\n    availableSlots(therapistId: $t, serviceTypeId: $s, from: $from, to: $to, roomId: $room, patientId: $patient, excludeSessionId: $exclude) { startsAt endsAt }\n  }\n": typeof types.AvailableSlotsDocument,
    "\n  mutation AvailabilityAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b) { id }\n  }\n": typeof types.AvailabilityAddTimeOffDocument,
    "\n  mutation BookingAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b, reason: \"course\") { id }\n  }\n": typeof types.BookingAddTimeOffDocument,
    "\n  query BookingAudit($f: AuditEventFilter) {\n    allAuditEvents(filter: $f) { action entity entityId patientId actorId }\n  }\n": typeof types.BookingAuditDocument,
    "\n  mutation BookingDeactivateRoom($id: ID!) {\n    updateRoom(id: $id, active: false) { id }\n  }\n": typeof types.BookingDeactivateRoomDocument,
    "\n  mutation BookingDeactivateServiceType($id: ID!) {\n    updateServiceType(id: $id, active: false) { id }\n  }\n": typeof types.BookingDeactivateServiceTypeDocument,
    "\n  mutation BookingDeactivateTherapist($id: ID!) {\n    updateTherapist(id: $id, active: false) { id }\n  }\n": typeof types.BookingDeactivateTherapistDocument,
    "\n  query BookingSession($id: ID!) {\n    Session(id: $id) { id status }\n  }\n": typeof types.BookingSessionDocument,
    "\n  mutation BookingCheckIn($id: ID!) {\n    checkInSession(id: $id) { id }\n  }\n": typeof types.BookingCheckInDocument,
    "\n  mutation BookingNoShow($id: ID!) {\n    markNoShow(id: $id) { id }\n  }\n": typeof types.BookingNoShowDocument,
    "\n  mutation BookingCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"x\") { id }\n  }\n": typeof types.BookingCancelDocument,
    "\n  mutation BookingReschedule($id: ID!, $at: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $at) { id }\n  }\n": typeof types.BookingRescheduleDocument,
    "\n  query BookingSessions($f: SessionFilter) {\n    allSessions(filter: $f) { id }\n  }\n": typeof types.BookingSessionsDocument,
    "\n  mutation LifecycleCheckIn($id: ID!) {\n    checkInSession(id: $id) { ...SessionFields }\n  }\n": typeof types.LifecycleCheckInDocument,
    "\n  mutation LifecycleComplete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) { ...SessionFields }\n  }\n": typeof types.LifecycleCompleteDocument,
    "\n  mutation LifecycleCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"feeling unwell\") { ...SessionFields }\n  }\n": typeof types.LifecycleCancelDocument,
    "\n  mutation LifecycleNoShow($id: ID!) {\n    markNoShow(id: $id) { ...SessionFields }\n  }\n": typeof types.LifecycleNoShowDocument,
    "\n  mutation LifecycleReschedule($id: ID!, $startsAt: DateTime!, $roomId: ID) {\n    rescheduleSession(id: $id, startsAt: $startsAt, roomId: $roomId) { ...SessionFields }\n  }\n": typeof types.LifecycleRescheduleDocument,
    "\n  query LifecycleSessionStatus($id: ID!) {\n    Session(id: $id) { status }\n  }\n": typeof types.LifecycleSessionStatusDocument,
    "\n  query ResourcesTherapist($id: ID!) {\n    Therapist(id: $id) { id displayName credentials modalities active workingHours { weekday start end } timeOff { id reason } }\n  }\n": typeof types.ResourcesTherapistDocument,
    "\n  query ResourcesClinicSettings {\n    clinicSettings { name timezone slotStepMinutes minimumNoticeMinutes lateCancelWindowHours }\n  }\n": typeof types.ResourcesClinicSettingsDocument,
    "\n  mutation ResourcesUpdateClinicSettings($tz: String, $step: Int) {\n    updateClinicSettings(timezone: $tz, slotStepMinutes: $step) { timezone slotStepMinutes }\n  }\n": typeof types.ResourcesUpdateClinicSettingsDocument,
    "\n  query ResourcesTherapists($f: TherapistFilter) {\n    allTherapists(filter: $f, sortField: \"displayName\") { id workingHours { weekday } }\n    _allTherapistsMeta(filter: $f) { count }\n  }\n": typeof types.ResourcesTherapistsDocument,
    "\n  mutation ResourcesUpdateTherapist($id: ID!, $displayName: String, $modalities: [Modality!], $active: Boolean) {\n    updateTherapist(id: $id, displayName: $displayName, modalities: $modalities, active: $active) { id displayName modalities active }\n  }\n": typeof types.ResourcesUpdateTherapistDocument,
    "\n  query ResourcesHotStoneTherapists {\n    allTherapists(filter: { modality: HOT_STONE }) { id }\n  }\n": typeof types.ResourcesHotStoneTherapistsDocument,
    "\n  mutation ResourcesAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!, $r: String) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b, reason: $r) { id therapistId reason }\n  }\n": typeof types.ResourcesAddTimeOffDocument,
    "\n  mutation ResourcesRemoveTimeOff($id: ID!) {\n    removeTimeOff(id: $id) { id }\n  }\n": typeof types.ResourcesRemoveTimeOffDocument,
    "\n  mutation ResourcesCreateRoom($name: String!) {\n    createRoom(name: $name) { id }\n  }\n": typeof types.ResourcesCreateRoomDocument,
    "\n  query ResourcesGardenRooms {\n    allRooms(filter: { q: \"garden\" }) { id name active }\n    _allRoomsMeta(filter: { q: \"garden\" }) { count }\n  }\n": typeof types.ResourcesGardenRoomsDocument,
    "\n  mutation ResourcesTinyService {\n    createServiceType(name: \"Tiny\", modality: SWEDISH, durationMinutes: 3) { id }\n  }\n": typeof types.ResourcesTinyServiceDocument,
    "\n  mutation ResourcesDeleteServiceType($id: ID!) {\n    deleteServiceType(id: $id) { id }\n  }\n": typeof types.ResourcesDeleteServiceTypeDocument,
    "\n  mutation ResourcesDeleteRoom($id: ID!) {\n    deleteRoom(id: $id) { id }\n  }\n": typeof types.ResourcesDeleteRoomDocument,
    "\n  query ResourcesServiceType($id: ID!) {\n    ServiceType(id: $id) { id }\n  }\n": typeof types.ResourcesServiceTypeDocument,
    "\n  mutation ResourcesCancelSession($id: ID!) {\n    cancelSession(id: $id, reason: \"x\") { id }\n  }\n": typeof types.ResourcesCancelSessionDocument,
    "\n  query ResourcesSessionList($f: SessionFilter, $sortOrder: String) {\n    allSessions(filter: $f, sortField: \"startsAt\", sortOrder: $sortOrder) { id status patient { id name } therapist { id displayName } serviceType { id } room { id } }\n    _allSessionsMeta(filter: $f) { count }\n  }\n": typeof types.ResourcesSessionListDocument,
    "\n  mutation SeriesCancel($id: ID!, $scope: CancelScope) {\n    cancelSession(id: $id, reason: \"moving away\", scope: $scope) { id status }\n  }\n": typeof types.SeriesCancelDocument,
    "\n  query SeriesGet($id: ID!) {\n    SessionSeries(id: $id) { id sessions { id status startsAt } }\n  }\n": typeof types.SeriesGetDocument,
    "\n  query BenchClinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures { instrument episodes withFollowUp meanChangePercent medianChangePercent ci95Low ci95High }\n      byTherapist { therapistId measures { instrument episodes } }\n      byModality { modality measures { instrument episodes } }\n    }\n  }\n": typeof types.BenchClinicOutcomesDocument,
    "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) { id rootId version isLatest instrument responses activities score normalized band domain episodeId sessionId takenAt amendReason }\n  }\n": typeof types.RecordAssessmentDocument,
    "\n  mutation AmendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {\n    amendAssessment(id: $id, responses: $responses, reason: $reason, activities: $activities) { id rootId version isLatest responses activities score normalized amendReason }\n  }\n": typeof types.AmendAssessmentDocument,
    "\n  mutation OpenEpisode($input: OpenEpisodeInput!) {\n    openEpisode(input: $input) { id patientId region chronicity goal startedAt dischargedAt open }\n  }\n": typeof types.OpenEpisodeDocument,
    "\n  mutation FactorySignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id email role clinicId } }\n  }\n": typeof types.FactorySignUpDocument,
    "\n  mutation FactoryCreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) { id }\n  }\n": typeof types.FactoryCreateStaffDocument,
    "\n  mutation FactoryLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { token }\n  }\n": typeof types.FactoryLoginDocument,
    "\n  mutation FactoryCreatePatient($firstName: String!, $lastName: String!, $dateOfBirth: String!, $complaintRegion: ComplaintRegion!, $email: String) {\n    createPatient(firstName: $firstName, lastName: $lastName, dateOfBirth: $dateOfBirth, complaintRegion: $complaintRegion, email: $email) { id firstName lastName }\n  }\n": typeof types.FactoryCreatePatientDocument,
    "\n  fragment SessionFields on Session {\n    id status startsAt endsAt blockedUntil lateCancel cancelReason overrideReason seriesId episodeId roomId patientId therapistId serviceTypeId\n    checkedInAt completedAt noShowAt cancelledAt\n    patient { id name } therapist { id displayName } serviceType { id name durationMinutes bufferMinutes } room { id name }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation BookSession($input: BookSessionInput!) {\n    bookSession(input: $input) { ...SessionFields }\n  }\n": typeof types.BookSessionDocument,
    "\n  mutation BookSeries($input: BookSeriesInput!) {\n    bookSeries(input: $input) { id frequency interval count sessions { ...SessionFields } }\n  }\n": typeof types.BookSeriesDocument,
    "\n  mutation FactoryUpdateClinicSettings($name: String, $timezone: String, $slotStepMinutes: Int, $minimumNoticeMinutes: Int, $lateCancelWindowHours: Int) {\n    updateClinicSettings(name: $name, timezone: $timezone, slotStepMinutes: $slotStepMinutes, minimumNoticeMinutes: $minimumNoticeMinutes, lateCancelWindowHours: $lateCancelWindowHours) { id }\n  }\n": typeof types.FactoryUpdateClinicSettingsDocument,
    "\n  mutation SetWorkingHours($therapistId: ID!, $hours: [WorkingBlockInput!]!) {\n    setWorkingHours(therapistId: $therapistId, hours: $hours) { id workingHours { weekday start end } }\n  }\n": typeof types.SetWorkingHoursDocument,
    "\n  query FactoryTherapistOfUser($userId: ID) {\n    allTherapists(filter: { userId: $userId }) { id }\n  }\n": typeof types.FactoryTherapistOfUserDocument,
    "\n  mutation FactoryCreateRoom($name: String!) {\n    createRoom(name: $name) { id name }\n  }\n": typeof types.FactoryCreateRoomDocument,
    "\n  mutation FactoryCreateServiceType($name: String!, $modality: Modality!, $durationMinutes: Int!, $bufferMinutes: Int) {\n    createServiceType(name: $name, modality: $modality, durationMinutes: $durationMinutes, bufferMinutes: $bufferMinutes) { id durationMinutes bufferMinutes }\n  }\n": typeof types.FactoryCreateServiceTypeDocument,
    "\n  query FactoryCountSessions($filter: SessionFilter) {\n    _allSessionsMeta(filter: $filter) { count }\n  }\n": typeof types.FactoryCountSessionsDocument,
};
const documents: Documents = {
    "\n  mutation AuthLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { token user { id email name role clinicId } }\n  }\n": types.AuthLoginDocument,
    "\n  query AuthMe {\n    me { id email role clinicId active }\n  }\n": types.AuthMeDocument,
    "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token }\n  }\n": types.AuthSignUpDocument,
    "\n  mutation AuthDeactivate($id: ID!) {\n    updateUser(id: $id, active: false) { active }\n  }\n": types.AuthDeactivateDocument,
    "\n  mutation AuthCreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) { id }\n  }\n": types.AuthCreateStaffDocument,
    "\n  query AuthUsers {\n    allUsers(sortField: \"name\") { name role }\n    _allUsersMeta { count }\n  }\n": types.AuthUsersDocument,
    "\n  query AmendmentsAssessment($id: ID!) {\n    Assessment(id: $id) { id rootId version isLatest score responses amendReason }\n  }\n": types.AmendmentsAssessmentDocument,
    "\n  query AmendmentsList($filter: AssessmentFilter) {\n    allAssessments(filter: $filter) { id version score }\n    _allAssessmentsMeta(filter: $filter) { count }\n  }\n": types.AmendmentsListDocument,
    "\n  query AmendmentsHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) { id version isLatest score amendReason }\n  }\n": types.AmendmentsHistoryDocument,
    "\n  query AmendmentsPsfs($id: ID!) {\n    Assessment(id: $id) { version isLatest responses activities }\n  }\n": types.AmendmentsPsfsDocument,
    "\n  query AmendmentsPsfsHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) { version responses activities }\n  }\n": types.AmendmentsPsfsHistoryDocument,
    "\n  query AuditEvents($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500, sortField: \"at\", sortOrder: \"ASC\") { id actorId actorRole action entity entityId patientId requestId at }\n    _allAuditEventsMeta(filter: $filter) { count }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditEvent($id: ID!) {\n    AuditEvent(id: $id) { id entity }\n  }\n": types.AuditEventDocument,
    "\n  mutation AuditRecordScreening($i: RecordScreeningInput!) {\n    recordScreening(input: $i) { id }\n  }\n": types.AuditRecordScreeningDocument,
    "\n  mutation AuditRecordClearance($i: RecordClearanceInput!) {\n    recordClearance(input: $i) { id }\n  }\n": types.AuditRecordClearanceDocument,
    "\n  query AuditReadAssessment($id: ID!) {\n    Assessment(id: $id) { id }\n  }\n": types.AuditReadAssessmentDocument,
    "\n  query AuditReadChart($p: ID!) {\n    allAssessments(filter: { patientId: $p }) { id }\n    screenings(patientId: $p) { id }\n    clearances(patientId: $p) { id }\n    treatmentNotes(patientId: $p) { id }\n  }\n": types.AuditReadChartDocument,
    "\n  query AuditReadOutcomes($p: ID!) {\n    patientOutcomes(patientId: $p) { patientId }\n  }\n": types.AuditReadOutcomesDocument,
    "\n  query AuditReadScreenings($p: ID!) {\n    screenings(patientId: $p) { id }\n  }\n": types.AuditReadScreeningsDocument,
    "\n  query AuditReadDashboard {\n    clinicOutcomes { statement }\n  }\n": types.AuditReadDashboardDocument,
    "mutation AccessRecordScreening($i: RecordScreeningInput!) { recordScreening(input: $i) { id } }": types.AccessRecordScreeningDocument,
    "mutation AccessRecordClearance($i: RecordClearanceInput!) { recordClearance(input: $i) { id } }": types.AccessRecordClearanceDocument,
    "query AccessScreenings($p: ID!) { screenings(patientId: $p) { id } }": types.AccessScreeningsDocument,
    "query AccessClearances($p: ID!) { clearances(patientId: $p) { id } }": types.AccessClearancesDocument,
    "mutation AccessOpenEpisode($i: OpenEpisodeInput!) { openEpisode(input: $i) { id } }": types.AccessOpenEpisodeDocument,
    "mutation AccessDischargeEpisode($id: ID!) { dischargeEpisode(id: $id) { id } }": types.AccessDischargeEpisodeDocument,
    "query AccessEpisode($id: ID!) { Episode(id: $id) { id } }": types.AccessEpisodeDocument,
    "query AccessAllEpisodes($p: ID) { allEpisodes(filter: { patientId: $p }) { id } }": types.AccessAllEpisodesDocument,
    "query AccessAllEpisodesMeta($p: ID) { _allEpisodesMeta(filter: { patientId: $p }) { count } }": types.AccessAllEpisodesMetaDocument,
    "mutation AccessRecordAssessment($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id } }": types.AccessRecordAssessmentDocument,
    "mutation AccessAmendAssessment($id: ID!) { amendAssessment(id: $id, responses: [2], reason: \"typo fix\") { id } }": types.AccessAmendAssessmentDocument,
    "query AccessAssessment($id: ID!) { Assessment(id: $id) { id } }": types.AccessAssessmentDocument,
    "query AccessAllAssessments($p: ID) { allAssessments(filter: { patientId: $p }) { id } }": types.AccessAllAssessmentsDocument,
    "query AccessAllAssessmentsMeta($p: ID) { _allAssessmentsMeta(filter: { patientId: $p }) { count } }": types.AccessAllAssessmentsMetaDocument,
    "query AccessAssessmentHistory($r: ID!) { assessmentHistory(rootId: $r) { id } }": types.AccessAssessmentHistoryDocument,
    "query AccessTreatmentNotes($p: ID!) { treatmentNotes(patientId: $p) { id } }": types.AccessTreatmentNotesDocument,
    "query AccessTreatmentNote($s: ID!) { treatmentNote(sessionId: $s) { id } }": types.AccessTreatmentNoteDocument,
    "query AccessPatientOutcomes($p: ID!) { patientOutcomes(patientId: $p) { patientId } }": types.AccessPatientOutcomesDocument,
    "query AccessClinicOutcomes { clinicOutcomes { statement } }": types.AccessClinicOutcomesDocument,
    "query AccessAuditEvent($id: ID!) { AuditEvent(id: $id) { id } }": types.AccessAuditEventDocument,
    "query AccessAllAuditEvents { allAuditEvents { id } }": types.AccessAllAuditEventsDocument,
    "query AccessAllAuditEventsMeta { _allAuditEventsMeta { count } }": types.AccessAllAuditEventsMetaDocument,
    "query AccessFirstAuditEvent { allAuditEvents(perPage: 1) { id } }": types.AccessFirstAuditEventDocument,
    "\n  mutation AccessScreeningStatus($i: RecordScreeningInput!) {\n    recordScreening(input: $i) { patientClearanceStatus }\n  }\n": types.AccessScreeningStatusDocument,
    "\n  query AccessMyLists {\n    allAssessments(perPage: 500) { patientId }\n    allEpisodes(perPage: 500) { patientId }\n  }\n": types.AccessMyListsDocument,
    "\n  query AccessAllLists {\n    allAssessments { id }\n    allEpisodes { id }\n  }\n": types.AccessAllListsDocument,
    "\n  mutation ScreeningRecord($input: RecordScreeningInput!) {\n    recordScreening(input: $input) { id patientId contraindications patientClearanceStatus recordedAt }\n  }\n": types.ScreeningRecordDocument,
    "\n  mutation ScreeningClear($input: RecordClearanceInput!) {\n    recordClearance(input: $input) { id patientId clinician note clearedAt }\n  }\n": types.ScreeningClearDocument,
    "\n  query ScreeningClearanceStatus($id: ID!) {\n    Patient(id: $id) { clearanceStatus }\n  }\n": types.ScreeningClearanceStatusDocument,
    "\n  query ScreeningHistory($p: ID!) {\n    screenings(patientId: $p) { contraindications }\n    clearances(patientId: $p) { clinician }\n  }\n": types.ScreeningHistoryDocument,
    "\n  mutation EpisodesDischarge($id: ID!, $note: String, $dischargedAt: DateTime) {\n    dischargeEpisode(id: $id, note: $note, dischargedAt: $dischargedAt) { id open dischargedAt dischargeNote }\n  }\n": types.EpisodesDischargeDocument,
    "\n  query EpisodesList($f: EpisodeFilter) {\n    allEpisodes(filter: $f) { id open }\n    _allEpisodesMeta(filter: $f) { count }\n  }\n": types.EpisodesListDocument,
    "\n  query EpisodesOne($id: ID!) {\n    Episode(id: $id) { startedAt open }\n  }\n": types.EpisodesOneDocument,
    "\n  query ScoringAssessment($id: ID!) {\n    Assessment(id: $id) { id instrument responses activities }\n  }\n": types.ScoringAssessmentDocument,
    "\n  mutation ScoringRecordScoreOnly($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) { score }\n  }\n": types.ScoringRecordScoreOnlyDocument,
    "\n  query ScoringInstruments {\n    instruments { code name domain minItems maxItems maxMissing mcid higherIsBetter items { key label min max optional } }\n  }\n": types.ScoringInstrumentsDocument,
    "\n  fragment OutcomeStatsFields on OutcomeStats {\n    instrument episodes withFollowUp dropouts meanChangePercent medianChangePercent ci95Low ci95High\n    completers { meaningfulShare claimShare }\n    intentionToTreat { meaningfulShare claimShare }\n  }\n": types.OutcomeStatsFieldsFragmentDoc,
    "\n  query ClinicOutcomesSummary($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures { ...OutcomeStatsFields }\n      byTherapist { therapistId therapistName measures { ...OutcomeStatsFields } }\n      byModality { modality measures { ...OutcomeStatsFields } }\n      statement\n      claim\n      reference { citation finding participants }\n    }\n  }\n": types.ClinicOutcomesSummaryDocument,
    "\n  query MeasuresClinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) { measures { instrument episodes withFollowUp dropouts meanChangePercent } }\n  }\n": types.MeasuresClinicOutcomesDocument,
    "\n  query MeasuresPatientOutcomes($p: ID!) {\n    patientOutcomes(patientId: $p) {\n      measures { instrument changePoints changePercent baseline { assessmentId score } latest { assessmentId score } }\n    }\n  }\n": types.MeasuresPatientOutcomesDocument,
    "\n  query PatientOutcomes($p: ID!, $e: ID) {\n    patientOutcomes(patientId: $p, episodeId: $e) {\n      patientId\n      episode { id open }\n      measures {\n        instrument domain hasFollowUp changePoints changePercent meaningful meetsClaim claimTarget meaningfulTarget\n        baseline { assessmentId takenAt sessionNumber score normalized }\n        latest { assessmentId takenAt sessionNumber score normalized }\n        series { takenAt sessionNumber score normalized }\n      }\n    }\n  }\n": types.PatientOutcomesDocument,
    "\n  mutation PatientOutcomesDischarge($id: ID!, $dischargedAt: DateTime) {\n    dischargeEpisode(id: $id, dischargedAt: $dischargedAt) { id }\n  }\n": types.PatientOutcomesDischargeDocument,
    "\n  query PatientsGet($id: ID!) {\n    Patient(id: $id) { id name firstName lastName dateOfBirth complaintRegion clearanceStatus email }\n  }\n": types.PatientsGetDocument,
    "\n  query PatientsList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: PatientFilter) {\n    allPatients(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { id firstName lastName }\n    _allPatientsMeta(filter: $filter) { count }\n  }\n": types.PatientsListDocument,
    "\n  mutation PatientsUpdate($id: ID!, $lastName: String, $dateOfBirth: String) {\n    updatePatient(id: $id, lastName: $lastName, dateOfBirth: $dateOfBirth) { id lastName dateOfBirth }\n  }\n": types.PatientsUpdateDocument,
    "\n  mutation PatientsDelete($id: ID!) {\n    deletePatient(id: $id) { id }\n  }\n": types.PatientsDeleteDocument,
    "\n  mutation PatientsCreateNeck($firstName: String!, $dateOfBirth: String!, $email: String) {\n    createPatient(firstName: $firstName, lastName: \"L\", dateOfBirth: $dateOfBirth, complaintRegion: NECK, email: $email) { id }\n  }\n": types.PatientsCreateNeckDocument,
    "\n  mutation PatientsCreateWithRegion($r: ComplaintRegion!) {\n    createPatient(firstName: \"F\", lastName: \"L\", dateOfBirth: \"1980-01-01\", complaintRegion: $r) { id }\n  }\n": types.PatientsCreateWithRegionDocument,
    "\n  query AvailableSlots($t: ID!, $s: ID!, $from: DateTime!, $to: DateTime!, $room: ID, $patient: ID, $exclude: ID) {\n    availableSlots(therapistId: $t, serviceTypeId: $s, from: $from, to: $to, roomId: $room, patientId: $patient, excludeSessionId: $exclude) { startsAt endsAt }\n  }\n": types.AvailableSlotsDocument,
    "\n  mutation AvailabilityAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b) { id }\n  }\n": types.AvailabilityAddTimeOffDocument,
    "\n  mutation BookingAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b, reason: \"course\") { id }\n  }\n": types.BookingAddTimeOffDocument,
    "\n  query BookingAudit($f: AuditEventFilter) {\n    allAuditEvents(filter: $f) { action entity entityId patientId actorId }\n  }\n": types.BookingAuditDocument,
    "\n  mutation BookingDeactivateRoom($id: ID!) {\n    updateRoom(id: $id, active: false) { id }\n  }\n": types.BookingDeactivateRoomDocument,
    "\n  mutation BookingDeactivateServiceType($id: ID!) {\n    updateServiceType(id: $id, active: false) { id }\n  }\n": types.BookingDeactivateServiceTypeDocument,
    "\n  mutation BookingDeactivateTherapist($id: ID!) {\n    updateTherapist(id: $id, active: false) { id }\n  }\n": types.BookingDeactivateTherapistDocument,
    "\n  query BookingSession($id: ID!) {\n    Session(id: $id) { id status }\n  }\n": types.BookingSessionDocument,
    "\n  mutation BookingCheckIn($id: ID!) {\n    checkInSession(id: $id) { id }\n  }\n": types.BookingCheckInDocument,
    "\n  mutation BookingNoShow($id: ID!) {\n    markNoShow(id: $id) { id }\n  }\n": types.BookingNoShowDocument,
    "\n  mutation BookingCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"x\") { id }\n  }\n": types.BookingCancelDocument,
    "\n  mutation BookingReschedule($id: ID!, $at: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $at) { id }\n  }\n": types.BookingRescheduleDocument,
    "\n  query BookingSessions($f: SessionFilter) {\n    allSessions(filter: $f) { id }\n  }\n": types.BookingSessionsDocument,
    "\n  mutation LifecycleCheckIn($id: ID!) {\n    checkInSession(id: $id) { ...SessionFields }\n  }\n": types.LifecycleCheckInDocument,
    "\n  mutation LifecycleComplete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) { ...SessionFields }\n  }\n": types.LifecycleCompleteDocument,
    "\n  mutation LifecycleCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"feeling unwell\") { ...SessionFields }\n  }\n": types.LifecycleCancelDocument,
    "\n  mutation LifecycleNoShow($id: ID!) {\n    markNoShow(id: $id) { ...SessionFields }\n  }\n": types.LifecycleNoShowDocument,
    "\n  mutation LifecycleReschedule($id: ID!, $startsAt: DateTime!, $roomId: ID) {\n    rescheduleSession(id: $id, startsAt: $startsAt, roomId: $roomId) { ...SessionFields }\n  }\n": types.LifecycleRescheduleDocument,
    "\n  query LifecycleSessionStatus($id: ID!) {\n    Session(id: $id) { status }\n  }\n": types.LifecycleSessionStatusDocument,
    "\n  query ResourcesTherapist($id: ID!) {\n    Therapist(id: $id) { id displayName credentials modalities active workingHours { weekday start end } timeOff { id reason } }\n  }\n": types.ResourcesTherapistDocument,
    "\n  query ResourcesClinicSettings {\n    clinicSettings { name timezone slotStepMinutes minimumNoticeMinutes lateCancelWindowHours }\n  }\n": types.ResourcesClinicSettingsDocument,
    "\n  mutation ResourcesUpdateClinicSettings($tz: String, $step: Int) {\n    updateClinicSettings(timezone: $tz, slotStepMinutes: $step) { timezone slotStepMinutes }\n  }\n": types.ResourcesUpdateClinicSettingsDocument,
    "\n  query ResourcesTherapists($f: TherapistFilter) {\n    allTherapists(filter: $f, sortField: \"displayName\") { id workingHours { weekday } }\n    _allTherapistsMeta(filter: $f) { count }\n  }\n": types.ResourcesTherapistsDocument,
    "\n  mutation ResourcesUpdateTherapist($id: ID!, $displayName: String, $modalities: [Modality!], $active: Boolean) {\n    updateTherapist(id: $id, displayName: $displayName, modalities: $modalities, active: $active) { id displayName modalities active }\n  }\n": types.ResourcesUpdateTherapistDocument,
    "\n  query ResourcesHotStoneTherapists {\n    allTherapists(filter: { modality: HOT_STONE }) { id }\n  }\n": types.ResourcesHotStoneTherapistsDocument,
    "\n  mutation ResourcesAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!, $r: String) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b, reason: $r) { id therapistId reason }\n  }\n": types.ResourcesAddTimeOffDocument,
    "\n  mutation ResourcesRemoveTimeOff($id: ID!) {\n    removeTimeOff(id: $id) { id }\n  }\n": types.ResourcesRemoveTimeOffDocument,
    "\n  mutation ResourcesCreateRoom($name: String!) {\n    createRoom(name: $name) { id }\n  }\n": types.ResourcesCreateRoomDocument,
    "\n  query ResourcesGardenRooms {\n    allRooms(filter: { q: \"garden\" }) { id name active }\n    _allRoomsMeta(filter: { q: \"garden\" }) { count }\n  }\n": types.ResourcesGardenRoomsDocument,
    "\n  mutation ResourcesTinyService {\n    createServiceType(name: \"Tiny\", modality: SWEDISH, durationMinutes: 3) { id }\n  }\n": types.ResourcesTinyServiceDocument,
    "\n  mutation ResourcesDeleteServiceType($id: ID!) {\n    deleteServiceType(id: $id) { id }\n  }\n": types.ResourcesDeleteServiceTypeDocument,
    "\n  mutation ResourcesDeleteRoom($id: ID!) {\n    deleteRoom(id: $id) { id }\n  }\n": types.ResourcesDeleteRoomDocument,
    "\n  query ResourcesServiceType($id: ID!) {\n    ServiceType(id: $id) { id }\n  }\n": types.ResourcesServiceTypeDocument,
    "\n  mutation ResourcesCancelSession($id: ID!) {\n    cancelSession(id: $id, reason: \"x\") { id }\n  }\n": types.ResourcesCancelSessionDocument,
    "\n  query ResourcesSessionList($f: SessionFilter, $sortOrder: String) {\n    allSessions(filter: $f, sortField: \"startsAt\", sortOrder: $sortOrder) { id status patient { id name } therapist { id displayName } serviceType { id } room { id } }\n    _allSessionsMeta(filter: $f) { count }\n  }\n": types.ResourcesSessionListDocument,
    "\n  mutation SeriesCancel($id: ID!, $scope: CancelScope) {\n    cancelSession(id: $id, reason: \"moving away\", scope: $scope) { id status }\n  }\n": types.SeriesCancelDocument,
    "\n  query SeriesGet($id: ID!) {\n    SessionSeries(id: $id) { id sessions { id status startsAt } }\n  }\n": types.SeriesGetDocument,
    "\n  query BenchClinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures { instrument episodes withFollowUp meanChangePercent medianChangePercent ci95Low ci95High }\n      byTherapist { therapistId measures { instrument episodes } }\n      byModality { modality measures { instrument episodes } }\n    }\n  }\n": types.BenchClinicOutcomesDocument,
    "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) { id rootId version isLatest instrument responses activities score normalized band domain episodeId sessionId takenAt amendReason }\n  }\n": types.RecordAssessmentDocument,
    "\n  mutation AmendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {\n    amendAssessment(id: $id, responses: $responses, reason: $reason, activities: $activities) { id rootId version isLatest responses activities score normalized amendReason }\n  }\n": types.AmendAssessmentDocument,
    "\n  mutation OpenEpisode($input: OpenEpisodeInput!) {\n    openEpisode(input: $input) { id patientId region chronicity goal startedAt dischargedAt open }\n  }\n": types.OpenEpisodeDocument,
    "\n  mutation FactorySignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id email role clinicId } }\n  }\n": types.FactorySignUpDocument,
    "\n  mutation FactoryCreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) { id }\n  }\n": types.FactoryCreateStaffDocument,
    "\n  mutation FactoryLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { token }\n  }\n": types.FactoryLoginDocument,
    "\n  mutation FactoryCreatePatient($firstName: String!, $lastName: String!, $dateOfBirth: String!, $complaintRegion: ComplaintRegion!, $email: String) {\n    createPatient(firstName: $firstName, lastName: $lastName, dateOfBirth: $dateOfBirth, complaintRegion: $complaintRegion, email: $email) { id firstName lastName }\n  }\n": types.FactoryCreatePatientDocument,
    "\n  fragment SessionFields on Session {\n    id status startsAt endsAt blockedUntil lateCancel cancelReason overrideReason seriesId episodeId roomId patientId therapistId serviceTypeId\n    checkedInAt completedAt noShowAt cancelledAt\n    patient { id name } therapist { id displayName } serviceType { id name durationMinutes bufferMinutes } room { id name }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation BookSession($input: BookSessionInput!) {\n    bookSession(input: $input) { ...SessionFields }\n  }\n": types.BookSessionDocument,
    "\n  mutation BookSeries($input: BookSeriesInput!) {\n    bookSeries(input: $input) { id frequency interval count sessions { ...SessionFields } }\n  }\n": types.BookSeriesDocument,
    "\n  mutation FactoryUpdateClinicSettings($name: String, $timezone: String, $slotStepMinutes: Int, $minimumNoticeMinutes: Int, $lateCancelWindowHours: Int) {\n    updateClinicSettings(name: $name, timezone: $timezone, slotStepMinutes: $slotStepMinutes, minimumNoticeMinutes: $minimumNoticeMinutes, lateCancelWindowHours: $lateCancelWindowHours) { id }\n  }\n": types.FactoryUpdateClinicSettingsDocument,
    "\n  mutation SetWorkingHours($therapistId: ID!, $hours: [WorkingBlockInput!]!) {\n    setWorkingHours(therapistId: $therapistId, hours: $hours) { id workingHours { weekday start end } }\n  }\n": types.SetWorkingHoursDocument,
    "\n  query FactoryTherapistOfUser($userId: ID) {\n    allTherapists(filter: { userId: $userId }) { id }\n  }\n": types.FactoryTherapistOfUserDocument,
    "\n  mutation FactoryCreateRoom($name: String!) {\n    createRoom(name: $name) { id name }\n  }\n": types.FactoryCreateRoomDocument,
    "\n  mutation FactoryCreateServiceType($name: String!, $modality: Modality!, $durationMinutes: Int!, $bufferMinutes: Int) {\n    createServiceType(name: $name, modality: $modality, durationMinutes: $durationMinutes, bufferMinutes: $bufferMinutes) { id durationMinutes bufferMinutes }\n  }\n": types.FactoryCreateServiceTypeDocument,
    "\n  query FactoryCountSessions($filter: SessionFilter) {\n    _allSessionsMeta(filter: $filter) { count }\n  }\n": types.FactoryCountSessionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { token user { id email name role clinicId } }\n  }\n"): typeof import('./graphql.js').AuthLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMe {\n    me { id email role clinicId active }\n  }\n"): typeof import('./graphql.js').AuthMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token }\n  }\n"): typeof import('./graphql.js').AuthSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthDeactivate($id: ID!) {\n    updateUser(id: $id, active: false) { active }\n  }\n"): typeof import('./graphql.js').AuthDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) { id }\n  }\n"): typeof import('./graphql.js').AuthCreateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthUsers {\n    allUsers(sortField: \"name\") { name role }\n    _allUsersMeta { count }\n  }\n"): typeof import('./graphql.js').AuthUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendmentsAssessment($id: ID!) {\n    Assessment(id: $id) { id rootId version isLatest score responses amendReason }\n  }\n"): typeof import('./graphql.js').AmendmentsAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendmentsList($filter: AssessmentFilter) {\n    allAssessments(filter: $filter) { id version score }\n    _allAssessmentsMeta(filter: $filter) { count }\n  }\n"): typeof import('./graphql.js').AmendmentsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendmentsHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) { id version isLatest score amendReason }\n  }\n"): typeof import('./graphql.js').AmendmentsHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendmentsPsfs($id: ID!) {\n    Assessment(id: $id) { version isLatest responses activities }\n  }\n"): typeof import('./graphql.js').AmendmentsPsfsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendmentsPsfsHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) { version responses activities }\n  }\n"): typeof import('./graphql.js').AmendmentsPsfsHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500, sortField: \"at\", sortOrder: \"ASC\") { id actorId actorRole action entity entityId patientId requestId at }\n    _allAuditEventsMeta(filter: $filter) { count }\n  }\n"): typeof import('./graphql.js').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvent($id: ID!) {\n    AuditEvent(id: $id) { id entity }\n  }\n"): typeof import('./graphql.js').AuditEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordScreening($i: RecordScreeningInput!) {\n    recordScreening(input: $i) { id }\n  }\n"): typeof import('./graphql.js').AuditRecordScreeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordClearance($i: RecordClearanceInput!) {\n    recordClearance(input: $i) { id }\n  }\n"): typeof import('./graphql.js').AuditRecordClearanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReadAssessment($id: ID!) {\n    Assessment(id: $id) { id }\n  }\n"): typeof import('./graphql.js').AuditReadAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReadChart($p: ID!) {\n    allAssessments(filter: { patientId: $p }) { id }\n    screenings(patientId: $p) { id }\n    clearances(patientId: $p) { id }\n    treatmentNotes(patientId: $p) { id }\n  }\n"): typeof import('./graphql.js').AuditReadChartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReadOutcomes($p: ID!) {\n    patientOutcomes(patientId: $p) { patientId }\n  }\n"): typeof import('./graphql.js').AuditReadOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReadScreenings($p: ID!) {\n    screenings(patientId: $p) { id }\n  }\n"): typeof import('./graphql.js').AuditReadScreeningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReadDashboard {\n    clinicOutcomes { statement }\n  }\n"): typeof import('./graphql.js').AuditReadDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessRecordScreening($i: RecordScreeningInput!) { recordScreening(input: $i) { id } }"): typeof import('./graphql.js').AccessRecordScreeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessRecordClearance($i: RecordClearanceInput!) { recordClearance(input: $i) { id } }"): typeof import('./graphql.js').AccessRecordClearanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessScreenings($p: ID!) { screenings(patientId: $p) { id } }"): typeof import('./graphql.js').AccessScreeningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessClearances($p: ID!) { clearances(patientId: $p) { id } }"): typeof import('./graphql.js').AccessClearancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessOpenEpisode($i: OpenEpisodeInput!) { openEpisode(input: $i) { id } }"): typeof import('./graphql.js').AccessOpenEpisodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessDischargeEpisode($id: ID!) { dischargeEpisode(id: $id) { id } }"): typeof import('./graphql.js').AccessDischargeEpisodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessEpisode($id: ID!) { Episode(id: $id) { id } }"): typeof import('./graphql.js').AccessEpisodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAllEpisodes($p: ID) { allEpisodes(filter: { patientId: $p }) { id } }"): typeof import('./graphql.js').AccessAllEpisodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAllEpisodesMeta($p: ID) { _allEpisodesMeta(filter: { patientId: $p }) { count } }"): typeof import('./graphql.js').AccessAllEpisodesMetaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessRecordAssessment($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id } }"): typeof import('./graphql.js').AccessRecordAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessAmendAssessment($id: ID!) { amendAssessment(id: $id, responses: [2], reason: \"typo fix\") { id } }"): typeof import('./graphql.js').AccessAmendAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAssessment($id: ID!) { Assessment(id: $id) { id } }"): typeof import('./graphql.js').AccessAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAllAssessments($p: ID) { allAssessments(filter: { patientId: $p }) { id } }"): typeof import('./graphql.js').AccessAllAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAllAssessmentsMeta($p: ID) { _allAssessmentsMeta(filter: { patientId: $p }) { count } }"): typeof import('./graphql.js').AccessAllAssessmentsMetaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAssessmentHistory($r: ID!) { assessmentHistory(rootId: $r) { id } }"): typeof import('./graphql.js').AccessAssessmentHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessTreatmentNotes($p: ID!) { treatmentNotes(patientId: $p) { id } }"): typeof import('./graphql.js').AccessTreatmentNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessTreatmentNote($s: ID!) { treatmentNote(sessionId: $s) { id } }"): typeof import('./graphql.js').AccessTreatmentNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessPatientOutcomes($p: ID!) { patientOutcomes(patientId: $p) { patientId } }"): typeof import('./graphql.js').AccessPatientOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessClinicOutcomes { clinicOutcomes { statement } }"): typeof import('./graphql.js').AccessClinicOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAuditEvent($id: ID!) { AuditEvent(id: $id) { id } }"): typeof import('./graphql.js').AccessAuditEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAllAuditEvents { allAuditEvents { id } }"): typeof import('./graphql.js').AccessAllAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAllAuditEventsMeta { _allAuditEventsMeta { count } }"): typeof import('./graphql.js').AccessAllAuditEventsMetaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessFirstAuditEvent { allAuditEvents(perPage: 1) { id } }"): typeof import('./graphql.js').AccessFirstAuditEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessScreeningStatus($i: RecordScreeningInput!) {\n    recordScreening(input: $i) { patientClearanceStatus }\n  }\n"): typeof import('./graphql.js').AccessScreeningStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessMyLists {\n    allAssessments(perPage: 500) { patientId }\n    allEpisodes(perPage: 500) { patientId }\n  }\n"): typeof import('./graphql.js').AccessMyListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessAllLists {\n    allAssessments { id }\n    allEpisodes { id }\n  }\n"): typeof import('./graphql.js').AccessAllListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScreeningRecord($input: RecordScreeningInput!) {\n    recordScreening(input: $input) { id patientId contraindications patientClearanceStatus recordedAt }\n  }\n"): typeof import('./graphql.js').ScreeningRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScreeningClear($input: RecordClearanceInput!) {\n    recordClearance(input: $input) { id patientId clinician note clearedAt }\n  }\n"): typeof import('./graphql.js').ScreeningClearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreeningClearanceStatus($id: ID!) {\n    Patient(id: $id) { clearanceStatus }\n  }\n"): typeof import('./graphql.js').ScreeningClearanceStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreeningHistory($p: ID!) {\n    screenings(patientId: $p) { contraindications }\n    clearances(patientId: $p) { clinician }\n  }\n"): typeof import('./graphql.js').ScreeningHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EpisodesDischarge($id: ID!, $note: String, $dischargedAt: DateTime) {\n    dischargeEpisode(id: $id, note: $note, dischargedAt: $dischargedAt) { id open dischargedAt dischargeNote }\n  }\n"): typeof import('./graphql.js').EpisodesDischargeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EpisodesList($f: EpisodeFilter) {\n    allEpisodes(filter: $f) { id open }\n    _allEpisodesMeta(filter: $f) { count }\n  }\n"): typeof import('./graphql.js').EpisodesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EpisodesOne($id: ID!) {\n    Episode(id: $id) { startedAt open }\n  }\n"): typeof import('./graphql.js').EpisodesOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringAssessment($id: ID!) {\n    Assessment(id: $id) { id instrument responses activities }\n  }\n"): typeof import('./graphql.js').ScoringAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoringRecordScoreOnly($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) { score }\n  }\n"): typeof import('./graphql.js').ScoringRecordScoreOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringInstruments {\n    instruments { code name domain minItems maxItems maxMissing mcid higherIsBetter items { key label min max optional } }\n  }\n"): typeof import('./graphql.js').ScoringInstrumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeStatsFields on OutcomeStats {\n    instrument episodes withFollowUp dropouts meanChangePercent medianChangePercent ci95Low ci95High\n    completers { meaningfulShare claimShare }\n    intentionToTreat { meaningfulShare claimShare }\n  }\n"): typeof import('./graphql.js').OutcomeStatsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClinicOutcomesSummary($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures { ...OutcomeStatsFields }\n      byTherapist { therapistId therapistName measures { ...OutcomeStatsFields } }\n      byModality { modality measures { ...OutcomeStatsFields } }\n      statement\n      claim\n      reference { citation finding participants }\n    }\n  }\n"): typeof import('./graphql.js').ClinicOutcomesSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasuresClinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) { measures { instrument episodes withFollowUp dropouts meanChangePercent } }\n  }\n"): typeof import('./graphql.js').MeasuresClinicOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasuresPatientOutcomes($p: ID!) {\n    patientOutcomes(patientId: $p) {\n      measures { instrument changePoints changePercent baseline { assessmentId score } latest { assessmentId score } }\n    }\n  }\n"): typeof import('./graphql.js').MeasuresPatientOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientOutcomes($p: ID!, $e: ID) {\n    patientOutcomes(patientId: $p, episodeId: $e) {\n      patientId\n      episode { id open }\n      measures {\n        instrument domain hasFollowUp changePoints changePercent meaningful meetsClaim claimTarget meaningfulTarget\n        baseline { assessmentId takenAt sessionNumber score normalized }\n        latest { assessmentId takenAt sessionNumber score normalized }\n        series { takenAt sessionNumber score normalized }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PatientOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientOutcomesDischarge($id: ID!, $dischargedAt: DateTime) {\n    dischargeEpisode(id: $id, dischargedAt: $dischargedAt) { id }\n  }\n"): typeof import('./graphql.js').PatientOutcomesDischargeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientsGet($id: ID!) {\n    Patient(id: $id) { id name firstName lastName dateOfBirth complaintRegion clearanceStatus email }\n  }\n"): typeof import('./graphql.js').PatientsGetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientsList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: PatientFilter) {\n    allPatients(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { id firstName lastName }\n    _allPatientsMeta(filter: $filter) { count }\n  }\n"): typeof import('./graphql.js').PatientsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientsUpdate($id: ID!, $lastName: String, $dateOfBirth: String) {\n    updatePatient(id: $id, lastName: $lastName, dateOfBirth: $dateOfBirth) { id lastName dateOfBirth }\n  }\n"): typeof import('./graphql.js').PatientsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientsDelete($id: ID!) {\n    deletePatient(id: $id) { id }\n  }\n"): typeof import('./graphql.js').PatientsDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientsCreateNeck($firstName: String!, $dateOfBirth: String!, $email: String) {\n    createPatient(firstName: $firstName, lastName: \"L\", dateOfBirth: $dateOfBirth, complaintRegion: NECK, email: $email) { id }\n  }\n"): typeof import('./graphql.js').PatientsCreateNeckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientsCreateWithRegion($r: ComplaintRegion!) {\n    createPatient(firstName: \"F\", lastName: \"L\", dateOfBirth: \"1980-01-01\", complaintRegion: $r) { id }\n  }\n"): typeof import('./graphql.js').PatientsCreateWithRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailableSlots($t: ID!, $s: ID!, $from: DateTime!, $to: DateTime!, $room: ID, $patient: ID, $exclude: ID) {\n    availableSlots(therapistId: $t, serviceTypeId: $s, from: $from, to: $to, roomId: $room, patientId: $patient, excludeSessionId: $exclude) { startsAt endsAt }\n  }\n"): typeof import('./graphql.js').AvailableSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AvailabilityAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b) { id }\n  }\n"): typeof import('./graphql.js').AvailabilityAddTimeOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b, reason: \"course\") { id }\n  }\n"): typeof import('./graphql.js').BookingAddTimeOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingAudit($f: AuditEventFilter) {\n    allAuditEvents(filter: $f) { action entity entityId patientId actorId }\n  }\n"): typeof import('./graphql.js').BookingAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingDeactivateRoom($id: ID!) {\n    updateRoom(id: $id, active: false) { id }\n  }\n"): typeof import('./graphql.js').BookingDeactivateRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingDeactivateServiceType($id: ID!) {\n    updateServiceType(id: $id, active: false) { id }\n  }\n"): typeof import('./graphql.js').BookingDeactivateServiceTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingDeactivateTherapist($id: ID!) {\n    updateTherapist(id: $id, active: false) { id }\n  }\n"): typeof import('./graphql.js').BookingDeactivateTherapistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingSession($id: ID!) {\n    Session(id: $id) { id status }\n  }\n"): typeof import('./graphql.js').BookingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingCheckIn($id: ID!) {\n    checkInSession(id: $id) { id }\n  }\n"): typeof import('./graphql.js').BookingCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingNoShow($id: ID!) {\n    markNoShow(id: $id) { id }\n  }\n"): typeof import('./graphql.js').BookingNoShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"x\") { id }\n  }\n"): typeof import('./graphql.js').BookingCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingReschedule($id: ID!, $at: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $at) { id }\n  }\n"): typeof import('./graphql.js').BookingRescheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingSessions($f: SessionFilter) {\n    allSessions(filter: $f) { id }\n  }\n"): typeof import('./graphql.js').BookingSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleCheckIn($id: ID!) {\n    checkInSession(id: $id) { ...SessionFields }\n  }\n"): typeof import('./graphql.js').LifecycleCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleComplete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) { ...SessionFields }\n  }\n"): typeof import('./graphql.js').LifecycleCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"feeling unwell\") { ...SessionFields }\n  }\n"): typeof import('./graphql.js').LifecycleCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleNoShow($id: ID!) {\n    markNoShow(id: $id) { ...SessionFields }\n  }\n"): typeof import('./graphql.js').LifecycleNoShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleReschedule($id: ID!, $startsAt: DateTime!, $roomId: ID) {\n    rescheduleSession(id: $id, startsAt: $startsAt, roomId: $roomId) { ...SessionFields }\n  }\n"): typeof import('./graphql.js').LifecycleRescheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleSessionStatus($id: ID!) {\n    Session(id: $id) { status }\n  }\n"): typeof import('./graphql.js').LifecycleSessionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesTherapist($id: ID!) {\n    Therapist(id: $id) { id displayName credentials modalities active workingHours { weekday start end } timeOff { id reason } }\n  }\n"): typeof import('./graphql.js').ResourcesTherapistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesClinicSettings {\n    clinicSettings { name timezone slotStepMinutes minimumNoticeMinutes lateCancelWindowHours }\n  }\n"): typeof import('./graphql.js').ResourcesClinicSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesUpdateClinicSettings($tz: String, $step: Int) {\n    updateClinicSettings(timezone: $tz, slotStepMinutes: $step) { timezone slotStepMinutes }\n  }\n"): typeof import('./graphql.js').ResourcesUpdateClinicSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesTherapists($f: TherapistFilter) {\n    allTherapists(filter: $f, sortField: \"displayName\") { id workingHours { weekday } }\n    _allTherapistsMeta(filter: $f) { count }\n  }\n"): typeof import('./graphql.js').ResourcesTherapistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesUpdateTherapist($id: ID!, $displayName: String, $modalities: [Modality!], $active: Boolean) {\n    updateTherapist(id: $id, displayName: $displayName, modalities: $modalities, active: $active) { id displayName modalities active }\n  }\n"): typeof import('./graphql.js').ResourcesUpdateTherapistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesHotStoneTherapists {\n    allTherapists(filter: { modality: HOT_STONE }) { id }\n  }\n"): typeof import('./graphql.js').ResourcesHotStoneTherapistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!, $r: String) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b, reason: $r) { id therapistId reason }\n  }\n"): typeof import('./graphql.js').ResourcesAddTimeOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesRemoveTimeOff($id: ID!) {\n    removeTimeOff(id: $id) { id }\n  }\n"): typeof import('./graphql.js').ResourcesRemoveTimeOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesCreateRoom($name: String!) {\n    createRoom(name: $name) { id }\n  }\n"): typeof import('./graphql.js').ResourcesCreateRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesGardenRooms {\n    allRooms(filter: { q: \"garden\" }) { id name active }\n    _allRoomsMeta(filter: { q: \"garden\" }) { count }\n  }\n"): typeof import('./graphql.js').ResourcesGardenRoomsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesTinyService {\n    createServiceType(name: \"Tiny\", modality: SWEDISH, durationMinutes: 3) { id }\n  }\n"): typeof import('./graphql.js').ResourcesTinyServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesDeleteServiceType($id: ID!) {\n    deleteServiceType(id: $id) { id }\n  }\n"): typeof import('./graphql.js').ResourcesDeleteServiceTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesDeleteRoom($id: ID!) {\n    deleteRoom(id: $id) { id }\n  }\n"): typeof import('./graphql.js').ResourcesDeleteRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesServiceType($id: ID!) {\n    ServiceType(id: $id) { id }\n  }\n"): typeof import('./graphql.js').ResourcesServiceTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesCancelSession($id: ID!) {\n    cancelSession(id: $id, reason: \"x\") { id }\n  }\n"): typeof import('./graphql.js').ResourcesCancelSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesSessionList($f: SessionFilter, $sortOrder: String) {\n    allSessions(filter: $f, sortField: \"startsAt\", sortOrder: $sortOrder) { id status patient { id name } therapist { id displayName } serviceType { id } room { id } }\n    _allSessionsMeta(filter: $f) { count }\n  }\n"): typeof import('./graphql.js').ResourcesSessionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeriesCancel($id: ID!, $scope: CancelScope) {\n    cancelSession(id: $id, reason: \"moving away\", scope: $scope) { id status }\n  }\n"): typeof import('./graphql.js').SeriesCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesGet($id: ID!) {\n    SessionSeries(id: $id) { id sessions { id status startsAt } }\n  }\n"): typeof import('./graphql.js').SeriesGetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchClinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures { instrument episodes withFollowUp meanChangePercent medianChangePercent ci95Low ci95High }\n      byTherapist { therapistId measures { instrument episodes } }\n      byModality { modality measures { instrument episodes } }\n    }\n  }\n"): typeof import('./graphql.js').BenchClinicOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) { id rootId version isLatest instrument responses activities score normalized band domain episodeId sessionId takenAt amendReason }\n  }\n"): typeof import('./graphql.js').RecordAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {\n    amendAssessment(id: $id, responses: $responses, reason: $reason, activities: $activities) { id rootId version isLatest responses activities score normalized amendReason }\n  }\n"): typeof import('./graphql.js').AmendAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenEpisode($input: OpenEpisodeInput!) {\n    openEpisode(input: $input) { id patientId region chronicity goal startedAt dischargedAt open }\n  }\n"): typeof import('./graphql.js').OpenEpisodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactorySignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id email role clinicId } }\n  }\n"): typeof import('./graphql.js').FactorySignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) { id }\n  }\n"): typeof import('./graphql.js').FactoryCreateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { token }\n  }\n"): typeof import('./graphql.js').FactoryLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreatePatient($firstName: String!, $lastName: String!, $dateOfBirth: String!, $complaintRegion: ComplaintRegion!, $email: String) {\n    createPatient(firstName: $firstName, lastName: $lastName, dateOfBirth: $dateOfBirth, complaintRegion: $complaintRegion, email: $email) { id firstName lastName }\n  }\n"): typeof import('./graphql.js').FactoryCreatePatientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    id status startsAt endsAt blockedUntil lateCancel cancelReason overrideReason seriesId episodeId roomId patientId therapistId serviceTypeId\n    checkedInAt completedAt noShowAt cancelledAt\n    patient { id name } therapist { id displayName } serviceType { id name durationMinutes bufferMinutes } room { id name }\n  }\n"): typeof import('./graphql.js').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSession($input: BookSessionInput!) {\n    bookSession(input: $input) { ...SessionFields }\n  }\n"): typeof import('./graphql.js').BookSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSeries($input: BookSeriesInput!) {\n    bookSeries(input: $input) { id frequency interval count sessions { ...SessionFields } }\n  }\n"): typeof import('./graphql.js').BookSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryUpdateClinicSettings($name: String, $timezone: String, $slotStepMinutes: Int, $minimumNoticeMinutes: Int, $lateCancelWindowHours: Int) {\n    updateClinicSettings(name: $name, timezone: $timezone, slotStepMinutes: $slotStepMinutes, minimumNoticeMinutes: $minimumNoticeMinutes, lateCancelWindowHours: $lateCancelWindowHours) { id }\n  }\n"): typeof import('./graphql.js').FactoryUpdateClinicSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkingHours($therapistId: ID!, $hours: [WorkingBlockInput!]!) {\n    setWorkingHours(therapistId: $therapistId, hours: $hours) { id workingHours { weekday start end } }\n  }\n"): typeof import('./graphql.js').SetWorkingHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactoryTherapistOfUser($userId: ID) {\n    allTherapists(filter: { userId: $userId }) { id }\n  }\n"): typeof import('./graphql.js').FactoryTherapistOfUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateRoom($name: String!) {\n    createRoom(name: $name) { id name }\n  }\n"): typeof import('./graphql.js').FactoryCreateRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateServiceType($name: String!, $modality: Modality!, $durationMinutes: Int!, $bufferMinutes: Int) {\n    createServiceType(name: $name, modality: $modality, durationMinutes: $durationMinutes, bufferMinutes: $bufferMinutes) { id durationMinutes bufferMinutes }\n  }\n"): typeof import('./graphql.js').FactoryCreateServiceTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactoryCountSessions($filter: SessionFilter) {\n    _allSessionsMeta(filter: $filter) { count }\n  }\n"): typeof import('./graphql.js').FactoryCountSessionsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
