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
    "\n  query AuditKindEvents($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500, sortField: \"at\", sortOrder: \"ASC\") {\n      id\n      actorId\n      actorRole\n      action\n      entity\n      entityId\n      entityIds\n      patientId\n      patientIds\n      fields\n      requestId\n    }\n  }\n": typeof types.AuditKindEventsDocument,
    "\n  mutation AuditReschedule($id: ID!, $startsAt: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $startsAt) {\n      id\n    }\n  }\n": typeof types.AuditRescheduleDocument,
    "\n  mutation AuditCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"Patient is ill\") {\n      id\n    }\n  }\n": typeof types.AuditCancelDocument,
    "\n  mutation AuditCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n    }\n  }\n": typeof types.AuditCheckInDocument,
    "\n  mutation AuditComplete($id: ID!) {\n    completeSession(id: $id, note: { techniques: [SWEDISH], regions: [LOWER_BACK], pressure: LIGHT, patientResponse: \"Relaxed\" }) {\n      id\n    }\n  }\n": typeof types.AuditCompleteDocument,
    "\n  mutation AuditNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      id\n    }\n  }\n": typeof types.AuditNoShowDocument,
    "\n  mutation AuditRevert($id: ID!) {\n    revertSessionStatus(id: $id, reason: \"Marked the wrong patient\") {\n      id\n    }\n  }\n": typeof types.AuditRevertDocument,
    "\n  mutation AuditUpdateUser($id: ID!, $role: Role, $active: Boolean) {\n    updateUser(id: $id, role: $role, active: $active) {\n      id\n    }\n  }\n": typeof types.AuditUpdateUserDocument,
    "\n  mutation AuditLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": typeof types.AuditLoginDocument,
    "\n  query AuditLogList($filter: AuditEventFilter, $sortField: String, $sortOrder: String) {\n    allAuditEvents(filter: $filter, perPage: 500, sortField: $sortField, sortOrder: $sortOrder) {\n      id\n      actorId\n      action\n      entity\n      entityId\n      patientId\n      at\n    }\n    _allAuditEventsMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.AuditLogListDocument,
    "\n  query AuditLogCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n": typeof types.AuditLogCsvDocument,
    "\n  mutation AuditLogScreening($i: RecordScreeningInput!) {\n    recordScreening(input: $i) {\n      id\n    }\n  }\n": typeof types.AuditLogScreeningDocument,
    "\n  query AuditStaffLookup($sortField: String, $q: String) {\n    allUsers(page: 0, perPage: 25, sortField: $sortField, sortOrder: \"ASC\", filter: { q: $q }) {\n      id\n      name\n    }\n  }\n": typeof types.AuditStaffLookupDocument,
    "\n  query AuditPatientLookup($sortField: String, $q: String) {\n    allPatients(page: 0, perPage: 25, sortField: $sortField, sortOrder: \"ASC\", filter: { q: $q }) {\n      id\n      name\n    }\n  }\n": typeof types.AuditPatientLookupDocument,
    "\n  query AuditReadEvents($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500, sortField: \"at\", sortOrder: \"ASC\") {\n      action\n      entity\n      entityId\n      entityIds\n      patientId\n      patientIds\n      requestId\n    }\n  }\n": typeof types.AuditReadEventsDocument,
    "\n  query AuditReadTwiceInOneRequest($id: ID!, $p: ID!) {\n    Assessment(id: $id) {\n      id\n    }\n    allAssessments(filter: { patientId: $p }) {\n      id\n    }\n    screenings(patientId: $p) {\n      id\n    }\n  }\n": typeof types.AuditReadTwiceInOneRequestDocument,
    "\n  query AuditReadAcrossPatients {\n    allAssessments(perPage: 100) {\n      id\n      patientId\n    }\n  }\n": typeof types.AuditReadAcrossPatientsDocument,
    "\n  mutation AuthLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n      user {\n        id\n        email\n        name\n        role\n        clinicId\n      }\n    }\n  }\n": typeof types.AuthLoginDocument,
    "\n  query AuthMe {\n    me {\n      id\n      email\n      role\n      clinicId\n      active\n    }\n  }\n": typeof types.AuthMeDocument,
    "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": typeof types.AuthSignUpDocument,
    "\n  mutation AuthDeactivate($id: ID!) {\n    updateUser(id: $id, active: false) {\n      active\n    }\n  }\n": typeof types.AuthDeactivateDocument,
    "\n  mutation AuthCreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n    }\n  }\n": typeof types.AuthCreateStaffDocument,
    "\n  query AuthUsers {\n    allUsers(sortField: \"name\") {\n      name\n      role\n    }\n    _allUsersMeta {\n      count\n    }\n  }\n": typeof types.AuthUsersDocument,
    "\n  query AmendmentsAssessment($id: ID!) {\n    Assessment(id: $id) {\n      id\n      rootId\n      version\n      isLatest\n      score\n      responses\n      amendReason\n    }\n  }\n": typeof types.AmendmentsAssessmentDocument,
    "\n  query AmendmentsList($filter: AssessmentFilter) {\n    allAssessments(filter: $filter) {\n      id\n      version\n      score\n    }\n    _allAssessmentsMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.AmendmentsListDocument,
    "\n  query AmendmentsHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) {\n      id\n      version\n      isLatest\n      score\n      amendReason\n    }\n  }\n": typeof types.AmendmentsHistoryDocument,
    "\n  query AmendmentsPsfs($id: ID!) {\n    Assessment(id: $id) {\n      version\n      isLatest\n      responses\n      activities\n    }\n  }\n": typeof types.AmendmentsPsfsDocument,
    "\n  query AmendmentsPsfsHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) {\n      version\n      responses\n      activities\n    }\n  }\n": typeof types.AmendmentsPsfsHistoryDocument,
    "\n  query AuditEvents($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500, sortField: \"at\", sortOrder: \"ASC\") {\n      id\n      actorId\n      actorRole\n      action\n      entity\n      entityId\n      patientId\n      requestId\n      at\n    }\n    _allAuditEventsMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditEvent($id: ID!) {\n    AuditEvent(id: $id) {\n      id\n      entity\n    }\n  }\n": typeof types.AuditEventDocument,
    "\n  mutation AuditRecordScreening($i: RecordScreeningInput!) {\n    recordScreening(input: $i) {\n      id\n    }\n  }\n": typeof types.AuditRecordScreeningDocument,
    "\n  mutation AuditRecordClearance($i: RecordClearanceInput!) {\n    recordClearance(input: $i) {\n      id\n    }\n  }\n": typeof types.AuditRecordClearanceDocument,
    "\n  query AuditReadAssessment($id: ID!) {\n    Assessment(id: $id) {\n      id\n    }\n  }\n": typeof types.AuditReadAssessmentDocument,
    "\n  query AuditReadChart($p: ID!) {\n    allAssessments(filter: { patientId: $p }) {\n      id\n    }\n    screenings(patientId: $p) {\n      id\n    }\n    clearances(patientId: $p) {\n      id\n    }\n    treatmentNotes(patientId: $p) {\n      id\n    }\n  }\n": typeof types.AuditReadChartDocument,
    "\n  query AuditReadOutcomes($p: ID!) {\n    patientOutcomes(patientId: $p) {\n      patientId\n    }\n  }\n": typeof types.AuditReadOutcomesDocument,
    "\n  query AuditReadScreenings($p: ID!) {\n    screenings(patientId: $p) {\n      id\n    }\n  }\n": typeof types.AuditReadScreeningsDocument,
    "\n  query AuditReadDashboard {\n    clinicOutcomes {\n      statement\n    }\n  }\n": typeof types.AuditReadDashboardDocument,
    "\n    mutation AccessRecordScreening($i: RecordScreeningInput!) {\n      recordScreening(input: $i) {\n        id\n      }\n    }\n  ": typeof types.AccessRecordScreeningDocument,
    "\n    mutation AccessRecordClearance($i: RecordClearanceInput!) {\n      recordClearance(input: $i) {\n        id\n      }\n    }\n  ": typeof types.AccessRecordClearanceDocument,
    "\n    query AccessScreenings($p: ID!) {\n      screenings(patientId: $p) {\n        id\n      }\n    }\n  ": typeof types.AccessScreeningsDocument,
    "\n    query AccessClearances($p: ID!) {\n      clearances(patientId: $p) {\n        id\n      }\n    }\n  ": typeof types.AccessClearancesDocument,
    "\n    mutation AccessOpenEpisode($i: OpenEpisodeInput!) {\n      openEpisode(input: $i) {\n        id\n      }\n    }\n  ": typeof types.AccessOpenEpisodeDocument,
    "\n    mutation AccessDischargeEpisode($id: ID!) {\n      dischargeEpisode(id: $id) {\n        id\n      }\n    }\n  ": typeof types.AccessDischargeEpisodeDocument,
    "\n    query AccessEpisode($id: ID!) {\n      Episode(id: $id) {\n        id\n      }\n    }\n  ": typeof types.AccessEpisodeDocument,
    "\n    query AccessAllEpisodes($p: ID) {\n      allEpisodes(filter: { patientId: $p }) {\n        id\n      }\n    }\n  ": typeof types.AccessAllEpisodesDocument,
    "\n    query AccessAllEpisodesMeta($p: ID) {\n      _allEpisodesMeta(filter: { patientId: $p }) {\n        count\n      }\n    }\n  ": typeof types.AccessAllEpisodesMetaDocument,
    "\n    mutation AccessRecordAssessment($i: RecordAssessmentInput!) {\n      recordAssessment(input: $i) {\n        id\n      }\n    }\n  ": typeof types.AccessRecordAssessmentDocument,
    "\n    mutation AccessAmendAssessment($id: ID!) {\n      amendAssessment(id: $id, responses: [2], reason: \"typo fix\") {\n        id\n      }\n    }\n  ": typeof types.AccessAmendAssessmentDocument,
    "\n    query AccessAssessment($id: ID!) {\n      Assessment(id: $id) {\n        id\n      }\n    }\n  ": typeof types.AccessAssessmentDocument,
    "\n    query AccessAllAssessments($p: ID) {\n      allAssessments(filter: { patientId: $p }) {\n        id\n      }\n    }\n  ": typeof types.AccessAllAssessmentsDocument,
    "\n    query AccessAllAssessmentsMeta($p: ID) {\n      _allAssessmentsMeta(filter: { patientId: $p }) {\n        count\n      }\n    }\n  ": typeof types.AccessAllAssessmentsMetaDocument,
    "\n    query AccessAssessmentHistory($r: ID!) {\n      assessmentHistory(rootId: $r) {\n        id\n      }\n    }\n  ": typeof types.AccessAssessmentHistoryDocument,
    "\n    query AccessTreatmentNotes($p: ID!) {\n      treatmentNotes(patientId: $p) {\n        id\n      }\n    }\n  ": typeof types.AccessTreatmentNotesDocument,
    "\n    query AccessTreatmentNote($s: ID!) {\n      treatmentNote(sessionId: $s) {\n        id\n      }\n    }\n  ": typeof types.AccessTreatmentNoteDocument,
    "\n    query AccessPatientOutcomes($p: ID!) {\n      patientOutcomes(patientId: $p) {\n        patientId\n      }\n    }\n  ": typeof types.AccessPatientOutcomesDocument,
    "\n    query AccessClinicOutcomes {\n      clinicOutcomes {\n        statement\n      }\n    }\n  ": typeof types.AccessClinicOutcomesDocument,
    "\n    query AccessAuditEvent($id: ID!) {\n      AuditEvent(id: $id) {\n        id\n      }\n    }\n  ": typeof types.AccessAuditEventDocument,
    "\n    query AccessAllAuditEvents {\n      allAuditEvents {\n        id\n      }\n    }\n  ": typeof types.AccessAllAuditEventsDocument,
    "\n    query AccessAllAuditEventsMeta {\n      _allAuditEventsMeta {\n        count\n      }\n    }\n  ": typeof types.AccessAllAuditEventsMetaDocument,
    "\n  query AccessFirstAuditEvent {\n    allAuditEvents(perPage: 1) {\n      id\n    }\n  }\n": typeof types.AccessFirstAuditEventDocument,
    "\n  mutation AccessScreeningStatus($i: RecordScreeningInput!) {\n    recordScreening(input: $i) {\n      patientClearanceStatus\n    }\n  }\n": typeof types.AccessScreeningStatusDocument,
    "\n  query AccessMyLists {\n    allAssessments(perPage: 500) {\n      patientId\n    }\n    allEpisodes(perPage: 500) {\n      patientId\n    }\n  }\n": typeof types.AccessMyListsDocument,
    "\n  query AccessAllLists {\n    allAssessments {\n      id\n    }\n    allEpisodes {\n      id\n    }\n  }\n": typeof types.AccessAllListsDocument,
    "\n  mutation ScreeningRecord($input: RecordScreeningInput!) {\n    recordScreening(input: $input) {\n      id\n      patientId\n      contraindications\n      patientClearanceStatus\n      recordedAt\n    }\n  }\n": typeof types.ScreeningRecordDocument,
    "\n  mutation ScreeningClear($input: RecordClearanceInput!) {\n    recordClearance(input: $input) {\n      id\n      patientId\n      clinician\n      note\n      clearedAt\n    }\n  }\n": typeof types.ScreeningClearDocument,
    "\n  query ScreeningClearanceStatus($id: ID!) {\n    Patient(id: $id) {\n      clearanceStatus\n    }\n  }\n": typeof types.ScreeningClearanceStatusDocument,
    "\n  query ScreeningHistory($p: ID!) {\n    screenings(patientId: $p) {\n      contraindications\n    }\n    clearances(patientId: $p) {\n      clinician\n    }\n  }\n": typeof types.ScreeningHistoryDocument,
    "\n  mutation EpisodesDischarge($id: ID!, $note: String, $dischargedAt: DateTime) {\n    dischargeEpisode(id: $id, note: $note, dischargedAt: $dischargedAt) {\n      id\n      open\n      dischargedAt\n      dischargeNote\n    }\n  }\n": typeof types.EpisodesDischargeDocument,
    "\n  query EpisodesList($f: EpisodeFilter) {\n    allEpisodes(filter: $f) {\n      id\n      open\n    }\n    _allEpisodesMeta(filter: $f) {\n      count\n    }\n  }\n": typeof types.EpisodesListDocument,
    "\n  query EpisodesOne($id: ID!) {\n    Episode(id: $id) {\n      startedAt\n      open\n    }\n  }\n": typeof types.EpisodesOneDocument,
    "\n  query ScoringAssessment($id: ID!) {\n    Assessment(id: $id) {\n      id\n      instrument\n      responses\n      activities\n    }\n  }\n": typeof types.ScoringAssessmentDocument,
    "\n  mutation ScoringRecordScoreOnly($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      score\n    }\n  }\n": typeof types.ScoringRecordScoreOnlyDocument,
    "\n  query ScoringInstruments {\n    instruments {\n      code\n      name\n      domain\n      minItems\n      maxItems\n      maxMissing\n      mcid\n      higherIsBetter\n      items {\n        key\n        label\n        min\n        max\n        optional\n      }\n    }\n  }\n": typeof types.ScoringInstrumentsDocument,
    "\n  mutation ScreeningFormRecord($input: RecordScreeningInput!) {\n    recordScreening(input: $input) {\n      id\n      formVersion\n      contraindications\n      patientClearanceStatus\n      answers {\n        key\n        kind\n        label\n        yes\n      }\n    }\n  }\n": typeof types.ScreeningFormRecordDocument,
    "\n  query ScreeningFormPrecautions($id: ID!) {\n    Session(id: $id) {\n      id\n      precautions {\n        key\n        label\n        advice\n        modalities\n      }\n    }\n  }\n": typeof types.ScreeningFormPrecautionsDocument,
    "\n  mutation NotesCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.NotesCheckInDocument,
    "\n  mutation NotesComplete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.NotesCompleteDocument,
    "\n  query NotesOfSession($sessionId: ID!) {\n    treatmentNote(sessionId: $sessionId) {\n      id\n      rootId\n      version\n      isLatest\n      subjective\n      objective\n      techniques\n      regions\n      pressure\n      patientResponse\n      plan\n      nextStep\n      amendReason\n      authorId\n      author {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.NotesOfSessionDocument,
    "\n  query NotesOfPatient($patientId: ID!) {\n    treatmentNotes(patientId: $patientId) {\n      id\n      sessionId\n      version\n      isLatest\n    }\n  }\n": typeof types.NotesOfPatientDocument,
    "\n  mutation NotesAmend($id: ID!, $input: TreatmentNoteInput!, $reason: String!) {\n    amendTreatmentNote(id: $id, input: $input, reason: $reason) {\n      id\n      rootId\n      version\n      isLatest\n      subjective\n      plan\n      nextStep\n      patientResponse\n      amendReason\n      author {\n        name\n        role\n      }\n    }\n  }\n": typeof types.NotesAmendDocument,
    "\n  query NotesHistory($rootId: ID!) {\n    treatmentNoteHistory(rootId: $rootId) {\n      id\n      version\n      isLatest\n      subjective\n      plan\n      amendReason\n      createdAt\n      author {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.NotesHistoryDocument,
    "\n  query NotesAssessmentHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) {\n      version\n      recordedById\n      recordedBy {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.NotesAssessmentHistoryDocument,
    "\n  mutation NotesAmendAssessment($id: ID!, $responses: [Int]!, $reason: String!) {\n    amendAssessment(id: $id, responses: $responses, reason: $reason) {\n      id\n    }\n  }\n": typeof types.NotesAmendAssessmentDocument,
    "\n  query WeekStatistics($day: String) {\n    weekStatistics(day: $day) {\n      weekOf\n      from\n      to\n      timezone\n      sessions\n      begun\n      completed\n      toRecord\n      upcoming\n      cancellations\n      lateCancellations\n      noShows\n      noShowRate\n      confirmation {\n        confirmed\n        of\n        share\n      }\n      bookedMinutes\n      availableMinutes\n      utilization\n      byTherapist {\n        therapistId\n        name\n        sessions\n        bookedMinutes\n        availableMinutes\n        utilization\n      }\n    }\n  }\n": typeof types.WeekStatisticsDocument,
    "\n  mutation MessagesUpdateContact(\n    $id: ID!\n    $email: String\n    $phone: String\n    $preferredChannel: MessageChannel\n    $emailConsent: Boolean\n    $smsConsent: Boolean\n  ) {\n    updatePatient(\n      id: $id\n      email: $email\n      phone: $phone\n      preferredChannel: $preferredChannel\n      emailConsent: $emailConsent\n      smsConsent: $smsConsent\n    ) {\n      id\n      phone\n      preferredChannel\n      emailConsent\n      smsConsent\n    }\n  }\n": typeof types.MessagesUpdateContactDocument,
    "\n  query MessagesList($filter: MessageFilter) {\n    allMessages(filter: $filter, perPage: 100) {\n      id\n      patientId\n      kind\n      channel\n      status\n      statusReason\n      providerResult\n    }\n    _allMessagesMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.MessagesListDocument,
    "\n  mutation MessagesOptOut($token: String!) {\n    optOutByLink(token: $token) {\n      channel\n    }\n  }\n": typeof types.MessagesOptOutDocument,
    "\n  mutation StaffSmtpInvite($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffSmtpInviteDocument,
    "\n  query StaffSmtpMessages($filter: MessageFilter) {\n    allMessages(filter: $filter) {\n      userId\n      status\n      providerResult\n    }\n  }\n": typeof types.StaffSmtpMessagesDocument,
    "\n  mutation StaffSmtpAccept($token: String!, $password: String!) {\n    acceptStaffInvite(token: $token, password: $password) {\n      email\n    }\n  }\n": typeof types.StaffSmtpAcceptDocument,
    "\n  mutation StaffSmtpLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      user {\n        id\n        status\n      }\n    }\n  }\n": typeof types.StaffSmtpLoginDocument,
    "\n  mutation LinksContact($id: ID!, $email: String, $emailConsent: Boolean) {\n    updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {\n      id\n    }\n  }\n": typeof types.LinksContactDocument,
    "\n  query LinksMessages($filter: MessageFilter) {\n    allMessages(filter: $filter, perPage: 100, sortField: \"sendAt\", sortOrder: \"ASC\") {\n      id\n      kind\n      status\n      text\n      patientId\n    }\n  }\n": typeof types.LinksMessagesDocument,
    "\n  query LinksView($token: String!) {\n    patientLink(token: $token) {\n      purpose\n      clinicName\n      therapistName\n      serviceName\n      startsAt\n      sessionStatus\n      confirmedAt\n      cancelWouldBeLate\n      lateCancelWindowHours\n      offerStatus\n      usedAt\n    }\n  }\n": typeof types.LinksViewDocument,
    "\n  mutation LinksConfirm($token: String!) {\n    confirmSessionByLink(token: $token) {\n      confirmedAt\n      usedAt\n    }\n  }\n": typeof types.LinksConfirmDocument,
    "\n  mutation LinksCancel($token: String!, $reason: String) {\n    cancelSessionByLink(token: $token, reason: $reason) {\n      sessionStatus\n      lateCancel\n    }\n  }\n": typeof types.LinksCancelDocument,
    "\n  mutation LinksClaim($token: String!) {\n    claimWaitlistOffer(token: $token) {\n      offerStatus\n      startsAt\n    }\n  }\n": typeof types.LinksClaimDocument,
    "\n  mutation LinksRevert($id: ID!, $reason: String!) {\n    revertSessionStatus(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.LinksRevertDocument,
    "\n  mutation LinksStaffCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"Therapist unwell\") {\n      id\n      status\n    }\n  }\n": typeof types.LinksStaffCancelDocument,
    "\n  query LinksSession($id: ID!) {\n    Session(id: $id) {\n      id\n      status\n      confirmedAt\n      lateCancel\n      cancelReason\n    }\n  }\n": typeof types.LinksSessionDocument,
    "\n  mutation LinksAddWaiting($input: CreateWaitlistEntryInput!) {\n    createWaitlistEntry(input: $input) {\n      id\n      status\n      windows {\n        weekday\n        startTime\n        endTime\n      }\n    }\n  }\n": typeof types.LinksAddWaitingDocument,
    "\n  query LinksWaitlist($filter: WaitlistFilter) {\n    allWaitlistEntries(filter: $filter) {\n      id\n      status\n      sessionId\n      patient {\n        id\n        name\n      }\n      offers {\n        status\n        startsAt\n        messageId\n      }\n    }\n    _allWaitlistEntriesMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.LinksWaitlistDocument,
    "\n  mutation LinksRemoveWaiting($id: ID!) {\n    deleteWaitlistEntry(id: $id) {\n      id\n    }\n  }\n": typeof types.LinksRemoveWaitingDocument,
    "\n  mutation QuestionnairesContact($id: ID!, $email: String, $emailConsent: Boolean) {\n    updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {\n      id\n    }\n  }\n": typeof types.QuestionnairesContactDocument,
    "\n  query QuestionnairesView($token: String!) {\n    questionnaireByLink(token: $token) {\n      clinicName\n      timezone\n      occasion\n      status\n      instruments\n      licensedItemText {\n        instrument\n        items\n      }\n      expiresAt\n      answeredAt\n    }\n  }\n": typeof types.QuestionnairesViewDocument,
    "\n  mutation QuestionnairesSubmit($token: String!, $responses: [QuestionnaireAnswerInput!]!) {\n    submitQuestionnaire(token: $token, responses: $responses) {\n      status\n      answeredAt\n    }\n  }\n": typeof types.QuestionnairesSubmitDocument,
    "\n  mutation QuestionnairesReschedule($id: ID!, $startsAt: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $startsAt) {\n      id\n    }\n  }\n": typeof types.QuestionnairesRescheduleDocument,
    "\n  mutation QuestionnairesCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"patient is away\") {\n      id\n    }\n  }\n": typeof types.QuestionnairesCancelDocument,
    "\n  mutation QuestionnairesCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n    }\n  }\n": typeof types.QuestionnairesCheckInDocument,
    "\n  mutation QuestionnairesComplete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) {\n      id\n    }\n  }\n": typeof types.QuestionnairesCompleteDocument,
    "\n  mutation QuestionnairesDischarge($id: ID!) {\n    dischargeEpisode(id: $id, note: \"goals met\") {\n      id\n      dischargedAt\n    }\n  }\n": typeof types.QuestionnairesDischargeDocument,
    "\n  query QuestionnairesAssessments($patientId: ID!) {\n    allAssessments(filter: { patientId: $patientId }, sortField: \"instrument\", sortOrder: \"ASC\") {\n      instrument\n      score\n      episodeId\n      source\n      recordedById\n    }\n  }\n": typeof types.QuestionnairesAssessmentsDocument,
    "\n  mutation QuestionnairesSettings(\n    $enabled: Boolean\n    $every: Int\n    $months: Int\n    $instruments: [RegionInstrumentsInput!]\n    $licensed: [LicensedItemTextInput!]\n  ) {\n    updateClinicSettings(\n      questionnairesEnabled: $enabled\n      questionnaireEverySessions: $every\n      questionnaireFollowUpMonths: $months\n      questionnaireInstruments: $instruments\n      licensedItemText: $licensed\n    ) {\n      questionnairesEnabled\n      questionnaireEverySessions\n      questionnaireFollowUpMonths\n      questionnaireInstruments {\n        region\n        instruments\n      }\n      licensedItemText {\n        instrument\n        items\n      }\n    }\n  }\n": typeof types.QuestionnairesSettingsDocument,
    "\n  query QuestionnairesStaffList($filter: QuestionnaireRequestFilter) {\n    allQuestionnaireRequests(filter: $filter, sortField: \"sendAt\", sortOrder: \"ASC\") {\n      id\n      patientId\n      occasion\n      status\n      instruments\n      answeredAt\n    }\n    _allQuestionnaireRequestsMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.QuestionnairesStaffListDocument,
    "\n  mutation RemindersContact($id: ID!, $email: String, $emailConsent: Boolean) {\n    updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {\n      id\n    }\n  }\n": typeof types.RemindersContactDocument,
    "\n  query RemindersOfSession($sessionId: ID!) {\n    allMessages(filter: { sessionId: $sessionId }, perPage: 100, sortField: \"sendAt\", sortOrder: \"ASC\") {\n      id\n      kind\n      channel\n      status\n      statusReason\n      subject\n      text\n      sendAt\n    }\n  }\n": typeof types.RemindersOfSessionDocument,
    "\n  mutation RemindersReschedule($id: ID!, $startsAt: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $startsAt) {\n      id\n      startsAt\n    }\n  }\n": typeof types.RemindersRescheduleDocument,
    "\n  mutation RemindersCancel($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RemindersCancelDocument,
    "\n  query RemindersEffect($from: DateTime!, $to: DateTime!) {\n    reminderEffect(from: $from, to: $to) {\n      confirmed {\n        count\n        n\n        rate\n      }\n      noShowsReminded {\n        count\n        n\n        rate\n      }\n      noShowsNotReminded {\n        count\n        n\n        rate\n      }\n    }\n  }\n": typeof types.RemindersEffectDocument,
    "\n  mutation RemindersSeries($input: BookSeriesInput!) {\n    bookSeries(input: $input) {\n      id\n      sessions {\n        id\n      }\n    }\n  }\n": typeof types.RemindersSeriesDocument,
    "\n  query CaptureRateSummary($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures {\n        ...CaptureFields\n      }\n      byTherapist {\n        therapistId\n        measures {\n          ...CaptureFields\n        }\n      }\n      byModality {\n        modality\n        measures {\n          ...CaptureFields\n        }\n      }\n    }\n  }\n  fragment CaptureFields on OutcomeStats {\n    instrument\n    episodes\n    withFollowUp\n    captureRate\n    requested\n    answered\n    medianResponseHours\n    summary\n    caution\n  }\n": typeof types.CaptureRateSummaryDocument,
    "\n  query CaptureRatePatientSources($p: ID!) {\n    patientOutcomes(patientId: $p) {\n      measures {\n        instrument\n        baseline {\n          source\n        }\n        latest {\n          source\n        }\n        series {\n          source\n        }\n      }\n    }\n    allAssessments(filter: { patientId: $p }, sortField: \"takenAt\", sortOrder: \"ASC\") {\n      instrument\n      source\n      recordedById\n    }\n  }\n": typeof types.CaptureRatePatientSourcesDocument,
    "\n  fragment OutcomeStatsFields on OutcomeStats {\n    instrument\n    episodes\n    withFollowUp\n    dropouts\n    captureRate\n    changeN\n    meanChangePercent\n    medianChangePercent\n    ci95Low\n    ci95High\n    completers {\n      meaningfulShare\n      claimShare\n    }\n    intentionToTreat {\n      meaningfulShare\n      claimShare\n    }\n    requested\n    answered\n    medianResponseHours\n    summary\n    caution\n  }\n": typeof types.OutcomeStatsFieldsFragmentDoc,
    "\n  query ClinicOutcomesSummary($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures {\n        ...OutcomeStatsFields\n      }\n      byTherapist {\n        therapistId\n        therapistName\n        measures {\n          ...OutcomeStatsFields\n        }\n      }\n      byModality {\n        modality\n        measures {\n          ...OutcomeStatsFields\n        }\n      }\n      statement\n      claim\n      reference {\n        citation\n        finding\n        participants\n      }\n    }\n  }\n": typeof types.ClinicOutcomesSummaryDocument,
    "\n  query DemoQuestionnaireView($token: String!) {\n    questionnaireByLink(token: $token) {\n      status\n      instruments\n      clinicName\n    }\n  }\n": typeof types.DemoQuestionnaireViewDocument,
    "\n  query MeasuresClinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures {\n        instrument\n        episodes\n        withFollowUp\n        dropouts\n        meanChangePercent\n      }\n    }\n  }\n": typeof types.MeasuresClinicOutcomesDocument,
    "\n  query MeasuresPatientOutcomes($p: ID!) {\n    patientOutcomes(patientId: $p) {\n      measures {\n        instrument\n        changePoints\n        changePercent\n        baseline {\n          assessmentId\n          score\n        }\n        latest {\n          assessmentId\n          score\n        }\n      }\n    }\n  }\n": typeof types.MeasuresPatientOutcomesDocument,
    "\n  query ExactChangePatient($p: ID!) {\n    patientOutcomes(patientId: $p) {\n      measures {\n        instrument\n        changePercent\n        meaningful\n        meetsClaim\n        baseline {\n          score\n          normalized\n        }\n        latest {\n          score\n          normalized\n        }\n      }\n    }\n  }\n": typeof types.ExactChangePatientDocument,
    "\n  query ExactChangeClinic($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures {\n        instrument\n        episodes\n        withFollowUp\n        changeN\n        meanChangePercent\n        medianChangePercent\n        completers {\n          meaningfulShare\n          claimShare\n        }\n        intentionToTreat {\n          claimShare\n        }\n        summary\n      }\n    }\n  }\n": typeof types.ExactChangeClinicDocument,
    "\n  query PatientOutcomes($p: ID!, $e: ID) {\n    patientOutcomes(patientId: $p, episodeId: $e) {\n      patientId\n      episode {\n        id\n        open\n      }\n      measures {\n        instrument\n        domain\n        hasFollowUp\n        changePoints\n        changePercent\n        meaningful\n        meetsClaim\n        claimTarget\n        meaningfulTarget\n        baseline {\n          assessmentId\n          takenAt\n          sessionNumber\n          score\n          normalized\n        }\n        latest {\n          assessmentId\n          takenAt\n          sessionNumber\n          score\n          normalized\n        }\n        series {\n          takenAt\n          sessionNumber\n          score\n          normalized\n        }\n      }\n    }\n  }\n": typeof types.PatientOutcomesDocument,
    "\n  mutation PatientOutcomesDischarge($id: ID!, $dischargedAt: DateTime) {\n    dischargeEpisode(id: $id, dischargedAt: $dischargedAt) {\n      id\n    }\n  }\n": typeof types.PatientOutcomesDischargeDocument,
    "\n  mutation PatientSearchCreate($firstName: String!, $lastName: String!, $dateOfBirth: String!, $email: String, $phone: String) {\n    createPatient(\n      firstName: $firstName\n      lastName: $lastName\n      dateOfBirth: $dateOfBirth\n      complaintRegion: LOWER_BACK\n      email: $email\n      phone: $phone\n    ) {\n      id\n      name\n    }\n  }\n": typeof types.PatientSearchCreateDocument,
    "\n  query PatientSearchFind($q: String!, $clearanceStatus: ClearanceStatus) {\n    allPatients(filter: { q: $q, clearanceStatus: $clearanceStatus }, sortField: \"name\", sortOrder: \"ASC\", perPage: 50) {\n      name\n    }\n    _allPatientsMeta(filter: { q: $q, clearanceStatus: $clearanceStatus }) {\n      count\n    }\n  }\n": typeof types.PatientSearchFindDocument,
    "\n  query PatientsGet($id: ID!) {\n    Patient(id: $id) {\n      id\n      name\n      firstName\n      lastName\n      dateOfBirth\n      complaintRegion\n      clearanceStatus\n      email\n    }\n  }\n": typeof types.PatientsGetDocument,
    "\n  query PatientsList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: PatientFilter) {\n    allPatients(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      id\n      firstName\n      lastName\n    }\n    _allPatientsMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.PatientsListDocument,
    "\n  mutation PatientsUpdate($id: ID!, $lastName: String, $dateOfBirth: String) {\n    updatePatient(id: $id, lastName: $lastName, dateOfBirth: $dateOfBirth) {\n      id\n      lastName\n      dateOfBirth\n    }\n  }\n": typeof types.PatientsUpdateDocument,
    "\n  mutation PatientsDelete($id: ID!) {\n    deletePatient(id: $id) {\n      id\n    }\n  }\n": typeof types.PatientsDeleteDocument,
    "\n  mutation PatientsCreateNeck($firstName: String!, $dateOfBirth: String!, $email: String) {\n    createPatient(firstName: $firstName, lastName: \"L\", dateOfBirth: $dateOfBirth, complaintRegion: NECK, email: $email) {\n      id\n    }\n  }\n": typeof types.PatientsCreateNeckDocument,
    "\n  mutation PatientsCreateWithRegion($r: ComplaintRegion!) {\n    createPatient(firstName: \"F\", lastName: \"L\", dateOfBirth: \"1980-01-01\", complaintRegion: $r) {\n      id\n    }\n  }\n": typeof types.PatientsCreateWithRegionDocument,
    "\n  mutation RaceCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RaceCheckInDocument,
    "\n  mutation RaceNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RaceNoShowDocument,
    "\n  mutation RaceCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"Called in sick\") {\n      id\n      lateCancel\n    }\n  }\n": typeof types.RaceCancelDocument,
    "\n  mutation RaceMove($id: ID!, $startsAt: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $startsAt) {\n      id\n      startsAt\n    }\n  }\n": typeof types.RaceMoveDocument,
    "\n  mutation AttendanceCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AttendanceCheckInDocument,
    "\n  mutation AttendanceComplete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.AttendanceCompleteDocument,
    "\n  mutation AttendanceNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AttendanceNoShowDocument,
    "\n  mutation AttendanceCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"Patient has the flu\") {\n      id\n      status\n      lateCancel\n    }\n  }\n": typeof types.AttendanceCancelDocument,
    "\n  mutation AttendanceRevert($id: ID!, $reason: String!) {\n    revertSessionStatus(id: $id, reason: $reason) {\n      id\n      status\n      noShowAt\n      cancelledAt\n      cancelReason\n      lateCancel\n      notes\n    }\n  }\n": typeof types.AttendanceRevertDocument,
    "\n  mutation AttendanceWindow($minutes: Int) {\n    updateClinicSettings(checkInWindowMinutes: $minutes) {\n      checkInWindowMinutes\n    }\n  }\n": typeof types.AttendanceWindowDocument,
    "\n  query AvailableSlots($t: ID!, $s: ID!, $from: DateTime!, $to: DateTime!, $room: ID, $patient: ID, $exclude: ID) {\n    availableSlots(\n      therapistId: $t\n      serviceTypeId: $s\n      from: $from\n      to: $to\n      roomId: $room\n      patientId: $patient\n      excludeSessionId: $exclude\n    ) {\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.AvailableSlotsDocument,
    "\n  mutation AvailabilityAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b) {\n      id\n    }\n  }\n": typeof types.AvailabilityAddTimeOffDocument,
    "\n  fragment BookingAnswerFields on Session {\n    id\n    patientId\n    therapistId\n    serviceTypeId\n    roomId\n    episodeId\n    seriesId\n    startsAt\n    endsAt\n    blockedUntil\n    status\n    notes\n    overrideReason\n    cancelReason\n    lateCancel\n    cancelledAt\n    confirmedAt\n    checkedInAt\n    completedAt\n    noShowAt\n    createdById\n    createdAt\n    updatedAt\n    precautions {\n      key\n      advice\n    }\n    patient {\n      id\n      name\n      clearanceStatus\n    }\n    therapist {\n      id\n      displayName\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n    serviceType {\n      id\n      name\n      durationMinutes\n      bufferMinutes\n    }\n    room {\n      id\n      name\n    }\n  }\n": typeof types.BookingAnswerFieldsFragmentDoc,
    "\n  mutation BookingAnswer($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      ...BookingAnswerFields\n    }\n  }\n": typeof types.BookingAnswerDocument,
    "\n  query BookingReadBack($id: ID!) {\n    Session(id: $id) {\n      ...BookingAnswerFields\n    }\n  }\n": typeof types.BookingReadBackDocument,
    "\n  mutation BookingAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b, reason: \"course\") {\n      id\n    }\n  }\n": typeof types.BookingAddTimeOffDocument,
    "\n  query BookingAudit($f: AuditEventFilter) {\n    allAuditEvents(filter: $f) {\n      action\n      entity\n      entityId\n      patientId\n      actorId\n    }\n  }\n": typeof types.BookingAuditDocument,
    "\n  mutation BookingDeactivateRoom($id: ID!) {\n    updateRoom(id: $id, active: false) {\n      id\n    }\n  }\n": typeof types.BookingDeactivateRoomDocument,
    "\n  mutation BookingDeactivateServiceType($id: ID!) {\n    updateServiceType(id: $id, active: false) {\n      id\n    }\n  }\n": typeof types.BookingDeactivateServiceTypeDocument,
    "\n  mutation BookingDeactivateTherapist($id: ID!) {\n    updateTherapist(id: $id, active: false) {\n      id\n    }\n  }\n": typeof types.BookingDeactivateTherapistDocument,
    "\n  query BookingSession($id: ID!) {\n    Session(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.BookingSessionDocument,
    "\n  mutation BookingCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n    }\n  }\n": typeof types.BookingCheckInDocument,
    "\n  mutation BookingNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      id\n    }\n  }\n": typeof types.BookingNoShowDocument,
    "\n  mutation BookingCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"x\") {\n      id\n    }\n  }\n": typeof types.BookingCancelDocument,
    "\n  mutation BookingReschedule($id: ID!, $at: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $at) {\n      id\n    }\n  }\n": typeof types.BookingRescheduleDocument,
    "\n  query BookingSessions($f: SessionFilter) {\n    allSessions(filter: $f) {\n      id\n    }\n  }\n": typeof types.BookingSessionsDocument,
    "\n  mutation LifecycleCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      ...SessionFields\n    }\n  }\n": typeof types.LifecycleCheckInDocument,
    "\n  mutation LifecycleComplete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) {\n      ...SessionFields\n    }\n  }\n": typeof types.LifecycleCompleteDocument,
    "\n  mutation LifecycleCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"feeling unwell\") {\n      ...SessionFields\n    }\n  }\n": typeof types.LifecycleCancelDocument,
    "\n  mutation LifecycleNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      ...SessionFields\n    }\n  }\n": typeof types.LifecycleNoShowDocument,
    "\n  mutation LifecycleReschedule($id: ID!, $startsAt: DateTime!, $roomId: ID) {\n    rescheduleSession(id: $id, startsAt: $startsAt, roomId: $roomId) {\n      ...SessionFields\n    }\n  }\n": typeof types.LifecycleRescheduleDocument,
    "\n  query LifecycleSessionStatus($id: ID!) {\n    Session(id: $id) {\n      status\n    }\n  }\n": typeof types.LifecycleSessionStatusDocument,
    "\n  mutation RescheduleMove($id: ID!, $startsAt: DateTime!, $therapistId: ID, $scope: RescheduleScope) {\n    rescheduleSession(id: $id, startsAt: $startsAt, therapistId: $therapistId, scope: $scope) {\n      id\n      startsAt\n      endsAt\n      status\n      therapistId\n      therapist {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.RescheduleMoveDocument,
    "\n  mutation RescheduleContact($id: ID!, $email: String, $emailConsent: Boolean) {\n    updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {\n      id\n    }\n  }\n": typeof types.RescheduleContactDocument,
    "\n  query RescheduleSessions($ids: [ID!]) {\n    allSessions(filter: { ids: $ids }, perPage: 100, sortField: \"startsAt\", sortOrder: \"ASC\") {\n      id\n      startsAt\n      therapistId\n      status\n    }\n  }\n": typeof types.RescheduleSessionsDocument,
    "\n  query RescheduleSlots($therapistId: ID!, $serviceTypeId: ID!, $from: DateTime!, $to: DateTime!, $excludeSessionId: ID) {\n    availableSlots(therapistId: $therapistId, serviceTypeId: $serviceTypeId, from: $from, to: $to, excludeSessionId: $excludeSessionId) {\n      startsAt\n    }\n  }\n": typeof types.RescheduleSlotsDocument,
    "\n  query ResourcesTherapist($id: ID!) {\n    Therapist(id: $id) {\n      id\n      displayName\n      credentials\n      modalities\n      active\n      workingHours {\n        weekday\n        start\n        end\n      }\n      timeOff {\n        id\n        reason\n      }\n    }\n  }\n": typeof types.ResourcesTherapistDocument,
    "\n  query ResourcesClinicSettings {\n    clinicSettings {\n      name\n      timezone\n      slotStepMinutes\n      minimumNoticeMinutes\n      lateCancelWindowHours\n    }\n  }\n": typeof types.ResourcesClinicSettingsDocument,
    "\n  mutation ResourcesUpdateClinicSettings($tz: String, $step: Int) {\n    updateClinicSettings(timezone: $tz, slotStepMinutes: $step) {\n      timezone\n      slotStepMinutes\n    }\n  }\n": typeof types.ResourcesUpdateClinicSettingsDocument,
    "\n  query ResourcesTherapists($f: TherapistFilter) {\n    allTherapists(filter: $f, sortField: \"displayName\") {\n      id\n      workingHours {\n        weekday\n      }\n    }\n    _allTherapistsMeta(filter: $f) {\n      count\n    }\n  }\n": typeof types.ResourcesTherapistsDocument,
    "\n  mutation ResourcesUpdateTherapist($id: ID!, $displayName: String, $modalities: [Modality!], $active: Boolean) {\n    updateTherapist(id: $id, displayName: $displayName, modalities: $modalities, active: $active) {\n      id\n      displayName\n      modalities\n      active\n    }\n  }\n": typeof types.ResourcesUpdateTherapistDocument,
    "\n  query ResourcesHotStoneTherapists {\n    allTherapists(filter: { modality: HOT_STONE }) {\n      id\n    }\n  }\n": typeof types.ResourcesHotStoneTherapistsDocument,
    "\n  mutation ResourcesAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!, $r: String) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b, reason: $r) {\n      id\n      therapistId\n      reason\n    }\n  }\n": typeof types.ResourcesAddTimeOffDocument,
    "\n  mutation ResourcesRemoveTimeOff($id: ID!) {\n    removeTimeOff(id: $id) {\n      id\n    }\n  }\n": typeof types.ResourcesRemoveTimeOffDocument,
    "\n  mutation ResourcesCreateRoom($name: String!) {\n    createRoom(name: $name) {\n      id\n    }\n  }\n": typeof types.ResourcesCreateRoomDocument,
    "\n  query ResourcesGardenRooms {\n    allRooms(filter: { q: \"garden\" }) {\n      id\n      name\n      active\n    }\n    _allRoomsMeta(filter: { q: \"garden\" }) {\n      count\n    }\n  }\n": typeof types.ResourcesGardenRoomsDocument,
    "\n  mutation ResourcesTinyService {\n    createServiceType(name: \"Tiny\", modality: SWEDISH, durationMinutes: 3) {\n      id\n    }\n  }\n": typeof types.ResourcesTinyServiceDocument,
    "\n  mutation ResourcesDeleteServiceType($id: ID!) {\n    deleteServiceType(id: $id) {\n      id\n    }\n  }\n": typeof types.ResourcesDeleteServiceTypeDocument,
    "\n  mutation ResourcesDeleteRoom($id: ID!) {\n    deleteRoom(id: $id) {\n      id\n    }\n  }\n": typeof types.ResourcesDeleteRoomDocument,
    "\n  query ResourcesServiceType($id: ID!) {\n    ServiceType(id: $id) {\n      id\n    }\n  }\n": typeof types.ResourcesServiceTypeDocument,
    "\n  mutation ResourcesCancelSession($id: ID!) {\n    cancelSession(id: $id, reason: \"x\") {\n      id\n    }\n  }\n": typeof types.ResourcesCancelSessionDocument,
    "\n  query ResourcesSessionList($f: SessionFilter, $sortOrder: String) {\n    allSessions(filter: $f, sortField: \"startsAt\", sortOrder: $sortOrder) {\n      id\n      status\n      patient {\n        id\n        name\n      }\n      therapist {\n        id\n        displayName\n      }\n      serviceType {\n        id\n      }\n      room {\n        id\n      }\n    }\n    _allSessionsMeta(filter: $f) {\n      count\n    }\n  }\n": typeof types.ResourcesSessionListDocument,
    "\n  mutation SeriesCancel($id: ID!, $scope: CancelScope) {\n    cancelSession(id: $id, reason: \"moving away\", scope: $scope) {\n      id\n      status\n    }\n  }\n": typeof types.SeriesCancelDocument,
    "\n  query SeriesGet($id: ID!) {\n    SessionSeries(id: $id) {\n      id\n      sessions {\n        id\n        status\n        startsAt\n      }\n    }\n  }\n": typeof types.SeriesGetDocument,
    "\n  mutation StaffAccountsInvite($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n      email\n      name\n      role\n      status\n      active\n      invitedAt\n      inviteAcceptedAt\n    }\n  }\n": typeof types.StaffAccountsInviteDocument,
    "\n  mutation StaffAccountsResend($userId: ID!) {\n    resendStaffInvite(userId: $userId) {\n      id\n      status\n    }\n  }\n": typeof types.StaffAccountsResendDocument,
    "\n  query StaffAccountsView($token: String!) {\n    staffInvite(token: $token) {\n      clinicName\n      name\n      email\n      role\n      expiresAt\n    }\n  }\n": typeof types.StaffAccountsViewDocument,
    "\n  mutation StaffAccountsAccept($token: String!, $password: String!) {\n    acceptStaffInvite(token: $token, password: $password) {\n      clinicName\n      name\n      email\n    }\n  }\n": typeof types.StaffAccountsAcceptDocument,
    "\n  mutation StaffAccountsLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n      user {\n        id\n        role\n        status\n      }\n    }\n  }\n": typeof types.StaffAccountsLoginDocument,
    "\n  query StaffAccountsMe {\n    me {\n      id\n      status\n    }\n  }\n": typeof types.StaffAccountsMeDocument,
    "\n  mutation StaffAccountsChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.StaffAccountsChangePasswordDocument,
    "\n  mutation StaffAccountsDeactivate($id: ID!, $active: Boolean) {\n    updateUser(id: $id, active: $active) {\n      id\n      active\n      status\n    }\n  }\n": typeof types.StaffAccountsDeactivateDocument,
    "\n  query StaffAccountsUsers($filter: UserFilter) {\n    allUsers(filter: $filter) {\n      id\n      status\n    }\n  }\n": typeof types.StaffAccountsUsersDocument,
    "\n  query StaffAccountsMessages($filter: MessageFilter) {\n    allMessages(filter: $filter, perPage: 100) {\n      id\n      patientId\n      userId\n      staffName\n      kind\n      channel\n      to\n      subject\n      text\n      status\n      statusReason\n    }\n  }\n": typeof types.StaffAccountsMessagesDocument,
    "\n  query StaffAccountsPatientLink($token: String!) {\n    patientLink(token: $token) {\n      purpose\n    }\n  }\n": typeof types.StaffAccountsPatientLinkDocument,
    "\n  query BenchClinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures {\n        instrument\n        episodes\n        withFollowUp\n        meanChangePercent\n        medianChangePercent\n        ci95Low\n        ci95High\n      }\n      byTherapist {\n        therapistId\n        measures {\n          instrument\n          episodes\n        }\n      }\n      byModality {\n        modality\n        measures {\n          instrument\n          episodes\n        }\n      }\n    }\n  }\n": typeof types.BenchClinicOutcomesDocument,
    "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      id\n      rootId\n      version\n      isLatest\n      instrument\n      responses\n      activities\n      score\n      normalized\n      band\n      domain\n      episodeId\n      sessionId\n      takenAt\n      amendReason\n    }\n  }\n": typeof types.RecordAssessmentDocument,
    "\n  mutation AmendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {\n    amendAssessment(id: $id, responses: $responses, reason: $reason, activities: $activities) {\n      id\n      rootId\n      version\n      isLatest\n      responses\n      activities\n      score\n      normalized\n      amendReason\n    }\n  }\n": typeof types.AmendAssessmentDocument,
    "\n  mutation OpenEpisode($input: OpenEpisodeInput!) {\n    openEpisode(input: $input) {\n      id\n      patientId\n      region\n      chronicity\n      goal\n      startedAt\n      dischargedAt\n      open\n    }\n  }\n": typeof types.OpenEpisodeDocument,
    "\n  mutation FactorySignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n        clinicId\n      }\n    }\n  }\n": typeof types.FactorySignUpDocument,
    "\n  mutation FactoryCreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n    }\n  }\n": typeof types.FactoryCreateStaffDocument,
    "\n  mutation FactoryLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": typeof types.FactoryLoginDocument,
    "\n  mutation FactoryCreatePatient(\n    $firstName: String!\n    $lastName: String!\n    $dateOfBirth: String!\n    $complaintRegion: ComplaintRegion!\n    $email: String\n  ) {\n    createPatient(firstName: $firstName, lastName: $lastName, dateOfBirth: $dateOfBirth, complaintRegion: $complaintRegion, email: $email) {\n      id\n      firstName\n      lastName\n    }\n  }\n": typeof types.FactoryCreatePatientDocument,
    "\n  fragment SessionFields on Session {\n    id\n    status\n    startsAt\n    endsAt\n    blockedUntil\n    lateCancel\n    cancelReason\n    overrideReason\n    seriesId\n    episodeId\n    roomId\n    patientId\n    therapistId\n    serviceTypeId\n    checkedInAt\n    completedAt\n    noShowAt\n    cancelledAt\n    patient {\n      id\n      name\n    }\n    therapist {\n      id\n      displayName\n    }\n    serviceType {\n      id\n      name\n      durationMinutes\n      bufferMinutes\n    }\n    room {\n      id\n      name\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation BookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.BookSessionDocument,
    "\n  mutation BookSeries($input: BookSeriesInput!) {\n    bookSeries(input: $input) {\n      id\n      frequency\n      interval\n      count\n      sessions {\n        ...SessionFields\n      }\n    }\n  }\n": typeof types.BookSeriesDocument,
    "\n  mutation FactoryUpdateClinicSettings(\n    $name: String\n    $timezone: String\n    $slotStepMinutes: Int\n    $minimumNoticeMinutes: Int\n    $lateCancelWindowHours: Int\n    $address: String\n    $reminderOffsetsHours: [Int!]\n    $reminderChannels: [MessageChannel!]\n    $quietHoursStart: String\n    $quietHoursEnd: String\n    $questionnairesEnabled: Boolean\n  ) {\n    updateClinicSettings(\n      name: $name\n      timezone: $timezone\n      slotStepMinutes: $slotStepMinutes\n      minimumNoticeMinutes: $minimumNoticeMinutes\n      lateCancelWindowHours: $lateCancelWindowHours\n      address: $address\n      reminderOffsetsHours: $reminderOffsetsHours\n      reminderChannels: $reminderChannels\n      quietHoursStart: $quietHoursStart\n      quietHoursEnd: $quietHoursEnd\n      questionnairesEnabled: $questionnairesEnabled\n    ) {\n      id\n    }\n  }\n": typeof types.FactoryUpdateClinicSettingsDocument,
    "\n  mutation SetWorkingHours($therapistId: ID!, $hours: [WorkingBlockInput!]!) {\n    setWorkingHours(therapistId: $therapistId, hours: $hours) {\n      id\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n  }\n": typeof types.SetWorkingHoursDocument,
    "\n  query FactoryTherapistOfUser($userId: ID) {\n    allTherapists(filter: { userId: $userId }) {\n      id\n    }\n  }\n": typeof types.FactoryTherapistOfUserDocument,
    "\n  mutation FactoryCreateRoom($name: String!) {\n    createRoom(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.FactoryCreateRoomDocument,
    "\n  mutation FactoryCreateServiceType($name: String!, $modality: Modality!, $durationMinutes: Int!, $bufferMinutes: Int) {\n    createServiceType(name: $name, modality: $modality, durationMinutes: $durationMinutes, bufferMinutes: $bufferMinutes) {\n      id\n      durationMinutes\n      bufferMinutes\n    }\n  }\n": typeof types.FactoryCreateServiceTypeDocument,
    "\n  query FactoryCountSessions($filter: SessionFilter) {\n    _allSessionsMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.FactoryCountSessionsDocument,
};
const documents: Documents = {
    "\n  query AuditKindEvents($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500, sortField: \"at\", sortOrder: \"ASC\") {\n      id\n      actorId\n      actorRole\n      action\n      entity\n      entityId\n      entityIds\n      patientId\n      patientIds\n      fields\n      requestId\n    }\n  }\n": types.AuditKindEventsDocument,
    "\n  mutation AuditReschedule($id: ID!, $startsAt: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $startsAt) {\n      id\n    }\n  }\n": types.AuditRescheduleDocument,
    "\n  mutation AuditCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"Patient is ill\") {\n      id\n    }\n  }\n": types.AuditCancelDocument,
    "\n  mutation AuditCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n    }\n  }\n": types.AuditCheckInDocument,
    "\n  mutation AuditComplete($id: ID!) {\n    completeSession(id: $id, note: { techniques: [SWEDISH], regions: [LOWER_BACK], pressure: LIGHT, patientResponse: \"Relaxed\" }) {\n      id\n    }\n  }\n": types.AuditCompleteDocument,
    "\n  mutation AuditNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      id\n    }\n  }\n": types.AuditNoShowDocument,
    "\n  mutation AuditRevert($id: ID!) {\n    revertSessionStatus(id: $id, reason: \"Marked the wrong patient\") {\n      id\n    }\n  }\n": types.AuditRevertDocument,
    "\n  mutation AuditUpdateUser($id: ID!, $role: Role, $active: Boolean) {\n    updateUser(id: $id, role: $role, active: $active) {\n      id\n    }\n  }\n": types.AuditUpdateUserDocument,
    "\n  mutation AuditLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": types.AuditLoginDocument,
    "\n  query AuditLogList($filter: AuditEventFilter, $sortField: String, $sortOrder: String) {\n    allAuditEvents(filter: $filter, perPage: 500, sortField: $sortField, sortOrder: $sortOrder) {\n      id\n      actorId\n      action\n      entity\n      entityId\n      patientId\n      at\n    }\n    _allAuditEventsMeta(filter: $filter) {\n      count\n    }\n  }\n": types.AuditLogListDocument,
    "\n  query AuditLogCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n": types.AuditLogCsvDocument,
    "\n  mutation AuditLogScreening($i: RecordScreeningInput!) {\n    recordScreening(input: $i) {\n      id\n    }\n  }\n": types.AuditLogScreeningDocument,
    "\n  query AuditStaffLookup($sortField: String, $q: String) {\n    allUsers(page: 0, perPage: 25, sortField: $sortField, sortOrder: \"ASC\", filter: { q: $q }) {\n      id\n      name\n    }\n  }\n": types.AuditStaffLookupDocument,
    "\n  query AuditPatientLookup($sortField: String, $q: String) {\n    allPatients(page: 0, perPage: 25, sortField: $sortField, sortOrder: \"ASC\", filter: { q: $q }) {\n      id\n      name\n    }\n  }\n": types.AuditPatientLookupDocument,
    "\n  query AuditReadEvents($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500, sortField: \"at\", sortOrder: \"ASC\") {\n      action\n      entity\n      entityId\n      entityIds\n      patientId\n      patientIds\n      requestId\n    }\n  }\n": types.AuditReadEventsDocument,
    "\n  query AuditReadTwiceInOneRequest($id: ID!, $p: ID!) {\n    Assessment(id: $id) {\n      id\n    }\n    allAssessments(filter: { patientId: $p }) {\n      id\n    }\n    screenings(patientId: $p) {\n      id\n    }\n  }\n": types.AuditReadTwiceInOneRequestDocument,
    "\n  query AuditReadAcrossPatients {\n    allAssessments(perPage: 100) {\n      id\n      patientId\n    }\n  }\n": types.AuditReadAcrossPatientsDocument,
    "\n  mutation AuthLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n      user {\n        id\n        email\n        name\n        role\n        clinicId\n      }\n    }\n  }\n": types.AuthLoginDocument,
    "\n  query AuthMe {\n    me {\n      id\n      email\n      role\n      clinicId\n      active\n    }\n  }\n": types.AuthMeDocument,
    "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": types.AuthSignUpDocument,
    "\n  mutation AuthDeactivate($id: ID!) {\n    updateUser(id: $id, active: false) {\n      active\n    }\n  }\n": types.AuthDeactivateDocument,
    "\n  mutation AuthCreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n    }\n  }\n": types.AuthCreateStaffDocument,
    "\n  query AuthUsers {\n    allUsers(sortField: \"name\") {\n      name\n      role\n    }\n    _allUsersMeta {\n      count\n    }\n  }\n": types.AuthUsersDocument,
    "\n  query AmendmentsAssessment($id: ID!) {\n    Assessment(id: $id) {\n      id\n      rootId\n      version\n      isLatest\n      score\n      responses\n      amendReason\n    }\n  }\n": types.AmendmentsAssessmentDocument,
    "\n  query AmendmentsList($filter: AssessmentFilter) {\n    allAssessments(filter: $filter) {\n      id\n      version\n      score\n    }\n    _allAssessmentsMeta(filter: $filter) {\n      count\n    }\n  }\n": types.AmendmentsListDocument,
    "\n  query AmendmentsHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) {\n      id\n      version\n      isLatest\n      score\n      amendReason\n    }\n  }\n": types.AmendmentsHistoryDocument,
    "\n  query AmendmentsPsfs($id: ID!) {\n    Assessment(id: $id) {\n      version\n      isLatest\n      responses\n      activities\n    }\n  }\n": types.AmendmentsPsfsDocument,
    "\n  query AmendmentsPsfsHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) {\n      version\n      responses\n      activities\n    }\n  }\n": types.AmendmentsPsfsHistoryDocument,
    "\n  query AuditEvents($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500, sortField: \"at\", sortOrder: \"ASC\") {\n      id\n      actorId\n      actorRole\n      action\n      entity\n      entityId\n      patientId\n      requestId\n      at\n    }\n    _allAuditEventsMeta(filter: $filter) {\n      count\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditEvent($id: ID!) {\n    AuditEvent(id: $id) {\n      id\n      entity\n    }\n  }\n": types.AuditEventDocument,
    "\n  mutation AuditRecordScreening($i: RecordScreeningInput!) {\n    recordScreening(input: $i) {\n      id\n    }\n  }\n": types.AuditRecordScreeningDocument,
    "\n  mutation AuditRecordClearance($i: RecordClearanceInput!) {\n    recordClearance(input: $i) {\n      id\n    }\n  }\n": types.AuditRecordClearanceDocument,
    "\n  query AuditReadAssessment($id: ID!) {\n    Assessment(id: $id) {\n      id\n    }\n  }\n": types.AuditReadAssessmentDocument,
    "\n  query AuditReadChart($p: ID!) {\n    allAssessments(filter: { patientId: $p }) {\n      id\n    }\n    screenings(patientId: $p) {\n      id\n    }\n    clearances(patientId: $p) {\n      id\n    }\n    treatmentNotes(patientId: $p) {\n      id\n    }\n  }\n": types.AuditReadChartDocument,
    "\n  query AuditReadOutcomes($p: ID!) {\n    patientOutcomes(patientId: $p) {\n      patientId\n    }\n  }\n": types.AuditReadOutcomesDocument,
    "\n  query AuditReadScreenings($p: ID!) {\n    screenings(patientId: $p) {\n      id\n    }\n  }\n": types.AuditReadScreeningsDocument,
    "\n  query AuditReadDashboard {\n    clinicOutcomes {\n      statement\n    }\n  }\n": types.AuditReadDashboardDocument,
    "\n    mutation AccessRecordScreening($i: RecordScreeningInput!) {\n      recordScreening(input: $i) {\n        id\n      }\n    }\n  ": types.AccessRecordScreeningDocument,
    "\n    mutation AccessRecordClearance($i: RecordClearanceInput!) {\n      recordClearance(input: $i) {\n        id\n      }\n    }\n  ": types.AccessRecordClearanceDocument,
    "\n    query AccessScreenings($p: ID!) {\n      screenings(patientId: $p) {\n        id\n      }\n    }\n  ": types.AccessScreeningsDocument,
    "\n    query AccessClearances($p: ID!) {\n      clearances(patientId: $p) {\n        id\n      }\n    }\n  ": types.AccessClearancesDocument,
    "\n    mutation AccessOpenEpisode($i: OpenEpisodeInput!) {\n      openEpisode(input: $i) {\n        id\n      }\n    }\n  ": types.AccessOpenEpisodeDocument,
    "\n    mutation AccessDischargeEpisode($id: ID!) {\n      dischargeEpisode(id: $id) {\n        id\n      }\n    }\n  ": types.AccessDischargeEpisodeDocument,
    "\n    query AccessEpisode($id: ID!) {\n      Episode(id: $id) {\n        id\n      }\n    }\n  ": types.AccessEpisodeDocument,
    "\n    query AccessAllEpisodes($p: ID) {\n      allEpisodes(filter: { patientId: $p }) {\n        id\n      }\n    }\n  ": types.AccessAllEpisodesDocument,
    "\n    query AccessAllEpisodesMeta($p: ID) {\n      _allEpisodesMeta(filter: { patientId: $p }) {\n        count\n      }\n    }\n  ": types.AccessAllEpisodesMetaDocument,
    "\n    mutation AccessRecordAssessment($i: RecordAssessmentInput!) {\n      recordAssessment(input: $i) {\n        id\n      }\n    }\n  ": types.AccessRecordAssessmentDocument,
    "\n    mutation AccessAmendAssessment($id: ID!) {\n      amendAssessment(id: $id, responses: [2], reason: \"typo fix\") {\n        id\n      }\n    }\n  ": types.AccessAmendAssessmentDocument,
    "\n    query AccessAssessment($id: ID!) {\n      Assessment(id: $id) {\n        id\n      }\n    }\n  ": types.AccessAssessmentDocument,
    "\n    query AccessAllAssessments($p: ID) {\n      allAssessments(filter: { patientId: $p }) {\n        id\n      }\n    }\n  ": types.AccessAllAssessmentsDocument,
    "\n    query AccessAllAssessmentsMeta($p: ID) {\n      _allAssessmentsMeta(filter: { patientId: $p }) {\n        count\n      }\n    }\n  ": types.AccessAllAssessmentsMetaDocument,
    "\n    query AccessAssessmentHistory($r: ID!) {\n      assessmentHistory(rootId: $r) {\n        id\n      }\n    }\n  ": types.AccessAssessmentHistoryDocument,
    "\n    query AccessTreatmentNotes($p: ID!) {\n      treatmentNotes(patientId: $p) {\n        id\n      }\n    }\n  ": types.AccessTreatmentNotesDocument,
    "\n    query AccessTreatmentNote($s: ID!) {\n      treatmentNote(sessionId: $s) {\n        id\n      }\n    }\n  ": types.AccessTreatmentNoteDocument,
    "\n    query AccessPatientOutcomes($p: ID!) {\n      patientOutcomes(patientId: $p) {\n        patientId\n      }\n    }\n  ": types.AccessPatientOutcomesDocument,
    "\n    query AccessClinicOutcomes {\n      clinicOutcomes {\n        statement\n      }\n    }\n  ": types.AccessClinicOutcomesDocument,
    "\n    query AccessAuditEvent($id: ID!) {\n      AuditEvent(id: $id) {\n        id\n      }\n    }\n  ": types.AccessAuditEventDocument,
    "\n    query AccessAllAuditEvents {\n      allAuditEvents {\n        id\n      }\n    }\n  ": types.AccessAllAuditEventsDocument,
    "\n    query AccessAllAuditEventsMeta {\n      _allAuditEventsMeta {\n        count\n      }\n    }\n  ": types.AccessAllAuditEventsMetaDocument,
    "\n  query AccessFirstAuditEvent {\n    allAuditEvents(perPage: 1) {\n      id\n    }\n  }\n": types.AccessFirstAuditEventDocument,
    "\n  mutation AccessScreeningStatus($i: RecordScreeningInput!) {\n    recordScreening(input: $i) {\n      patientClearanceStatus\n    }\n  }\n": types.AccessScreeningStatusDocument,
    "\n  query AccessMyLists {\n    allAssessments(perPage: 500) {\n      patientId\n    }\n    allEpisodes(perPage: 500) {\n      patientId\n    }\n  }\n": types.AccessMyListsDocument,
    "\n  query AccessAllLists {\n    allAssessments {\n      id\n    }\n    allEpisodes {\n      id\n    }\n  }\n": types.AccessAllListsDocument,
    "\n  mutation ScreeningRecord($input: RecordScreeningInput!) {\n    recordScreening(input: $input) {\n      id\n      patientId\n      contraindications\n      patientClearanceStatus\n      recordedAt\n    }\n  }\n": types.ScreeningRecordDocument,
    "\n  mutation ScreeningClear($input: RecordClearanceInput!) {\n    recordClearance(input: $input) {\n      id\n      patientId\n      clinician\n      note\n      clearedAt\n    }\n  }\n": types.ScreeningClearDocument,
    "\n  query ScreeningClearanceStatus($id: ID!) {\n    Patient(id: $id) {\n      clearanceStatus\n    }\n  }\n": types.ScreeningClearanceStatusDocument,
    "\n  query ScreeningHistory($p: ID!) {\n    screenings(patientId: $p) {\n      contraindications\n    }\n    clearances(patientId: $p) {\n      clinician\n    }\n  }\n": types.ScreeningHistoryDocument,
    "\n  mutation EpisodesDischarge($id: ID!, $note: String, $dischargedAt: DateTime) {\n    dischargeEpisode(id: $id, note: $note, dischargedAt: $dischargedAt) {\n      id\n      open\n      dischargedAt\n      dischargeNote\n    }\n  }\n": types.EpisodesDischargeDocument,
    "\n  query EpisodesList($f: EpisodeFilter) {\n    allEpisodes(filter: $f) {\n      id\n      open\n    }\n    _allEpisodesMeta(filter: $f) {\n      count\n    }\n  }\n": types.EpisodesListDocument,
    "\n  query EpisodesOne($id: ID!) {\n    Episode(id: $id) {\n      startedAt\n      open\n    }\n  }\n": types.EpisodesOneDocument,
    "\n  query ScoringAssessment($id: ID!) {\n    Assessment(id: $id) {\n      id\n      instrument\n      responses\n      activities\n    }\n  }\n": types.ScoringAssessmentDocument,
    "\n  mutation ScoringRecordScoreOnly($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      score\n    }\n  }\n": types.ScoringRecordScoreOnlyDocument,
    "\n  query ScoringInstruments {\n    instruments {\n      code\n      name\n      domain\n      minItems\n      maxItems\n      maxMissing\n      mcid\n      higherIsBetter\n      items {\n        key\n        label\n        min\n        max\n        optional\n      }\n    }\n  }\n": types.ScoringInstrumentsDocument,
    "\n  mutation ScreeningFormRecord($input: RecordScreeningInput!) {\n    recordScreening(input: $input) {\n      id\n      formVersion\n      contraindications\n      patientClearanceStatus\n      answers {\n        key\n        kind\n        label\n        yes\n      }\n    }\n  }\n": types.ScreeningFormRecordDocument,
    "\n  query ScreeningFormPrecautions($id: ID!) {\n    Session(id: $id) {\n      id\n      precautions {\n        key\n        label\n        advice\n        modalities\n      }\n    }\n  }\n": types.ScreeningFormPrecautionsDocument,
    "\n  mutation NotesCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n      status\n    }\n  }\n": types.NotesCheckInDocument,
    "\n  mutation NotesComplete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": types.NotesCompleteDocument,
    "\n  query NotesOfSession($sessionId: ID!) {\n    treatmentNote(sessionId: $sessionId) {\n      id\n      rootId\n      version\n      isLatest\n      subjective\n      objective\n      techniques\n      regions\n      pressure\n      patientResponse\n      plan\n      nextStep\n      amendReason\n      authorId\n      author {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.NotesOfSessionDocument,
    "\n  query NotesOfPatient($patientId: ID!) {\n    treatmentNotes(patientId: $patientId) {\n      id\n      sessionId\n      version\n      isLatest\n    }\n  }\n": types.NotesOfPatientDocument,
    "\n  mutation NotesAmend($id: ID!, $input: TreatmentNoteInput!, $reason: String!) {\n    amendTreatmentNote(id: $id, input: $input, reason: $reason) {\n      id\n      rootId\n      version\n      isLatest\n      subjective\n      plan\n      nextStep\n      patientResponse\n      amendReason\n      author {\n        name\n        role\n      }\n    }\n  }\n": types.NotesAmendDocument,
    "\n  query NotesHistory($rootId: ID!) {\n    treatmentNoteHistory(rootId: $rootId) {\n      id\n      version\n      isLatest\n      subjective\n      plan\n      amendReason\n      createdAt\n      author {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.NotesHistoryDocument,
    "\n  query NotesAssessmentHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) {\n      version\n      recordedById\n      recordedBy {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.NotesAssessmentHistoryDocument,
    "\n  mutation NotesAmendAssessment($id: ID!, $responses: [Int]!, $reason: String!) {\n    amendAssessment(id: $id, responses: $responses, reason: $reason) {\n      id\n    }\n  }\n": types.NotesAmendAssessmentDocument,
    "\n  query WeekStatistics($day: String) {\n    weekStatistics(day: $day) {\n      weekOf\n      from\n      to\n      timezone\n      sessions\n      begun\n      completed\n      toRecord\n      upcoming\n      cancellations\n      lateCancellations\n      noShows\n      noShowRate\n      confirmation {\n        confirmed\n        of\n        share\n      }\n      bookedMinutes\n      availableMinutes\n      utilization\n      byTherapist {\n        therapistId\n        name\n        sessions\n        bookedMinutes\n        availableMinutes\n        utilization\n      }\n    }\n  }\n": types.WeekStatisticsDocument,
    "\n  mutation MessagesUpdateContact(\n    $id: ID!\n    $email: String\n    $phone: String\n    $preferredChannel: MessageChannel\n    $emailConsent: Boolean\n    $smsConsent: Boolean\n  ) {\n    updatePatient(\n      id: $id\n      email: $email\n      phone: $phone\n      preferredChannel: $preferredChannel\n      emailConsent: $emailConsent\n      smsConsent: $smsConsent\n    ) {\n      id\n      phone\n      preferredChannel\n      emailConsent\n      smsConsent\n    }\n  }\n": types.MessagesUpdateContactDocument,
    "\n  query MessagesList($filter: MessageFilter) {\n    allMessages(filter: $filter, perPage: 100) {\n      id\n      patientId\n      kind\n      channel\n      status\n      statusReason\n      providerResult\n    }\n    _allMessagesMeta(filter: $filter) {\n      count\n    }\n  }\n": types.MessagesListDocument,
    "\n  mutation MessagesOptOut($token: String!) {\n    optOutByLink(token: $token) {\n      channel\n    }\n  }\n": types.MessagesOptOutDocument,
    "\n  mutation StaffSmtpInvite($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n    }\n  }\n": types.StaffSmtpInviteDocument,
    "\n  query StaffSmtpMessages($filter: MessageFilter) {\n    allMessages(filter: $filter) {\n      userId\n      status\n      providerResult\n    }\n  }\n": types.StaffSmtpMessagesDocument,
    "\n  mutation StaffSmtpAccept($token: String!, $password: String!) {\n    acceptStaffInvite(token: $token, password: $password) {\n      email\n    }\n  }\n": types.StaffSmtpAcceptDocument,
    "\n  mutation StaffSmtpLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      user {\n        id\n        status\n      }\n    }\n  }\n": types.StaffSmtpLoginDocument,
    "\n  mutation LinksContact($id: ID!, $email: String, $emailConsent: Boolean) {\n    updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {\n      id\n    }\n  }\n": types.LinksContactDocument,
    "\n  query LinksMessages($filter: MessageFilter) {\n    allMessages(filter: $filter, perPage: 100, sortField: \"sendAt\", sortOrder: \"ASC\") {\n      id\n      kind\n      status\n      text\n      patientId\n    }\n  }\n": types.LinksMessagesDocument,
    "\n  query LinksView($token: String!) {\n    patientLink(token: $token) {\n      purpose\n      clinicName\n      therapistName\n      serviceName\n      startsAt\n      sessionStatus\n      confirmedAt\n      cancelWouldBeLate\n      lateCancelWindowHours\n      offerStatus\n      usedAt\n    }\n  }\n": types.LinksViewDocument,
    "\n  mutation LinksConfirm($token: String!) {\n    confirmSessionByLink(token: $token) {\n      confirmedAt\n      usedAt\n    }\n  }\n": types.LinksConfirmDocument,
    "\n  mutation LinksCancel($token: String!, $reason: String) {\n    cancelSessionByLink(token: $token, reason: $reason) {\n      sessionStatus\n      lateCancel\n    }\n  }\n": types.LinksCancelDocument,
    "\n  mutation LinksClaim($token: String!) {\n    claimWaitlistOffer(token: $token) {\n      offerStatus\n      startsAt\n    }\n  }\n": types.LinksClaimDocument,
    "\n  mutation LinksRevert($id: ID!, $reason: String!) {\n    revertSessionStatus(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.LinksRevertDocument,
    "\n  mutation LinksStaffCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"Therapist unwell\") {\n      id\n      status\n    }\n  }\n": types.LinksStaffCancelDocument,
    "\n  query LinksSession($id: ID!) {\n    Session(id: $id) {\n      id\n      status\n      confirmedAt\n      lateCancel\n      cancelReason\n    }\n  }\n": types.LinksSessionDocument,
    "\n  mutation LinksAddWaiting($input: CreateWaitlistEntryInput!) {\n    createWaitlistEntry(input: $input) {\n      id\n      status\n      windows {\n        weekday\n        startTime\n        endTime\n      }\n    }\n  }\n": types.LinksAddWaitingDocument,
    "\n  query LinksWaitlist($filter: WaitlistFilter) {\n    allWaitlistEntries(filter: $filter) {\n      id\n      status\n      sessionId\n      patient {\n        id\n        name\n      }\n      offers {\n        status\n        startsAt\n        messageId\n      }\n    }\n    _allWaitlistEntriesMeta(filter: $filter) {\n      count\n    }\n  }\n": types.LinksWaitlistDocument,
    "\n  mutation LinksRemoveWaiting($id: ID!) {\n    deleteWaitlistEntry(id: $id) {\n      id\n    }\n  }\n": types.LinksRemoveWaitingDocument,
    "\n  mutation QuestionnairesContact($id: ID!, $email: String, $emailConsent: Boolean) {\n    updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {\n      id\n    }\n  }\n": types.QuestionnairesContactDocument,
    "\n  query QuestionnairesView($token: String!) {\n    questionnaireByLink(token: $token) {\n      clinicName\n      timezone\n      occasion\n      status\n      instruments\n      licensedItemText {\n        instrument\n        items\n      }\n      expiresAt\n      answeredAt\n    }\n  }\n": types.QuestionnairesViewDocument,
    "\n  mutation QuestionnairesSubmit($token: String!, $responses: [QuestionnaireAnswerInput!]!) {\n    submitQuestionnaire(token: $token, responses: $responses) {\n      status\n      answeredAt\n    }\n  }\n": types.QuestionnairesSubmitDocument,
    "\n  mutation QuestionnairesReschedule($id: ID!, $startsAt: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $startsAt) {\n      id\n    }\n  }\n": types.QuestionnairesRescheduleDocument,
    "\n  mutation QuestionnairesCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"patient is away\") {\n      id\n    }\n  }\n": types.QuestionnairesCancelDocument,
    "\n  mutation QuestionnairesCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n    }\n  }\n": types.QuestionnairesCheckInDocument,
    "\n  mutation QuestionnairesComplete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) {\n      id\n    }\n  }\n": types.QuestionnairesCompleteDocument,
    "\n  mutation QuestionnairesDischarge($id: ID!) {\n    dischargeEpisode(id: $id, note: \"goals met\") {\n      id\n      dischargedAt\n    }\n  }\n": types.QuestionnairesDischargeDocument,
    "\n  query QuestionnairesAssessments($patientId: ID!) {\n    allAssessments(filter: { patientId: $patientId }, sortField: \"instrument\", sortOrder: \"ASC\") {\n      instrument\n      score\n      episodeId\n      source\n      recordedById\n    }\n  }\n": types.QuestionnairesAssessmentsDocument,
    "\n  mutation QuestionnairesSettings(\n    $enabled: Boolean\n    $every: Int\n    $months: Int\n    $instruments: [RegionInstrumentsInput!]\n    $licensed: [LicensedItemTextInput!]\n  ) {\n    updateClinicSettings(\n      questionnairesEnabled: $enabled\n      questionnaireEverySessions: $every\n      questionnaireFollowUpMonths: $months\n      questionnaireInstruments: $instruments\n      licensedItemText: $licensed\n    ) {\n      questionnairesEnabled\n      questionnaireEverySessions\n      questionnaireFollowUpMonths\n      questionnaireInstruments {\n        region\n        instruments\n      }\n      licensedItemText {\n        instrument\n        items\n      }\n    }\n  }\n": types.QuestionnairesSettingsDocument,
    "\n  query QuestionnairesStaffList($filter: QuestionnaireRequestFilter) {\n    allQuestionnaireRequests(filter: $filter, sortField: \"sendAt\", sortOrder: \"ASC\") {\n      id\n      patientId\n      occasion\n      status\n      instruments\n      answeredAt\n    }\n    _allQuestionnaireRequestsMeta(filter: $filter) {\n      count\n    }\n  }\n": types.QuestionnairesStaffListDocument,
    "\n  mutation RemindersContact($id: ID!, $email: String, $emailConsent: Boolean) {\n    updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {\n      id\n    }\n  }\n": types.RemindersContactDocument,
    "\n  query RemindersOfSession($sessionId: ID!) {\n    allMessages(filter: { sessionId: $sessionId }, perPage: 100, sortField: \"sendAt\", sortOrder: \"ASC\") {\n      id\n      kind\n      channel\n      status\n      statusReason\n      subject\n      text\n      sendAt\n    }\n  }\n": types.RemindersOfSessionDocument,
    "\n  mutation RemindersReschedule($id: ID!, $startsAt: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $startsAt) {\n      id\n      startsAt\n    }\n  }\n": types.RemindersRescheduleDocument,
    "\n  mutation RemindersCancel($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RemindersCancelDocument,
    "\n  query RemindersEffect($from: DateTime!, $to: DateTime!) {\n    reminderEffect(from: $from, to: $to) {\n      confirmed {\n        count\n        n\n        rate\n      }\n      noShowsReminded {\n        count\n        n\n        rate\n      }\n      noShowsNotReminded {\n        count\n        n\n        rate\n      }\n    }\n  }\n": types.RemindersEffectDocument,
    "\n  mutation RemindersSeries($input: BookSeriesInput!) {\n    bookSeries(input: $input) {\n      id\n      sessions {\n        id\n      }\n    }\n  }\n": types.RemindersSeriesDocument,
    "\n  query CaptureRateSummary($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures {\n        ...CaptureFields\n      }\n      byTherapist {\n        therapistId\n        measures {\n          ...CaptureFields\n        }\n      }\n      byModality {\n        modality\n        measures {\n          ...CaptureFields\n        }\n      }\n    }\n  }\n  fragment CaptureFields on OutcomeStats {\n    instrument\n    episodes\n    withFollowUp\n    captureRate\n    requested\n    answered\n    medianResponseHours\n    summary\n    caution\n  }\n": types.CaptureRateSummaryDocument,
    "\n  query CaptureRatePatientSources($p: ID!) {\n    patientOutcomes(patientId: $p) {\n      measures {\n        instrument\n        baseline {\n          source\n        }\n        latest {\n          source\n        }\n        series {\n          source\n        }\n      }\n    }\n    allAssessments(filter: { patientId: $p }, sortField: \"takenAt\", sortOrder: \"ASC\") {\n      instrument\n      source\n      recordedById\n    }\n  }\n": types.CaptureRatePatientSourcesDocument,
    "\n  fragment OutcomeStatsFields on OutcomeStats {\n    instrument\n    episodes\n    withFollowUp\n    dropouts\n    captureRate\n    changeN\n    meanChangePercent\n    medianChangePercent\n    ci95Low\n    ci95High\n    completers {\n      meaningfulShare\n      claimShare\n    }\n    intentionToTreat {\n      meaningfulShare\n      claimShare\n    }\n    requested\n    answered\n    medianResponseHours\n    summary\n    caution\n  }\n": types.OutcomeStatsFieldsFragmentDoc,
    "\n  query ClinicOutcomesSummary($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures {\n        ...OutcomeStatsFields\n      }\n      byTherapist {\n        therapistId\n        therapistName\n        measures {\n          ...OutcomeStatsFields\n        }\n      }\n      byModality {\n        modality\n        measures {\n          ...OutcomeStatsFields\n        }\n      }\n      statement\n      claim\n      reference {\n        citation\n        finding\n        participants\n      }\n    }\n  }\n": types.ClinicOutcomesSummaryDocument,
    "\n  query DemoQuestionnaireView($token: String!) {\n    questionnaireByLink(token: $token) {\n      status\n      instruments\n      clinicName\n    }\n  }\n": types.DemoQuestionnaireViewDocument,
    "\n  query MeasuresClinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures {\n        instrument\n        episodes\n        withFollowUp\n        dropouts\n        meanChangePercent\n      }\n    }\n  }\n": types.MeasuresClinicOutcomesDocument,
    "\n  query MeasuresPatientOutcomes($p: ID!) {\n    patientOutcomes(patientId: $p) {\n      measures {\n        instrument\n        changePoints\n        changePercent\n        baseline {\n          assessmentId\n          score\n        }\n        latest {\n          assessmentId\n          score\n        }\n      }\n    }\n  }\n": types.MeasuresPatientOutcomesDocument,
    "\n  query ExactChangePatient($p: ID!) {\n    patientOutcomes(patientId: $p) {\n      measures {\n        instrument\n        changePercent\n        meaningful\n        meetsClaim\n        baseline {\n          score\n          normalized\n        }\n        latest {\n          score\n          normalized\n        }\n      }\n    }\n  }\n": types.ExactChangePatientDocument,
    "\n  query ExactChangeClinic($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures {\n        instrument\n        episodes\n        withFollowUp\n        changeN\n        meanChangePercent\n        medianChangePercent\n        completers {\n          meaningfulShare\n          claimShare\n        }\n        intentionToTreat {\n          claimShare\n        }\n        summary\n      }\n    }\n  }\n": types.ExactChangeClinicDocument,
    "\n  query PatientOutcomes($p: ID!, $e: ID) {\n    patientOutcomes(patientId: $p, episodeId: $e) {\n      patientId\n      episode {\n        id\n        open\n      }\n      measures {\n        instrument\n        domain\n        hasFollowUp\n        changePoints\n        changePercent\n        meaningful\n        meetsClaim\n        claimTarget\n        meaningfulTarget\n        baseline {\n          assessmentId\n          takenAt\n          sessionNumber\n          score\n          normalized\n        }\n        latest {\n          assessmentId\n          takenAt\n          sessionNumber\n          score\n          normalized\n        }\n        series {\n          takenAt\n          sessionNumber\n          score\n          normalized\n        }\n      }\n    }\n  }\n": types.PatientOutcomesDocument,
    "\n  mutation PatientOutcomesDischarge($id: ID!, $dischargedAt: DateTime) {\n    dischargeEpisode(id: $id, dischargedAt: $dischargedAt) {\n      id\n    }\n  }\n": types.PatientOutcomesDischargeDocument,
    "\n  mutation PatientSearchCreate($firstName: String!, $lastName: String!, $dateOfBirth: String!, $email: String, $phone: String) {\n    createPatient(\n      firstName: $firstName\n      lastName: $lastName\n      dateOfBirth: $dateOfBirth\n      complaintRegion: LOWER_BACK\n      email: $email\n      phone: $phone\n    ) {\n      id\n      name\n    }\n  }\n": types.PatientSearchCreateDocument,
    "\n  query PatientSearchFind($q: String!, $clearanceStatus: ClearanceStatus) {\n    allPatients(filter: { q: $q, clearanceStatus: $clearanceStatus }, sortField: \"name\", sortOrder: \"ASC\", perPage: 50) {\n      name\n    }\n    _allPatientsMeta(filter: { q: $q, clearanceStatus: $clearanceStatus }) {\n      count\n    }\n  }\n": types.PatientSearchFindDocument,
    "\n  query PatientsGet($id: ID!) {\n    Patient(id: $id) {\n      id\n      name\n      firstName\n      lastName\n      dateOfBirth\n      complaintRegion\n      clearanceStatus\n      email\n    }\n  }\n": types.PatientsGetDocument,
    "\n  query PatientsList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: PatientFilter) {\n    allPatients(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      id\n      firstName\n      lastName\n    }\n    _allPatientsMeta(filter: $filter) {\n      count\n    }\n  }\n": types.PatientsListDocument,
    "\n  mutation PatientsUpdate($id: ID!, $lastName: String, $dateOfBirth: String) {\n    updatePatient(id: $id, lastName: $lastName, dateOfBirth: $dateOfBirth) {\n      id\n      lastName\n      dateOfBirth\n    }\n  }\n": types.PatientsUpdateDocument,
    "\n  mutation PatientsDelete($id: ID!) {\n    deletePatient(id: $id) {\n      id\n    }\n  }\n": types.PatientsDeleteDocument,
    "\n  mutation PatientsCreateNeck($firstName: String!, $dateOfBirth: String!, $email: String) {\n    createPatient(firstName: $firstName, lastName: \"L\", dateOfBirth: $dateOfBirth, complaintRegion: NECK, email: $email) {\n      id\n    }\n  }\n": types.PatientsCreateNeckDocument,
    "\n  mutation PatientsCreateWithRegion($r: ComplaintRegion!) {\n    createPatient(firstName: \"F\", lastName: \"L\", dateOfBirth: \"1980-01-01\", complaintRegion: $r) {\n      id\n    }\n  }\n": types.PatientsCreateWithRegionDocument,
    "\n  mutation RaceCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n      status\n    }\n  }\n": types.RaceCheckInDocument,
    "\n  mutation RaceNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      id\n      status\n    }\n  }\n": types.RaceNoShowDocument,
    "\n  mutation RaceCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"Called in sick\") {\n      id\n      lateCancel\n    }\n  }\n": types.RaceCancelDocument,
    "\n  mutation RaceMove($id: ID!, $startsAt: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $startsAt) {\n      id\n      startsAt\n    }\n  }\n": types.RaceMoveDocument,
    "\n  mutation AttendanceCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n      status\n    }\n  }\n": types.AttendanceCheckInDocument,
    "\n  mutation AttendanceComplete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": types.AttendanceCompleteDocument,
    "\n  mutation AttendanceNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      id\n      status\n    }\n  }\n": types.AttendanceNoShowDocument,
    "\n  mutation AttendanceCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"Patient has the flu\") {\n      id\n      status\n      lateCancel\n    }\n  }\n": types.AttendanceCancelDocument,
    "\n  mutation AttendanceRevert($id: ID!, $reason: String!) {\n    revertSessionStatus(id: $id, reason: $reason) {\n      id\n      status\n      noShowAt\n      cancelledAt\n      cancelReason\n      lateCancel\n      notes\n    }\n  }\n": types.AttendanceRevertDocument,
    "\n  mutation AttendanceWindow($minutes: Int) {\n    updateClinicSettings(checkInWindowMinutes: $minutes) {\n      checkInWindowMinutes\n    }\n  }\n": types.AttendanceWindowDocument,
    "\n  query AvailableSlots($t: ID!, $s: ID!, $from: DateTime!, $to: DateTime!, $room: ID, $patient: ID, $exclude: ID) {\n    availableSlots(\n      therapistId: $t\n      serviceTypeId: $s\n      from: $from\n      to: $to\n      roomId: $room\n      patientId: $patient\n      excludeSessionId: $exclude\n    ) {\n      startsAt\n      endsAt\n    }\n  }\n": types.AvailableSlotsDocument,
    "\n  mutation AvailabilityAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b) {\n      id\n    }\n  }\n": types.AvailabilityAddTimeOffDocument,
    "\n  fragment BookingAnswerFields on Session {\n    id\n    patientId\n    therapistId\n    serviceTypeId\n    roomId\n    episodeId\n    seriesId\n    startsAt\n    endsAt\n    blockedUntil\n    status\n    notes\n    overrideReason\n    cancelReason\n    lateCancel\n    cancelledAt\n    confirmedAt\n    checkedInAt\n    completedAt\n    noShowAt\n    createdById\n    createdAt\n    updatedAt\n    precautions {\n      key\n      advice\n    }\n    patient {\n      id\n      name\n      clearanceStatus\n    }\n    therapist {\n      id\n      displayName\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n    serviceType {\n      id\n      name\n      durationMinutes\n      bufferMinutes\n    }\n    room {\n      id\n      name\n    }\n  }\n": types.BookingAnswerFieldsFragmentDoc,
    "\n  mutation BookingAnswer($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      ...BookingAnswerFields\n    }\n  }\n": types.BookingAnswerDocument,
    "\n  query BookingReadBack($id: ID!) {\n    Session(id: $id) {\n      ...BookingAnswerFields\n    }\n  }\n": types.BookingReadBackDocument,
    "\n  mutation BookingAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b, reason: \"course\") {\n      id\n    }\n  }\n": types.BookingAddTimeOffDocument,
    "\n  query BookingAudit($f: AuditEventFilter) {\n    allAuditEvents(filter: $f) {\n      action\n      entity\n      entityId\n      patientId\n      actorId\n    }\n  }\n": types.BookingAuditDocument,
    "\n  mutation BookingDeactivateRoom($id: ID!) {\n    updateRoom(id: $id, active: false) {\n      id\n    }\n  }\n": types.BookingDeactivateRoomDocument,
    "\n  mutation BookingDeactivateServiceType($id: ID!) {\n    updateServiceType(id: $id, active: false) {\n      id\n    }\n  }\n": types.BookingDeactivateServiceTypeDocument,
    "\n  mutation BookingDeactivateTherapist($id: ID!) {\n    updateTherapist(id: $id, active: false) {\n      id\n    }\n  }\n": types.BookingDeactivateTherapistDocument,
    "\n  query BookingSession($id: ID!) {\n    Session(id: $id) {\n      id\n      status\n    }\n  }\n": types.BookingSessionDocument,
    "\n  mutation BookingCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n    }\n  }\n": types.BookingCheckInDocument,
    "\n  mutation BookingNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      id\n    }\n  }\n": types.BookingNoShowDocument,
    "\n  mutation BookingCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"x\") {\n      id\n    }\n  }\n": types.BookingCancelDocument,
    "\n  mutation BookingReschedule($id: ID!, $at: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $at) {\n      id\n    }\n  }\n": types.BookingRescheduleDocument,
    "\n  query BookingSessions($f: SessionFilter) {\n    allSessions(filter: $f) {\n      id\n    }\n  }\n": types.BookingSessionsDocument,
    "\n  mutation LifecycleCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      ...SessionFields\n    }\n  }\n": types.LifecycleCheckInDocument,
    "\n  mutation LifecycleComplete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) {\n      ...SessionFields\n    }\n  }\n": types.LifecycleCompleteDocument,
    "\n  mutation LifecycleCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"feeling unwell\") {\n      ...SessionFields\n    }\n  }\n": types.LifecycleCancelDocument,
    "\n  mutation LifecycleNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      ...SessionFields\n    }\n  }\n": types.LifecycleNoShowDocument,
    "\n  mutation LifecycleReschedule($id: ID!, $startsAt: DateTime!, $roomId: ID) {\n    rescheduleSession(id: $id, startsAt: $startsAt, roomId: $roomId) {\n      ...SessionFields\n    }\n  }\n": types.LifecycleRescheduleDocument,
    "\n  query LifecycleSessionStatus($id: ID!) {\n    Session(id: $id) {\n      status\n    }\n  }\n": types.LifecycleSessionStatusDocument,
    "\n  mutation RescheduleMove($id: ID!, $startsAt: DateTime!, $therapistId: ID, $scope: RescheduleScope) {\n    rescheduleSession(id: $id, startsAt: $startsAt, therapistId: $therapistId, scope: $scope) {\n      id\n      startsAt\n      endsAt\n      status\n      therapistId\n      therapist {\n        id\n        displayName\n      }\n    }\n  }\n": types.RescheduleMoveDocument,
    "\n  mutation RescheduleContact($id: ID!, $email: String, $emailConsent: Boolean) {\n    updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {\n      id\n    }\n  }\n": types.RescheduleContactDocument,
    "\n  query RescheduleSessions($ids: [ID!]) {\n    allSessions(filter: { ids: $ids }, perPage: 100, sortField: \"startsAt\", sortOrder: \"ASC\") {\n      id\n      startsAt\n      therapistId\n      status\n    }\n  }\n": types.RescheduleSessionsDocument,
    "\n  query RescheduleSlots($therapistId: ID!, $serviceTypeId: ID!, $from: DateTime!, $to: DateTime!, $excludeSessionId: ID) {\n    availableSlots(therapistId: $therapistId, serviceTypeId: $serviceTypeId, from: $from, to: $to, excludeSessionId: $excludeSessionId) {\n      startsAt\n    }\n  }\n": types.RescheduleSlotsDocument,
    "\n  query ResourcesTherapist($id: ID!) {\n    Therapist(id: $id) {\n      id\n      displayName\n      credentials\n      modalities\n      active\n      workingHours {\n        weekday\n        start\n        end\n      }\n      timeOff {\n        id\n        reason\n      }\n    }\n  }\n": types.ResourcesTherapistDocument,
    "\n  query ResourcesClinicSettings {\n    clinicSettings {\n      name\n      timezone\n      slotStepMinutes\n      minimumNoticeMinutes\n      lateCancelWindowHours\n    }\n  }\n": types.ResourcesClinicSettingsDocument,
    "\n  mutation ResourcesUpdateClinicSettings($tz: String, $step: Int) {\n    updateClinicSettings(timezone: $tz, slotStepMinutes: $step) {\n      timezone\n      slotStepMinutes\n    }\n  }\n": types.ResourcesUpdateClinicSettingsDocument,
    "\n  query ResourcesTherapists($f: TherapistFilter) {\n    allTherapists(filter: $f, sortField: \"displayName\") {\n      id\n      workingHours {\n        weekday\n      }\n    }\n    _allTherapistsMeta(filter: $f) {\n      count\n    }\n  }\n": types.ResourcesTherapistsDocument,
    "\n  mutation ResourcesUpdateTherapist($id: ID!, $displayName: String, $modalities: [Modality!], $active: Boolean) {\n    updateTherapist(id: $id, displayName: $displayName, modalities: $modalities, active: $active) {\n      id\n      displayName\n      modalities\n      active\n    }\n  }\n": types.ResourcesUpdateTherapistDocument,
    "\n  query ResourcesHotStoneTherapists {\n    allTherapists(filter: { modality: HOT_STONE }) {\n      id\n    }\n  }\n": types.ResourcesHotStoneTherapistsDocument,
    "\n  mutation ResourcesAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!, $r: String) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b, reason: $r) {\n      id\n      therapistId\n      reason\n    }\n  }\n": types.ResourcesAddTimeOffDocument,
    "\n  mutation ResourcesRemoveTimeOff($id: ID!) {\n    removeTimeOff(id: $id) {\n      id\n    }\n  }\n": types.ResourcesRemoveTimeOffDocument,
    "\n  mutation ResourcesCreateRoom($name: String!) {\n    createRoom(name: $name) {\n      id\n    }\n  }\n": types.ResourcesCreateRoomDocument,
    "\n  query ResourcesGardenRooms {\n    allRooms(filter: { q: \"garden\" }) {\n      id\n      name\n      active\n    }\n    _allRoomsMeta(filter: { q: \"garden\" }) {\n      count\n    }\n  }\n": types.ResourcesGardenRoomsDocument,
    "\n  mutation ResourcesTinyService {\n    createServiceType(name: \"Tiny\", modality: SWEDISH, durationMinutes: 3) {\n      id\n    }\n  }\n": types.ResourcesTinyServiceDocument,
    "\n  mutation ResourcesDeleteServiceType($id: ID!) {\n    deleteServiceType(id: $id) {\n      id\n    }\n  }\n": types.ResourcesDeleteServiceTypeDocument,
    "\n  mutation ResourcesDeleteRoom($id: ID!) {\n    deleteRoom(id: $id) {\n      id\n    }\n  }\n": types.ResourcesDeleteRoomDocument,
    "\n  query ResourcesServiceType($id: ID!) {\n    ServiceType(id: $id) {\n      id\n    }\n  }\n": types.ResourcesServiceTypeDocument,
    "\n  mutation ResourcesCancelSession($id: ID!) {\n    cancelSession(id: $id, reason: \"x\") {\n      id\n    }\n  }\n": types.ResourcesCancelSessionDocument,
    "\n  query ResourcesSessionList($f: SessionFilter, $sortOrder: String) {\n    allSessions(filter: $f, sortField: \"startsAt\", sortOrder: $sortOrder) {\n      id\n      status\n      patient {\n        id\n        name\n      }\n      therapist {\n        id\n        displayName\n      }\n      serviceType {\n        id\n      }\n      room {\n        id\n      }\n    }\n    _allSessionsMeta(filter: $f) {\n      count\n    }\n  }\n": types.ResourcesSessionListDocument,
    "\n  mutation SeriesCancel($id: ID!, $scope: CancelScope) {\n    cancelSession(id: $id, reason: \"moving away\", scope: $scope) {\n      id\n      status\n    }\n  }\n": types.SeriesCancelDocument,
    "\n  query SeriesGet($id: ID!) {\n    SessionSeries(id: $id) {\n      id\n      sessions {\n        id\n        status\n        startsAt\n      }\n    }\n  }\n": types.SeriesGetDocument,
    "\n  mutation StaffAccountsInvite($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n      email\n      name\n      role\n      status\n      active\n      invitedAt\n      inviteAcceptedAt\n    }\n  }\n": types.StaffAccountsInviteDocument,
    "\n  mutation StaffAccountsResend($userId: ID!) {\n    resendStaffInvite(userId: $userId) {\n      id\n      status\n    }\n  }\n": types.StaffAccountsResendDocument,
    "\n  query StaffAccountsView($token: String!) {\n    staffInvite(token: $token) {\n      clinicName\n      name\n      email\n      role\n      expiresAt\n    }\n  }\n": types.StaffAccountsViewDocument,
    "\n  mutation StaffAccountsAccept($token: String!, $password: String!) {\n    acceptStaffInvite(token: $token, password: $password) {\n      clinicName\n      name\n      email\n    }\n  }\n": types.StaffAccountsAcceptDocument,
    "\n  mutation StaffAccountsLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n      user {\n        id\n        role\n        status\n      }\n    }\n  }\n": types.StaffAccountsLoginDocument,
    "\n  query StaffAccountsMe {\n    me {\n      id\n      status\n    }\n  }\n": types.StaffAccountsMeDocument,
    "\n  mutation StaffAccountsChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.StaffAccountsChangePasswordDocument,
    "\n  mutation StaffAccountsDeactivate($id: ID!, $active: Boolean) {\n    updateUser(id: $id, active: $active) {\n      id\n      active\n      status\n    }\n  }\n": types.StaffAccountsDeactivateDocument,
    "\n  query StaffAccountsUsers($filter: UserFilter) {\n    allUsers(filter: $filter) {\n      id\n      status\n    }\n  }\n": types.StaffAccountsUsersDocument,
    "\n  query StaffAccountsMessages($filter: MessageFilter) {\n    allMessages(filter: $filter, perPage: 100) {\n      id\n      patientId\n      userId\n      staffName\n      kind\n      channel\n      to\n      subject\n      text\n      status\n      statusReason\n    }\n  }\n": types.StaffAccountsMessagesDocument,
    "\n  query StaffAccountsPatientLink($token: String!) {\n    patientLink(token: $token) {\n      purpose\n    }\n  }\n": types.StaffAccountsPatientLinkDocument,
    "\n  query BenchClinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures {\n        instrument\n        episodes\n        withFollowUp\n        meanChangePercent\n        medianChangePercent\n        ci95Low\n        ci95High\n      }\n      byTherapist {\n        therapistId\n        measures {\n          instrument\n          episodes\n        }\n      }\n      byModality {\n        modality\n        measures {\n          instrument\n          episodes\n        }\n      }\n    }\n  }\n": types.BenchClinicOutcomesDocument,
    "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      id\n      rootId\n      version\n      isLatest\n      instrument\n      responses\n      activities\n      score\n      normalized\n      band\n      domain\n      episodeId\n      sessionId\n      takenAt\n      amendReason\n    }\n  }\n": types.RecordAssessmentDocument,
    "\n  mutation AmendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {\n    amendAssessment(id: $id, responses: $responses, reason: $reason, activities: $activities) {\n      id\n      rootId\n      version\n      isLatest\n      responses\n      activities\n      score\n      normalized\n      amendReason\n    }\n  }\n": types.AmendAssessmentDocument,
    "\n  mutation OpenEpisode($input: OpenEpisodeInput!) {\n    openEpisode(input: $input) {\n      id\n      patientId\n      region\n      chronicity\n      goal\n      startedAt\n      dischargedAt\n      open\n    }\n  }\n": types.OpenEpisodeDocument,
    "\n  mutation FactorySignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n        clinicId\n      }\n    }\n  }\n": types.FactorySignUpDocument,
    "\n  mutation FactoryCreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n    }\n  }\n": types.FactoryCreateStaffDocument,
    "\n  mutation FactoryLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": types.FactoryLoginDocument,
    "\n  mutation FactoryCreatePatient(\n    $firstName: String!\n    $lastName: String!\n    $dateOfBirth: String!\n    $complaintRegion: ComplaintRegion!\n    $email: String\n  ) {\n    createPatient(firstName: $firstName, lastName: $lastName, dateOfBirth: $dateOfBirth, complaintRegion: $complaintRegion, email: $email) {\n      id\n      firstName\n      lastName\n    }\n  }\n": types.FactoryCreatePatientDocument,
    "\n  fragment SessionFields on Session {\n    id\n    status\n    startsAt\n    endsAt\n    blockedUntil\n    lateCancel\n    cancelReason\n    overrideReason\n    seriesId\n    episodeId\n    roomId\n    patientId\n    therapistId\n    serviceTypeId\n    checkedInAt\n    completedAt\n    noShowAt\n    cancelledAt\n    patient {\n      id\n      name\n    }\n    therapist {\n      id\n      displayName\n    }\n    serviceType {\n      id\n      name\n      durationMinutes\n      bufferMinutes\n    }\n    room {\n      id\n      name\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation BookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.BookSessionDocument,
    "\n  mutation BookSeries($input: BookSeriesInput!) {\n    bookSeries(input: $input) {\n      id\n      frequency\n      interval\n      count\n      sessions {\n        ...SessionFields\n      }\n    }\n  }\n": types.BookSeriesDocument,
    "\n  mutation FactoryUpdateClinicSettings(\n    $name: String\n    $timezone: String\n    $slotStepMinutes: Int\n    $minimumNoticeMinutes: Int\n    $lateCancelWindowHours: Int\n    $address: String\n    $reminderOffsetsHours: [Int!]\n    $reminderChannels: [MessageChannel!]\n    $quietHoursStart: String\n    $quietHoursEnd: String\n    $questionnairesEnabled: Boolean\n  ) {\n    updateClinicSettings(\n      name: $name\n      timezone: $timezone\n      slotStepMinutes: $slotStepMinutes\n      minimumNoticeMinutes: $minimumNoticeMinutes\n      lateCancelWindowHours: $lateCancelWindowHours\n      address: $address\n      reminderOffsetsHours: $reminderOffsetsHours\n      reminderChannels: $reminderChannels\n      quietHoursStart: $quietHoursStart\n      quietHoursEnd: $quietHoursEnd\n      questionnairesEnabled: $questionnairesEnabled\n    ) {\n      id\n    }\n  }\n": types.FactoryUpdateClinicSettingsDocument,
    "\n  mutation SetWorkingHours($therapistId: ID!, $hours: [WorkingBlockInput!]!) {\n    setWorkingHours(therapistId: $therapistId, hours: $hours) {\n      id\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n  }\n": types.SetWorkingHoursDocument,
    "\n  query FactoryTherapistOfUser($userId: ID) {\n    allTherapists(filter: { userId: $userId }) {\n      id\n    }\n  }\n": types.FactoryTherapistOfUserDocument,
    "\n  mutation FactoryCreateRoom($name: String!) {\n    createRoom(name: $name) {\n      id\n      name\n    }\n  }\n": types.FactoryCreateRoomDocument,
    "\n  mutation FactoryCreateServiceType($name: String!, $modality: Modality!, $durationMinutes: Int!, $bufferMinutes: Int) {\n    createServiceType(name: $name, modality: $modality, durationMinutes: $durationMinutes, bufferMinutes: $bufferMinutes) {\n      id\n      durationMinutes\n      bufferMinutes\n    }\n  }\n": types.FactoryCreateServiceTypeDocument,
    "\n  query FactoryCountSessions($filter: SessionFilter) {\n    _allSessionsMeta(filter: $filter) {\n      count\n    }\n  }\n": types.FactoryCountSessionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditKindEvents($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500, sortField: \"at\", sortOrder: \"ASC\") {\n      id\n      actorId\n      actorRole\n      action\n      entity\n      entityId\n      entityIds\n      patientId\n      patientIds\n      fields\n      requestId\n    }\n  }\n"): typeof import('./graphql.js').AuditKindEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditReschedule($id: ID!, $startsAt: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $startsAt) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditRescheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"Patient is ill\") {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditComplete($id: ID!) {\n    completeSession(id: $id, note: { techniques: [SWEDISH], regions: [LOWER_BACK], pressure: LIGHT, patientResponse: \"Relaxed\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditNoShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRevert($id: ID!) {\n    revertSessionStatus(id: $id, reason: \"Marked the wrong patient\") {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditRevertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateUser($id: ID!, $role: Role, $active: Boolean) {\n    updateUser(id: $id, role: $role, active: $active) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').AuditLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogList($filter: AuditEventFilter, $sortField: String, $sortOrder: String) {\n    allAuditEvents(filter: $filter, perPage: 500, sortField: $sortField, sortOrder: $sortOrder) {\n      id\n      actorId\n      action\n      entity\n      entityId\n      patientId\n      at\n    }\n    _allAuditEventsMeta(filter: $filter) {\n      count\n    }\n  }\n"): typeof import('./graphql.js').AuditLogListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n"): typeof import('./graphql.js').AuditLogCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditLogScreening($i: RecordScreeningInput!) {\n    recordScreening(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditLogScreeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditStaffLookup($sortField: String, $q: String) {\n    allUsers(page: 0, perPage: 25, sortField: $sortField, sortOrder: \"ASC\", filter: { q: $q }) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').AuditStaffLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPatientLookup($sortField: String, $q: String) {\n    allPatients(page: 0, perPage: 25, sortField: $sortField, sortOrder: \"ASC\", filter: { q: $q }) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').AuditPatientLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReadEvents($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500, sortField: \"at\", sortOrder: \"ASC\") {\n      action\n      entity\n      entityId\n      entityIds\n      patientId\n      patientIds\n      requestId\n    }\n  }\n"): typeof import('./graphql.js').AuditReadEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReadTwiceInOneRequest($id: ID!, $p: ID!) {\n    Assessment(id: $id) {\n      id\n    }\n    allAssessments(filter: { patientId: $p }) {\n      id\n    }\n    screenings(patientId: $p) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditReadTwiceInOneRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReadAcrossPatients {\n    allAssessments(perPage: 100) {\n      id\n      patientId\n    }\n  }\n"): typeof import('./graphql.js').AuditReadAcrossPatientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n      user {\n        id\n        email\n        name\n        role\n        clinicId\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuthLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMe {\n    me {\n      id\n      email\n      role\n      clinicId\n      active\n    }\n  }\n"): typeof import('./graphql.js').AuthMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').AuthSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthDeactivate($id: ID!) {\n    updateUser(id: $id, active: false) {\n      active\n    }\n  }\n"): typeof import('./graphql.js').AuthDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuthCreateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthUsers {\n    allUsers(sortField: \"name\") {\n      name\n      role\n    }\n    _allUsersMeta {\n      count\n    }\n  }\n"): typeof import('./graphql.js').AuthUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendmentsAssessment($id: ID!) {\n    Assessment(id: $id) {\n      id\n      rootId\n      version\n      isLatest\n      score\n      responses\n      amendReason\n    }\n  }\n"): typeof import('./graphql.js').AmendmentsAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendmentsList($filter: AssessmentFilter) {\n    allAssessments(filter: $filter) {\n      id\n      version\n      score\n    }\n    _allAssessmentsMeta(filter: $filter) {\n      count\n    }\n  }\n"): typeof import('./graphql.js').AmendmentsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendmentsHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) {\n      id\n      version\n      isLatest\n      score\n      amendReason\n    }\n  }\n"): typeof import('./graphql.js').AmendmentsHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendmentsPsfs($id: ID!) {\n    Assessment(id: $id) {\n      version\n      isLatest\n      responses\n      activities\n    }\n  }\n"): typeof import('./graphql.js').AmendmentsPsfsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendmentsPsfsHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) {\n      version\n      responses\n      activities\n    }\n  }\n"): typeof import('./graphql.js').AmendmentsPsfsHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500, sortField: \"at\", sortOrder: \"ASC\") {\n      id\n      actorId\n      actorRole\n      action\n      entity\n      entityId\n      patientId\n      requestId\n      at\n    }\n    _allAuditEventsMeta(filter: $filter) {\n      count\n    }\n  }\n"): typeof import('./graphql.js').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvent($id: ID!) {\n    AuditEvent(id: $id) {\n      id\n      entity\n    }\n  }\n"): typeof import('./graphql.js').AuditEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordScreening($i: RecordScreeningInput!) {\n    recordScreening(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditRecordScreeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordClearance($i: RecordClearanceInput!) {\n    recordClearance(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditRecordClearanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReadAssessment($id: ID!) {\n    Assessment(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditReadAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReadChart($p: ID!) {\n    allAssessments(filter: { patientId: $p }) {\n      id\n    }\n    screenings(patientId: $p) {\n      id\n    }\n    clearances(patientId: $p) {\n      id\n    }\n    treatmentNotes(patientId: $p) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditReadChartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReadOutcomes($p: ID!) {\n    patientOutcomes(patientId: $p) {\n      patientId\n    }\n  }\n"): typeof import('./graphql.js').AuditReadOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReadScreenings($p: ID!) {\n    screenings(patientId: $p) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditReadScreeningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReadDashboard {\n    clinicOutcomes {\n      statement\n    }\n  }\n"): typeof import('./graphql.js').AuditReadDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccessRecordScreening($i: RecordScreeningInput!) {\n      recordScreening(input: $i) {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessRecordScreeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccessRecordClearance($i: RecordClearanceInput!) {\n      recordClearance(input: $i) {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessRecordClearanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessScreenings($p: ID!) {\n      screenings(patientId: $p) {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessScreeningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessClearances($p: ID!) {\n      clearances(patientId: $p) {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessClearancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccessOpenEpisode($i: OpenEpisodeInput!) {\n      openEpisode(input: $i) {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessOpenEpisodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccessDischargeEpisode($id: ID!) {\n      dischargeEpisode(id: $id) {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessDischargeEpisodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessEpisode($id: ID!) {\n      Episode(id: $id) {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessEpisodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessAllEpisodes($p: ID) {\n      allEpisodes(filter: { patientId: $p }) {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessAllEpisodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessAllEpisodesMeta($p: ID) {\n      _allEpisodesMeta(filter: { patientId: $p }) {\n        count\n      }\n    }\n  "): typeof import('./graphql.js').AccessAllEpisodesMetaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccessRecordAssessment($i: RecordAssessmentInput!) {\n      recordAssessment(input: $i) {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessRecordAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccessAmendAssessment($id: ID!) {\n      amendAssessment(id: $id, responses: [2], reason: \"typo fix\") {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessAmendAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessAssessment($id: ID!) {\n      Assessment(id: $id) {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessAllAssessments($p: ID) {\n      allAssessments(filter: { patientId: $p }) {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessAllAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessAllAssessmentsMeta($p: ID) {\n      _allAssessmentsMeta(filter: { patientId: $p }) {\n        count\n      }\n    }\n  "): typeof import('./graphql.js').AccessAllAssessmentsMetaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessAssessmentHistory($r: ID!) {\n      assessmentHistory(rootId: $r) {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessAssessmentHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessTreatmentNotes($p: ID!) {\n      treatmentNotes(patientId: $p) {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessTreatmentNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessTreatmentNote($s: ID!) {\n      treatmentNote(sessionId: $s) {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessTreatmentNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessPatientOutcomes($p: ID!) {\n      patientOutcomes(patientId: $p) {\n        patientId\n      }\n    }\n  "): typeof import('./graphql.js').AccessPatientOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessClinicOutcomes {\n      clinicOutcomes {\n        statement\n      }\n    }\n  "): typeof import('./graphql.js').AccessClinicOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessAuditEvent($id: ID!) {\n      AuditEvent(id: $id) {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessAuditEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessAllAuditEvents {\n      allAuditEvents {\n        id\n      }\n    }\n  "): typeof import('./graphql.js').AccessAllAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessAllAuditEventsMeta {\n      _allAuditEventsMeta {\n        count\n      }\n    }\n  "): typeof import('./graphql.js').AccessAllAuditEventsMetaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessFirstAuditEvent {\n    allAuditEvents(perPage: 1) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AccessFirstAuditEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessScreeningStatus($i: RecordScreeningInput!) {\n    recordScreening(input: $i) {\n      patientClearanceStatus\n    }\n  }\n"): typeof import('./graphql.js').AccessScreeningStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessMyLists {\n    allAssessments(perPage: 500) {\n      patientId\n    }\n    allEpisodes(perPage: 500) {\n      patientId\n    }\n  }\n"): typeof import('./graphql.js').AccessMyListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessAllLists {\n    allAssessments {\n      id\n    }\n    allEpisodes {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AccessAllListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScreeningRecord($input: RecordScreeningInput!) {\n    recordScreening(input: $input) {\n      id\n      patientId\n      contraindications\n      patientClearanceStatus\n      recordedAt\n    }\n  }\n"): typeof import('./graphql.js').ScreeningRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScreeningClear($input: RecordClearanceInput!) {\n    recordClearance(input: $input) {\n      id\n      patientId\n      clinician\n      note\n      clearedAt\n    }\n  }\n"): typeof import('./graphql.js').ScreeningClearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreeningClearanceStatus($id: ID!) {\n    Patient(id: $id) {\n      clearanceStatus\n    }\n  }\n"): typeof import('./graphql.js').ScreeningClearanceStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreeningHistory($p: ID!) {\n    screenings(patientId: $p) {\n      contraindications\n    }\n    clearances(patientId: $p) {\n      clinician\n    }\n  }\n"): typeof import('./graphql.js').ScreeningHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EpisodesDischarge($id: ID!, $note: String, $dischargedAt: DateTime) {\n    dischargeEpisode(id: $id, note: $note, dischargedAt: $dischargedAt) {\n      id\n      open\n      dischargedAt\n      dischargeNote\n    }\n  }\n"): typeof import('./graphql.js').EpisodesDischargeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EpisodesList($f: EpisodeFilter) {\n    allEpisodes(filter: $f) {\n      id\n      open\n    }\n    _allEpisodesMeta(filter: $f) {\n      count\n    }\n  }\n"): typeof import('./graphql.js').EpisodesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EpisodesOne($id: ID!) {\n    Episode(id: $id) {\n      startedAt\n      open\n    }\n  }\n"): typeof import('./graphql.js').EpisodesOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringAssessment($id: ID!) {\n    Assessment(id: $id) {\n      id\n      instrument\n      responses\n      activities\n    }\n  }\n"): typeof import('./graphql.js').ScoringAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoringRecordScoreOnly($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      score\n    }\n  }\n"): typeof import('./graphql.js').ScoringRecordScoreOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringInstruments {\n    instruments {\n      code\n      name\n      domain\n      minItems\n      maxItems\n      maxMissing\n      mcid\n      higherIsBetter\n      items {\n        key\n        label\n        min\n        max\n        optional\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScoringInstrumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScreeningFormRecord($input: RecordScreeningInput!) {\n    recordScreening(input: $input) {\n      id\n      formVersion\n      contraindications\n      patientClearanceStatus\n      answers {\n        key\n        kind\n        label\n        yes\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScreeningFormRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreeningFormPrecautions($id: ID!) {\n    Session(id: $id) {\n      id\n      precautions {\n        key\n        label\n        advice\n        modalities\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScreeningFormPrecautionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').NotesCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesComplete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').NotesCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotesOfSession($sessionId: ID!) {\n    treatmentNote(sessionId: $sessionId) {\n      id\n      rootId\n      version\n      isLatest\n      subjective\n      objective\n      techniques\n      regions\n      pressure\n      patientResponse\n      plan\n      nextStep\n      amendReason\n      authorId\n      author {\n        id\n        name\n        role\n      }\n    }\n  }\n"): typeof import('./graphql.js').NotesOfSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotesOfPatient($patientId: ID!) {\n    treatmentNotes(patientId: $patientId) {\n      id\n      sessionId\n      version\n      isLatest\n    }\n  }\n"): typeof import('./graphql.js').NotesOfPatientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesAmend($id: ID!, $input: TreatmentNoteInput!, $reason: String!) {\n    amendTreatmentNote(id: $id, input: $input, reason: $reason) {\n      id\n      rootId\n      version\n      isLatest\n      subjective\n      plan\n      nextStep\n      patientResponse\n      amendReason\n      author {\n        name\n        role\n      }\n    }\n  }\n"): typeof import('./graphql.js').NotesAmendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotesHistory($rootId: ID!) {\n    treatmentNoteHistory(rootId: $rootId) {\n      id\n      version\n      isLatest\n      subjective\n      plan\n      amendReason\n      createdAt\n      author {\n        id\n        name\n        role\n      }\n    }\n  }\n"): typeof import('./graphql.js').NotesHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotesAssessmentHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) {\n      version\n      recordedById\n      recordedBy {\n        id\n        name\n        role\n      }\n    }\n  }\n"): typeof import('./graphql.js').NotesAssessmentHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesAmendAssessment($id: ID!, $responses: [Int]!, $reason: String!) {\n    amendAssessment(id: $id, responses: $responses, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').NotesAmendAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeekStatistics($day: String) {\n    weekStatistics(day: $day) {\n      weekOf\n      from\n      to\n      timezone\n      sessions\n      begun\n      completed\n      toRecord\n      upcoming\n      cancellations\n      lateCancellations\n      noShows\n      noShowRate\n      confirmation {\n        confirmed\n        of\n        share\n      }\n      bookedMinutes\n      availableMinutes\n      utilization\n      byTherapist {\n        therapistId\n        name\n        sessions\n        bookedMinutes\n        availableMinutes\n        utilization\n      }\n    }\n  }\n"): typeof import('./graphql.js').WeekStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessagesUpdateContact(\n    $id: ID!\n    $email: String\n    $phone: String\n    $preferredChannel: MessageChannel\n    $emailConsent: Boolean\n    $smsConsent: Boolean\n  ) {\n    updatePatient(\n      id: $id\n      email: $email\n      phone: $phone\n      preferredChannel: $preferredChannel\n      emailConsent: $emailConsent\n      smsConsent: $smsConsent\n    ) {\n      id\n      phone\n      preferredChannel\n      emailConsent\n      smsConsent\n    }\n  }\n"): typeof import('./graphql.js').MessagesUpdateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagesList($filter: MessageFilter) {\n    allMessages(filter: $filter, perPage: 100) {\n      id\n      patientId\n      kind\n      channel\n      status\n      statusReason\n      providerResult\n    }\n    _allMessagesMeta(filter: $filter) {\n      count\n    }\n  }\n"): typeof import('./graphql.js').MessagesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessagesOptOut($token: String!) {\n    optOutByLink(token: $token) {\n      channel\n    }\n  }\n"): typeof import('./graphql.js').MessagesOptOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSmtpInvite($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').StaffSmtpInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSmtpMessages($filter: MessageFilter) {\n    allMessages(filter: $filter) {\n      userId\n      status\n      providerResult\n    }\n  }\n"): typeof import('./graphql.js').StaffSmtpMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSmtpAccept($token: String!, $password: String!) {\n    acceptStaffInvite(token: $token, password: $password) {\n      email\n    }\n  }\n"): typeof import('./graphql.js').StaffSmtpAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSmtpLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      user {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql.js').StaffSmtpLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinksContact($id: ID!, $email: String, $emailConsent: Boolean) {\n    updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').LinksContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinksMessages($filter: MessageFilter) {\n    allMessages(filter: $filter, perPage: 100, sortField: \"sendAt\", sortOrder: \"ASC\") {\n      id\n      kind\n      status\n      text\n      patientId\n    }\n  }\n"): typeof import('./graphql.js').LinksMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinksView($token: String!) {\n    patientLink(token: $token) {\n      purpose\n      clinicName\n      therapistName\n      serviceName\n      startsAt\n      sessionStatus\n      confirmedAt\n      cancelWouldBeLate\n      lateCancelWindowHours\n      offerStatus\n      usedAt\n    }\n  }\n"): typeof import('./graphql.js').LinksViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinksConfirm($token: String!) {\n    confirmSessionByLink(token: $token) {\n      confirmedAt\n      usedAt\n    }\n  }\n"): typeof import('./graphql.js').LinksConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinksCancel($token: String!, $reason: String) {\n    cancelSessionByLink(token: $token, reason: $reason) {\n      sessionStatus\n      lateCancel\n    }\n  }\n"): typeof import('./graphql.js').LinksCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinksClaim($token: String!) {\n    claimWaitlistOffer(token: $token) {\n      offerStatus\n      startsAt\n    }\n  }\n"): typeof import('./graphql.js').LinksClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinksRevert($id: ID!, $reason: String!) {\n    revertSessionStatus(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').LinksRevertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinksStaffCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"Therapist unwell\") {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').LinksStaffCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinksSession($id: ID!) {\n    Session(id: $id) {\n      id\n      status\n      confirmedAt\n      lateCancel\n      cancelReason\n    }\n  }\n"): typeof import('./graphql.js').LinksSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinksAddWaiting($input: CreateWaitlistEntryInput!) {\n    createWaitlistEntry(input: $input) {\n      id\n      status\n      windows {\n        weekday\n        startTime\n        endTime\n      }\n    }\n  }\n"): typeof import('./graphql.js').LinksAddWaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinksWaitlist($filter: WaitlistFilter) {\n    allWaitlistEntries(filter: $filter) {\n      id\n      status\n      sessionId\n      patient {\n        id\n        name\n      }\n      offers {\n        status\n        startsAt\n        messageId\n      }\n    }\n    _allWaitlistEntriesMeta(filter: $filter) {\n      count\n    }\n  }\n"): typeof import('./graphql.js').LinksWaitlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinksRemoveWaiting($id: ID!) {\n    deleteWaitlistEntry(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').LinksRemoveWaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionnairesContact($id: ID!, $email: String, $emailConsent: Boolean) {\n    updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').QuestionnairesContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionnairesView($token: String!) {\n    questionnaireByLink(token: $token) {\n      clinicName\n      timezone\n      occasion\n      status\n      instruments\n      licensedItemText {\n        instrument\n        items\n      }\n      expiresAt\n      answeredAt\n    }\n  }\n"): typeof import('./graphql.js').QuestionnairesViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionnairesSubmit($token: String!, $responses: [QuestionnaireAnswerInput!]!) {\n    submitQuestionnaire(token: $token, responses: $responses) {\n      status\n      answeredAt\n    }\n  }\n"): typeof import('./graphql.js').QuestionnairesSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionnairesReschedule($id: ID!, $startsAt: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $startsAt) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').QuestionnairesRescheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionnairesCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"patient is away\") {\n      id\n    }\n  }\n"): typeof import('./graphql.js').QuestionnairesCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionnairesCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').QuestionnairesCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionnairesComplete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').QuestionnairesCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionnairesDischarge($id: ID!) {\n    dischargeEpisode(id: $id, note: \"goals met\") {\n      id\n      dischargedAt\n    }\n  }\n"): typeof import('./graphql.js').QuestionnairesDischargeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionnairesAssessments($patientId: ID!) {\n    allAssessments(filter: { patientId: $patientId }, sortField: \"instrument\", sortOrder: \"ASC\") {\n      instrument\n      score\n      episodeId\n      source\n      recordedById\n    }\n  }\n"): typeof import('./graphql.js').QuestionnairesAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionnairesSettings(\n    $enabled: Boolean\n    $every: Int\n    $months: Int\n    $instruments: [RegionInstrumentsInput!]\n    $licensed: [LicensedItemTextInput!]\n  ) {\n    updateClinicSettings(\n      questionnairesEnabled: $enabled\n      questionnaireEverySessions: $every\n      questionnaireFollowUpMonths: $months\n      questionnaireInstruments: $instruments\n      licensedItemText: $licensed\n    ) {\n      questionnairesEnabled\n      questionnaireEverySessions\n      questionnaireFollowUpMonths\n      questionnaireInstruments {\n        region\n        instruments\n      }\n      licensedItemText {\n        instrument\n        items\n      }\n    }\n  }\n"): typeof import('./graphql.js').QuestionnairesSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionnairesStaffList($filter: QuestionnaireRequestFilter) {\n    allQuestionnaireRequests(filter: $filter, sortField: \"sendAt\", sortOrder: \"ASC\") {\n      id\n      patientId\n      occasion\n      status\n      instruments\n      answeredAt\n    }\n    _allQuestionnaireRequestsMeta(filter: $filter) {\n      count\n    }\n  }\n"): typeof import('./graphql.js').QuestionnairesStaffListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersContact($id: ID!, $email: String, $emailConsent: Boolean) {\n    updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RemindersContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemindersOfSession($sessionId: ID!) {\n    allMessages(filter: { sessionId: $sessionId }, perPage: 100, sortField: \"sendAt\", sortOrder: \"ASC\") {\n      id\n      kind\n      channel\n      status\n      statusReason\n      subject\n      text\n      sendAt\n    }\n  }\n"): typeof import('./graphql.js').RemindersOfSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersReschedule($id: ID!, $startsAt: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $startsAt) {\n      id\n      startsAt\n    }\n  }\n"): typeof import('./graphql.js').RemindersRescheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersCancel($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').RemindersCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemindersEffect($from: DateTime!, $to: DateTime!) {\n    reminderEffect(from: $from, to: $to) {\n      confirmed {\n        count\n        n\n        rate\n      }\n      noShowsReminded {\n        count\n        n\n        rate\n      }\n      noShowsNotReminded {\n        count\n        n\n        rate\n      }\n    }\n  }\n"): typeof import('./graphql.js').RemindersEffectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersSeries($input: BookSeriesInput!) {\n    bookSeries(input: $input) {\n      id\n      sessions {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').RemindersSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaptureRateSummary($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures {\n        ...CaptureFields\n      }\n      byTherapist {\n        therapistId\n        measures {\n          ...CaptureFields\n        }\n      }\n      byModality {\n        modality\n        measures {\n          ...CaptureFields\n        }\n      }\n    }\n  }\n  fragment CaptureFields on OutcomeStats {\n    instrument\n    episodes\n    withFollowUp\n    captureRate\n    requested\n    answered\n    medianResponseHours\n    summary\n    caution\n  }\n"): typeof import('./graphql.js').CaptureRateSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaptureRatePatientSources($p: ID!) {\n    patientOutcomes(patientId: $p) {\n      measures {\n        instrument\n        baseline {\n          source\n        }\n        latest {\n          source\n        }\n        series {\n          source\n        }\n      }\n    }\n    allAssessments(filter: { patientId: $p }, sortField: \"takenAt\", sortOrder: \"ASC\") {\n      instrument\n      source\n      recordedById\n    }\n  }\n"): typeof import('./graphql.js').CaptureRatePatientSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeStatsFields on OutcomeStats {\n    instrument\n    episodes\n    withFollowUp\n    dropouts\n    captureRate\n    changeN\n    meanChangePercent\n    medianChangePercent\n    ci95Low\n    ci95High\n    completers {\n      meaningfulShare\n      claimShare\n    }\n    intentionToTreat {\n      meaningfulShare\n      claimShare\n    }\n    requested\n    answered\n    medianResponseHours\n    summary\n    caution\n  }\n"): typeof import('./graphql.js').OutcomeStatsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClinicOutcomesSummary($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures {\n        ...OutcomeStatsFields\n      }\n      byTherapist {\n        therapistId\n        therapistName\n        measures {\n          ...OutcomeStatsFields\n        }\n      }\n      byModality {\n        modality\n        measures {\n          ...OutcomeStatsFields\n        }\n      }\n      statement\n      claim\n      reference {\n        citation\n        finding\n        participants\n      }\n    }\n  }\n"): typeof import('./graphql.js').ClinicOutcomesSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoQuestionnaireView($token: String!) {\n    questionnaireByLink(token: $token) {\n      status\n      instruments\n      clinicName\n    }\n  }\n"): typeof import('./graphql.js').DemoQuestionnaireViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasuresClinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures {\n        instrument\n        episodes\n        withFollowUp\n        dropouts\n        meanChangePercent\n      }\n    }\n  }\n"): typeof import('./graphql.js').MeasuresClinicOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasuresPatientOutcomes($p: ID!) {\n    patientOutcomes(patientId: $p) {\n      measures {\n        instrument\n        changePoints\n        changePercent\n        baseline {\n          assessmentId\n          score\n        }\n        latest {\n          assessmentId\n          score\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MeasuresPatientOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExactChangePatient($p: ID!) {\n    patientOutcomes(patientId: $p) {\n      measures {\n        instrument\n        changePercent\n        meaningful\n        meetsClaim\n        baseline {\n          score\n          normalized\n        }\n        latest {\n          score\n          normalized\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExactChangePatientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExactChangeClinic($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures {\n        instrument\n        episodes\n        withFollowUp\n        changeN\n        meanChangePercent\n        medianChangePercent\n        completers {\n          meaningfulShare\n          claimShare\n        }\n        intentionToTreat {\n          claimShare\n        }\n        summary\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExactChangeClinicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientOutcomes($p: ID!, $e: ID) {\n    patientOutcomes(patientId: $p, episodeId: $e) {\n      patientId\n      episode {\n        id\n        open\n      }\n      measures {\n        instrument\n        domain\n        hasFollowUp\n        changePoints\n        changePercent\n        meaningful\n        meetsClaim\n        claimTarget\n        meaningfulTarget\n        baseline {\n          assessmentId\n          takenAt\n          sessionNumber\n          score\n          normalized\n        }\n        latest {\n          assessmentId\n          takenAt\n          sessionNumber\n          score\n          normalized\n        }\n        series {\n          takenAt\n          sessionNumber\n          score\n          normalized\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PatientOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientOutcomesDischarge($id: ID!, $dischargedAt: DateTime) {\n    dischargeEpisode(id: $id, dischargedAt: $dischargedAt) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').PatientOutcomesDischargeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientSearchCreate($firstName: String!, $lastName: String!, $dateOfBirth: String!, $email: String, $phone: String) {\n    createPatient(\n      firstName: $firstName\n      lastName: $lastName\n      dateOfBirth: $dateOfBirth\n      complaintRegion: LOWER_BACK\n      email: $email\n      phone: $phone\n    ) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').PatientSearchCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientSearchFind($q: String!, $clearanceStatus: ClearanceStatus) {\n    allPatients(filter: { q: $q, clearanceStatus: $clearanceStatus }, sortField: \"name\", sortOrder: \"ASC\", perPage: 50) {\n      name\n    }\n    _allPatientsMeta(filter: { q: $q, clearanceStatus: $clearanceStatus }) {\n      count\n    }\n  }\n"): typeof import('./graphql.js').PatientSearchFindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientsGet($id: ID!) {\n    Patient(id: $id) {\n      id\n      name\n      firstName\n      lastName\n      dateOfBirth\n      complaintRegion\n      clearanceStatus\n      email\n    }\n  }\n"): typeof import('./graphql.js').PatientsGetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientsList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: PatientFilter) {\n    allPatients(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      id\n      firstName\n      lastName\n    }\n    _allPatientsMeta(filter: $filter) {\n      count\n    }\n  }\n"): typeof import('./graphql.js').PatientsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientsUpdate($id: ID!, $lastName: String, $dateOfBirth: String) {\n    updatePatient(id: $id, lastName: $lastName, dateOfBirth: $dateOfBirth) {\n      id\n      lastName\n      dateOfBirth\n    }\n  }\n"): typeof import('./graphql.js').PatientsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientsDelete($id: ID!) {\n    deletePatient(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').PatientsDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientsCreateNeck($firstName: String!, $dateOfBirth: String!, $email: String) {\n    createPatient(firstName: $firstName, lastName: \"L\", dateOfBirth: $dateOfBirth, complaintRegion: NECK, email: $email) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').PatientsCreateNeckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientsCreateWithRegion($r: ComplaintRegion!) {\n    createPatient(firstName: \"F\", lastName: \"L\", dateOfBirth: \"1980-01-01\", complaintRegion: $r) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').PatientsCreateWithRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').RaceCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').RaceNoShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"Called in sick\") {\n      id\n      lateCancel\n    }\n  }\n"): typeof import('./graphql.js').RaceCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceMove($id: ID!, $startsAt: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $startsAt) {\n      id\n      startsAt\n    }\n  }\n"): typeof import('./graphql.js').RaceMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttendanceCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').AttendanceCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttendanceComplete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').AttendanceCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttendanceNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').AttendanceNoShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttendanceCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"Patient has the flu\") {\n      id\n      status\n      lateCancel\n    }\n  }\n"): typeof import('./graphql.js').AttendanceCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttendanceRevert($id: ID!, $reason: String!) {\n    revertSessionStatus(id: $id, reason: $reason) {\n      id\n      status\n      noShowAt\n      cancelledAt\n      cancelReason\n      lateCancel\n      notes\n    }\n  }\n"): typeof import('./graphql.js').AttendanceRevertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttendanceWindow($minutes: Int) {\n    updateClinicSettings(checkInWindowMinutes: $minutes) {\n      checkInWindowMinutes\n    }\n  }\n"): typeof import('./graphql.js').AttendanceWindowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailableSlots($t: ID!, $s: ID!, $from: DateTime!, $to: DateTime!, $room: ID, $patient: ID, $exclude: ID) {\n    availableSlots(\n      therapistId: $t\n      serviceTypeId: $s\n      from: $from\n      to: $to\n      roomId: $room\n      patientId: $patient\n      excludeSessionId: $exclude\n    ) {\n      startsAt\n      endsAt\n    }\n  }\n"): typeof import('./graphql.js').AvailableSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AvailabilityAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AvailabilityAddTimeOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingAnswerFields on Session {\n    id\n    patientId\n    therapistId\n    serviceTypeId\n    roomId\n    episodeId\n    seriesId\n    startsAt\n    endsAt\n    blockedUntil\n    status\n    notes\n    overrideReason\n    cancelReason\n    lateCancel\n    cancelledAt\n    confirmedAt\n    checkedInAt\n    completedAt\n    noShowAt\n    createdById\n    createdAt\n    updatedAt\n    precautions {\n      key\n      advice\n    }\n    patient {\n      id\n      name\n      clearanceStatus\n    }\n    therapist {\n      id\n      displayName\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n    serviceType {\n      id\n      name\n      durationMinutes\n      bufferMinutes\n    }\n    room {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').BookingAnswerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingAnswer($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      ...BookingAnswerFields\n    }\n  }\n"): typeof import('./graphql.js').BookingAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingReadBack($id: ID!) {\n    Session(id: $id) {\n      ...BookingAnswerFields\n    }\n  }\n"): typeof import('./graphql.js').BookingReadBackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b, reason: \"course\") {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BookingAddTimeOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingAudit($f: AuditEventFilter) {\n    allAuditEvents(filter: $f) {\n      action\n      entity\n      entityId\n      patientId\n      actorId\n    }\n  }\n"): typeof import('./graphql.js').BookingAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingDeactivateRoom($id: ID!) {\n    updateRoom(id: $id, active: false) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BookingDeactivateRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingDeactivateServiceType($id: ID!) {\n    updateServiceType(id: $id, active: false) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BookingDeactivateServiceTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingDeactivateTherapist($id: ID!) {\n    updateTherapist(id: $id, active: false) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BookingDeactivateTherapistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingSession($id: ID!) {\n    Session(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').BookingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BookingCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BookingNoShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"x\") {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BookingCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingReschedule($id: ID!, $at: DateTime!) {\n    rescheduleSession(id: $id, startsAt: $at) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BookingRescheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingSessions($f: SessionFilter) {\n    allSessions(filter: $f) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BookingSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleCheckIn($id: ID!) {\n    checkInSession(id: $id) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql.js').LifecycleCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleComplete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql.js').LifecycleCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleCancel($id: ID!) {\n    cancelSession(id: $id, reason: \"feeling unwell\") {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql.js').LifecycleCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql.js').LifecycleNoShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleReschedule($id: ID!, $startsAt: DateTime!, $roomId: ID) {\n    rescheduleSession(id: $id, startsAt: $startsAt, roomId: $roomId) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql.js').LifecycleRescheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleSessionStatus($id: ID!) {\n    Session(id: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql.js').LifecycleSessionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleMove($id: ID!, $startsAt: DateTime!, $therapistId: ID, $scope: RescheduleScope) {\n    rescheduleSession(id: $id, startsAt: $startsAt, therapistId: $therapistId, scope: $scope) {\n      id\n      startsAt\n      endsAt\n      status\n      therapistId\n      therapist {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql.js').RescheduleMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleContact($id: ID!, $email: String, $emailConsent: Boolean) {\n    updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RescheduleContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RescheduleSessions($ids: [ID!]) {\n    allSessions(filter: { ids: $ids }, perPage: 100, sortField: \"startsAt\", sortOrder: \"ASC\") {\n      id\n      startsAt\n      therapistId\n      status\n    }\n  }\n"): typeof import('./graphql.js').RescheduleSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RescheduleSlots($therapistId: ID!, $serviceTypeId: ID!, $from: DateTime!, $to: DateTime!, $excludeSessionId: ID) {\n    availableSlots(therapistId: $therapistId, serviceTypeId: $serviceTypeId, from: $from, to: $to, excludeSessionId: $excludeSessionId) {\n      startsAt\n    }\n  }\n"): typeof import('./graphql.js').RescheduleSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesTherapist($id: ID!) {\n    Therapist(id: $id) {\n      id\n      displayName\n      credentials\n      modalities\n      active\n      workingHours {\n        weekday\n        start\n        end\n      }\n      timeOff {\n        id\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql.js').ResourcesTherapistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesClinicSettings {\n    clinicSettings {\n      name\n      timezone\n      slotStepMinutes\n      minimumNoticeMinutes\n      lateCancelWindowHours\n    }\n  }\n"): typeof import('./graphql.js').ResourcesClinicSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesUpdateClinicSettings($tz: String, $step: Int) {\n    updateClinicSettings(timezone: $tz, slotStepMinutes: $step) {\n      timezone\n      slotStepMinutes\n    }\n  }\n"): typeof import('./graphql.js').ResourcesUpdateClinicSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesTherapists($f: TherapistFilter) {\n    allTherapists(filter: $f, sortField: \"displayName\") {\n      id\n      workingHours {\n        weekday\n      }\n    }\n    _allTherapistsMeta(filter: $f) {\n      count\n    }\n  }\n"): typeof import('./graphql.js').ResourcesTherapistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesUpdateTherapist($id: ID!, $displayName: String, $modalities: [Modality!], $active: Boolean) {\n    updateTherapist(id: $id, displayName: $displayName, modalities: $modalities, active: $active) {\n      id\n      displayName\n      modalities\n      active\n    }\n  }\n"): typeof import('./graphql.js').ResourcesUpdateTherapistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesHotStoneTherapists {\n    allTherapists(filter: { modality: HOT_STONE }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ResourcesHotStoneTherapistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!, $r: String) {\n    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b, reason: $r) {\n      id\n      therapistId\n      reason\n    }\n  }\n"): typeof import('./graphql.js').ResourcesAddTimeOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesRemoveTimeOff($id: ID!) {\n    removeTimeOff(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ResourcesRemoveTimeOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesCreateRoom($name: String!) {\n    createRoom(name: $name) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ResourcesCreateRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesGardenRooms {\n    allRooms(filter: { q: \"garden\" }) {\n      id\n      name\n      active\n    }\n    _allRoomsMeta(filter: { q: \"garden\" }) {\n      count\n    }\n  }\n"): typeof import('./graphql.js').ResourcesGardenRoomsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesTinyService {\n    createServiceType(name: \"Tiny\", modality: SWEDISH, durationMinutes: 3) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ResourcesTinyServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesDeleteServiceType($id: ID!) {\n    deleteServiceType(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ResourcesDeleteServiceTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesDeleteRoom($id: ID!) {\n    deleteRoom(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ResourcesDeleteRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesServiceType($id: ID!) {\n    ServiceType(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ResourcesServiceTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesCancelSession($id: ID!) {\n    cancelSession(id: $id, reason: \"x\") {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ResourcesCancelSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesSessionList($f: SessionFilter, $sortOrder: String) {\n    allSessions(filter: $f, sortField: \"startsAt\", sortOrder: $sortOrder) {\n      id\n      status\n      patient {\n        id\n        name\n      }\n      therapist {\n        id\n        displayName\n      }\n      serviceType {\n        id\n      }\n      room {\n        id\n      }\n    }\n    _allSessionsMeta(filter: $f) {\n      count\n    }\n  }\n"): typeof import('./graphql.js').ResourcesSessionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeriesCancel($id: ID!, $scope: CancelScope) {\n    cancelSession(id: $id, reason: \"moving away\", scope: $scope) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').SeriesCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesGet($id: ID!) {\n    SessionSeries(id: $id) {\n      id\n      sessions {\n        id\n        status\n        startsAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').SeriesGetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAccountsInvite($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n      email\n      name\n      role\n      status\n      active\n      invitedAt\n      inviteAcceptedAt\n    }\n  }\n"): typeof import('./graphql.js').StaffAccountsInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAccountsResend($userId: ID!) {\n    resendStaffInvite(userId: $userId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').StaffAccountsResendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAccountsView($token: String!) {\n    staffInvite(token: $token) {\n      clinicName\n      name\n      email\n      role\n      expiresAt\n    }\n  }\n"): typeof import('./graphql.js').StaffAccountsViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAccountsAccept($token: String!, $password: String!) {\n    acceptStaffInvite(token: $token, password: $password) {\n      clinicName\n      name\n      email\n    }\n  }\n"): typeof import('./graphql.js').StaffAccountsAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAccountsLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n      user {\n        id\n        role\n        status\n      }\n    }\n  }\n"): typeof import('./graphql.js').StaffAccountsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAccountsMe {\n    me {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').StaffAccountsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAccountsChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').StaffAccountsChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAccountsDeactivate($id: ID!, $active: Boolean) {\n    updateUser(id: $id, active: $active) {\n      id\n      active\n      status\n    }\n  }\n"): typeof import('./graphql.js').StaffAccountsDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAccountsUsers($filter: UserFilter) {\n    allUsers(filter: $filter) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').StaffAccountsUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAccountsMessages($filter: MessageFilter) {\n    allMessages(filter: $filter, perPage: 100) {\n      id\n      patientId\n      userId\n      staffName\n      kind\n      channel\n      to\n      subject\n      text\n      status\n      statusReason\n    }\n  }\n"): typeof import('./graphql.js').StaffAccountsMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAccountsPatientLink($token: String!) {\n    patientLink(token: $token) {\n      purpose\n    }\n  }\n"): typeof import('./graphql.js').StaffAccountsPatientLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchClinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      measures {\n        instrument\n        episodes\n        withFollowUp\n        meanChangePercent\n        medianChangePercent\n        ci95Low\n        ci95High\n      }\n      byTherapist {\n        therapistId\n        measures {\n          instrument\n          episodes\n        }\n      }\n      byModality {\n        modality\n        measures {\n          instrument\n          episodes\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').BenchClinicOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      id\n      rootId\n      version\n      isLatest\n      instrument\n      responses\n      activities\n      score\n      normalized\n      band\n      domain\n      episodeId\n      sessionId\n      takenAt\n      amendReason\n    }\n  }\n"): typeof import('./graphql.js').RecordAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {\n    amendAssessment(id: $id, responses: $responses, reason: $reason, activities: $activities) {\n      id\n      rootId\n      version\n      isLatest\n      responses\n      activities\n      score\n      normalized\n      amendReason\n    }\n  }\n"): typeof import('./graphql.js').AmendAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenEpisode($input: OpenEpisodeInput!) {\n    openEpisode(input: $input) {\n      id\n      patientId\n      region\n      chronicity\n      goal\n      startedAt\n      dischargedAt\n      open\n    }\n  }\n"): typeof import('./graphql.js').OpenEpisodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactorySignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n        clinicId\n      }\n    }\n  }\n"): typeof import('./graphql.js').FactorySignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').FactoryCreateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').FactoryLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreatePatient(\n    $firstName: String!\n    $lastName: String!\n    $dateOfBirth: String!\n    $complaintRegion: ComplaintRegion!\n    $email: String\n  ) {\n    createPatient(firstName: $firstName, lastName: $lastName, dateOfBirth: $dateOfBirth, complaintRegion: $complaintRegion, email: $email) {\n      id\n      firstName\n      lastName\n    }\n  }\n"): typeof import('./graphql.js').FactoryCreatePatientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    id\n    status\n    startsAt\n    endsAt\n    blockedUntil\n    lateCancel\n    cancelReason\n    overrideReason\n    seriesId\n    episodeId\n    roomId\n    patientId\n    therapistId\n    serviceTypeId\n    checkedInAt\n    completedAt\n    noShowAt\n    cancelledAt\n    patient {\n      id\n      name\n    }\n    therapist {\n      id\n      displayName\n    }\n    serviceType {\n      id\n      name\n      durationMinutes\n      bufferMinutes\n    }\n    room {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql.js').BookSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSeries($input: BookSeriesInput!) {\n    bookSeries(input: $input) {\n      id\n      frequency\n      interval\n      count\n      sessions {\n        ...SessionFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').BookSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryUpdateClinicSettings(\n    $name: String\n    $timezone: String\n    $slotStepMinutes: Int\n    $minimumNoticeMinutes: Int\n    $lateCancelWindowHours: Int\n    $address: String\n    $reminderOffsetsHours: [Int!]\n    $reminderChannels: [MessageChannel!]\n    $quietHoursStart: String\n    $quietHoursEnd: String\n    $questionnairesEnabled: Boolean\n  ) {\n    updateClinicSettings(\n      name: $name\n      timezone: $timezone\n      slotStepMinutes: $slotStepMinutes\n      minimumNoticeMinutes: $minimumNoticeMinutes\n      lateCancelWindowHours: $lateCancelWindowHours\n      address: $address\n      reminderOffsetsHours: $reminderOffsetsHours\n      reminderChannels: $reminderChannels\n      quietHoursStart: $quietHoursStart\n      quietHoursEnd: $quietHoursEnd\n      questionnairesEnabled: $questionnairesEnabled\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').FactoryUpdateClinicSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkingHours($therapistId: ID!, $hours: [WorkingBlockInput!]!) {\n    setWorkingHours(therapistId: $therapistId, hours: $hours) {\n      id\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n  }\n"): typeof import('./graphql.js').SetWorkingHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactoryTherapistOfUser($userId: ID) {\n    allTherapists(filter: { userId: $userId }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').FactoryTherapistOfUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateRoom($name: String!) {\n    createRoom(name: $name) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').FactoryCreateRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateServiceType($name: String!, $modality: Modality!, $durationMinutes: Int!, $bufferMinutes: Int) {\n    createServiceType(name: $name, modality: $modality, durationMinutes: $durationMinutes, bufferMinutes: $bufferMinutes) {\n      id\n      durationMinutes\n      bufferMinutes\n    }\n  }\n"): typeof import('./graphql.js').FactoryCreateServiceTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactoryCountSessions($filter: SessionFilter) {\n    _allSessionsMeta(filter: $filter) {\n      count\n    }\n  }\n"): typeof import('./graphql.js').FactoryCountSessionsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
