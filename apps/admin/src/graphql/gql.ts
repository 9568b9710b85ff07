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
    "\n  query AuditEventsCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n": typeof types.AuditEventsCsvDocument,
    "\n  fragment EpisodeFields on Episode {\n    id\n    patientId\n    region\n    chronicity\n    goal\n    startedAt\n    dischargedAt\n    dischargeNote\n    open\n  }\n": typeof types.EpisodeFieldsFragmentDoc,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    rootId\n    version\n    isLatest\n    instrument\n    domain\n    responses\n    activities\n    score\n    normalized\n    band\n    takenAt\n    createdAt\n    amendReason\n    episodeId\n    sessionId\n    recordedById\n    source\n  }\n": typeof types.AssessmentFieldsFragmentDoc,
    "\n  query clinicalLicensedItemText {\n    clinicSettings {\n      id\n      licensedItemText {\n        instrument\n        items\n      }\n    }\n  }\n": typeof types.ClinicalLicensedItemTextDocument,
    "\n  query screeningRecord($patientId: ID!) {\n    screenings(patientId: $patientId) {\n      id\n      contraindications\n      formVersion\n      answers {\n        key\n        kind\n        label\n        yes\n        advice\n      }\n      notes\n      recordedAt\n    }\n    clearances(patientId: $patientId) {\n      id\n      clearedAt\n      clinician\n      note\n    }\n  }\n": typeof types.ScreeningRecordDocument,
    "\n  mutation recordScreening($input: RecordScreeningInput!) {\n    recordScreening(input: $input) {\n      id\n      contraindications\n      patientClearanceStatus\n    }\n  }\n": typeof types.RecordScreeningDocument,
    "\n  mutation recordClearance($input: RecordClearanceInput!) {\n    recordClearance(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordClearanceDocument,
    "\n  query episodes($filter: EpisodeFilter) {\n    allEpisodes(filter: $filter, perPage: 100, sortField: \"startedAt\", sortOrder: \"DESC\") {\n      ...EpisodeFields\n    }\n  }\n": typeof types.EpisodesDocument,
    "\n  mutation openEpisode($input: OpenEpisodeInput!) {\n    openEpisode(input: $input) {\n      ...EpisodeFields\n    }\n  }\n": typeof types.OpenEpisodeDocument,
    "\n  mutation dischargeEpisode($id: ID!, $note: String) {\n    dischargeEpisode(id: $id, note: $note) {\n      ...EpisodeFields\n    }\n  }\n": typeof types.DischargeEpisodeDocument,
    "\n  query patientSessions($patientId: ID!, $filter: SessionFilter) {\n    allSessions(filter: $filter, perPage: 200, sortField: \"startsAt\", sortOrder: \"DESC\") {\n      id\n      startsAt\n      endsAt\n      status\n      lateCancel\n      cancelReason\n      episodeId\n      therapist {\n        id\n        userId\n        displayName\n      }\n      serviceType {\n        id\n        name\n        modality\n      }\n    }\n    treatmentNotes(patientId: $patientId) {\n      ...NoteFields\n    }\n  }\n": typeof types.PatientSessionsDocument,
    "\n  query assessments($filter: AssessmentFilter) {\n    allAssessments(filter: $filter, perPage: 500, sortField: \"takenAt\", sortOrder: \"DESC\") {\n      ...AssessmentFields\n    }\n  }\n": typeof types.AssessmentsDocument,
    "\n  query assessmentHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) {\n      ...AssessmentFields\n      recordedBy {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.AssessmentHistoryDocument,
    "\n  mutation recordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.RecordAssessmentDocument,
    "\n  mutation amendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {\n    amendAssessment(id: $id, responses: $responses, reason: $reason, activities: $activities) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.AmendAssessmentDocument,
    "\n  fragment NoteFields on TreatmentNote {\n    id\n    rootId\n    version\n    isLatest\n    sessionId\n    subjective\n    objective\n    techniques\n    regions\n    pressure\n    patientResponse\n    plan\n    nextStep\n    amendReason\n    createdAt\n    authorId\n    author {\n      id\n      name\n      role\n    }\n  }\n": typeof types.NoteFieldsFragmentDoc,
    "\n  query notesOfSession($sessionId: ID!) {\n    treatmentNote(sessionId: $sessionId) {\n      ...NoteFields\n    }\n  }\n": typeof types.NotesOfSessionDocument,
    "\n  query notesHistory($rootId: ID!) {\n    treatmentNoteHistory(rootId: $rootId) {\n      ...NoteFields\n    }\n  }\n": typeof types.NotesHistoryDocument,
    "\n  mutation notesAmend($id: ID!, $input: TreatmentNoteInput!, $reason: String!) {\n    amendTreatmentNote(id: $id, input: $input, reason: $reason) {\n      ...NoteFields\n    }\n  }\n": typeof types.NotesAmendDocument,
    "\n  query dashboardWeekStatistics($day: String) {\n    clinicSettings {\n      id\n      timezone\n    }\n    weekStatistics(day: $day) {\n      weekOf\n      sessions\n      begun\n      completed\n      toRecord\n      upcoming\n      cancellations\n      lateCancellations\n      noShows\n      noShowRate\n      confirmation {\n        confirmed\n        of\n        share\n      }\n      bookedMinutes\n      availableMinutes\n      utilization\n      byTherapist {\n        therapistId\n        name\n        sessions\n        bookedMinutes\n        availableMinutes\n        utilization\n      }\n    }\n  }\n": typeof types.DashboardWeekStatisticsDocument,
    "\n  query dashboardReminderEffect($from: DateTime!, $to: DateTime!) {\n    reminderEffect(from: $from, to: $to) {\n      confirmed {\n        count\n        n\n        rate\n      }\n      noShowsReminded {\n        count\n        n\n        rate\n      }\n      noShowsNotReminded {\n        count\n        n\n        rate\n      }\n    }\n  }\n": typeof types.DashboardReminderEffectDocument,
    "\n  fragment MessageRecord on Message {\n    id\n    patientId\n    sessionId\n    kind\n    channel\n    to\n    subject\n    text\n    sendAt\n    sentAt\n    status\n    statusReason\n    providerResult\n    attempts\n    createdAt\n  }\n": typeof types.MessageRecordFragmentDoc,
    "\n  fragment MessageRecipientFields on Message {\n    userId\n    staffName\n  }\n": typeof types.MessageRecipientFieldsFragmentDoc,
    "\n  query patientOutcomes($patientId: ID!, $episodeId: ID) {\n    patientOutcomes(patientId: $patientId, episodeId: $episodeId) {\n      patientId\n      episode {\n        id\n        startedAt\n        open\n        goal\n        dischargedAt\n      }\n      measures {\n        instrument\n        domain\n        hasFollowUp\n        changePoints\n        changePercent\n        meaningful\n        meetsClaim\n        claimTarget\n        meaningfulTarget\n        baseline {\n          ...OutcomePointFields\n        }\n        latest {\n          ...OutcomePointFields\n        }\n        series {\n          ...OutcomePointFields\n        }\n      }\n    }\n  }\n  fragment OutcomePointFields on OutcomePoint {\n    assessmentId\n    takenAt\n    sessionNumber\n    score\n    normalized\n    source\n  }\n": typeof types.PatientOutcomesDocument,
    "\n  query clinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      claim\n      statement\n      reference {\n        citation\n        title\n        design\n        participants\n        sessions\n        finding\n      }\n      measures {\n        ...OutcomeStatsFields\n      }\n      byTherapist {\n        therapistId\n        therapistName\n        measures {\n          ...OutcomeStatsFields\n        }\n      }\n      byModality {\n        modality\n        measures {\n          ...OutcomeStatsFields\n        }\n      }\n    }\n  }\n  fragment OutcomeStatsFields on OutcomeStats {\n    instrument\n    episodes\n    withFollowUp\n    dropouts\n    captureRate\n    changeN\n    meanChangePercent\n    medianChangePercent\n    ci95Low\n    ci95High\n    completers {\n      meaningfulShare\n      claimShare\n    }\n    intentionToTreat {\n      meaningfulShare\n      claimShare\n    }\n    requested\n    answered\n    medianResponseHours\n    summary\n    caution\n  }\n": typeof types.ClinicOutcomesDocument,
    "\n  query therapistChoices {\n    allTherapists(perPage: 100, sortField: \"displayName\", sortOrder: \"ASC\") {\n      id\n      displayName\n    }\n  }\n": typeof types.TherapistChoicesDocument,
    "\n  fragment PatientLinkViewFields on PatientLinkView {\n    purpose\n    clinicName\n    clinicAddress\n    timezone\n    startsAt\n    endsAt\n    therapistName\n    serviceName\n    sessionStatus\n    confirmedAt\n    lateCancel\n    offerStatus\n    lateCancelWindowHours\n    cancelWouldBeLate\n    usedAt\n  }\n": typeof types.PatientLinkViewFieldsFragmentDoc,
    "\n  query PatientLink($token: String!) {\n    patientLink(token: $token) {\n      ...PatientLinkViewFields\n    }\n  }\n": typeof types.PatientLinkDocument,
    "\n  mutation PatientConfirmSession($token: String!) {\n    confirmSessionByLink(token: $token) {\n      ...PatientLinkViewFields\n    }\n  }\n": typeof types.PatientConfirmSessionDocument,
    "\n  mutation PatientCancelSession($token: String!, $reason: String) {\n    cancelSessionByLink(token: $token, reason: $reason) {\n      ...PatientLinkViewFields\n    }\n  }\n": typeof types.PatientCancelSessionDocument,
    "\n  mutation PatientClaimOffer($token: String!) {\n    claimWaitlistOffer(token: $token) {\n      ...PatientLinkViewFields\n    }\n  }\n": typeof types.PatientClaimOfferDocument,
    "\n  mutation PatientOptOut($token: String!) {\n    optOutByLink(token: $token) {\n      channel\n    }\n  }\n": typeof types.PatientOptOutDocument,
    "\n  fragment PatientQuestionnaireFields on PatientQuestionnaire {\n    clinicName\n    timezone\n    occasion\n    status\n    instruments\n    licensedItemText {\n      instrument\n      items\n    }\n    expiresAt\n    answeredAt\n  }\n": typeof types.PatientQuestionnaireFieldsFragmentDoc,
    "\n  query PatientQuestionnaireByLink($token: String!) {\n    questionnaireByLink(token: $token) {\n      ...PatientQuestionnaireFields\n    }\n  }\n": typeof types.PatientQuestionnaireByLinkDocument,
    "\n  mutation PatientQuestionnaireSubmit($token: String!, $responses: [QuestionnaireAnswerInput!]!) {\n    submitQuestionnaire(token: $token, responses: $responses) {\n      ...PatientQuestionnaireFields\n    }\n  }\n": typeof types.PatientQuestionnaireSubmitDocument,
    "\n  fragment StaffInviteFields on StaffInviteViewModel {\n    clinicName\n    name\n    email\n    role\n    expiresAt\n  }\n": typeof types.StaffInviteFieldsFragmentDoc,
    "\n  query StaffInvitePageView($token: String!) {\n    staffInvite(token: $token) {\n      ...StaffInviteFields\n    }\n  }\n": typeof types.StaffInvitePageViewDocument,
    "\n  mutation StaffInvitePageAccept($token: String!, $password: String!) {\n    acceptStaffInvite(token: $token, password: $password) {\n      ...StaffInviteFields\n    }\n  }\n": typeof types.StaffInvitePageAcceptDocument,
    "\n  query PatientRecordSessions($patientId: ID!, $now: DateTime!, $pastCount: Int!) {\n    clinicSettings {\n      id\n      timezone\n    }\n    upcoming: allSessions(filter: { patientId: $patientId, from: $now }, sortField: \"startsAt\", sortOrder: \"ASC\", perPage: 100) {\n      ...PatientRecordSession\n    }\n    past: allSessions(filter: { patientId: $patientId, to: $now }, sortField: \"startsAt\", sortOrder: \"DESC\", perPage: $pastCount) {\n      ...PatientRecordSession\n    }\n    pastMeta: _allSessionsMeta(filter: { patientId: $patientId, to: $now }) {\n      count\n    }\n  }\n\n  fragment PatientRecordSession on Session {\n    id\n    startsAt\n    endsAt\n    status\n    lateCancel\n    cancelReason\n    confirmedAt\n    seriesId\n    notes\n    therapist {\n      id\n      displayName\n    }\n    serviceType {\n      id\n      name\n    }\n    room {\n      id\n      name\n    }\n  }\n": typeof types.PatientRecordSessionsDocument,
    "\n  query PatientRecordWaitlist($patientId: ID!) {\n    allWaitlistEntries(filter: { patientId: $patientId }, sortField: \"createdAt\", sortOrder: \"ASC\", perPage: 100) {\n      id\n      status\n      createdAt\n      earliestDate\n      latestDate\n      notes\n      windows {\n        weekday\n        startTime\n        endTime\n      }\n      serviceType {\n        id\n        name\n      }\n      therapist {\n        id\n        displayName\n      }\n      offers {\n        id\n        status\n        startsAt\n      }\n    }\n  }\n": typeof types.PatientRecordWaitlistDocument,
    "\n  fragment PatientRecord on Patient {\n    id\n    firstName\n    lastName\n    name\n    dateOfBirth\n    email\n    phone\n    preferredChannel\n    emailConsent\n    smsConsent\n    complaintRegion\n    clearanceStatus\n    notes\n    createdAt\n    updatedAt\n  }\n": typeof types.PatientRecordFragmentDoc,
    "\n  mutation login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        name\n        role\n        clinicId\n        active\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query StaffQuestionnaireFollowUpMonths {\n    clinicSettings {\n      id\n      questionnaireFollowUpMonths\n    }\n  }\n": typeof types.StaffQuestionnaireFollowUpMonthsDocument,
    "\n  fragment StaffQuestionnaireRecord on QuestionnaireRequest {\n    id\n    patientId\n    episodeId\n    occasion\n    sequence\n    instruments\n    sendAt\n    expiresAt\n    status\n    statusReason\n    answeredAt\n    createdAt\n  }\n": typeof types.StaffQuestionnaireRecordFragmentDoc,
    "\n  fragment PatientOptionFields on Patient {\n    id\n    name\n    dateOfBirth\n    complaintRegion\n    clearanceStatus\n  }\n": typeof types.PatientOptionFieldsFragmentDoc,
    "\n  fragment SessionFields on Session {\n    id\n    startsAt\n    endsAt\n    blockedUntil\n    status\n    notes\n    seriesId\n    lateCancel\n    cancelReason\n    overrideReason\n    confirmedAt\n    patient {\n      ...PatientOptionFields\n    }\n    therapist {\n      id\n      userId\n      displayName\n    }\n    serviceType {\n      id\n      name\n      modality\n      durationMinutes\n      bufferMinutes\n    }\n    room {\n      id\n      name\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  query scheduleSessions($filter: SessionFilter) {\n    allSessions(filter: $filter, perPage: 500, sortField: \"startsAt\", sortOrder: \"ASC\") {\n      ...SessionFields\n    }\n  }\n": typeof types.ScheduleSessionsDocument,
    "\n  query sessionsByIds($ids: [ID!]) {\n    allSessions(filter: { ids: $ids }, perPage: 100) {\n      ...SessionFields\n    }\n  }\n": typeof types.SessionsByIdsDocument,
    "\n  query patientSearch($filter: PatientFilter) {\n    allPatients(filter: $filter, perPage: 20, sortField: \"name\", sortOrder: \"ASC\") {\n      ...PatientOptionFields\n    }\n  }\n": typeof types.PatientSearchDocument,
    "\n  query availableSlots(\n    $therapistId: ID!\n    $serviceTypeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $roomId: ID\n    $patientId: ID\n    $excludeSessionId: ID\n  ) {\n    availableSlots(\n      therapistId: $therapistId\n      serviceTypeId: $serviceTypeId\n      from: $from\n      to: $to\n      roomId: $roomId\n      patientId: $patientId\n      excludeSessionId: $excludeSessionId\n    ) {\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.AvailableSlotsDocument,
    "\n  mutation bookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.BookSessionDocument,
    "\n  mutation bookSeries($input: BookSeriesInput!) {\n    bookSeries(input: $input) {\n      id\n      sessions {\n        ...SessionFields\n      }\n    }\n  }\n": typeof types.BookSeriesDocument,
    "\n  query series($id: ID!) {\n    SessionSeries(id: $id) {\n      id\n      frequency\n      interval\n      count\n      sessions {\n        id\n        startsAt\n        status\n      }\n    }\n  }\n": typeof types.SeriesDocument,
    "\n  mutation reschedule($id: ID!, $startsAt: DateTime!, $roomId: ID, $therapistId: ID, $scope: RescheduleScope) {\n    rescheduleSession(id: $id, startsAt: $startsAt, roomId: $roomId, therapistId: $therapistId, scope: $scope) {\n      ...SessionFields\n    }\n  }\n": typeof types.RescheduleDocument,
    "\n  mutation cancel($id: ID!, $reason: String!, $scope: CancelScope) {\n    cancelSession(id: $id, reason: $reason, scope: $scope) {\n      ...SessionFields\n    }\n  }\n": typeof types.CancelDocument,
    "\n  mutation checkIn($id: ID!) {\n    checkInSession(id: $id) {\n      ...SessionFields\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  mutation noShow($id: ID!) {\n    markNoShow(id: $id) {\n      ...SessionFields\n    }\n  }\n": typeof types.NoShowDocument,
    "\n  mutation complete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) {\n      ...SessionFields\n    }\n  }\n": typeof types.CompleteDocument,
    "\n  query sessionPrecautions($id: ID!) {\n    Session(id: $id) {\n      id\n      precautions {\n        key\n        label\n        advice\n      }\n    }\n  }\n": typeof types.SessionPrecautionsDocument,
    "\n  mutation attendanceRevertSessionStatus($id: ID!, $reason: String!) {\n    revertSessionStatus(id: $id, reason: $reason) {\n      ...SessionFields\n    }\n  }\n": typeof types.AttendanceRevertSessionStatusDocument,
    "\n  fragment ClinicSettingsPageFields on ClinicSettings {\n    ...ClinicSettingsFields\n    address\n    reminderOffsetsHours\n    reminderChannels\n    quietHoursStart\n    quietHoursEnd\n    questionnairesEnabled\n    questionnaireEverySessions\n    questionnaireFollowUpMonths\n    questionnaireInstruments {\n      region\n      instruments\n    }\n    licensedItemText {\n      instrument\n      items\n    }\n  }\n": typeof types.ClinicSettingsPageFieldsFragmentDoc,
    "\n  query clinicSettings {\n    clinicSettings {\n      ...ClinicSettingsPageFields\n    }\n  }\n": typeof types.ClinicSettingsDocument,
    "\n  mutation updateClinicSettings(\n    $name: String\n    $timezone: String\n    $slotStepMinutes: Int\n    $minimumNoticeMinutes: Int\n    $lateCancelWindowHours: Int\n    $checkInWindowMinutes: Int\n    $address: String\n    $reminderOffsetsHours: [Int!]\n    $reminderChannels: [MessageChannel!]\n    $quietHoursStart: String\n    $quietHoursEnd: String\n    $questionnairesEnabled: Boolean\n    $questionnaireEverySessions: Int\n    $questionnaireFollowUpMonths: Int\n    $questionnaireInstruments: [RegionInstrumentsInput!]\n    $licensedItemText: [LicensedItemTextInput!]\n  ) {\n    updateClinicSettings(\n      name: $name\n      timezone: $timezone\n      slotStepMinutes: $slotStepMinutes\n      minimumNoticeMinutes: $minimumNoticeMinutes\n      lateCancelWindowHours: $lateCancelWindowHours\n      checkInWindowMinutes: $checkInWindowMinutes\n      address: $address\n      reminderOffsetsHours: $reminderOffsetsHours\n      reminderChannels: $reminderChannels\n      quietHoursStart: $quietHoursStart\n      quietHoursEnd: $quietHoursEnd\n      questionnairesEnabled: $questionnairesEnabled\n      questionnaireEverySessions: $questionnaireEverySessions\n      questionnaireFollowUpMonths: $questionnaireFollowUpMonths\n      questionnaireInstruments: $questionnaireInstruments\n      licensedItemText: $licensedItemText\n    ) {\n      ...ClinicSettingsPageFields\n    }\n  }\n": typeof types.UpdateClinicSettingsDocument,
    "\n  fragment ClinicSettingsFields on ClinicSettings {\n    id\n    name\n    timezone\n    slotStepMinutes\n    minimumNoticeMinutes\n    lateCancelWindowHours\n    checkInWindowMinutes\n  }\n": typeof types.ClinicSettingsFieldsFragmentDoc,
    "\n  fragment TherapistFields on Therapist {\n    id\n    userId\n    displayName\n    credentials\n    modalities\n    active\n    workingHours {\n      weekday\n      start\n      end\n    }\n    timeOff {\n      id\n      therapistId\n      startsAt\n      endsAt\n      reason\n    }\n  }\n": typeof types.TherapistFieldsFragmentDoc,
    "\n  fragment RoomFields on Room {\n    id\n    name\n    active\n  }\n": typeof types.RoomFieldsFragmentDoc,
    "\n  fragment ServiceTypeFields on ServiceType {\n    id\n    name\n    modality\n    durationMinutes\n    bufferMinutes\n    active\n  }\n": typeof types.ServiceTypeFieldsFragmentDoc,
    "\n  query schedulingCatalog {\n    clinicSettings {\n      ...ClinicSettingsFields\n    }\n    allTherapists(perPage: 200, sortField: \"displayName\", sortOrder: \"ASC\") {\n      ...TherapistFields\n    }\n    allRooms(perPage: 200, sortField: \"name\", sortOrder: \"ASC\") {\n      ...RoomFields\n    }\n    allServiceTypes(perPage: 200, sortField: \"name\", sortOrder: \"ASC\") {\n      ...ServiceTypeFields\n    }\n  }\n": typeof types.SchedulingCatalogDocument,
    "\n  mutation StaffChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      user {\n        id\n        email\n        name\n        role\n        clinicId\n        active\n      }\n    }\n  }\n": typeof types.StaffChangePasswordDocument,
    "\n  fragment StaffRecord on User {\n    id\n    name\n    email\n    role\n    active\n    status\n    invitedAt\n    inviteAcceptedAt\n    createdAt\n  }\n": typeof types.StaffRecordFragmentDoc,
    "\n  mutation StaffResendInvite($userId: ID!) {\n    resendStaffInvite(userId: $userId) {\n      id\n      status\n    }\n  }\n": typeof types.StaffResendInviteDocument,
    "\n  mutation StaffInvite($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n      name\n      email\n      role\n    }\n  }\n": typeof types.StaffInviteDocument,
    "\n  mutation createStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n      name\n      role\n    }\n  }\n": typeof types.CreateStaffDocument,
    "\n  mutation addTimeOff($therapistId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $reason: String) {\n    addTimeOff(therapistId: $therapistId, startsAt: $startsAt, endsAt: $endsAt, reason: $reason) {\n      id\n    }\n  }\n": typeof types.AddTimeOffDocument,
    "\n  mutation removeTimeOff($id: ID!) {\n    removeTimeOff(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveTimeOffDocument,
    "\n  mutation setWorkingHours($therapistId: ID!, $hours: [WorkingBlockInput!]!) {\n    setWorkingHours(therapistId: $therapistId, hours: $hours) {\n      id\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n  }\n": typeof types.SetWorkingHoursDocument,
    "\n  fragment WaitlistRecord on WaitlistEntry {\n    id\n    patientId\n    serviceTypeId\n    therapistId\n    windows {\n      weekday\n      startTime\n      endTime\n    }\n    earliestDate\n    latestDate\n    notes\n    status\n    sessionId\n    offers {\n      id\n      startsAt\n      therapistId\n      status\n      messageId\n      sessionId\n      claimedAt\n      createdAt\n    }\n    createdAt\n  }\n": typeof types.WaitlistRecordFragmentDoc,
};
const documents: Documents = {
    "\n  query AuditEventsCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n": types.AuditEventsCsvDocument,
    "\n  fragment EpisodeFields on Episode {\n    id\n    patientId\n    region\n    chronicity\n    goal\n    startedAt\n    dischargedAt\n    dischargeNote\n    open\n  }\n": types.EpisodeFieldsFragmentDoc,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    rootId\n    version\n    isLatest\n    instrument\n    domain\n    responses\n    activities\n    score\n    normalized\n    band\n    takenAt\n    createdAt\n    amendReason\n    episodeId\n    sessionId\n    recordedById\n    source\n  }\n": types.AssessmentFieldsFragmentDoc,
    "\n  query clinicalLicensedItemText {\n    clinicSettings {\n      id\n      licensedItemText {\n        instrument\n        items\n      }\n    }\n  }\n": types.ClinicalLicensedItemTextDocument,
    "\n  query screeningRecord($patientId: ID!) {\n    screenings(patientId: $patientId) {\n      id\n      contraindications\n      formVersion\n      answers {\n        key\n        kind\n        label\n        yes\n        advice\n      }\n      notes\n      recordedAt\n    }\n    clearances(patientId: $patientId) {\n      id\n      clearedAt\n      clinician\n      note\n    }\n  }\n": types.ScreeningRecordDocument,
    "\n  mutation recordScreening($input: RecordScreeningInput!) {\n    recordScreening(input: $input) {\n      id\n      contraindications\n      patientClearanceStatus\n    }\n  }\n": types.RecordScreeningDocument,
    "\n  mutation recordClearance($input: RecordClearanceInput!) {\n    recordClearance(input: $input) {\n      id\n    }\n  }\n": types.RecordClearanceDocument,
    "\n  query episodes($filter: EpisodeFilter) {\n    allEpisodes(filter: $filter, perPage: 100, sortField: \"startedAt\", sortOrder: \"DESC\") {\n      ...EpisodeFields\n    }\n  }\n": types.EpisodesDocument,
    "\n  mutation openEpisode($input: OpenEpisodeInput!) {\n    openEpisode(input: $input) {\n      ...EpisodeFields\n    }\n  }\n": types.OpenEpisodeDocument,
    "\n  mutation dischargeEpisode($id: ID!, $note: String) {\n    dischargeEpisode(id: $id, note: $note) {\n      ...EpisodeFields\n    }\n  }\n": types.DischargeEpisodeDocument,
    "\n  query patientSessions($patientId: ID!, $filter: SessionFilter) {\n    allSessions(filter: $filter, perPage: 200, sortField: \"startsAt\", sortOrder: \"DESC\") {\n      id\n      startsAt\n      endsAt\n      status\n      lateCancel\n      cancelReason\n      episodeId\n      therapist {\n        id\n        userId\n        displayName\n      }\n      serviceType {\n        id\n        name\n        modality\n      }\n    }\n    treatmentNotes(patientId: $patientId) {\n      ...NoteFields\n    }\n  }\n": types.PatientSessionsDocument,
    "\n  query assessments($filter: AssessmentFilter) {\n    allAssessments(filter: $filter, perPage: 500, sortField: \"takenAt\", sortOrder: \"DESC\") {\n      ...AssessmentFields\n    }\n  }\n": types.AssessmentsDocument,
    "\n  query assessmentHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) {\n      ...AssessmentFields\n      recordedBy {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.AssessmentHistoryDocument,
    "\n  mutation recordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": types.RecordAssessmentDocument,
    "\n  mutation amendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {\n    amendAssessment(id: $id, responses: $responses, reason: $reason, activities: $activities) {\n      ...AssessmentFields\n    }\n  }\n": types.AmendAssessmentDocument,
    "\n  fragment NoteFields on TreatmentNote {\n    id\n    rootId\n    version\n    isLatest\n    sessionId\n    subjective\n    objective\n    techniques\n    regions\n    pressure\n    patientResponse\n    plan\n    nextStep\n    amendReason\n    createdAt\n    authorId\n    author {\n      id\n      name\n      role\n    }\n  }\n": types.NoteFieldsFragmentDoc,
    "\n  query notesOfSession($sessionId: ID!) {\n    treatmentNote(sessionId: $sessionId) {\n      ...NoteFields\n    }\n  }\n": types.NotesOfSessionDocument,
    "\n  query notesHistory($rootId: ID!) {\n    treatmentNoteHistory(rootId: $rootId) {\n      ...NoteFields\n    }\n  }\n": types.NotesHistoryDocument,
    "\n  mutation notesAmend($id: ID!, $input: TreatmentNoteInput!, $reason: String!) {\n    amendTreatmentNote(id: $id, input: $input, reason: $reason) {\n      ...NoteFields\n    }\n  }\n": types.NotesAmendDocument,
    "\n  query dashboardWeekStatistics($day: String) {\n    clinicSettings {\n      id\n      timezone\n    }\n    weekStatistics(day: $day) {\n      weekOf\n      sessions\n      begun\n      completed\n      toRecord\n      upcoming\n      cancellations\n      lateCancellations\n      noShows\n      noShowRate\n      confirmation {\n        confirmed\n        of\n        share\n      }\n      bookedMinutes\n      availableMinutes\n      utilization\n      byTherapist {\n        therapistId\n        name\n        sessions\n        bookedMinutes\n        availableMinutes\n        utilization\n      }\n    }\n  }\n": types.DashboardWeekStatisticsDocument,
    "\n  query dashboardReminderEffect($from: DateTime!, $to: DateTime!) {\n    reminderEffect(from: $from, to: $to) {\n      confirmed {\n        count\n        n\n        rate\n      }\n      noShowsReminded {\n        count\n        n\n        rate\n      }\n      noShowsNotReminded {\n        count\n        n\n        rate\n      }\n    }\n  }\n": types.DashboardReminderEffectDocument,
    "\n  fragment MessageRecord on Message {\n    id\n    patientId\n    sessionId\n    kind\n    channel\n    to\n    subject\n    text\n    sendAt\n    sentAt\n    status\n    statusReason\n    providerResult\n    attempts\n    createdAt\n  }\n": types.MessageRecordFragmentDoc,
    "\n  fragment MessageRecipientFields on Message {\n    userId\n    staffName\n  }\n": types.MessageRecipientFieldsFragmentDoc,
    "\n  query patientOutcomes($patientId: ID!, $episodeId: ID) {\n    patientOutcomes(patientId: $patientId, episodeId: $episodeId) {\n      patientId\n      episode {\n        id\n        startedAt\n        open\n        goal\n        dischargedAt\n      }\n      measures {\n        instrument\n        domain\n        hasFollowUp\n        changePoints\n        changePercent\n        meaningful\n        meetsClaim\n        claimTarget\n        meaningfulTarget\n        baseline {\n          ...OutcomePointFields\n        }\n        latest {\n          ...OutcomePointFields\n        }\n        series {\n          ...OutcomePointFields\n        }\n      }\n    }\n  }\n  fragment OutcomePointFields on OutcomePoint {\n    assessmentId\n    takenAt\n    sessionNumber\n    score\n    normalized\n    source\n  }\n": types.PatientOutcomesDocument,
    "\n  query clinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      claim\n      statement\n      reference {\n        citation\n        title\n        design\n        participants\n        sessions\n        finding\n      }\n      measures {\n        ...OutcomeStatsFields\n      }\n      byTherapist {\n        therapistId\n        therapistName\n        measures {\n          ...OutcomeStatsFields\n        }\n      }\n      byModality {\n        modality\n        measures {\n          ...OutcomeStatsFields\n        }\n      }\n    }\n  }\n  fragment OutcomeStatsFields on OutcomeStats {\n    instrument\n    episodes\n    withFollowUp\n    dropouts\n    captureRate\n    changeN\n    meanChangePercent\n    medianChangePercent\n    ci95Low\n    ci95High\n    completers {\n      meaningfulShare\n      claimShare\n    }\n    intentionToTreat {\n      meaningfulShare\n      claimShare\n    }\n    requested\n    answered\n    medianResponseHours\n    summary\n    caution\n  }\n": types.ClinicOutcomesDocument,
    "\n  query therapistChoices {\n    allTherapists(perPage: 100, sortField: \"displayName\", sortOrder: \"ASC\") {\n      id\n      displayName\n    }\n  }\n": types.TherapistChoicesDocument,
    "\n  fragment PatientLinkViewFields on PatientLinkView {\n    purpose\n    clinicName\n    clinicAddress\n    timezone\n    startsAt\n    endsAt\n    therapistName\n    serviceName\n    sessionStatus\n    confirmedAt\n    lateCancel\n    offerStatus\n    lateCancelWindowHours\n    cancelWouldBeLate\n    usedAt\n  }\n": types.PatientLinkViewFieldsFragmentDoc,
    "\n  query PatientLink($token: String!) {\n    patientLink(token: $token) {\n      ...PatientLinkViewFields\n    }\n  }\n": types.PatientLinkDocument,
    "\n  mutation PatientConfirmSession($token: String!) {\n    confirmSessionByLink(token: $token) {\n      ...PatientLinkViewFields\n    }\n  }\n": types.PatientConfirmSessionDocument,
    "\n  mutation PatientCancelSession($token: String!, $reason: String) {\n    cancelSessionByLink(token: $token, reason: $reason) {\n      ...PatientLinkViewFields\n    }\n  }\n": types.PatientCancelSessionDocument,
    "\n  mutation PatientClaimOffer($token: String!) {\n    claimWaitlistOffer(token: $token) {\n      ...PatientLinkViewFields\n    }\n  }\n": types.PatientClaimOfferDocument,
    "\n  mutation PatientOptOut($token: String!) {\n    optOutByLink(token: $token) {\n      channel\n    }\n  }\n": types.PatientOptOutDocument,
    "\n  fragment PatientQuestionnaireFields on PatientQuestionnaire {\n    clinicName\n    timezone\n    occasion\n    status\n    instruments\n    licensedItemText {\n      instrument\n      items\n    }\n    expiresAt\n    answeredAt\n  }\n": types.PatientQuestionnaireFieldsFragmentDoc,
    "\n  query PatientQuestionnaireByLink($token: String!) {\n    questionnaireByLink(token: $token) {\n      ...PatientQuestionnaireFields\n    }\n  }\n": types.PatientQuestionnaireByLinkDocument,
    "\n  mutation PatientQuestionnaireSubmit($token: String!, $responses: [QuestionnaireAnswerInput!]!) {\n    submitQuestionnaire(token: $token, responses: $responses) {\n      ...PatientQuestionnaireFields\n    }\n  }\n": types.PatientQuestionnaireSubmitDocument,
    "\n  fragment StaffInviteFields on StaffInviteViewModel {\n    clinicName\n    name\n    email\n    role\n    expiresAt\n  }\n": types.StaffInviteFieldsFragmentDoc,
    "\n  query StaffInvitePageView($token: String!) {\n    staffInvite(token: $token) {\n      ...StaffInviteFields\n    }\n  }\n": types.StaffInvitePageViewDocument,
    "\n  mutation StaffInvitePageAccept($token: String!, $password: String!) {\n    acceptStaffInvite(token: $token, password: $password) {\n      ...StaffInviteFields\n    }\n  }\n": types.StaffInvitePageAcceptDocument,
    "\n  query PatientRecordSessions($patientId: ID!, $now: DateTime!, $pastCount: Int!) {\n    clinicSettings {\n      id\n      timezone\n    }\n    upcoming: allSessions(filter: { patientId: $patientId, from: $now }, sortField: \"startsAt\", sortOrder: \"ASC\", perPage: 100) {\n      ...PatientRecordSession\n    }\n    past: allSessions(filter: { patientId: $patientId, to: $now }, sortField: \"startsAt\", sortOrder: \"DESC\", perPage: $pastCount) {\n      ...PatientRecordSession\n    }\n    pastMeta: _allSessionsMeta(filter: { patientId: $patientId, to: $now }) {\n      count\n    }\n  }\n\n  fragment PatientRecordSession on Session {\n    id\n    startsAt\n    endsAt\n    status\n    lateCancel\n    cancelReason\n    confirmedAt\n    seriesId\n    notes\n    therapist {\n      id\n      displayName\n    }\n    serviceType {\n      id\n      name\n    }\n    room {\n      id\n      name\n    }\n  }\n": types.PatientRecordSessionsDocument,
    "\n  query PatientRecordWaitlist($patientId: ID!) {\n    allWaitlistEntries(filter: { patientId: $patientId }, sortField: \"createdAt\", sortOrder: \"ASC\", perPage: 100) {\n      id\n      status\n      createdAt\n      earliestDate\n      latestDate\n      notes\n      windows {\n        weekday\n        startTime\n        endTime\n      }\n      serviceType {\n        id\n        name\n      }\n      therapist {\n        id\n        displayName\n      }\n      offers {\n        id\n        status\n        startsAt\n      }\n    }\n  }\n": types.PatientRecordWaitlistDocument,
    "\n  fragment PatientRecord on Patient {\n    id\n    firstName\n    lastName\n    name\n    dateOfBirth\n    email\n    phone\n    preferredChannel\n    emailConsent\n    smsConsent\n    complaintRegion\n    clearanceStatus\n    notes\n    createdAt\n    updatedAt\n  }\n": types.PatientRecordFragmentDoc,
    "\n  mutation login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        name\n        role\n        clinicId\n        active\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query StaffQuestionnaireFollowUpMonths {\n    clinicSettings {\n      id\n      questionnaireFollowUpMonths\n    }\n  }\n": types.StaffQuestionnaireFollowUpMonthsDocument,
    "\n  fragment StaffQuestionnaireRecord on QuestionnaireRequest {\n    id\n    patientId\n    episodeId\n    occasion\n    sequence\n    instruments\n    sendAt\n    expiresAt\n    status\n    statusReason\n    answeredAt\n    createdAt\n  }\n": types.StaffQuestionnaireRecordFragmentDoc,
    "\n  fragment PatientOptionFields on Patient {\n    id\n    name\n    dateOfBirth\n    complaintRegion\n    clearanceStatus\n  }\n": types.PatientOptionFieldsFragmentDoc,
    "\n  fragment SessionFields on Session {\n    id\n    startsAt\n    endsAt\n    blockedUntil\n    status\n    notes\n    seriesId\n    lateCancel\n    cancelReason\n    overrideReason\n    confirmedAt\n    patient {\n      ...PatientOptionFields\n    }\n    therapist {\n      id\n      userId\n      displayName\n    }\n    serviceType {\n      id\n      name\n      modality\n      durationMinutes\n      bufferMinutes\n    }\n    room {\n      id\n      name\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  query scheduleSessions($filter: SessionFilter) {\n    allSessions(filter: $filter, perPage: 500, sortField: \"startsAt\", sortOrder: \"ASC\") {\n      ...SessionFields\n    }\n  }\n": types.ScheduleSessionsDocument,
    "\n  query sessionsByIds($ids: [ID!]) {\n    allSessions(filter: { ids: $ids }, perPage: 100) {\n      ...SessionFields\n    }\n  }\n": types.SessionsByIdsDocument,
    "\n  query patientSearch($filter: PatientFilter) {\n    allPatients(filter: $filter, perPage: 20, sortField: \"name\", sortOrder: \"ASC\") {\n      ...PatientOptionFields\n    }\n  }\n": types.PatientSearchDocument,
    "\n  query availableSlots(\n    $therapistId: ID!\n    $serviceTypeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $roomId: ID\n    $patientId: ID\n    $excludeSessionId: ID\n  ) {\n    availableSlots(\n      therapistId: $therapistId\n      serviceTypeId: $serviceTypeId\n      from: $from\n      to: $to\n      roomId: $roomId\n      patientId: $patientId\n      excludeSessionId: $excludeSessionId\n    ) {\n      startsAt\n      endsAt\n    }\n  }\n": types.AvailableSlotsDocument,
    "\n  mutation bookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.BookSessionDocument,
    "\n  mutation bookSeries($input: BookSeriesInput!) {\n    bookSeries(input: $input) {\n      id\n      sessions {\n        ...SessionFields\n      }\n    }\n  }\n": types.BookSeriesDocument,
    "\n  query series($id: ID!) {\n    SessionSeries(id: $id) {\n      id\n      frequency\n      interval\n      count\n      sessions {\n        id\n        startsAt\n        status\n      }\n    }\n  }\n": types.SeriesDocument,
    "\n  mutation reschedule($id: ID!, $startsAt: DateTime!, $roomId: ID, $therapistId: ID, $scope: RescheduleScope) {\n    rescheduleSession(id: $id, startsAt: $startsAt, roomId: $roomId, therapistId: $therapistId, scope: $scope) {\n      ...SessionFields\n    }\n  }\n": types.RescheduleDocument,
    "\n  mutation cancel($id: ID!, $reason: String!, $scope: CancelScope) {\n    cancelSession(id: $id, reason: $reason, scope: $scope) {\n      ...SessionFields\n    }\n  }\n": types.CancelDocument,
    "\n  mutation checkIn($id: ID!) {\n    checkInSession(id: $id) {\n      ...SessionFields\n    }\n  }\n": types.CheckInDocument,
    "\n  mutation noShow($id: ID!) {\n    markNoShow(id: $id) {\n      ...SessionFields\n    }\n  }\n": types.NoShowDocument,
    "\n  mutation complete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) {\n      ...SessionFields\n    }\n  }\n": types.CompleteDocument,
    "\n  query sessionPrecautions($id: ID!) {\n    Session(id: $id) {\n      id\n      precautions {\n        key\n        label\n        advice\n      }\n    }\n  }\n": types.SessionPrecautionsDocument,
    "\n  mutation attendanceRevertSessionStatus($id: ID!, $reason: String!) {\n    revertSessionStatus(id: $id, reason: $reason) {\n      ...SessionFields\n    }\n  }\n": types.AttendanceRevertSessionStatusDocument,
    "\n  fragment ClinicSettingsPageFields on ClinicSettings {\n    ...ClinicSettingsFields\n    address\n    reminderOffsetsHours\n    reminderChannels\n    quietHoursStart\n    quietHoursEnd\n    questionnairesEnabled\n    questionnaireEverySessions\n    questionnaireFollowUpMonths\n    questionnaireInstruments {\n      region\n      instruments\n    }\n    licensedItemText {\n      instrument\n      items\n    }\n  }\n": types.ClinicSettingsPageFieldsFragmentDoc,
    "\n  query clinicSettings {\n    clinicSettings {\n      ...ClinicSettingsPageFields\n    }\n  }\n": types.ClinicSettingsDocument,
    "\n  mutation updateClinicSettings(\n    $name: String\n    $timezone: String\n    $slotStepMinutes: Int\n    $minimumNoticeMinutes: Int\n    $lateCancelWindowHours: Int\n    $checkInWindowMinutes: Int\n    $address: String\n    $reminderOffsetsHours: [Int!]\n    $reminderChannels: [MessageChannel!]\n    $quietHoursStart: String\n    $quietHoursEnd: String\n    $questionnairesEnabled: Boolean\n    $questionnaireEverySessions: Int\n    $questionnaireFollowUpMonths: Int\n    $questionnaireInstruments: [RegionInstrumentsInput!]\n    $licensedItemText: [LicensedItemTextInput!]\n  ) {\n    updateClinicSettings(\n      name: $name\n      timezone: $timezone\n      slotStepMinutes: $slotStepMinutes\n      minimumNoticeMinutes: $minimumNoticeMinutes\n      lateCancelWindowHours: $lateCancelWindowHours\n      checkInWindowMinutes: $checkInWindowMinutes\n      address: $address\n      reminderOffsetsHours: $reminderOffsetsHours\n      reminderChannels: $reminderChannels\n      quietHoursStart: $quietHoursStart\n      quietHoursEnd: $quietHoursEnd\n      questionnairesEnabled: $questionnairesEnabled\n      questionnaireEverySessions: $questionnaireEverySessions\n      questionnaireFollowUpMonths: $questionnaireFollowUpMonths\n      questionnaireInstruments: $questionnaireInstruments\n      licensedItemText: $licensedItemText\n    ) {\n      ...ClinicSettingsPageFields\n    }\n  }\n": types.UpdateClinicSettingsDocument,
    "\n  fragment ClinicSettingsFields on ClinicSettings {\n    id\n    name\n    timezone\n    slotStepMinutes\n    minimumNoticeMinutes\n    lateCancelWindowHours\n    checkInWindowMinutes\n  }\n": types.ClinicSettingsFieldsFragmentDoc,
    "\n  fragment TherapistFields on Therapist {\n    id\n    userId\n    displayName\n    credentials\n    modalities\n    active\n    workingHours {\n      weekday\n      start\n      end\n    }\n    timeOff {\n      id\n      therapistId\n      startsAt\n      endsAt\n      reason\n    }\n  }\n": types.TherapistFieldsFragmentDoc,
    "\n  fragment RoomFields on Room {\n    id\n    name\n    active\n  }\n": types.RoomFieldsFragmentDoc,
    "\n  fragment ServiceTypeFields on ServiceType {\n    id\n    name\n    modality\n    durationMinutes\n    bufferMinutes\n    active\n  }\n": types.ServiceTypeFieldsFragmentDoc,
    "\n  query schedulingCatalog {\n    clinicSettings {\n      ...ClinicSettingsFields\n    }\n    allTherapists(perPage: 200, sortField: \"displayName\", sortOrder: \"ASC\") {\n      ...TherapistFields\n    }\n    allRooms(perPage: 200, sortField: \"name\", sortOrder: \"ASC\") {\n      ...RoomFields\n    }\n    allServiceTypes(perPage: 200, sortField: \"name\", sortOrder: \"ASC\") {\n      ...ServiceTypeFields\n    }\n  }\n": types.SchedulingCatalogDocument,
    "\n  mutation StaffChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      user {\n        id\n        email\n        name\n        role\n        clinicId\n        active\n      }\n    }\n  }\n": types.StaffChangePasswordDocument,
    "\n  fragment StaffRecord on User {\n    id\n    name\n    email\n    role\n    active\n    status\n    invitedAt\n    inviteAcceptedAt\n    createdAt\n  }\n": types.StaffRecordFragmentDoc,
    "\n  mutation StaffResendInvite($userId: ID!) {\n    resendStaffInvite(userId: $userId) {\n      id\n      status\n    }\n  }\n": types.StaffResendInviteDocument,
    "\n  mutation StaffInvite($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n      name\n      email\n      role\n    }\n  }\n": types.StaffInviteDocument,
    "\n  mutation createStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n      name\n      role\n    }\n  }\n": types.CreateStaffDocument,
    "\n  mutation addTimeOff($therapistId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $reason: String) {\n    addTimeOff(therapistId: $therapistId, startsAt: $startsAt, endsAt: $endsAt, reason: $reason) {\n      id\n    }\n  }\n": types.AddTimeOffDocument,
    "\n  mutation removeTimeOff($id: ID!) {\n    removeTimeOff(id: $id) {\n      id\n    }\n  }\n": types.RemoveTimeOffDocument,
    "\n  mutation setWorkingHours($therapistId: ID!, $hours: [WorkingBlockInput!]!) {\n    setWorkingHours(therapistId: $therapistId, hours: $hours) {\n      id\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n  }\n": types.SetWorkingHoursDocument,
    "\n  fragment WaitlistRecord on WaitlistEntry {\n    id\n    patientId\n    serviceTypeId\n    therapistId\n    windows {\n      weekday\n      startTime\n      endTime\n    }\n    earliestDate\n    latestDate\n    notes\n    status\n    sessionId\n    offers {\n      id\n      startsAt\n      therapistId\n      status\n      messageId\n      sessionId\n      claimedAt\n      createdAt\n    }\n    createdAt\n  }\n": types.WaitlistRecordFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEventsCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n"): typeof import('./graphql').AuditEventsCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EpisodeFields on Episode {\n    id\n    patientId\n    region\n    chronicity\n    goal\n    startedAt\n    dischargedAt\n    dischargeNote\n    open\n  }\n"): typeof import('./graphql').EpisodeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentFields on Assessment {\n    id\n    rootId\n    version\n    isLatest\n    instrument\n    domain\n    responses\n    activities\n    score\n    normalized\n    band\n    takenAt\n    createdAt\n    amendReason\n    episodeId\n    sessionId\n    recordedById\n    source\n  }\n"): typeof import('./graphql').AssessmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query clinicalLicensedItemText {\n    clinicSettings {\n      id\n      licensedItemText {\n        instrument\n        items\n      }\n    }\n  }\n"): typeof import('./graphql').ClinicalLicensedItemTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query screeningRecord($patientId: ID!) {\n    screenings(patientId: $patientId) {\n      id\n      contraindications\n      formVersion\n      answers {\n        key\n        kind\n        label\n        yes\n        advice\n      }\n      notes\n      recordedAt\n    }\n    clearances(patientId: $patientId) {\n      id\n      clearedAt\n      clinician\n      note\n    }\n  }\n"): typeof import('./graphql').ScreeningRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation recordScreening($input: RecordScreeningInput!) {\n    recordScreening(input: $input) {\n      id\n      contraindications\n      patientClearanceStatus\n    }\n  }\n"): typeof import('./graphql').RecordScreeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation recordClearance($input: RecordClearanceInput!) {\n    recordClearance(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordClearanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query episodes($filter: EpisodeFilter) {\n    allEpisodes(filter: $filter, perPage: 100, sortField: \"startedAt\", sortOrder: \"DESC\") {\n      ...EpisodeFields\n    }\n  }\n"): typeof import('./graphql').EpisodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation openEpisode($input: OpenEpisodeInput!) {\n    openEpisode(input: $input) {\n      ...EpisodeFields\n    }\n  }\n"): typeof import('./graphql').OpenEpisodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation dischargeEpisode($id: ID!, $note: String) {\n    dischargeEpisode(id: $id, note: $note) {\n      ...EpisodeFields\n    }\n  }\n"): typeof import('./graphql').DischargeEpisodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query patientSessions($patientId: ID!, $filter: SessionFilter) {\n    allSessions(filter: $filter, perPage: 200, sortField: \"startsAt\", sortOrder: \"DESC\") {\n      id\n      startsAt\n      endsAt\n      status\n      lateCancel\n      cancelReason\n      episodeId\n      therapist {\n        id\n        userId\n        displayName\n      }\n      serviceType {\n        id\n        name\n        modality\n      }\n    }\n    treatmentNotes(patientId: $patientId) {\n      ...NoteFields\n    }\n  }\n"): typeof import('./graphql').PatientSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query assessments($filter: AssessmentFilter) {\n    allAssessments(filter: $filter, perPage: 500, sortField: \"takenAt\", sortOrder: \"DESC\") {\n      ...AssessmentFields\n    }\n  }\n"): typeof import('./graphql').AssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query assessmentHistory($rootId: ID!) {\n    assessmentHistory(rootId: $rootId) {\n      ...AssessmentFields\n      recordedBy {\n        id\n        name\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').AssessmentHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation recordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"): typeof import('./graphql').RecordAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation amendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {\n    amendAssessment(id: $id, responses: $responses, reason: $reason, activities: $activities) {\n      ...AssessmentFields\n    }\n  }\n"): typeof import('./graphql').AmendAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoteFields on TreatmentNote {\n    id\n    rootId\n    version\n    isLatest\n    sessionId\n    subjective\n    objective\n    techniques\n    regions\n    pressure\n    patientResponse\n    plan\n    nextStep\n    amendReason\n    createdAt\n    authorId\n    author {\n      id\n      name\n      role\n    }\n  }\n"): typeof import('./graphql').NoteFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query notesOfSession($sessionId: ID!) {\n    treatmentNote(sessionId: $sessionId) {\n      ...NoteFields\n    }\n  }\n"): typeof import('./graphql').NotesOfSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query notesHistory($rootId: ID!) {\n    treatmentNoteHistory(rootId: $rootId) {\n      ...NoteFields\n    }\n  }\n"): typeof import('./graphql').NotesHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation notesAmend($id: ID!, $input: TreatmentNoteInput!, $reason: String!) {\n    amendTreatmentNote(id: $id, input: $input, reason: $reason) {\n      ...NoteFields\n    }\n  }\n"): typeof import('./graphql').NotesAmendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query dashboardWeekStatistics($day: String) {\n    clinicSettings {\n      id\n      timezone\n    }\n    weekStatistics(day: $day) {\n      weekOf\n      sessions\n      begun\n      completed\n      toRecord\n      upcoming\n      cancellations\n      lateCancellations\n      noShows\n      noShowRate\n      confirmation {\n        confirmed\n        of\n        share\n      }\n      bookedMinutes\n      availableMinutes\n      utilization\n      byTherapist {\n        therapistId\n        name\n        sessions\n        bookedMinutes\n        availableMinutes\n        utilization\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardWeekStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query dashboardReminderEffect($from: DateTime!, $to: DateTime!) {\n    reminderEffect(from: $from, to: $to) {\n      confirmed {\n        count\n        n\n        rate\n      }\n      noShowsReminded {\n        count\n        n\n        rate\n      }\n      noShowsNotReminded {\n        count\n        n\n        rate\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardReminderEffectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageRecord on Message {\n    id\n    patientId\n    sessionId\n    kind\n    channel\n    to\n    subject\n    text\n    sendAt\n    sentAt\n    status\n    statusReason\n    providerResult\n    attempts\n    createdAt\n  }\n"): typeof import('./graphql').MessageRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageRecipientFields on Message {\n    userId\n    staffName\n  }\n"): typeof import('./graphql').MessageRecipientFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query patientOutcomes($patientId: ID!, $episodeId: ID) {\n    patientOutcomes(patientId: $patientId, episodeId: $episodeId) {\n      patientId\n      episode {\n        id\n        startedAt\n        open\n        goal\n        dischargedAt\n      }\n      measures {\n        instrument\n        domain\n        hasFollowUp\n        changePoints\n        changePercent\n        meaningful\n        meetsClaim\n        claimTarget\n        meaningfulTarget\n        baseline {\n          ...OutcomePointFields\n        }\n        latest {\n          ...OutcomePointFields\n        }\n        series {\n          ...OutcomePointFields\n        }\n      }\n    }\n  }\n  fragment OutcomePointFields on OutcomePoint {\n    assessmentId\n    takenAt\n    sessionNumber\n    score\n    normalized\n    source\n  }\n"): typeof import('./graphql').PatientOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query clinicOutcomes($filter: ClinicOutcomesFilter) {\n    clinicOutcomes(filter: $filter) {\n      claim\n      statement\n      reference {\n        citation\n        title\n        design\n        participants\n        sessions\n        finding\n      }\n      measures {\n        ...OutcomeStatsFields\n      }\n      byTherapist {\n        therapistId\n        therapistName\n        measures {\n          ...OutcomeStatsFields\n        }\n      }\n      byModality {\n        modality\n        measures {\n          ...OutcomeStatsFields\n        }\n      }\n    }\n  }\n  fragment OutcomeStatsFields on OutcomeStats {\n    instrument\n    episodes\n    withFollowUp\n    dropouts\n    captureRate\n    changeN\n    meanChangePercent\n    medianChangePercent\n    ci95Low\n    ci95High\n    completers {\n      meaningfulShare\n      claimShare\n    }\n    intentionToTreat {\n      meaningfulShare\n      claimShare\n    }\n    requested\n    answered\n    medianResponseHours\n    summary\n    caution\n  }\n"): typeof import('./graphql').ClinicOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query therapistChoices {\n    allTherapists(perPage: 100, sortField: \"displayName\", sortOrder: \"ASC\") {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').TherapistChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatientLinkViewFields on PatientLinkView {\n    purpose\n    clinicName\n    clinicAddress\n    timezone\n    startsAt\n    endsAt\n    therapistName\n    serviceName\n    sessionStatus\n    confirmedAt\n    lateCancel\n    offerStatus\n    lateCancelWindowHours\n    cancelWouldBeLate\n    usedAt\n  }\n"): typeof import('./graphql').PatientLinkViewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientLink($token: String!) {\n    patientLink(token: $token) {\n      ...PatientLinkViewFields\n    }\n  }\n"): typeof import('./graphql').PatientLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientConfirmSession($token: String!) {\n    confirmSessionByLink(token: $token) {\n      ...PatientLinkViewFields\n    }\n  }\n"): typeof import('./graphql').PatientConfirmSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientCancelSession($token: String!, $reason: String) {\n    cancelSessionByLink(token: $token, reason: $reason) {\n      ...PatientLinkViewFields\n    }\n  }\n"): typeof import('./graphql').PatientCancelSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientClaimOffer($token: String!) {\n    claimWaitlistOffer(token: $token) {\n      ...PatientLinkViewFields\n    }\n  }\n"): typeof import('./graphql').PatientClaimOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientOptOut($token: String!) {\n    optOutByLink(token: $token) {\n      channel\n    }\n  }\n"): typeof import('./graphql').PatientOptOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatientQuestionnaireFields on PatientQuestionnaire {\n    clinicName\n    timezone\n    occasion\n    status\n    instruments\n    licensedItemText {\n      instrument\n      items\n    }\n    expiresAt\n    answeredAt\n  }\n"): typeof import('./graphql').PatientQuestionnaireFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientQuestionnaireByLink($token: String!) {\n    questionnaireByLink(token: $token) {\n      ...PatientQuestionnaireFields\n    }\n  }\n"): typeof import('./graphql').PatientQuestionnaireByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientQuestionnaireSubmit($token: String!, $responses: [QuestionnaireAnswerInput!]!) {\n    submitQuestionnaire(token: $token, responses: $responses) {\n      ...PatientQuestionnaireFields\n    }\n  }\n"): typeof import('./graphql').PatientQuestionnaireSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffInviteFields on StaffInviteViewModel {\n    clinicName\n    name\n    email\n    role\n    expiresAt\n  }\n"): typeof import('./graphql').StaffInviteFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffInvitePageView($token: String!) {\n    staffInvite(token: $token) {\n      ...StaffInviteFields\n    }\n  }\n"): typeof import('./graphql').StaffInvitePageViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffInvitePageAccept($token: String!, $password: String!) {\n    acceptStaffInvite(token: $token, password: $password) {\n      ...StaffInviteFields\n    }\n  }\n"): typeof import('./graphql').StaffInvitePageAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientRecordSessions($patientId: ID!, $now: DateTime!, $pastCount: Int!) {\n    clinicSettings {\n      id\n      timezone\n    }\n    upcoming: allSessions(filter: { patientId: $patientId, from: $now }, sortField: \"startsAt\", sortOrder: \"ASC\", perPage: 100) {\n      ...PatientRecordSession\n    }\n    past: allSessions(filter: { patientId: $patientId, to: $now }, sortField: \"startsAt\", sortOrder: \"DESC\", perPage: $pastCount) {\n      ...PatientRecordSession\n    }\n    pastMeta: _allSessionsMeta(filter: { patientId: $patientId, to: $now }) {\n      count\n    }\n  }\n\n  fragment PatientRecordSession on Session {\n    id\n    startsAt\n    endsAt\n    status\n    lateCancel\n    cancelReason\n    confirmedAt\n    seriesId\n    notes\n    therapist {\n      id\n      displayName\n    }\n    serviceType {\n      id\n      name\n    }\n    room {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').PatientRecordSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientRecordWaitlist($patientId: ID!) {\n    allWaitlistEntries(filter: { patientId: $patientId }, sortField: \"createdAt\", sortOrder: \"ASC\", perPage: 100) {\n      id\n      status\n      createdAt\n      earliestDate\n      latestDate\n      notes\n      windows {\n        weekday\n        startTime\n        endTime\n      }\n      serviceType {\n        id\n        name\n      }\n      therapist {\n        id\n        displayName\n      }\n      offers {\n        id\n        status\n        startsAt\n      }\n    }\n  }\n"): typeof import('./graphql').PatientRecordWaitlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatientRecord on Patient {\n    id\n    firstName\n    lastName\n    name\n    dateOfBirth\n    email\n    phone\n    preferredChannel\n    emailConsent\n    smsConsent\n    complaintRegion\n    clearanceStatus\n    notes\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').PatientRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        name\n        role\n        clinicId\n        active\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffQuestionnaireFollowUpMonths {\n    clinicSettings {\n      id\n      questionnaireFollowUpMonths\n    }\n  }\n"): typeof import('./graphql').StaffQuestionnaireFollowUpMonthsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffQuestionnaireRecord on QuestionnaireRequest {\n    id\n    patientId\n    episodeId\n    occasion\n    sequence\n    instruments\n    sendAt\n    expiresAt\n    status\n    statusReason\n    answeredAt\n    createdAt\n  }\n"): typeof import('./graphql').StaffQuestionnaireRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatientOptionFields on Patient {\n    id\n    name\n    dateOfBirth\n    complaintRegion\n    clearanceStatus\n  }\n"): typeof import('./graphql').PatientOptionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    id\n    startsAt\n    endsAt\n    blockedUntil\n    status\n    notes\n    seriesId\n    lateCancel\n    cancelReason\n    overrideReason\n    confirmedAt\n    patient {\n      ...PatientOptionFields\n    }\n    therapist {\n      id\n      userId\n      displayName\n    }\n    serviceType {\n      id\n      name\n      modality\n      durationMinutes\n      bufferMinutes\n    }\n    room {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query scheduleSessions($filter: SessionFilter) {\n    allSessions(filter: $filter, perPage: 500, sortField: \"startsAt\", sortOrder: \"ASC\") {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').ScheduleSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query sessionsByIds($ids: [ID!]) {\n    allSessions(filter: { ids: $ids }, perPage: 100) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').SessionsByIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query patientSearch($filter: PatientFilter) {\n    allPatients(filter: $filter, perPage: 20, sortField: \"name\", sortOrder: \"ASC\") {\n      ...PatientOptionFields\n    }\n  }\n"): typeof import('./graphql').PatientSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query availableSlots(\n    $therapistId: ID!\n    $serviceTypeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $roomId: ID\n    $patientId: ID\n    $excludeSessionId: ID\n  ) {\n    availableSlots(\n      therapistId: $therapistId\n      serviceTypeId: $serviceTypeId\n      from: $from\n      to: $to\n      roomId: $roomId\n      patientId: $patientId\n      excludeSessionId: $excludeSessionId\n    ) {\n      startsAt\n      endsAt\n    }\n  }\n"): typeof import('./graphql').AvailableSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation bookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').BookSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation bookSeries($input: BookSeriesInput!) {\n    bookSeries(input: $input) {\n      id\n      sessions {\n        ...SessionFields\n      }\n    }\n  }\n"): typeof import('./graphql').BookSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query series($id: ID!) {\n    SessionSeries(id: $id) {\n      id\n      frequency\n      interval\n      count\n      sessions {\n        id\n        startsAt\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').SeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation reschedule($id: ID!, $startsAt: DateTime!, $roomId: ID, $therapistId: ID, $scope: RescheduleScope) {\n    rescheduleSession(id: $id, startsAt: $startsAt, roomId: $roomId, therapistId: $therapistId, scope: $scope) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').RescheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation cancel($id: ID!, $reason: String!, $scope: CancelScope) {\n    cancelSession(id: $id, reason: $reason, scope: $scope) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').CancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation checkIn($id: ID!) {\n    checkInSession(id: $id) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').CheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation noShow($id: ID!) {\n    markNoShow(id: $id) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').NoShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation complete($id: ID!, $note: TreatmentNoteInput!) {\n    completeSession(id: $id, note: $note) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').CompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query sessionPrecautions($id: ID!) {\n    Session(id: $id) {\n      id\n      precautions {\n        key\n        label\n        advice\n      }\n    }\n  }\n"): typeof import('./graphql').SessionPrecautionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation attendanceRevertSessionStatus($id: ID!, $reason: String!) {\n    revertSessionStatus(id: $id, reason: $reason) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').AttendanceRevertSessionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClinicSettingsPageFields on ClinicSettings {\n    ...ClinicSettingsFields\n    address\n    reminderOffsetsHours\n    reminderChannels\n    quietHoursStart\n    quietHoursEnd\n    questionnairesEnabled\n    questionnaireEverySessions\n    questionnaireFollowUpMonths\n    questionnaireInstruments {\n      region\n      instruments\n    }\n    licensedItemText {\n      instrument\n      items\n    }\n  }\n"): typeof import('./graphql').ClinicSettingsPageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query clinicSettings {\n    clinicSettings {\n      ...ClinicSettingsPageFields\n    }\n  }\n"): typeof import('./graphql').ClinicSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation updateClinicSettings(\n    $name: String\n    $timezone: String\n    $slotStepMinutes: Int\n    $minimumNoticeMinutes: Int\n    $lateCancelWindowHours: Int\n    $checkInWindowMinutes: Int\n    $address: String\n    $reminderOffsetsHours: [Int!]\n    $reminderChannels: [MessageChannel!]\n    $quietHoursStart: String\n    $quietHoursEnd: String\n    $questionnairesEnabled: Boolean\n    $questionnaireEverySessions: Int\n    $questionnaireFollowUpMonths: Int\n    $questionnaireInstruments: [RegionInstrumentsInput!]\n    $licensedItemText: [LicensedItemTextInput!]\n  ) {\n    updateClinicSettings(\n      name: $name\n      timezone: $timezone\n      slotStepMinutes: $slotStepMinutes\n      minimumNoticeMinutes: $minimumNoticeMinutes\n      lateCancelWindowHours: $lateCancelWindowHours\n      checkInWindowMinutes: $checkInWindowMinutes\n      address: $address\n      reminderOffsetsHours: $reminderOffsetsHours\n      reminderChannels: $reminderChannels\n      quietHoursStart: $quietHoursStart\n      quietHoursEnd: $quietHoursEnd\n      questionnairesEnabled: $questionnairesEnabled\n      questionnaireEverySessions: $questionnaireEverySessions\n      questionnaireFollowUpMonths: $questionnaireFollowUpMonths\n      questionnaireInstruments: $questionnaireInstruments\n      licensedItemText: $licensedItemText\n    ) {\n      ...ClinicSettingsPageFields\n    }\n  }\n"): typeof import('./graphql').UpdateClinicSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClinicSettingsFields on ClinicSettings {\n    id\n    name\n    timezone\n    slotStepMinutes\n    minimumNoticeMinutes\n    lateCancelWindowHours\n    checkInWindowMinutes\n  }\n"): typeof import('./graphql').ClinicSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TherapistFields on Therapist {\n    id\n    userId\n    displayName\n    credentials\n    modalities\n    active\n    workingHours {\n      weekday\n      start\n      end\n    }\n    timeOff {\n      id\n      therapistId\n      startsAt\n      endsAt\n      reason\n    }\n  }\n"): typeof import('./graphql').TherapistFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomFields on Room {\n    id\n    name\n    active\n  }\n"): typeof import('./graphql').RoomFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceTypeFields on ServiceType {\n    id\n    name\n    modality\n    durationMinutes\n    bufferMinutes\n    active\n  }\n"): typeof import('./graphql').ServiceTypeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query schedulingCatalog {\n    clinicSettings {\n      ...ClinicSettingsFields\n    }\n    allTherapists(perPage: 200, sortField: \"displayName\", sortOrder: \"ASC\") {\n      ...TherapistFields\n    }\n    allRooms(perPage: 200, sortField: \"name\", sortOrder: \"ASC\") {\n      ...RoomFields\n    }\n    allServiceTypes(perPage: 200, sortField: \"name\", sortOrder: \"ASC\") {\n      ...ServiceTypeFields\n    }\n  }\n"): typeof import('./graphql').SchedulingCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      user {\n        id\n        email\n        name\n        role\n        clinicId\n        active\n      }\n    }\n  }\n"): typeof import('./graphql').StaffChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffRecord on User {\n    id\n    name\n    email\n    role\n    active\n    status\n    invitedAt\n    inviteAcceptedAt\n    createdAt\n  }\n"): typeof import('./graphql').StaffRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffResendInvite($userId: ID!) {\n    resendStaffInvite(userId: $userId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').StaffResendInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffInvite($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n      name\n      email\n      role\n    }\n  }\n"): typeof import('./graphql').StaffInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation createStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n      name\n      role\n    }\n  }\n"): typeof import('./graphql').CreateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation addTimeOff($therapistId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $reason: String) {\n    addTimeOff(therapistId: $therapistId, startsAt: $startsAt, endsAt: $endsAt, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddTimeOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation removeTimeOff($id: ID!) {\n    removeTimeOff(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveTimeOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation setWorkingHours($therapistId: ID!, $hours: [WorkingBlockInput!]!) {\n    setWorkingHours(therapistId: $therapistId, hours: $hours) {\n      id\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n  }\n"): typeof import('./graphql').SetWorkingHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WaitlistRecord on WaitlistEntry {\n    id\n    patientId\n    serviceTypeId\n    therapistId\n    windows {\n      weekday\n      startTime\n      endTime\n    }\n    earliestDate\n    latestDate\n    notes\n    status\n    sessionId\n    offers {\n      id\n      startsAt\n      therapistId\n      status\n      messageId\n      sessionId\n      claimedAt\n      createdAt\n    }\n    createdAt\n  }\n"): typeof import('./graphql').WaitlistRecordFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
