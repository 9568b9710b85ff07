/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AssessmentFilter = {
  /** Include superseded versions (default: latest versions only) */
  allVersions?: boolean | null | undefined;
  episodeId?: string | number | null | undefined;
  instrument?: Instrument | null | undefined;
  patientId?: string | number | null | undefined;
  rootId?: string | number | null | undefined;
};

/** Who gave the answers: entered by staff, or answered by the patient by link */
export type AssessmentSource =
  /** Entered by a staff member */
  | 'CLINICIAN_ENTERED'
  /** Answered by the patient on a questionnaire link */
  | 'PATIENT_REPORTED';

export type AuditAction =
  | 'AMEND'
  | 'BOOK'
  | 'CANCEL'
  | 'CHECK_IN'
  | 'COMPLETE'
  | 'CREATE'
  | 'DENIED'
  | 'DISCHARGE'
  | 'LOGIN'
  | 'LOGIN_FAILED'
  | 'NO_SHOW'
  | 'OVERRIDE'
  | 'READ'
  | 'RESCHEDULE'
  | 'REVERT'
  | 'ROLE_CHANGE'
  | 'UPDATE';

export type AuditEventFilter = {
  action?: AuditAction | null | undefined;
  actorId?: string | number | null | undefined;
  /** One of Patient, Screening, Clearance, EpisodeOfCare, Assessment, TreatmentNote, Session, SessionSeries, PatientOutcomes, ClinicOutcomes, User, Clinic */
  entity?: string | null | undefined;
  /** A record: events about it, reads that listed it included */
  entityId?: string | null | undefined;
  /** Events at or after this instant */
  from?: string | null | undefined;
  /** A patient: events about them, reads that listed them included */
  patientId?: string | number | null | undefined;
  /** Events before this instant */
  to?: string | null | undefined;
};

export type BookSeriesInput = {
  /** Defaults to the patient's open episode of care (opened if none) */
  episodeId?: string | number | null | undefined;
  /** A retry with the same key returns the session the first attempt created */
  idempotencyKey?: string | null | undefined;
  notes?: string | null | undefined;
  /** OWNER only: books despite an overlap; the reason is stored */
  overrideReason?: string | null | undefined;
  patientId: string | number;
  repeat: RepeatInput;
  roomId?: string | number | null | undefined;
  serviceTypeId: string | number;
  /** The start instant; the session lasts the service duration, then its buffer */
  startsAt: string;
  therapistId: string | number;
};

export type BookSessionInput = {
  /** Defaults to the patient's open episode of care (opened if none) */
  episodeId?: string | number | null | undefined;
  /** A retry with the same key returns the session the first attempt created */
  idempotencyKey?: string | null | undefined;
  notes?: string | null | undefined;
  /** OWNER only: books despite an overlap; the reason is stored */
  overrideReason?: string | null | undefined;
  patientId: string | number;
  roomId?: string | number | null | undefined;
  serviceTypeId: string | number;
  /** The start instant; the session lasts the service duration, then its buffer */
  startsAt: string;
  therapistId: string | number;
};

/** For a session of a series: only it, or it and the later ones still booked */
export type CancelScope =
  | 'THIS'
  | 'THIS_AND_FOLLOWING';

export type Chronicity =
  | 'ACUTE'
  | 'CHRONIC'
  | 'SUBACUTE';

export type ClearanceStatus =
  | 'CLEARED'
  | 'NEEDS_MEDICAL_CLEARANCE'
  | 'NOT_REQUIRED'
  | 'NOT_SCREENED';

export type ClinicOutcomesFilter = {
  /** Episodes whose baseline was taken at or after this instant */
  from?: string | null | undefined;
  instrument?: Instrument | null | undefined;
  /** Episodes attributed to this modality (most of their completed sessions) */
  modality?: Modality | null | undefined;
  /** Episodes attributed to this therapist (most of their completed sessions) */
  therapistId?: string | number | null | undefined;
  /** Episodes whose baseline was taken before this instant */
  to?: string | null | undefined;
};

export type ComplaintRegion =
  | 'LOWER_BACK'
  | 'MID_BACK'
  | 'NECK'
  | 'UPPER_BACK';

export type CreateStaffInput = {
  email: string;
  name: string;
  password: string;
  role: Role;
};

export type CreateWaitlistEntryInput = {
  /** YYYY-MM-DD, clinic-local */
  earliestDate?: string | null | undefined;
  /** YYYY-MM-DD, clinic-local */
  latestDate?: string | null | undefined;
  notes?: string | null | undefined;
  patientId: string | number;
  serviceTypeId: string | number;
  /** Leave out for any therapist */
  therapistId?: string | number | null | undefined;
  /** When the patient can come; none: any time */
  windows?: Array<WaitlistWindowInput> | null | undefined;
};

export type EpisodeFilter = {
  ids?: Array<string | number> | null | undefined;
  /** true = open only, false = discharged only */
  open?: boolean | null | undefined;
  patientId?: string | number | null | undefined;
};

export type Instrument =
  | 'NDI'
  | 'NPRS'
  | 'ODI'
  | 'PEG'
  | 'PSFS'
  | 'RMDQ';

/** A staff member to invite by email: they choose their own password through the link */
export type InviteStaffInput = {
  email: string;
  name: string;
  role: Role;
};

/** The clinic's licensed wording of an instrument's items, one text per item in order; empty to remove it */
export type LicensedItemTextInput = {
  /** ODI or NDI */
  instrument: Instrument;
  items: Array<string>;
};

export type MessageChannel =
  | 'EMAIL'
  | 'SMS';

export type MessageFilter = {
  channel?: MessageChannel | null | undefined;
  ids?: Array<string | number> | null | undefined;
  kind?: MessageKind | null | undefined;
  patientId?: string | number | null | undefined;
  sessionId?: string | number | null | undefined;
  status?: MessageStatus | null | undefined;
};

export type MessageKind =
  | 'CANCELLATION'
  | 'CONFIRMATION'
  | 'QUESTIONNAIRE'
  | 'REMINDER'
  | 'STAFF_INVITE'
  | 'WAITLIST_OFFER';

export type MessageStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'SCHEDULED'
  | 'SENT'
  | 'SKIPPED';

export type Modality =
  | 'CRANIOSACRAL'
  | 'DEEP_TISSUE'
  | 'HOT_STONE'
  | 'MYOFASCIAL_RELEASE'
  | 'NEUROMUSCULAR'
  | 'OTHER'
  | 'SPORTS'
  | 'SWEDISH'
  | 'TRIGGER_POINT';

/** Fairbank's ODI disability bands */
export type OdiBand =
  | 'BED_BOUND'
  | 'CRIPPLED'
  | 'MINIMAL'
  | 'MODERATE'
  | 'SEVERE';

export type OpenEpisodeInput = {
  /** Defaults to CHRONIC */
  chronicity?: Chronicity | null | undefined;
  goal?: string | null | undefined;
  patientId: string | number;
  /** Defaults to the patient's complaint region */
  region?: ComplaintRegion | null | undefined;
  /** Defaults to now */
  startedAt?: string | null | undefined;
};

export type OutcomeDomain =
  | 'FUNCTION'
  | 'PAIN';

export type PatientFilter = {
  clearanceStatus?: ClearanceStatus | null | undefined;
  complaintRegion?: ComplaintRegion | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Search by the start of the first or last name (every word must match one), the start of the email, a phone number as written (+1 202 555 0101, (202) 555-0101) or a date of birth (1980-05-17, 17 May 1980, 17/05/1980). % _ and \ are plain characters. */
  q?: string | null | undefined;
};

export type PatientLinkPurpose =
  | 'CALENDAR'
  | 'CANCEL'
  | 'CLAIM'
  | 'CONFIRM'
  | 'QUESTIONNAIRE';

export type Pressure =
  | 'DEEP'
  | 'FIRM'
  | 'LIGHT'
  | 'MODERATE';

/** One instrument's answers; values and counts are checked item by item by libs/domain */
export type QuestionnaireAnswerInput = {
  /** PSFS only, and required there: the activity named for each response */
  activities?: Array<string> | null | undefined;
  instrument: Instrument;
  /** Item responses in instrument order; null = skipped (ODI and NDI allow up to 2) */
  responses: Array<number | null | undefined>;
};

export type QuestionnaireOccasion =
  | 'BASELINE'
  | 'DISCHARGE'
  | 'FOLLOW_UP'
  | 'PROGRESS';

export type QuestionnaireRequestFilter = {
  episodeId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  occasion?: QuestionnaireOccasion | null | undefined;
  patientId?: string | number | null | undefined;
  status?: QuestionnaireStatus | null | undefined;
};

export type QuestionnaireStatus =
  | 'ANSWERED'
  | 'CANCELLED'
  | 'EXPIRED'
  | 'PENDING';

export type RecordAssessmentInput = {
  /** PSFS only, and required there: the activity the patient named for each response, in the same order */
  activities?: Array<string> | null | undefined;
  /** Defaults to the session's episode, else the patient's open episode (opened if none) */
  episodeId?: string | number | null | undefined;
  instrument: Instrument;
  patientId: string | number;
  /** Item responses in instrument order; null = skipped (ODI and NDI allow up to 2) */
  responses: Array<number | null | undefined>;
  sessionId?: string | number | null | undefined;
  /** When the patient answered; defaults to now */
  takenAt?: string | null | undefined;
};

export type RecordClearanceInput = {
  /** When the clinician cleared the patient; defaults to now */
  clearedAt?: string | null | undefined;
  /** The clinician who cleared massage, e.g. "Dr. Jane Smith, MD" */
  clinician: string;
  note: string;
  patientId: string | number;
};

export type RecordScreeningInput = {
  /** Acute injury with inflammation or swelling */
  acuteInjury: boolean;
  /** An answer to every question of the current screening form (red flags and precautions included, the four above agreeing); without it the screening records form 1, the four contraindications */
  answers?: Array<ScreeningAnswerInput> | null | undefined;
  notes?: string | null | undefined;
  patientId: string | number;
  /** Recent spinal surgery */
  recentSpinalSurgery: boolean;
  /** Severe nerve symptoms such as numbness or weakness */
  severeNerveSymptoms: boolean;
  suspectedFracture: boolean;
};

/** The instruments patients with this complaint region are asked at home */
export type RegionInstrumentsInput = {
  /** In the order the patient answers them; empty: none for this region */
  instruments: Array<Instrument>;
  region: ComplaintRegion;
};

export type RepeatFrequency =
  | 'DAILY'
  | 'MONTHLY'
  | 'WEEKLY';

export type RepeatInput = {
  /** Number of occurrences, the first included (1–52) */
  count: number;
  frequency: RepeatFrequency;
  /** Every `interval` days, weeks or months (1–52) */
  interval: number;
};

/** For a session of a series: move only it, or it and the later ones still booked by the same offset */
export type RescheduleScope =
  | 'THIS'
  | 'THIS_AND_FOLLOWING';

export type Role =
  | 'FRONT_DESK'
  | 'OWNER'
  | 'THERAPIST';

/** The answer to one question of the screening form */
export type ScreeningAnswerInput = {
  /** The question, e.g. saddleNumbness (see screeningForm) */
  key: string;
  yes: boolean;
};

/** Contraindications and red flags need a clearance before booking; precautions warn the therapist */
export type ScreeningKind =
  | 'CONTRAINDICATION'
  | 'PRECAUTION'
  | 'RED_FLAG';

export type SessionFilter = {
  episodeId?: string | number | null | undefined;
  /** Sessions ending after this instant */
  from?: string | null | undefined;
  ids?: Array<string | number> | null | undefined;
  patientId?: string | number | null | undefined;
  roomId?: string | number | null | undefined;
  seriesId?: string | number | null | undefined;
  serviceTypeId?: string | number | null | undefined;
  status?: SessionStatus | null | undefined;
  /** Any of these statuses */
  statuses?: Array<SessionStatus> | null | undefined;
  therapistId?: string | number | null | undefined;
  /** Sessions starting before this instant */
  to?: string | null | undefined;
};

export type SessionStatus =
  | 'BOOKED'
  | 'CANCELLED'
  | 'CHECKED_IN'
  | 'COMPLETED'
  | 'NO_SHOW';

export type SignUpInput = {
  clinicName: string;
  email: string;
  ownerName: string;
  password: string;
  /** IANA time zone of the clinic, e.g. America/New_York */
  timezone: string;
};

/** Whether a staff account can sign in, or waits for its invitation */
export type StaffStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'INVITED';

export type TherapistFilter = {
  active?: boolean | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Therapists offering this modality */
  modality?: Modality | null | undefined;
  /** Search by display name */
  q?: string | null | undefined;
  userId?: string | number | null | undefined;
};

export type TreatmentNoteInput = {
  /** The next step of the plan, e.g. "rebook in 1 week, add hip mobility" */
  nextStep?: string | null | undefined;
  /** O: findings and observations (the treatment given is in techniques, regions and pressure) */
  objective?: string | null | undefined;
  /** A: how the patient responded to the treatment, and the clinician's assessment */
  patientResponse: string;
  /** P: the plan of care */
  plan?: string | null | undefined;
  pressure: Pressure;
  /** Regions treated */
  regions: Array<ComplaintRegion>;
  /** S: what the patient reports (pain, function, changes since the last visit) */
  subjective?: string | null | undefined;
  /** Techniques used */
  techniques: Array<Modality>;
};

export type UserFilter = {
  active?: boolean | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Search by name or email */
  q?: string | null | undefined;
  role?: Role | null | undefined;
};

export type WaitlistFilter = {
  ids?: Array<string | number> | null | undefined;
  patientId?: string | number | null | undefined;
  serviceTypeId?: string | number | null | undefined;
  status?: WaitlistStatus | null | undefined;
  therapistId?: string | number | null | undefined;
};

export type WaitlistOfferStatus =
  | 'CLAIMED'
  | 'EXPIRED'
  | 'OPEN'
  | 'TAKEN';

export type WaitlistStatus =
  | 'BOOKED'
  | 'WAITING';

export type WaitlistWindowInput = {
  /** "HH:MM"; "24:00" for midnight */
  endTime: string;
  /** "HH:MM" */
  startTime: string;
  /** ISO weekday: 1 = Monday .. 7 = Sunday */
  weekday: number;
};

export type WorkingBlockInput = {
  /** "HH:MM"; "24:00" for midnight; at or before start crosses midnight */
  end: string;
  /** "HH:MM" */
  start: string;
  /** ISO weekday: 1 = Monday .. 7 = Sunday */
  weekday: number;
};

export type AuditKindEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditKindEventsQuery = { allAuditEvents: Array<{ id: string, actorId: string, actorRole: Role, action: string, entity: string, entityId: string | null, entityIds: Array<string>, patientId: string | null, patientIds: Array<string>, fields: Array<string>, requestId: string | null }> };

export type AuditRescheduleMutationVariables = Exact<{
  id: string | number;
  startsAt: string;
}>;


export type AuditRescheduleMutation = { rescheduleSession: { id: string } };

export type AuditCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditCancelMutation = { cancelSession: { id: string } };

export type AuditCheckInMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditCheckInMutation = { checkInSession: { id: string } };

export type AuditCompleteMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditCompleteMutation = { completeSession: { id: string } };

export type AuditNoShowMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditNoShowMutation = { markNoShow: { id: string } };

export type AuditRevertMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditRevertMutation = { revertSessionStatus: { id: string } };

export type AuditUpdateUserMutationVariables = Exact<{
  id: string | number;
  role?: Role | null | undefined;
  active?: boolean | null | undefined;
}>;


export type AuditUpdateUserMutation = { updateUser: { id: string } };

export type AuditLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type AuditLoginMutation = { login: { token: string } };

export type AuditLogListQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
}>;


export type AuditLogListQuery = { allAuditEvents: Array<{ id: string, actorId: string, action: string, entity: string, entityId: string | null, patientId: string | null, at: string }>, _allAuditEventsMeta: { count: number } };

export type AuditLogCsvQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditLogCsvQuery = { auditEventsCsv: string };

export type AuditLogScreeningMutationVariables = Exact<{
  i: RecordScreeningInput;
}>;


export type AuditLogScreeningMutation = { recordScreening: { id: string } };

export type AuditStaffLookupQueryVariables = Exact<{
  sortField?: string | null | undefined;
  q?: string | null | undefined;
}>;


export type AuditStaffLookupQuery = { allUsers: Array<{ id: string, name: string }> };

export type AuditPatientLookupQueryVariables = Exact<{
  sortField?: string | null | undefined;
  q?: string | null | undefined;
}>;


export type AuditPatientLookupQuery = { allPatients: Array<{ id: string, name: string }> };

export type AuditReadEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditReadEventsQuery = { allAuditEvents: Array<{ action: string, entity: string, entityId: string | null, entityIds: Array<string>, patientId: string | null, patientIds: Array<string>, requestId: string | null }> };

export type AuditReadTwiceInOneRequestQueryVariables = Exact<{
  id: string | number;
  p: string | number;
}>;


export type AuditReadTwiceInOneRequestQuery = { Assessment: { id: string }, allAssessments: Array<{ id: string }>, screenings: Array<{ id: string }> };

export type AuditReadAcrossPatientsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditReadAcrossPatientsQuery = { allAssessments: Array<{ id: string, patientId: string }> };

export type AuthLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type AuthLoginMutation = { login: { token: string, user: { id: string, email: string, name: string, role: Role, clinicId: string } } };

export type AuthMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeQuery = { me: { id: string, email: string, role: Role, clinicId: string, active: boolean } };

export type AuthSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type AuthSignUpMutation = { signUp: { token: string } };

export type AuthDeactivateMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthDeactivateMutation = { updateUser: { active: boolean } };

export type AuthCreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type AuthCreateStaffMutation = { createStaff: { id: string } };

export type AuthUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthUsersQuery = { allUsers: Array<{ name: string, role: Role }>, _allUsersMeta: { count: number } };

export type AmendmentsAssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type AmendmentsAssessmentQuery = { Assessment: { id: string, rootId: string, version: number, isLatest: boolean, score: number, responses: Array<number | null>, amendReason: string | null } };

export type AmendmentsListQueryVariables = Exact<{
  filter?: AssessmentFilter | null | undefined;
}>;


export type AmendmentsListQuery = { allAssessments: Array<{ id: string, version: number, score: number }>, _allAssessmentsMeta: { count: number } };

export type AmendmentsHistoryQueryVariables = Exact<{
  rootId: string | number;
}>;


export type AmendmentsHistoryQuery = { assessmentHistory: Array<{ id: string, version: number, isLatest: boolean, score: number, amendReason: string | null }> };

export type AmendmentsPsfsQueryVariables = Exact<{
  id: string | number;
}>;


export type AmendmentsPsfsQuery = { Assessment: { version: number, isLatest: boolean, responses: Array<number | null>, activities: Array<string> } };

export type AmendmentsPsfsHistoryQueryVariables = Exact<{
  rootId: string | number;
}>;


export type AmendmentsPsfsHistoryQuery = { assessmentHistory: Array<{ version: number, responses: Array<number | null>, activities: Array<string> }> };

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditEventsQuery = { allAuditEvents: Array<{ id: string, actorId: string, actorRole: Role, action: string, entity: string, entityId: string | null, patientId: string | null, requestId: string | null, at: string }>, _allAuditEventsMeta: { count: number } };

export type AuditEventQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditEventQuery = { AuditEvent: { id: string, entity: string } };

export type AuditRecordScreeningMutationVariables = Exact<{
  i: RecordScreeningInput;
}>;


export type AuditRecordScreeningMutation = { recordScreening: { id: string } };

export type AuditRecordClearanceMutationVariables = Exact<{
  i: RecordClearanceInput;
}>;


export type AuditRecordClearanceMutation = { recordClearance: { id: string } };

export type AuditReadAssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditReadAssessmentQuery = { Assessment: { id: string } };

export type AuditReadChartQueryVariables = Exact<{
  p: string | number;
}>;


export type AuditReadChartQuery = { allAssessments: Array<{ id: string }>, screenings: Array<{ id: string }>, clearances: Array<{ id: string }>, treatmentNotes: Array<{ id: string }> };

export type AuditReadOutcomesQueryVariables = Exact<{
  p: string | number;
}>;


export type AuditReadOutcomesQuery = { patientOutcomes: { patientId: string } };

export type AuditReadScreeningsQueryVariables = Exact<{
  p: string | number;
}>;


export type AuditReadScreeningsQuery = { screenings: Array<{ id: string }> };

export type AuditReadDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditReadDashboardQuery = { clinicOutcomes: { statement: string } };

export type AccessRecordScreeningMutationVariables = Exact<{
  i: RecordScreeningInput;
}>;


export type AccessRecordScreeningMutation = { recordScreening: { id: string } };

export type AccessRecordClearanceMutationVariables = Exact<{
  i: RecordClearanceInput;
}>;


export type AccessRecordClearanceMutation = { recordClearance: { id: string } };

export type AccessScreeningsQueryVariables = Exact<{
  p: string | number;
}>;


export type AccessScreeningsQuery = { screenings: Array<{ id: string }> };

export type AccessClearancesQueryVariables = Exact<{
  p: string | number;
}>;


export type AccessClearancesQuery = { clearances: Array<{ id: string }> };

export type AccessOpenEpisodeMutationVariables = Exact<{
  i: OpenEpisodeInput;
}>;


export type AccessOpenEpisodeMutation = { openEpisode: { id: string } };

export type AccessDischargeEpisodeMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessDischargeEpisodeMutation = { dischargeEpisode: { id: string } };

export type AccessEpisodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessEpisodeQuery = { Episode: { id: string } };

export type AccessAllEpisodesQueryVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type AccessAllEpisodesQuery = { allEpisodes: Array<{ id: string }> };

export type AccessAllEpisodesMetaQueryVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type AccessAllEpisodesMetaQuery = { _allEpisodesMeta: { count: number } };

export type AccessRecordAssessmentMutationVariables = Exact<{
  i: RecordAssessmentInput;
}>;


export type AccessRecordAssessmentMutation = { recordAssessment: { id: string } };

export type AccessAmendAssessmentMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessAmendAssessmentMutation = { amendAssessment: { id: string } };

export type AccessAssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessAssessmentQuery = { Assessment: { id: string } };

export type AccessAllAssessmentsQueryVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type AccessAllAssessmentsQuery = { allAssessments: Array<{ id: string }> };

export type AccessAllAssessmentsMetaQueryVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type AccessAllAssessmentsMetaQuery = { _allAssessmentsMeta: { count: number } };

export type AccessAssessmentHistoryQueryVariables = Exact<{
  r: string | number;
}>;


export type AccessAssessmentHistoryQuery = { assessmentHistory: Array<{ id: string }> };

export type AccessTreatmentNotesQueryVariables = Exact<{
  p: string | number;
}>;


export type AccessTreatmentNotesQuery = { treatmentNotes: Array<{ id: string }> };

export type AccessTreatmentNoteQueryVariables = Exact<{
  s: string | number;
}>;


export type AccessTreatmentNoteQuery = { treatmentNote: { id: string } | null };

export type AccessPatientOutcomesQueryVariables = Exact<{
  p: string | number;
}>;


export type AccessPatientOutcomesQuery = { patientOutcomes: { patientId: string } };

export type AccessClinicOutcomesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessClinicOutcomesQuery = { clinicOutcomes: { statement: string } };

export type AccessAuditEventQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessAuditEventQuery = { AuditEvent: { id: string } };

export type AccessAllAuditEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessAllAuditEventsQuery = { allAuditEvents: Array<{ id: string }> };

export type AccessAllAuditEventsMetaQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessAllAuditEventsMetaQuery = { _allAuditEventsMeta: { count: number } };

export type AccessFirstAuditEventQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessFirstAuditEventQuery = { allAuditEvents: Array<{ id: string }> };

export type AccessScreeningStatusMutationVariables = Exact<{
  i: RecordScreeningInput;
}>;


export type AccessScreeningStatusMutation = { recordScreening: { patientClearanceStatus: ClearanceStatus } };

export type AccessMyListsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessMyListsQuery = { allAssessments: Array<{ patientId: string }>, allEpisodes: Array<{ patientId: string }> };

export type AccessAllListsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessAllListsQuery = { allAssessments: Array<{ id: string }>, allEpisodes: Array<{ id: string }> };

export type ScreeningRecordMutationVariables = Exact<{
  input: RecordScreeningInput;
}>;


export type ScreeningRecordMutation = { recordScreening: { id: string, patientId: string, contraindications: Array<string>, patientClearanceStatus: ClearanceStatus, recordedAt: string } };

export type ScreeningClearMutationVariables = Exact<{
  input: RecordClearanceInput;
}>;


export type ScreeningClearMutation = { recordClearance: { id: string, patientId: string, clinician: string, note: string, clearedAt: string } };

export type ScreeningClearanceStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type ScreeningClearanceStatusQuery = { Patient: { clearanceStatus: ClearanceStatus } };

export type ScreeningHistoryQueryVariables = Exact<{
  p: string | number;
}>;


export type ScreeningHistoryQuery = { screenings: Array<{ contraindications: Array<string> }>, clearances: Array<{ clinician: string }> };

export type EpisodesDischargeMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
  dischargedAt?: string | null | undefined;
}>;


export type EpisodesDischargeMutation = { dischargeEpisode: { id: string, open: boolean, dischargedAt: string | null, dischargeNote: string | null } };

export type EpisodesListQueryVariables = Exact<{
  f?: EpisodeFilter | null | undefined;
}>;


export type EpisodesListQuery = { allEpisodes: Array<{ id: string, open: boolean }>, _allEpisodesMeta: { count: number } };

export type EpisodesOneQueryVariables = Exact<{
  id: string | number;
}>;


export type EpisodesOneQuery = { Episode: { startedAt: string, open: boolean } };

export type ScoringAssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type ScoringAssessmentQuery = { Assessment: { id: string, instrument: Instrument, responses: Array<number | null>, activities: Array<string> } };

export type ScoringRecordScoreOnlyMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type ScoringRecordScoreOnlyMutation = { recordAssessment: { score: number } };

export type ScoringInstrumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScoringInstrumentsQuery = { instruments: Array<{ code: Instrument, name: string, domain: OutcomeDomain, minItems: number, maxItems: number, maxMissing: number, mcid: number | null, higherIsBetter: boolean, items: Array<{ key: string, label: string, min: number, max: number, optional: boolean }> }> };

export type ScreeningFormRecordMutationVariables = Exact<{
  input: RecordScreeningInput;
}>;


export type ScreeningFormRecordMutation = { recordScreening: { id: string, formVersion: number, contraindications: Array<string>, patientClearanceStatus: ClearanceStatus, answers: Array<{ key: string, kind: ScreeningKind, label: string, yes: boolean }> } };

export type ScreeningFormPrecautionsQueryVariables = Exact<{
  id: string | number;
}>;


export type ScreeningFormPrecautionsQuery = { Session: { id: string, precautions: Array<{ key: string, label: string, advice: string | null, modalities: Array<Modality> | null }> } };

export type NotesCheckInMutationVariables = Exact<{
  id: string | number;
}>;


export type NotesCheckInMutation = { checkInSession: { id: string, status: SessionStatus } };

export type NotesCompleteMutationVariables = Exact<{
  id: string | number;
  note: TreatmentNoteInput;
}>;


export type NotesCompleteMutation = { completeSession: { id: string, status: SessionStatus } };

export type NotesOfSessionQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type NotesOfSessionQuery = { treatmentNote: { id: string, rootId: string, version: number, isLatest: boolean, subjective: string, objective: string, techniques: Array<Modality>, regions: Array<ComplaintRegion>, pressure: Pressure, patientResponse: string, plan: string, nextStep: string, amendReason: string | null, authorId: string, author: { id: string, name: string, role: Role } | null } | null };

export type NotesOfPatientQueryVariables = Exact<{
  patientId: string | number;
}>;


export type NotesOfPatientQuery = { treatmentNotes: Array<{ id: string, sessionId: string, version: number, isLatest: boolean }> };

export type NotesAmendMutationVariables = Exact<{
  id: string | number;
  input: TreatmentNoteInput;
  reason: string;
}>;


export type NotesAmendMutation = { amendTreatmentNote: { id: string, rootId: string, version: number, isLatest: boolean, subjective: string, plan: string, nextStep: string, patientResponse: string, amendReason: string | null, author: { name: string, role: Role } | null } };

export type NotesHistoryQueryVariables = Exact<{
  rootId: string | number;
}>;


export type NotesHistoryQuery = { treatmentNoteHistory: Array<{ id: string, version: number, isLatest: boolean, subjective: string, plan: string, amendReason: string | null, createdAt: string, author: { id: string, name: string, role: Role } | null }> };

export type NotesAssessmentHistoryQueryVariables = Exact<{
  rootId: string | number;
}>;


export type NotesAssessmentHistoryQuery = { assessmentHistory: Array<{ version: number, recordedById: string | null, recordedBy: { id: string, name: string, role: Role } | null }> };

export type NotesAmendAssessmentMutationVariables = Exact<{
  id: string | number;
  responses: Array<number | null | undefined> | number;
  reason: string;
}>;


export type NotesAmendAssessmentMutation = { amendAssessment: { id: string } };

export type WeekStatisticsQueryVariables = Exact<{
  day?: string | null | undefined;
}>;


export type WeekStatisticsQuery = { weekStatistics: { weekOf: string, from: string, to: string, timezone: string, sessions: number, begun: number, completed: number, toRecord: number, upcoming: number, cancellations: number, lateCancellations: number, noShows: number, noShowRate: number | null, bookedMinutes: number, availableMinutes: number, utilization: number | null, confirmation: { confirmed: number, of: number, share: number | null }, byTherapist: Array<{ therapistId: string, name: string, sessions: number, bookedMinutes: number, availableMinutes: number, utilization: number | null }> } };

export type MessagesUpdateContactMutationVariables = Exact<{
  id: string | number;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  preferredChannel?: MessageChannel | null | undefined;
  emailConsent?: boolean | null | undefined;
  smsConsent?: boolean | null | undefined;
}>;


export type MessagesUpdateContactMutation = { updatePatient: { id: string, phone: string | null, preferredChannel: MessageChannel | null, emailConsent: boolean, smsConsent: boolean } };

export type MessagesListQueryVariables = Exact<{
  filter?: MessageFilter | null | undefined;
}>;


export type MessagesListQuery = { allMessages: Array<{ id: string, patientId: string | null, kind: MessageKind, channel: MessageChannel, status: MessageStatus, statusReason: string | null, providerResult: string | null }>, _allMessagesMeta: { count: number } };

export type MessagesOptOutMutationVariables = Exact<{
  token: string;
}>;


export type MessagesOptOutMutation = { optOutByLink: { channel: MessageChannel } };

export type StaffSmtpInviteMutationVariables = Exact<{
  input: InviteStaffInput;
}>;


export type StaffSmtpInviteMutation = { inviteStaff: { id: string } };

export type StaffSmtpMessagesQueryVariables = Exact<{
  filter?: MessageFilter | null | undefined;
}>;


export type StaffSmtpMessagesQuery = { allMessages: Array<{ userId: string | null, status: MessageStatus, providerResult: string | null }> };

export type StaffSmtpAcceptMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type StaffSmtpAcceptMutation = { acceptStaffInvite: { email: string } };

export type StaffSmtpLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type StaffSmtpLoginMutation = { login: { user: { id: string, status: StaffStatus } } };

export type LinksContactMutationVariables = Exact<{
  id: string | number;
  email?: string | null | undefined;
  emailConsent?: boolean | null | undefined;
}>;


export type LinksContactMutation = { updatePatient: { id: string } };

export type LinksMessagesQueryVariables = Exact<{
  filter?: MessageFilter | null | undefined;
}>;


export type LinksMessagesQuery = { allMessages: Array<{ id: string, kind: MessageKind, status: MessageStatus, text: string, patientId: string | null }> };

export type LinksViewQueryVariables = Exact<{
  token: string;
}>;


export type LinksViewQuery = { patientLink: { purpose: PatientLinkPurpose, clinicName: string, therapistName: string, serviceName: string, startsAt: string, sessionStatus: SessionStatus | null, confirmedAt: string | null, cancelWouldBeLate: boolean, lateCancelWindowHours: number, offerStatus: WaitlistOfferStatus | null, usedAt: string | null } };

export type LinksConfirmMutationVariables = Exact<{
  token: string;
}>;


export type LinksConfirmMutation = { confirmSessionByLink: { confirmedAt: string | null, usedAt: string | null } };

export type LinksCancelMutationVariables = Exact<{
  token: string;
  reason?: string | null | undefined;
}>;


export type LinksCancelMutation = { cancelSessionByLink: { sessionStatus: SessionStatus | null, lateCancel: boolean } };

export type LinksClaimMutationVariables = Exact<{
  token: string;
}>;


export type LinksClaimMutation = { claimWaitlistOffer: { offerStatus: WaitlistOfferStatus | null, startsAt: string } };

export type LinksRevertMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type LinksRevertMutation = { revertSessionStatus: { id: string, status: SessionStatus } };

export type LinksStaffCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type LinksStaffCancelMutation = { cancelSession: { id: string, status: SessionStatus } };

export type LinksSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type LinksSessionQuery = { Session: { id: string, status: SessionStatus, confirmedAt: string | null, lateCancel: boolean, cancelReason: string | null } };

export type LinksAddWaitingMutationVariables = Exact<{
  input: CreateWaitlistEntryInput;
}>;


export type LinksAddWaitingMutation = { createWaitlistEntry: { id: string, status: WaitlistStatus, windows: Array<{ weekday: number, startTime: string, endTime: string }> } };

export type LinksWaitlistQueryVariables = Exact<{
  filter?: WaitlistFilter | null | undefined;
}>;


export type LinksWaitlistQuery = { allWaitlistEntries: Array<{ id: string, status: WaitlistStatus, sessionId: string | null, patient: { id: string, name: string }, offers: Array<{ status: WaitlistOfferStatus, startsAt: string, messageId: string | null }> }>, _allWaitlistEntriesMeta: { count: number } };

export type LinksRemoveWaitingMutationVariables = Exact<{
  id: string | number;
}>;


export type LinksRemoveWaitingMutation = { deleteWaitlistEntry: { id: string } };

export type QuestionnairesContactMutationVariables = Exact<{
  id: string | number;
  email?: string | null | undefined;
  emailConsent?: boolean | null | undefined;
}>;


export type QuestionnairesContactMutation = { updatePatient: { id: string } };

export type QuestionnairesViewQueryVariables = Exact<{
  token: string;
}>;


export type QuestionnairesViewQuery = { questionnaireByLink: { clinicName: string, timezone: string, occasion: QuestionnaireOccasion, status: QuestionnaireStatus, instruments: Array<Instrument>, expiresAt: string, answeredAt: string | null, licensedItemText: Array<{ instrument: Instrument, items: Array<string> }> } };

export type QuestionnairesSubmitMutationVariables = Exact<{
  token: string;
  responses: Array<QuestionnaireAnswerInput> | QuestionnaireAnswerInput;
}>;


export type QuestionnairesSubmitMutation = { submitQuestionnaire: { status: QuestionnaireStatus, answeredAt: string | null } };

export type QuestionnairesRescheduleMutationVariables = Exact<{
  id: string | number;
  startsAt: string;
}>;


export type QuestionnairesRescheduleMutation = { rescheduleSession: { id: string } };

export type QuestionnairesCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type QuestionnairesCancelMutation = { cancelSession: { id: string } };

export type QuestionnairesCheckInMutationVariables = Exact<{
  id: string | number;
}>;


export type QuestionnairesCheckInMutation = { checkInSession: { id: string } };

export type QuestionnairesCompleteMutationVariables = Exact<{
  id: string | number;
  note: TreatmentNoteInput;
}>;


export type QuestionnairesCompleteMutation = { completeSession: { id: string } };

export type QuestionnairesDischargeMutationVariables = Exact<{
  id: string | number;
}>;


export type QuestionnairesDischargeMutation = { dischargeEpisode: { id: string, dischargedAt: string | null } };

export type QuestionnairesAssessmentsQueryVariables = Exact<{
  patientId: string | number;
}>;


export type QuestionnairesAssessmentsQuery = { allAssessments: Array<{ instrument: Instrument, score: number, episodeId: string, source: AssessmentSource, recordedById: string | null }> };

export type QuestionnairesSettingsMutationVariables = Exact<{
  enabled?: boolean | null | undefined;
  every?: number | null | undefined;
  months?: number | null | undefined;
  instruments?: Array<RegionInstrumentsInput> | RegionInstrumentsInput | null | undefined;
  licensed?: Array<LicensedItemTextInput> | LicensedItemTextInput | null | undefined;
}>;


export type QuestionnairesSettingsMutation = { updateClinicSettings: { questionnairesEnabled: boolean, questionnaireEverySessions: number, questionnaireFollowUpMonths: number, questionnaireInstruments: Array<{ region: ComplaintRegion, instruments: Array<Instrument> }>, licensedItemText: Array<{ instrument: Instrument, items: Array<string> }> } };

export type QuestionnairesStaffListQueryVariables = Exact<{
  filter?: QuestionnaireRequestFilter | null | undefined;
}>;


export type QuestionnairesStaffListQuery = { allQuestionnaireRequests: Array<{ id: string, patientId: string, occasion: QuestionnaireOccasion, status: QuestionnaireStatus, instruments: Array<Instrument>, answeredAt: string | null }>, _allQuestionnaireRequestsMeta: { count: number } };

export type RemindersContactMutationVariables = Exact<{
  id: string | number;
  email?: string | null | undefined;
  emailConsent?: boolean | null | undefined;
}>;


export type RemindersContactMutation = { updatePatient: { id: string } };

export type RemindersOfSessionQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type RemindersOfSessionQuery = { allMessages: Array<{ id: string, kind: MessageKind, channel: MessageChannel, status: MessageStatus, statusReason: string | null, subject: string, text: string, sendAt: string }> };

export type RemindersRescheduleMutationVariables = Exact<{
  id: string | number;
  startsAt: string;
}>;


export type RemindersRescheduleMutation = { rescheduleSession: { id: string, startsAt: string } };

export type RemindersCancelMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RemindersCancelMutation = { cancelSession: { id: string, status: SessionStatus } };

export type RemindersEffectQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type RemindersEffectQuery = { reminderEffect: { confirmed: { count: number, n: number, rate: number | null }, noShowsReminded: { count: number, n: number, rate: number | null }, noShowsNotReminded: { count: number, n: number, rate: number | null } } };

export type RemindersSeriesMutationVariables = Exact<{
  input: BookSeriesInput;
}>;


export type RemindersSeriesMutation = { bookSeries: { id: string, sessions: Array<{ id: string }> } };

export type CaptureRateSummaryQueryVariables = Exact<{
  filter?: ClinicOutcomesFilter | null | undefined;
}>;


export type CaptureRateSummaryQuery = { clinicOutcomes: { measures: Array<{ instrument: Instrument, episodes: number, withFollowUp: number, captureRate: number | null, requested: number, answered: number, medianResponseHours: number | null, summary: string, caution: string | null }>, byTherapist: Array<{ therapistId: string, measures: Array<{ instrument: Instrument, episodes: number, withFollowUp: number, captureRate: number | null, requested: number, answered: number, medianResponseHours: number | null, summary: string, caution: string | null }> }>, byModality: Array<{ modality: Modality, measures: Array<{ instrument: Instrument, episodes: number, withFollowUp: number, captureRate: number | null, requested: number, answered: number, medianResponseHours: number | null, summary: string, caution: string | null }> }> } };

export type CaptureFieldsFragment = { instrument: Instrument, episodes: number, withFollowUp: number, captureRate: number | null, requested: number, answered: number, medianResponseHours: number | null, summary: string, caution: string | null };

export type CaptureRatePatientSourcesQueryVariables = Exact<{
  p: string | number;
}>;


export type CaptureRatePatientSourcesQuery = { patientOutcomes: { measures: Array<{ instrument: Instrument, baseline: { source: AssessmentSource }, latest: { source: AssessmentSource }, series: Array<{ source: AssessmentSource }> }> }, allAssessments: Array<{ instrument: Instrument, source: AssessmentSource, recordedById: string | null }> };

export type OutcomeStatsFieldsFragment = { instrument: Instrument, episodes: number, withFollowUp: number, dropouts: number, captureRate: number | null, changeN: number, meanChangePercent: number | null, medianChangePercent: number | null, ci95Low: number | null, ci95High: number | null, requested: number, answered: number, medianResponseHours: number | null, summary: string, caution: string | null, completers: { meaningfulShare: number | null, claimShare: number | null }, intentionToTreat: { meaningfulShare: number | null, claimShare: number | null } };

export type ClinicOutcomesSummaryQueryVariables = Exact<{
  filter?: ClinicOutcomesFilter | null | undefined;
}>;


export type ClinicOutcomesSummaryQuery = { clinicOutcomes: { statement: string, claim: string, measures: Array<{ instrument: Instrument, episodes: number, withFollowUp: number, dropouts: number, captureRate: number | null, changeN: number, meanChangePercent: number | null, medianChangePercent: number | null, ci95Low: number | null, ci95High: number | null, requested: number, answered: number, medianResponseHours: number | null, summary: string, caution: string | null, completers: { meaningfulShare: number | null, claimShare: number | null }, intentionToTreat: { meaningfulShare: number | null, claimShare: number | null } }>, byTherapist: Array<{ therapistId: string, therapistName: string, measures: Array<{ instrument: Instrument, episodes: number, withFollowUp: number, dropouts: number, captureRate: number | null, changeN: number, meanChangePercent: number | null, medianChangePercent: number | null, ci95Low: number | null, ci95High: number | null, requested: number, answered: number, medianResponseHours: number | null, summary: string, caution: string | null, completers: { meaningfulShare: number | null, claimShare: number | null }, intentionToTreat: { meaningfulShare: number | null, claimShare: number | null } }> }>, byModality: Array<{ modality: Modality, measures: Array<{ instrument: Instrument, episodes: number, withFollowUp: number, dropouts: number, captureRate: number | null, changeN: number, meanChangePercent: number | null, medianChangePercent: number | null, ci95Low: number | null, ci95High: number | null, requested: number, answered: number, medianResponseHours: number | null, summary: string, caution: string | null, completers: { meaningfulShare: number | null, claimShare: number | null }, intentionToTreat: { meaningfulShare: number | null, claimShare: number | null } }> }>, reference: { citation: string, finding: string, participants: number } } };

export type DemoQuestionnaireViewQueryVariables = Exact<{
  token: string;
}>;


export type DemoQuestionnaireViewQuery = { questionnaireByLink: { status: QuestionnaireStatus, instruments: Array<Instrument>, clinicName: string } };

export type MeasuresClinicOutcomesQueryVariables = Exact<{
  filter?: ClinicOutcomesFilter | null | undefined;
}>;


export type MeasuresClinicOutcomesQuery = { clinicOutcomes: { measures: Array<{ instrument: Instrument, episodes: number, withFollowUp: number, dropouts: number, meanChangePercent: number | null }> } };

export type MeasuresPatientOutcomesQueryVariables = Exact<{
  p: string | number;
}>;


export type MeasuresPatientOutcomesQuery = { patientOutcomes: { measures: Array<{ instrument: Instrument, changePoints: number | null, changePercent: number | null, baseline: { assessmentId: string, score: number }, latest: { assessmentId: string, score: number } }> } };

export type ExactChangePatientQueryVariables = Exact<{
  p: string | number;
}>;


export type ExactChangePatientQuery = { patientOutcomes: { measures: Array<{ instrument: Instrument, changePercent: number | null, meaningful: boolean | null, meetsClaim: boolean | null, baseline: { score: number, normalized: number }, latest: { score: number, normalized: number } }> } };

export type ExactChangeClinicQueryVariables = Exact<{
  filter?: ClinicOutcomesFilter | null | undefined;
}>;


export type ExactChangeClinicQuery = { clinicOutcomes: { measures: Array<{ instrument: Instrument, episodes: number, withFollowUp: number, changeN: number, meanChangePercent: number | null, medianChangePercent: number | null, summary: string, completers: { meaningfulShare: number | null, claimShare: number | null }, intentionToTreat: { claimShare: number | null } }> } };

export type PatientOutcomesQueryVariables = Exact<{
  p: string | number;
  e?: string | number | null | undefined;
}>;


export type PatientOutcomesQuery = { patientOutcomes: { patientId: string, episode: { id: string, open: boolean } | null, measures: Array<{ instrument: Instrument, domain: OutcomeDomain, hasFollowUp: boolean, changePoints: number | null, changePercent: number | null, meaningful: boolean | null, meetsClaim: boolean | null, claimTarget: number, meaningfulTarget: number, baseline: { assessmentId: string, takenAt: string, sessionNumber: number, score: number, normalized: number }, latest: { assessmentId: string, takenAt: string, sessionNumber: number, score: number, normalized: number }, series: Array<{ takenAt: string, sessionNumber: number, score: number, normalized: number }> }> } };

export type PatientOutcomesDischargeMutationVariables = Exact<{
  id: string | number;
  dischargedAt?: string | null | undefined;
}>;


export type PatientOutcomesDischargeMutation = { dischargeEpisode: { id: string } };

export type PatientSearchCreateMutationVariables = Exact<{
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
}>;


export type PatientSearchCreateMutation = { createPatient: { id: string, name: string } };

export type PatientSearchFindQueryVariables = Exact<{
  q: string;
  clearanceStatus?: ClearanceStatus | null | undefined;
}>;


export type PatientSearchFindQuery = { allPatients: Array<{ name: string }>, _allPatientsMeta: { count: number } };

export type PatientsGetQueryVariables = Exact<{
  id: string | number;
}>;


export type PatientsGetQuery = { Patient: { id: string, name: string, firstName: string, lastName: string, dateOfBirth: string, complaintRegion: ComplaintRegion, clearanceStatus: ClearanceStatus, email: string | null } };

export type PatientsListQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  filter?: PatientFilter | null | undefined;
}>;


export type PatientsListQuery = { allPatients: Array<{ id: string, firstName: string, lastName: string }>, _allPatientsMeta: { count: number } };

export type PatientsUpdateMutationVariables = Exact<{
  id: string | number;
  lastName?: string | null | undefined;
  dateOfBirth?: string | null | undefined;
}>;


export type PatientsUpdateMutation = { updatePatient: { id: string, lastName: string, dateOfBirth: string } };

export type PatientsDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type PatientsDeleteMutation = { deletePatient: { id: string } };

export type PatientsCreateNeckMutationVariables = Exact<{
  firstName: string;
  dateOfBirth: string;
  email?: string | null | undefined;
}>;


export type PatientsCreateNeckMutation = { createPatient: { id: string } };

export type PatientsCreateWithRegionMutationVariables = Exact<{
  r: ComplaintRegion;
}>;


export type PatientsCreateWithRegionMutation = { createPatient: { id: string } };

export type RaceCheckInMutationVariables = Exact<{
  id: string | number;
}>;


export type RaceCheckInMutation = { checkInSession: { id: string, status: SessionStatus } };

export type RaceNoShowMutationVariables = Exact<{
  id: string | number;
}>;


export type RaceNoShowMutation = { markNoShow: { id: string, status: SessionStatus } };

export type RaceCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type RaceCancelMutation = { cancelSession: { id: string, lateCancel: boolean } };

export type RaceMoveMutationVariables = Exact<{
  id: string | number;
  startsAt: string;
}>;


export type RaceMoveMutation = { rescheduleSession: { id: string, startsAt: string } };

export type AttendanceCheckInMutationVariables = Exact<{
  id: string | number;
}>;


export type AttendanceCheckInMutation = { checkInSession: { id: string, status: SessionStatus } };

export type AttendanceCompleteMutationVariables = Exact<{
  id: string | number;
  note: TreatmentNoteInput;
}>;


export type AttendanceCompleteMutation = { completeSession: { id: string, status: SessionStatus } };

export type AttendanceNoShowMutationVariables = Exact<{
  id: string | number;
}>;


export type AttendanceNoShowMutation = { markNoShow: { id: string, status: SessionStatus } };

export type AttendanceCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type AttendanceCancelMutation = { cancelSession: { id: string, status: SessionStatus, lateCancel: boolean } };

export type AttendanceRevertMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type AttendanceRevertMutation = { revertSessionStatus: { id: string, status: SessionStatus, noShowAt: string | null, cancelledAt: string | null, cancelReason: string | null, lateCancel: boolean, notes: string } };

export type AttendanceWindowMutationVariables = Exact<{
  minutes?: number | null | undefined;
}>;


export type AttendanceWindowMutation = { updateClinicSettings: { checkInWindowMinutes: number } };

export type AvailableSlotsQueryVariables = Exact<{
  t: string | number;
  s: string | number;
  from: string;
  to: string;
  room?: string | number | null | undefined;
  patient?: string | number | null | undefined;
  exclude?: string | number | null | undefined;
}>;


export type AvailableSlotsQuery = { availableSlots: Array<{ startsAt: string, endsAt: string }> };

export type AvailabilityAddTimeOffMutationVariables = Exact<{
  t: string | number;
  a: string;
  b: string;
}>;


export type AvailabilityAddTimeOffMutation = { addTimeOff: { id: string } };

export type BookingAnswerFieldsFragment = { id: string, patientId: string, therapistId: string, serviceTypeId: string, roomId: string | null, episodeId: string | null, seriesId: string | null, startsAt: string, endsAt: string, blockedUntil: string, status: SessionStatus, notes: string, overrideReason: string | null, cancelReason: string | null, lateCancel: boolean, cancelledAt: string | null, confirmedAt: string | null, checkedInAt: string | null, completedAt: string | null, noShowAt: string | null, createdById: string | null, createdAt: string, updatedAt: string, precautions: Array<{ key: string, advice: string | null }>, patient: { id: string, name: string, clearanceStatus: ClearanceStatus }, therapist: { id: string, displayName: string, workingHours: Array<{ weekday: number, start: string, end: string }> }, serviceType: { id: string, name: string, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null };

export type BookingAnswerMutationVariables = Exact<{
  input: BookSessionInput;
}>;


export type BookingAnswerMutation = { bookSession: { id: string, patientId: string, therapistId: string, serviceTypeId: string, roomId: string | null, episodeId: string | null, seriesId: string | null, startsAt: string, endsAt: string, blockedUntil: string, status: SessionStatus, notes: string, overrideReason: string | null, cancelReason: string | null, lateCancel: boolean, cancelledAt: string | null, confirmedAt: string | null, checkedInAt: string | null, completedAt: string | null, noShowAt: string | null, createdById: string | null, createdAt: string, updatedAt: string, precautions: Array<{ key: string, advice: string | null }>, patient: { id: string, name: string, clearanceStatus: ClearanceStatus }, therapist: { id: string, displayName: string, workingHours: Array<{ weekday: number, start: string, end: string }> }, serviceType: { id: string, name: string, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null } };

export type BookingReadBackQueryVariables = Exact<{
  id: string | number;
}>;


export type BookingReadBackQuery = { Session: { id: string, patientId: string, therapistId: string, serviceTypeId: string, roomId: string | null, episodeId: string | null, seriesId: string | null, startsAt: string, endsAt: string, blockedUntil: string, status: SessionStatus, notes: string, overrideReason: string | null, cancelReason: string | null, lateCancel: boolean, cancelledAt: string | null, confirmedAt: string | null, checkedInAt: string | null, completedAt: string | null, noShowAt: string | null, createdById: string | null, createdAt: string, updatedAt: string, precautions: Array<{ key: string, advice: string | null }>, patient: { id: string, name: string, clearanceStatus: ClearanceStatus }, therapist: { id: string, displayName: string, workingHours: Array<{ weekday: number, start: string, end: string }> }, serviceType: { id: string, name: string, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null } };

export type BookingAddTimeOffMutationVariables = Exact<{
  t: string | number;
  a: string;
  b: string;
}>;


export type BookingAddTimeOffMutation = { addTimeOff: { id: string } };

export type BookingAuditQueryVariables = Exact<{
  f?: AuditEventFilter | null | undefined;
}>;


export type BookingAuditQuery = { allAuditEvents: Array<{ action: string, entity: string, entityId: string | null, patientId: string | null, actorId: string }> };

export type BookingDeactivateRoomMutationVariables = Exact<{
  id: string | number;
}>;


export type BookingDeactivateRoomMutation = { updateRoom: { id: string } };

export type BookingDeactivateServiceTypeMutationVariables = Exact<{
  id: string | number;
}>;


export type BookingDeactivateServiceTypeMutation = { updateServiceType: { id: string } };

export type BookingDeactivateTherapistMutationVariables = Exact<{
  id: string | number;
}>;


export type BookingDeactivateTherapistMutation = { updateTherapist: { id: string } };

export type BookingSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type BookingSessionQuery = { Session: { id: string, status: SessionStatus } };

export type BookingCheckInMutationVariables = Exact<{
  id: string | number;
}>;


export type BookingCheckInMutation = { checkInSession: { id: string } };

export type BookingNoShowMutationVariables = Exact<{
  id: string | number;
}>;


export type BookingNoShowMutation = { markNoShow: { id: string } };

export type BookingCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type BookingCancelMutation = { cancelSession: { id: string } };

export type BookingRescheduleMutationVariables = Exact<{
  id: string | number;
  at: string;
}>;


export type BookingRescheduleMutation = { rescheduleSession: { id: string } };

export type BookingSessionsQueryVariables = Exact<{
  f?: SessionFilter | null | undefined;
}>;


export type BookingSessionsQuery = { allSessions: Array<{ id: string }> };

export type LifecycleCheckInMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleCheckInMutation = { checkInSession: { id: string, status: SessionStatus, startsAt: string, endsAt: string, blockedUntil: string, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, seriesId: string | null, episodeId: string | null, roomId: string | null, patientId: string, therapistId: string, serviceTypeId: string, checkedInAt: string | null, completedAt: string | null, noShowAt: string | null, cancelledAt: string | null, patient: { id: string, name: string }, therapist: { id: string, displayName: string }, serviceType: { id: string, name: string, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null } };

export type LifecycleCompleteMutationVariables = Exact<{
  id: string | number;
  note: TreatmentNoteInput;
}>;


export type LifecycleCompleteMutation = { completeSession: { id: string, status: SessionStatus, startsAt: string, endsAt: string, blockedUntil: string, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, seriesId: string | null, episodeId: string | null, roomId: string | null, patientId: string, therapistId: string, serviceTypeId: string, checkedInAt: string | null, completedAt: string | null, noShowAt: string | null, cancelledAt: string | null, patient: { id: string, name: string }, therapist: { id: string, displayName: string }, serviceType: { id: string, name: string, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null } };

export type LifecycleCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleCancelMutation = { cancelSession: { id: string, status: SessionStatus, startsAt: string, endsAt: string, blockedUntil: string, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, seriesId: string | null, episodeId: string | null, roomId: string | null, patientId: string, therapistId: string, serviceTypeId: string, checkedInAt: string | null, completedAt: string | null, noShowAt: string | null, cancelledAt: string | null, patient: { id: string, name: string }, therapist: { id: string, displayName: string }, serviceType: { id: string, name: string, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null } };

export type LifecycleNoShowMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleNoShowMutation = { markNoShow: { id: string, status: SessionStatus, startsAt: string, endsAt: string, blockedUntil: string, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, seriesId: string | null, episodeId: string | null, roomId: string | null, patientId: string, therapistId: string, serviceTypeId: string, checkedInAt: string | null, completedAt: string | null, noShowAt: string | null, cancelledAt: string | null, patient: { id: string, name: string }, therapist: { id: string, displayName: string }, serviceType: { id: string, name: string, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null } };

export type LifecycleRescheduleMutationVariables = Exact<{
  id: string | number;
  startsAt: string;
  roomId?: string | number | null | undefined;
}>;


export type LifecycleRescheduleMutation = { rescheduleSession: { id: string, status: SessionStatus, startsAt: string, endsAt: string, blockedUntil: string, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, seriesId: string | null, episodeId: string | null, roomId: string | null, patientId: string, therapistId: string, serviceTypeId: string, checkedInAt: string | null, completedAt: string | null, noShowAt: string | null, cancelledAt: string | null, patient: { id: string, name: string }, therapist: { id: string, displayName: string }, serviceType: { id: string, name: string, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null } };

export type LifecycleSessionStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleSessionStatusQuery = { Session: { status: SessionStatus } };

export type RescheduleMoveMutationVariables = Exact<{
  id: string | number;
  startsAt: string;
  therapistId?: string | number | null | undefined;
  scope?: RescheduleScope | null | undefined;
}>;


export type RescheduleMoveMutation = { rescheduleSession: { id: string, startsAt: string, endsAt: string, status: SessionStatus, therapistId: string, therapist: { id: string, displayName: string } } };

export type RescheduleContactMutationVariables = Exact<{
  id: string | number;
  email?: string | null | undefined;
  emailConsent?: boolean | null | undefined;
}>;


export type RescheduleContactMutation = { updatePatient: { id: string } };

export type RescheduleSessionsQueryVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type RescheduleSessionsQuery = { allSessions: Array<{ id: string, startsAt: string, therapistId: string, status: SessionStatus }> };

export type RescheduleSlotsQueryVariables = Exact<{
  therapistId: string | number;
  serviceTypeId: string | number;
  from: string;
  to: string;
  excludeSessionId?: string | number | null | undefined;
}>;


export type RescheduleSlotsQuery = { availableSlots: Array<{ startsAt: string }> };

export type ResourcesTherapistQueryVariables = Exact<{
  id: string | number;
}>;


export type ResourcesTherapistQuery = { Therapist: { id: string, displayName: string, credentials: string, modalities: Array<Modality>, active: boolean, workingHours: Array<{ weekday: number, start: string, end: string }>, timeOff: Array<{ id: string, reason: string }> } };

export type ResourcesClinicSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResourcesClinicSettingsQuery = { clinicSettings: { name: string, timezone: string, slotStepMinutes: number, minimumNoticeMinutes: number, lateCancelWindowHours: number } };

export type ResourcesUpdateClinicSettingsMutationVariables = Exact<{
  tz?: string | null | undefined;
  step?: number | null | undefined;
}>;


export type ResourcesUpdateClinicSettingsMutation = { updateClinicSettings: { timezone: string, slotStepMinutes: number } };

export type ResourcesTherapistsQueryVariables = Exact<{
  f?: TherapistFilter | null | undefined;
}>;


export type ResourcesTherapistsQuery = { allTherapists: Array<{ id: string, workingHours: Array<{ weekday: number }> }>, _allTherapistsMeta: { count: number } };

export type ResourcesUpdateTherapistMutationVariables = Exact<{
  id: string | number;
  displayName?: string | null | undefined;
  modalities?: Array<Modality> | Modality | null | undefined;
  active?: boolean | null | undefined;
}>;


export type ResourcesUpdateTherapistMutation = { updateTherapist: { id: string, displayName: string, modalities: Array<Modality>, active: boolean } };

export type ResourcesHotStoneTherapistsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResourcesHotStoneTherapistsQuery = { allTherapists: Array<{ id: string }> };

export type ResourcesAddTimeOffMutationVariables = Exact<{
  t: string | number;
  a: string;
  b: string;
  r?: string | null | undefined;
}>;


export type ResourcesAddTimeOffMutation = { addTimeOff: { id: string, therapistId: string, reason: string } };

export type ResourcesRemoveTimeOffMutationVariables = Exact<{
  id: string | number;
}>;


export type ResourcesRemoveTimeOffMutation = { removeTimeOff: { id: string } };

export type ResourcesCreateRoomMutationVariables = Exact<{
  name: string;
}>;


export type ResourcesCreateRoomMutation = { createRoom: { id: string } };

export type ResourcesGardenRoomsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResourcesGardenRoomsQuery = { allRooms: Array<{ id: string, name: string, active: boolean }>, _allRoomsMeta: { count: number } };

export type ResourcesTinyServiceMutationVariables = Exact<{ [key: string]: never; }>;


export type ResourcesTinyServiceMutation = { createServiceType: { id: string } };

export type ResourcesDeleteServiceTypeMutationVariables = Exact<{
  id: string | number;
}>;


export type ResourcesDeleteServiceTypeMutation = { deleteServiceType: { id: string } };

export type ResourcesDeleteRoomMutationVariables = Exact<{
  id: string | number;
}>;


export type ResourcesDeleteRoomMutation = { deleteRoom: { id: string } };

export type ResourcesServiceTypeQueryVariables = Exact<{
  id: string | number;
}>;


export type ResourcesServiceTypeQuery = { ServiceType: { id: string } };

export type ResourcesCancelSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type ResourcesCancelSessionMutation = { cancelSession: { id: string } };

export type ResourcesSessionListQueryVariables = Exact<{
  f?: SessionFilter | null | undefined;
  sortOrder?: string | null | undefined;
}>;


export type ResourcesSessionListQuery = { allSessions: Array<{ id: string, status: SessionStatus, patient: { id: string, name: string }, therapist: { id: string, displayName: string }, serviceType: { id: string }, room: { id: string } | null }>, _allSessionsMeta: { count: number } };

export type SeriesCancelMutationVariables = Exact<{
  id: string | number;
  scope?: CancelScope | null | undefined;
}>;


export type SeriesCancelMutation = { cancelSession: { id: string, status: SessionStatus } };

export type SeriesGetQueryVariables = Exact<{
  id: string | number;
}>;


export type SeriesGetQuery = { SessionSeries: { id: string, sessions: Array<{ id: string, status: SessionStatus, startsAt: string }> } };

export type StaffAccountsInviteMutationVariables = Exact<{
  input: InviteStaffInput;
}>;


export type StaffAccountsInviteMutation = { inviteStaff: { id: string, email: string, name: string, role: Role, status: StaffStatus, active: boolean, invitedAt: string | null, inviteAcceptedAt: string | null } };

export type StaffAccountsResendMutationVariables = Exact<{
  userId: string | number;
}>;


export type StaffAccountsResendMutation = { resendStaffInvite: { id: string, status: StaffStatus } };

export type StaffAccountsViewQueryVariables = Exact<{
  token: string;
}>;


export type StaffAccountsViewQuery = { staffInvite: { clinicName: string, name: string, email: string, role: Role, expiresAt: string } };

export type StaffAccountsAcceptMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type StaffAccountsAcceptMutation = { acceptStaffInvite: { clinicName: string, name: string, email: string } };

export type StaffAccountsLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type StaffAccountsLoginMutation = { login: { token: string, user: { id: string, role: Role, status: StaffStatus } } };

export type StaffAccountsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffAccountsMeQuery = { me: { id: string, status: StaffStatus } };

export type StaffAccountsChangePasswordMutationVariables = Exact<{
  current: string;
  next: string;
}>;


export type StaffAccountsChangePasswordMutation = { changePassword: { token: string, user: { id: string } } };

export type StaffAccountsDeactivateMutationVariables = Exact<{
  id: string | number;
  active?: boolean | null | undefined;
}>;


export type StaffAccountsDeactivateMutation = { updateUser: { id: string, active: boolean, status: StaffStatus } };

export type StaffAccountsUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
}>;


export type StaffAccountsUsersQuery = { allUsers: Array<{ id: string, status: StaffStatus }> };

export type StaffAccountsMessagesQueryVariables = Exact<{
  filter?: MessageFilter | null | undefined;
}>;


export type StaffAccountsMessagesQuery = { allMessages: Array<{ id: string, patientId: string | null, userId: string | null, staffName: string | null, kind: MessageKind, channel: MessageChannel, to: string, subject: string, text: string, status: MessageStatus, statusReason: string | null }> };

export type StaffAccountsPatientLinkQueryVariables = Exact<{
  token: string;
}>;


export type StaffAccountsPatientLinkQuery = { patientLink: { purpose: PatientLinkPurpose } };

export type BenchClinicOutcomesQueryVariables = Exact<{
  filter?: ClinicOutcomesFilter | null | undefined;
}>;


export type BenchClinicOutcomesQuery = { clinicOutcomes: { measures: Array<{ instrument: Instrument, episodes: number, withFollowUp: number, meanChangePercent: number | null, medianChangePercent: number | null, ci95Low: number | null, ci95High: number | null }>, byTherapist: Array<{ therapistId: string, measures: Array<{ instrument: Instrument, episodes: number }> }>, byModality: Array<{ modality: Modality, measures: Array<{ instrument: Instrument, episodes: number }> }> } };

export type RecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type RecordAssessmentMutation = { recordAssessment: { id: string, rootId: string, version: number, isLatest: boolean, instrument: Instrument, responses: Array<number | null>, activities: Array<string>, score: number, normalized: number, band: OdiBand | null, domain: OutcomeDomain, episodeId: string, sessionId: string | null, takenAt: string, amendReason: string | null } };

export type AmendAssessmentMutationVariables = Exact<{
  id: string | number;
  responses: Array<number | null | undefined> | number;
  reason: string;
  activities?: Array<string> | string | null | undefined;
}>;


export type AmendAssessmentMutation = { amendAssessment: { id: string, rootId: string, version: number, isLatest: boolean, responses: Array<number | null>, activities: Array<string>, score: number, normalized: number, amendReason: string | null } };

export type OpenEpisodeMutationVariables = Exact<{
  input: OpenEpisodeInput;
}>;


export type OpenEpisodeMutation = { openEpisode: { id: string, patientId: string, region: ComplaintRegion, chronicity: Chronicity, goal: string, startedAt: string, dischargedAt: string | null, open: boolean } };

export type FactorySignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type FactorySignUpMutation = { signUp: { token: string, user: { id: string, email: string, role: Role, clinicId: string } } };

export type FactoryCreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type FactoryCreateStaffMutation = { createStaff: { id: string } };

export type FactoryLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type FactoryLoginMutation = { login: { token: string } };

export type FactoryCreatePatientMutationVariables = Exact<{
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  complaintRegion: ComplaintRegion;
  email?: string | null | undefined;
}>;


export type FactoryCreatePatientMutation = { createPatient: { id: string, firstName: string, lastName: string } };

export type SessionFieldsFragment = { id: string, status: SessionStatus, startsAt: string, endsAt: string, blockedUntil: string, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, seriesId: string | null, episodeId: string | null, roomId: string | null, patientId: string, therapistId: string, serviceTypeId: string, checkedInAt: string | null, completedAt: string | null, noShowAt: string | null, cancelledAt: string | null, patient: { id: string, name: string }, therapist: { id: string, displayName: string }, serviceType: { id: string, name: string, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null };

export type BookSessionMutationVariables = Exact<{
  input: BookSessionInput;
}>;


export type BookSessionMutation = { bookSession: { id: string, status: SessionStatus, startsAt: string, endsAt: string, blockedUntil: string, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, seriesId: string | null, episodeId: string | null, roomId: string | null, patientId: string, therapistId: string, serviceTypeId: string, checkedInAt: string | null, completedAt: string | null, noShowAt: string | null, cancelledAt: string | null, patient: { id: string, name: string }, therapist: { id: string, displayName: string }, serviceType: { id: string, name: string, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null } };

export type BookSeriesMutationVariables = Exact<{
  input: BookSeriesInput;
}>;


export type BookSeriesMutation = { bookSeries: { id: string, frequency: RepeatFrequency, interval: number, count: number, sessions: Array<{ id: string, status: SessionStatus, startsAt: string, endsAt: string, blockedUntil: string, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, seriesId: string | null, episodeId: string | null, roomId: string | null, patientId: string, therapistId: string, serviceTypeId: string, checkedInAt: string | null, completedAt: string | null, noShowAt: string | null, cancelledAt: string | null, patient: { id: string, name: string }, therapist: { id: string, displayName: string }, serviceType: { id: string, name: string, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null }> } };

export type FactoryUpdateClinicSettingsMutationVariables = Exact<{
  name?: string | null | undefined;
  timezone?: string | null | undefined;
  slotStepMinutes?: number | null | undefined;
  minimumNoticeMinutes?: number | null | undefined;
  lateCancelWindowHours?: number | null | undefined;
  address?: string | null | undefined;
  reminderOffsetsHours?: Array<number> | number | null | undefined;
  reminderChannels?: Array<MessageChannel> | MessageChannel | null | undefined;
  quietHoursStart?: string | null | undefined;
  quietHoursEnd?: string | null | undefined;
  questionnairesEnabled?: boolean | null | undefined;
}>;


export type FactoryUpdateClinicSettingsMutation = { updateClinicSettings: { id: string } };

export type SetWorkingHoursMutationVariables = Exact<{
  therapistId: string | number;
  hours: Array<WorkingBlockInput> | WorkingBlockInput;
}>;


export type SetWorkingHoursMutation = { setWorkingHours: { id: string, workingHours: Array<{ weekday: number, start: string, end: string }> } };

export type FactoryTherapistOfUserQueryVariables = Exact<{
  userId?: string | number | null | undefined;
}>;


export type FactoryTherapistOfUserQuery = { allTherapists: Array<{ id: string }> };

export type FactoryCreateRoomMutationVariables = Exact<{
  name: string;
}>;


export type FactoryCreateRoomMutation = { createRoom: { id: string, name: string } };

export type FactoryCreateServiceTypeMutationVariables = Exact<{
  name: string;
  modality: Modality;
  durationMinutes: number;
  bufferMinutes?: number | null | undefined;
}>;


export type FactoryCreateServiceTypeMutation = { createServiceType: { id: string, durationMinutes: number, bufferMinutes: number } };

export type FactoryCountSessionsQueryVariables = Exact<{
  filter?: SessionFilter | null | undefined;
}>;


export type FactoryCountSessionsQuery = { _allSessionsMeta: { count: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CaptureFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaptureFields on OutcomeStats {
  instrument
  episodes
  withFollowUp
  captureRate
  requested
  answered
  medianResponseHours
  summary
  caution
}
    `, {"fragmentName":"CaptureFields"}) as unknown as TypedDocumentString<CaptureFieldsFragment, unknown>;
export const OutcomeStatsFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"OutcomeStatsFields"}) as unknown as TypedDocumentString<OutcomeStatsFieldsFragment, unknown>;
export const BookingAnswerFieldsFragmentDoc = new TypedDocumentString(`
    fragment BookingAnswerFields on Session {
  id
  patientId
  therapistId
  serviceTypeId
  roomId
  episodeId
  seriesId
  startsAt
  endsAt
  blockedUntil
  status
  notes
  overrideReason
  cancelReason
  lateCancel
  cancelledAt
  confirmedAt
  checkedInAt
  completedAt
  noShowAt
  createdById
  createdAt
  updatedAt
  precautions {
    key
    advice
  }
  patient {
    id
    name
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
    durationMinutes
    bufferMinutes
  }
  room {
    id
    name
  }
}
    `, {"fragmentName":"BookingAnswerFields"}) as unknown as TypedDocumentString<BookingAnswerFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on Session {
  id
  status
  startsAt
  endsAt
  blockedUntil
  lateCancel
  cancelReason
  overrideReason
  seriesId
  episodeId
  roomId
  patientId
  therapistId
  serviceTypeId
  checkedInAt
  completedAt
  noShowAt
  cancelledAt
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
    durationMinutes
    bufferMinutes
  }
  room {
    id
    name
  }
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const AuditKindEventsDocument = new TypedDocumentString(`
    query AuditKindEvents($filter: AuditEventFilter) {
  allAuditEvents(filter: $filter, perPage: 500, sortField: "at", sortOrder: "ASC") {
    id
    actorId
    actorRole
    action
    entity
    entityId
    entityIds
    patientId
    patientIds
    fields
    requestId
  }
}
    `) as unknown as TypedDocumentString<AuditKindEventsQuery, AuditKindEventsQueryVariables>;
export const AuditRescheduleDocument = new TypedDocumentString(`
    mutation AuditReschedule($id: ID!, $startsAt: DateTime!) {
  rescheduleSession(id: $id, startsAt: $startsAt) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditRescheduleMutation, AuditRescheduleMutationVariables>;
export const AuditCancelDocument = new TypedDocumentString(`
    mutation AuditCancel($id: ID!) {
  cancelSession(id: $id, reason: "Patient is ill") {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditCancelMutation, AuditCancelMutationVariables>;
export const AuditCheckInDocument = new TypedDocumentString(`
    mutation AuditCheckIn($id: ID!) {
  checkInSession(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditCheckInMutation, AuditCheckInMutationVariables>;
export const AuditCompleteDocument = new TypedDocumentString(`
    mutation AuditComplete($id: ID!) {
  completeSession(
    id: $id
    note: {techniques: [SWEDISH], regions: [LOWER_BACK], pressure: LIGHT, patientResponse: "Relaxed"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditCompleteMutation, AuditCompleteMutationVariables>;
export const AuditNoShowDocument = new TypedDocumentString(`
    mutation AuditNoShow($id: ID!) {
  markNoShow(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditNoShowMutation, AuditNoShowMutationVariables>;
export const AuditRevertDocument = new TypedDocumentString(`
    mutation AuditRevert($id: ID!) {
  revertSessionStatus(id: $id, reason: "Marked the wrong patient") {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditRevertMutation, AuditRevertMutationVariables>;
export const AuditUpdateUserDocument = new TypedDocumentString(`
    mutation AuditUpdateUser($id: ID!, $role: Role, $active: Boolean) {
  updateUser(id: $id, role: $role, active: $active) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditUpdateUserMutation, AuditUpdateUserMutationVariables>;
export const AuditLoginDocument = new TypedDocumentString(`
    mutation AuditLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<AuditLoginMutation, AuditLoginMutationVariables>;
export const AuditLogListDocument = new TypedDocumentString(`
    query AuditLogList($filter: AuditEventFilter, $sortField: String, $sortOrder: String) {
  allAuditEvents(
    filter: $filter
    perPage: 500
    sortField: $sortField
    sortOrder: $sortOrder
  ) {
    id
    actorId
    action
    entity
    entityId
    patientId
    at
  }
  _allAuditEventsMeta(filter: $filter) {
    count
  }
}
    `) as unknown as TypedDocumentString<AuditLogListQuery, AuditLogListQueryVariables>;
export const AuditLogCsvDocument = new TypedDocumentString(`
    query AuditLogCsv($filter: AuditEventFilter) {
  auditEventsCsv(filter: $filter)
}
    `) as unknown as TypedDocumentString<AuditLogCsvQuery, AuditLogCsvQueryVariables>;
export const AuditLogScreeningDocument = new TypedDocumentString(`
    mutation AuditLogScreening($i: RecordScreeningInput!) {
  recordScreening(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditLogScreeningMutation, AuditLogScreeningMutationVariables>;
export const AuditStaffLookupDocument = new TypedDocumentString(`
    query AuditStaffLookup($sortField: String, $q: String) {
  allUsers(
    page: 0
    perPage: 25
    sortField: $sortField
    sortOrder: "ASC"
    filter: {q: $q}
  ) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuditStaffLookupQuery, AuditStaffLookupQueryVariables>;
export const AuditPatientLookupDocument = new TypedDocumentString(`
    query AuditPatientLookup($sortField: String, $q: String) {
  allPatients(
    page: 0
    perPage: 25
    sortField: $sortField
    sortOrder: "ASC"
    filter: {q: $q}
  ) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuditPatientLookupQuery, AuditPatientLookupQueryVariables>;
export const AuditReadEventsDocument = new TypedDocumentString(`
    query AuditReadEvents($filter: AuditEventFilter) {
  allAuditEvents(filter: $filter, perPage: 500, sortField: "at", sortOrder: "ASC") {
    action
    entity
    entityId
    entityIds
    patientId
    patientIds
    requestId
  }
}
    `) as unknown as TypedDocumentString<AuditReadEventsQuery, AuditReadEventsQueryVariables>;
export const AuditReadTwiceInOneRequestDocument = new TypedDocumentString(`
    query AuditReadTwiceInOneRequest($id: ID!, $p: ID!) {
  Assessment(id: $id) {
    id
  }
  allAssessments(filter: {patientId: $p}) {
    id
  }
  screenings(patientId: $p) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditReadTwiceInOneRequestQuery, AuditReadTwiceInOneRequestQueryVariables>;
export const AuditReadAcrossPatientsDocument = new TypedDocumentString(`
    query AuditReadAcrossPatients {
  allAssessments(perPage: 100) {
    id
    patientId
  }
}
    `) as unknown as TypedDocumentString<AuditReadAcrossPatientsQuery, AuditReadAcrossPatientsQueryVariables>;
export const AuthLoginDocument = new TypedDocumentString(`
    mutation AuthLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
    user {
      id
      email
      name
      role
      clinicId
    }
  }
}
    `) as unknown as TypedDocumentString<AuthLoginMutation, AuthLoginMutationVariables>;
export const AuthMeDocument = new TypedDocumentString(`
    query AuthMe {
  me {
    id
    email
    role
    clinicId
    active
  }
}
    `) as unknown as TypedDocumentString<AuthMeQuery, AuthMeQueryVariables>;
export const AuthSignUpDocument = new TypedDocumentString(`
    mutation AuthSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<AuthSignUpMutation, AuthSignUpMutationVariables>;
export const AuthDeactivateDocument = new TypedDocumentString(`
    mutation AuthDeactivate($id: ID!) {
  updateUser(id: $id, active: false) {
    active
  }
}
    `) as unknown as TypedDocumentString<AuthDeactivateMutation, AuthDeactivateMutationVariables>;
export const AuthCreateStaffDocument = new TypedDocumentString(`
    mutation AuthCreateStaff($input: CreateStaffInput!) {
  createStaff(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthCreateStaffMutation, AuthCreateStaffMutationVariables>;
export const AuthUsersDocument = new TypedDocumentString(`
    query AuthUsers {
  allUsers(sortField: "name") {
    name
    role
  }
  _allUsersMeta {
    count
  }
}
    `) as unknown as TypedDocumentString<AuthUsersQuery, AuthUsersQueryVariables>;
export const AmendmentsAssessmentDocument = new TypedDocumentString(`
    query AmendmentsAssessment($id: ID!) {
  Assessment(id: $id) {
    id
    rootId
    version
    isLatest
    score
    responses
    amendReason
  }
}
    `) as unknown as TypedDocumentString<AmendmentsAssessmentQuery, AmendmentsAssessmentQueryVariables>;
export const AmendmentsListDocument = new TypedDocumentString(`
    query AmendmentsList($filter: AssessmentFilter) {
  allAssessments(filter: $filter) {
    id
    version
    score
  }
  _allAssessmentsMeta(filter: $filter) {
    count
  }
}
    `) as unknown as TypedDocumentString<AmendmentsListQuery, AmendmentsListQueryVariables>;
export const AmendmentsHistoryDocument = new TypedDocumentString(`
    query AmendmentsHistory($rootId: ID!) {
  assessmentHistory(rootId: $rootId) {
    id
    version
    isLatest
    score
    amendReason
  }
}
    `) as unknown as TypedDocumentString<AmendmentsHistoryQuery, AmendmentsHistoryQueryVariables>;
export const AmendmentsPsfsDocument = new TypedDocumentString(`
    query AmendmentsPsfs($id: ID!) {
  Assessment(id: $id) {
    version
    isLatest
    responses
    activities
  }
}
    `) as unknown as TypedDocumentString<AmendmentsPsfsQuery, AmendmentsPsfsQueryVariables>;
export const AmendmentsPsfsHistoryDocument = new TypedDocumentString(`
    query AmendmentsPsfsHistory($rootId: ID!) {
  assessmentHistory(rootId: $rootId) {
    version
    responses
    activities
  }
}
    `) as unknown as TypedDocumentString<AmendmentsPsfsHistoryQuery, AmendmentsPsfsHistoryQueryVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($filter: AuditEventFilter) {
  allAuditEvents(filter: $filter, perPage: 500, sortField: "at", sortOrder: "ASC") {
    id
    actorId
    actorRole
    action
    entity
    entityId
    patientId
    requestId
    at
  }
  _allAuditEventsMeta(filter: $filter) {
    count
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditEventDocument = new TypedDocumentString(`
    query AuditEvent($id: ID!) {
  AuditEvent(id: $id) {
    id
    entity
  }
}
    `) as unknown as TypedDocumentString<AuditEventQuery, AuditEventQueryVariables>;
export const AuditRecordScreeningDocument = new TypedDocumentString(`
    mutation AuditRecordScreening($i: RecordScreeningInput!) {
  recordScreening(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditRecordScreeningMutation, AuditRecordScreeningMutationVariables>;
export const AuditRecordClearanceDocument = new TypedDocumentString(`
    mutation AuditRecordClearance($i: RecordClearanceInput!) {
  recordClearance(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditRecordClearanceMutation, AuditRecordClearanceMutationVariables>;
export const AuditReadAssessmentDocument = new TypedDocumentString(`
    query AuditReadAssessment($id: ID!) {
  Assessment(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditReadAssessmentQuery, AuditReadAssessmentQueryVariables>;
export const AuditReadChartDocument = new TypedDocumentString(`
    query AuditReadChart($p: ID!) {
  allAssessments(filter: {patientId: $p}) {
    id
  }
  screenings(patientId: $p) {
    id
  }
  clearances(patientId: $p) {
    id
  }
  treatmentNotes(patientId: $p) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditReadChartQuery, AuditReadChartQueryVariables>;
export const AuditReadOutcomesDocument = new TypedDocumentString(`
    query AuditReadOutcomes($p: ID!) {
  patientOutcomes(patientId: $p) {
    patientId
  }
}
    `) as unknown as TypedDocumentString<AuditReadOutcomesQuery, AuditReadOutcomesQueryVariables>;
export const AuditReadScreeningsDocument = new TypedDocumentString(`
    query AuditReadScreenings($p: ID!) {
  screenings(patientId: $p) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditReadScreeningsQuery, AuditReadScreeningsQueryVariables>;
export const AuditReadDashboardDocument = new TypedDocumentString(`
    query AuditReadDashboard {
  clinicOutcomes {
    statement
  }
}
    `) as unknown as TypedDocumentString<AuditReadDashboardQuery, AuditReadDashboardQueryVariables>;
export const AccessRecordScreeningDocument = new TypedDocumentString(`
    mutation AccessRecordScreening($i: RecordScreeningInput!) {
  recordScreening(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessRecordScreeningMutation, AccessRecordScreeningMutationVariables>;
export const AccessRecordClearanceDocument = new TypedDocumentString(`
    mutation AccessRecordClearance($i: RecordClearanceInput!) {
  recordClearance(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessRecordClearanceMutation, AccessRecordClearanceMutationVariables>;
export const AccessScreeningsDocument = new TypedDocumentString(`
    query AccessScreenings($p: ID!) {
  screenings(patientId: $p) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessScreeningsQuery, AccessScreeningsQueryVariables>;
export const AccessClearancesDocument = new TypedDocumentString(`
    query AccessClearances($p: ID!) {
  clearances(patientId: $p) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessClearancesQuery, AccessClearancesQueryVariables>;
export const AccessOpenEpisodeDocument = new TypedDocumentString(`
    mutation AccessOpenEpisode($i: OpenEpisodeInput!) {
  openEpisode(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessOpenEpisodeMutation, AccessOpenEpisodeMutationVariables>;
export const AccessDischargeEpisodeDocument = new TypedDocumentString(`
    mutation AccessDischargeEpisode($id: ID!) {
  dischargeEpisode(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessDischargeEpisodeMutation, AccessDischargeEpisodeMutationVariables>;
export const AccessEpisodeDocument = new TypedDocumentString(`
    query AccessEpisode($id: ID!) {
  Episode(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessEpisodeQuery, AccessEpisodeQueryVariables>;
export const AccessAllEpisodesDocument = new TypedDocumentString(`
    query AccessAllEpisodes($p: ID) {
  allEpisodes(filter: {patientId: $p}) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessAllEpisodesQuery, AccessAllEpisodesQueryVariables>;
export const AccessAllEpisodesMetaDocument = new TypedDocumentString(`
    query AccessAllEpisodesMeta($p: ID) {
  _allEpisodesMeta(filter: {patientId: $p}) {
    count
  }
}
    `) as unknown as TypedDocumentString<AccessAllEpisodesMetaQuery, AccessAllEpisodesMetaQueryVariables>;
export const AccessRecordAssessmentDocument = new TypedDocumentString(`
    mutation AccessRecordAssessment($i: RecordAssessmentInput!) {
  recordAssessment(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessRecordAssessmentMutation, AccessRecordAssessmentMutationVariables>;
export const AccessAmendAssessmentDocument = new TypedDocumentString(`
    mutation AccessAmendAssessment($id: ID!) {
  amendAssessment(id: $id, responses: [2], reason: "typo fix") {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessAmendAssessmentMutation, AccessAmendAssessmentMutationVariables>;
export const AccessAssessmentDocument = new TypedDocumentString(`
    query AccessAssessment($id: ID!) {
  Assessment(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessAssessmentQuery, AccessAssessmentQueryVariables>;
export const AccessAllAssessmentsDocument = new TypedDocumentString(`
    query AccessAllAssessments($p: ID) {
  allAssessments(filter: {patientId: $p}) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessAllAssessmentsQuery, AccessAllAssessmentsQueryVariables>;
export const AccessAllAssessmentsMetaDocument = new TypedDocumentString(`
    query AccessAllAssessmentsMeta($p: ID) {
  _allAssessmentsMeta(filter: {patientId: $p}) {
    count
  }
}
    `) as unknown as TypedDocumentString<AccessAllAssessmentsMetaQuery, AccessAllAssessmentsMetaQueryVariables>;
export const AccessAssessmentHistoryDocument = new TypedDocumentString(`
    query AccessAssessmentHistory($r: ID!) {
  assessmentHistory(rootId: $r) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessAssessmentHistoryQuery, AccessAssessmentHistoryQueryVariables>;
export const AccessTreatmentNotesDocument = new TypedDocumentString(`
    query AccessTreatmentNotes($p: ID!) {
  treatmentNotes(patientId: $p) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessTreatmentNotesQuery, AccessTreatmentNotesQueryVariables>;
export const AccessTreatmentNoteDocument = new TypedDocumentString(`
    query AccessTreatmentNote($s: ID!) {
  treatmentNote(sessionId: $s) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessTreatmentNoteQuery, AccessTreatmentNoteQueryVariables>;
export const AccessPatientOutcomesDocument = new TypedDocumentString(`
    query AccessPatientOutcomes($p: ID!) {
  patientOutcomes(patientId: $p) {
    patientId
  }
}
    `) as unknown as TypedDocumentString<AccessPatientOutcomesQuery, AccessPatientOutcomesQueryVariables>;
export const AccessClinicOutcomesDocument = new TypedDocumentString(`
    query AccessClinicOutcomes {
  clinicOutcomes {
    statement
  }
}
    `) as unknown as TypedDocumentString<AccessClinicOutcomesQuery, AccessClinicOutcomesQueryVariables>;
export const AccessAuditEventDocument = new TypedDocumentString(`
    query AccessAuditEvent($id: ID!) {
  AuditEvent(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessAuditEventQuery, AccessAuditEventQueryVariables>;
export const AccessAllAuditEventsDocument = new TypedDocumentString(`
    query AccessAllAuditEvents {
  allAuditEvents {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessAllAuditEventsQuery, AccessAllAuditEventsQueryVariables>;
export const AccessAllAuditEventsMetaDocument = new TypedDocumentString(`
    query AccessAllAuditEventsMeta {
  _allAuditEventsMeta {
    count
  }
}
    `) as unknown as TypedDocumentString<AccessAllAuditEventsMetaQuery, AccessAllAuditEventsMetaQueryVariables>;
export const AccessFirstAuditEventDocument = new TypedDocumentString(`
    query AccessFirstAuditEvent {
  allAuditEvents(perPage: 1) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessFirstAuditEventQuery, AccessFirstAuditEventQueryVariables>;
export const AccessScreeningStatusDocument = new TypedDocumentString(`
    mutation AccessScreeningStatus($i: RecordScreeningInput!) {
  recordScreening(input: $i) {
    patientClearanceStatus
  }
}
    `) as unknown as TypedDocumentString<AccessScreeningStatusMutation, AccessScreeningStatusMutationVariables>;
export const AccessMyListsDocument = new TypedDocumentString(`
    query AccessMyLists {
  allAssessments(perPage: 500) {
    patientId
  }
  allEpisodes(perPage: 500) {
    patientId
  }
}
    `) as unknown as TypedDocumentString<AccessMyListsQuery, AccessMyListsQueryVariables>;
export const AccessAllListsDocument = new TypedDocumentString(`
    query AccessAllLists {
  allAssessments {
    id
  }
  allEpisodes {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessAllListsQuery, AccessAllListsQueryVariables>;
export const ScreeningRecordDocument = new TypedDocumentString(`
    mutation ScreeningRecord($input: RecordScreeningInput!) {
  recordScreening(input: $input) {
    id
    patientId
    contraindications
    patientClearanceStatus
    recordedAt
  }
}
    `) as unknown as TypedDocumentString<ScreeningRecordMutation, ScreeningRecordMutationVariables>;
export const ScreeningClearDocument = new TypedDocumentString(`
    mutation ScreeningClear($input: RecordClearanceInput!) {
  recordClearance(input: $input) {
    id
    patientId
    clinician
    note
    clearedAt
  }
}
    `) as unknown as TypedDocumentString<ScreeningClearMutation, ScreeningClearMutationVariables>;
export const ScreeningClearanceStatusDocument = new TypedDocumentString(`
    query ScreeningClearanceStatus($id: ID!) {
  Patient(id: $id) {
    clearanceStatus
  }
}
    `) as unknown as TypedDocumentString<ScreeningClearanceStatusQuery, ScreeningClearanceStatusQueryVariables>;
export const ScreeningHistoryDocument = new TypedDocumentString(`
    query ScreeningHistory($p: ID!) {
  screenings(patientId: $p) {
    contraindications
  }
  clearances(patientId: $p) {
    clinician
  }
}
    `) as unknown as TypedDocumentString<ScreeningHistoryQuery, ScreeningHistoryQueryVariables>;
export const EpisodesDischargeDocument = new TypedDocumentString(`
    mutation EpisodesDischarge($id: ID!, $note: String, $dischargedAt: DateTime) {
  dischargeEpisode(id: $id, note: $note, dischargedAt: $dischargedAt) {
    id
    open
    dischargedAt
    dischargeNote
  }
}
    `) as unknown as TypedDocumentString<EpisodesDischargeMutation, EpisodesDischargeMutationVariables>;
export const EpisodesListDocument = new TypedDocumentString(`
    query EpisodesList($f: EpisodeFilter) {
  allEpisodes(filter: $f) {
    id
    open
  }
  _allEpisodesMeta(filter: $f) {
    count
  }
}
    `) as unknown as TypedDocumentString<EpisodesListQuery, EpisodesListQueryVariables>;
export const EpisodesOneDocument = new TypedDocumentString(`
    query EpisodesOne($id: ID!) {
  Episode(id: $id) {
    startedAt
    open
  }
}
    `) as unknown as TypedDocumentString<EpisodesOneQuery, EpisodesOneQueryVariables>;
export const ScoringAssessmentDocument = new TypedDocumentString(`
    query ScoringAssessment($id: ID!) {
  Assessment(id: $id) {
    id
    instrument
    responses
    activities
  }
}
    `) as unknown as TypedDocumentString<ScoringAssessmentQuery, ScoringAssessmentQueryVariables>;
export const ScoringRecordScoreOnlyDocument = new TypedDocumentString(`
    mutation ScoringRecordScoreOnly($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) {
    score
  }
}
    `) as unknown as TypedDocumentString<ScoringRecordScoreOnlyMutation, ScoringRecordScoreOnlyMutationVariables>;
export const ScoringInstrumentsDocument = new TypedDocumentString(`
    query ScoringInstruments {
  instruments {
    code
    name
    domain
    minItems
    maxItems
    maxMissing
    mcid
    higherIsBetter
    items {
      key
      label
      min
      max
      optional
    }
  }
}
    `) as unknown as TypedDocumentString<ScoringInstrumentsQuery, ScoringInstrumentsQueryVariables>;
export const ScreeningFormRecordDocument = new TypedDocumentString(`
    mutation ScreeningFormRecord($input: RecordScreeningInput!) {
  recordScreening(input: $input) {
    id
    formVersion
    contraindications
    patientClearanceStatus
    answers {
      key
      kind
      label
      yes
    }
  }
}
    `) as unknown as TypedDocumentString<ScreeningFormRecordMutation, ScreeningFormRecordMutationVariables>;
export const ScreeningFormPrecautionsDocument = new TypedDocumentString(`
    query ScreeningFormPrecautions($id: ID!) {
  Session(id: $id) {
    id
    precautions {
      key
      label
      advice
      modalities
    }
  }
}
    `) as unknown as TypedDocumentString<ScreeningFormPrecautionsQuery, ScreeningFormPrecautionsQueryVariables>;
export const NotesCheckInDocument = new TypedDocumentString(`
    mutation NotesCheckIn($id: ID!) {
  checkInSession(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<NotesCheckInMutation, NotesCheckInMutationVariables>;
export const NotesCompleteDocument = new TypedDocumentString(`
    mutation NotesComplete($id: ID!, $note: TreatmentNoteInput!) {
  completeSession(id: $id, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<NotesCompleteMutation, NotesCompleteMutationVariables>;
export const NotesOfSessionDocument = new TypedDocumentString(`
    query NotesOfSession($sessionId: ID!) {
  treatmentNote(sessionId: $sessionId) {
    id
    rootId
    version
    isLatest
    subjective
    objective
    techniques
    regions
    pressure
    patientResponse
    plan
    nextStep
    amendReason
    authorId
    author {
      id
      name
      role
    }
  }
}
    `) as unknown as TypedDocumentString<NotesOfSessionQuery, NotesOfSessionQueryVariables>;
export const NotesOfPatientDocument = new TypedDocumentString(`
    query NotesOfPatient($patientId: ID!) {
  treatmentNotes(patientId: $patientId) {
    id
    sessionId
    version
    isLatest
  }
}
    `) as unknown as TypedDocumentString<NotesOfPatientQuery, NotesOfPatientQueryVariables>;
export const NotesAmendDocument = new TypedDocumentString(`
    mutation NotesAmend($id: ID!, $input: TreatmentNoteInput!, $reason: String!) {
  amendTreatmentNote(id: $id, input: $input, reason: $reason) {
    id
    rootId
    version
    isLatest
    subjective
    plan
    nextStep
    patientResponse
    amendReason
    author {
      name
      role
    }
  }
}
    `) as unknown as TypedDocumentString<NotesAmendMutation, NotesAmendMutationVariables>;
export const NotesHistoryDocument = new TypedDocumentString(`
    query NotesHistory($rootId: ID!) {
  treatmentNoteHistory(rootId: $rootId) {
    id
    version
    isLatest
    subjective
    plan
    amendReason
    createdAt
    author {
      id
      name
      role
    }
  }
}
    `) as unknown as TypedDocumentString<NotesHistoryQuery, NotesHistoryQueryVariables>;
export const NotesAssessmentHistoryDocument = new TypedDocumentString(`
    query NotesAssessmentHistory($rootId: ID!) {
  assessmentHistory(rootId: $rootId) {
    version
    recordedById
    recordedBy {
      id
      name
      role
    }
  }
}
    `) as unknown as TypedDocumentString<NotesAssessmentHistoryQuery, NotesAssessmentHistoryQueryVariables>;
export const NotesAmendAssessmentDocument = new TypedDocumentString(`
    mutation NotesAmendAssessment($id: ID!, $responses: [Int]!, $reason: String!) {
  amendAssessment(id: $id, responses: $responses, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotesAmendAssessmentMutation, NotesAmendAssessmentMutationVariables>;
export const WeekStatisticsDocument = new TypedDocumentString(`
    query WeekStatistics($day: String) {
  weekStatistics(day: $day) {
    weekOf
    from
    to
    timezone
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
    `) as unknown as TypedDocumentString<WeekStatisticsQuery, WeekStatisticsQueryVariables>;
export const MessagesUpdateContactDocument = new TypedDocumentString(`
    mutation MessagesUpdateContact($id: ID!, $email: String, $phone: String, $preferredChannel: MessageChannel, $emailConsent: Boolean, $smsConsent: Boolean) {
  updatePatient(
    id: $id
    email: $email
    phone: $phone
    preferredChannel: $preferredChannel
    emailConsent: $emailConsent
    smsConsent: $smsConsent
  ) {
    id
    phone
    preferredChannel
    emailConsent
    smsConsent
  }
}
    `) as unknown as TypedDocumentString<MessagesUpdateContactMutation, MessagesUpdateContactMutationVariables>;
export const MessagesListDocument = new TypedDocumentString(`
    query MessagesList($filter: MessageFilter) {
  allMessages(filter: $filter, perPage: 100) {
    id
    patientId
    kind
    channel
    status
    statusReason
    providerResult
  }
  _allMessagesMeta(filter: $filter) {
    count
  }
}
    `) as unknown as TypedDocumentString<MessagesListQuery, MessagesListQueryVariables>;
export const MessagesOptOutDocument = new TypedDocumentString(`
    mutation MessagesOptOut($token: String!) {
  optOutByLink(token: $token) {
    channel
  }
}
    `) as unknown as TypedDocumentString<MessagesOptOutMutation, MessagesOptOutMutationVariables>;
export const StaffSmtpInviteDocument = new TypedDocumentString(`
    mutation StaffSmtpInvite($input: InviteStaffInput!) {
  inviteStaff(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffSmtpInviteMutation, StaffSmtpInviteMutationVariables>;
export const StaffSmtpMessagesDocument = new TypedDocumentString(`
    query StaffSmtpMessages($filter: MessageFilter) {
  allMessages(filter: $filter) {
    userId
    status
    providerResult
  }
}
    `) as unknown as TypedDocumentString<StaffSmtpMessagesQuery, StaffSmtpMessagesQueryVariables>;
export const StaffSmtpAcceptDocument = new TypedDocumentString(`
    mutation StaffSmtpAccept($token: String!, $password: String!) {
  acceptStaffInvite(token: $token, password: $password) {
    email
  }
}
    `) as unknown as TypedDocumentString<StaffSmtpAcceptMutation, StaffSmtpAcceptMutationVariables>;
export const StaffSmtpLoginDocument = new TypedDocumentString(`
    mutation StaffSmtpLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    user {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StaffSmtpLoginMutation, StaffSmtpLoginMutationVariables>;
export const LinksContactDocument = new TypedDocumentString(`
    mutation LinksContact($id: ID!, $email: String, $emailConsent: Boolean) {
  updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {
    id
  }
}
    `) as unknown as TypedDocumentString<LinksContactMutation, LinksContactMutationVariables>;
export const LinksMessagesDocument = new TypedDocumentString(`
    query LinksMessages($filter: MessageFilter) {
  allMessages(
    filter: $filter
    perPage: 100
    sortField: "sendAt"
    sortOrder: "ASC"
  ) {
    id
    kind
    status
    text
    patientId
  }
}
    `) as unknown as TypedDocumentString<LinksMessagesQuery, LinksMessagesQueryVariables>;
export const LinksViewDocument = new TypedDocumentString(`
    query LinksView($token: String!) {
  patientLink(token: $token) {
    purpose
    clinicName
    therapistName
    serviceName
    startsAt
    sessionStatus
    confirmedAt
    cancelWouldBeLate
    lateCancelWindowHours
    offerStatus
    usedAt
  }
}
    `) as unknown as TypedDocumentString<LinksViewQuery, LinksViewQueryVariables>;
export const LinksConfirmDocument = new TypedDocumentString(`
    mutation LinksConfirm($token: String!) {
  confirmSessionByLink(token: $token) {
    confirmedAt
    usedAt
  }
}
    `) as unknown as TypedDocumentString<LinksConfirmMutation, LinksConfirmMutationVariables>;
export const LinksCancelDocument = new TypedDocumentString(`
    mutation LinksCancel($token: String!, $reason: String) {
  cancelSessionByLink(token: $token, reason: $reason) {
    sessionStatus
    lateCancel
  }
}
    `) as unknown as TypedDocumentString<LinksCancelMutation, LinksCancelMutationVariables>;
export const LinksClaimDocument = new TypedDocumentString(`
    mutation LinksClaim($token: String!) {
  claimWaitlistOffer(token: $token) {
    offerStatus
    startsAt
  }
}
    `) as unknown as TypedDocumentString<LinksClaimMutation, LinksClaimMutationVariables>;
export const LinksRevertDocument = new TypedDocumentString(`
    mutation LinksRevert($id: ID!, $reason: String!) {
  revertSessionStatus(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<LinksRevertMutation, LinksRevertMutationVariables>;
export const LinksStaffCancelDocument = new TypedDocumentString(`
    mutation LinksStaffCancel($id: ID!) {
  cancelSession(id: $id, reason: "Therapist unwell") {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<LinksStaffCancelMutation, LinksStaffCancelMutationVariables>;
export const LinksSessionDocument = new TypedDocumentString(`
    query LinksSession($id: ID!) {
  Session(id: $id) {
    id
    status
    confirmedAt
    lateCancel
    cancelReason
  }
}
    `) as unknown as TypedDocumentString<LinksSessionQuery, LinksSessionQueryVariables>;
export const LinksAddWaitingDocument = new TypedDocumentString(`
    mutation LinksAddWaiting($input: CreateWaitlistEntryInput!) {
  createWaitlistEntry(input: $input) {
    id
    status
    windows {
      weekday
      startTime
      endTime
    }
  }
}
    `) as unknown as TypedDocumentString<LinksAddWaitingMutation, LinksAddWaitingMutationVariables>;
export const LinksWaitlistDocument = new TypedDocumentString(`
    query LinksWaitlist($filter: WaitlistFilter) {
  allWaitlistEntries(filter: $filter) {
    id
    status
    sessionId
    patient {
      id
      name
    }
    offers {
      status
      startsAt
      messageId
    }
  }
  _allWaitlistEntriesMeta(filter: $filter) {
    count
  }
}
    `) as unknown as TypedDocumentString<LinksWaitlistQuery, LinksWaitlistQueryVariables>;
export const LinksRemoveWaitingDocument = new TypedDocumentString(`
    mutation LinksRemoveWaiting($id: ID!) {
  deleteWaitlistEntry(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LinksRemoveWaitingMutation, LinksRemoveWaitingMutationVariables>;
export const QuestionnairesContactDocument = new TypedDocumentString(`
    mutation QuestionnairesContact($id: ID!, $email: String, $emailConsent: Boolean) {
  updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {
    id
  }
}
    `) as unknown as TypedDocumentString<QuestionnairesContactMutation, QuestionnairesContactMutationVariables>;
export const QuestionnairesViewDocument = new TypedDocumentString(`
    query QuestionnairesView($token: String!) {
  questionnaireByLink(token: $token) {
    clinicName
    timezone
    occasion
    status
    instruments
    licensedItemText {
      instrument
      items
    }
    expiresAt
    answeredAt
  }
}
    `) as unknown as TypedDocumentString<QuestionnairesViewQuery, QuestionnairesViewQueryVariables>;
export const QuestionnairesSubmitDocument = new TypedDocumentString(`
    mutation QuestionnairesSubmit($token: String!, $responses: [QuestionnaireAnswerInput!]!) {
  submitQuestionnaire(token: $token, responses: $responses) {
    status
    answeredAt
  }
}
    `) as unknown as TypedDocumentString<QuestionnairesSubmitMutation, QuestionnairesSubmitMutationVariables>;
export const QuestionnairesRescheduleDocument = new TypedDocumentString(`
    mutation QuestionnairesReschedule($id: ID!, $startsAt: DateTime!) {
  rescheduleSession(id: $id, startsAt: $startsAt) {
    id
  }
}
    `) as unknown as TypedDocumentString<QuestionnairesRescheduleMutation, QuestionnairesRescheduleMutationVariables>;
export const QuestionnairesCancelDocument = new TypedDocumentString(`
    mutation QuestionnairesCancel($id: ID!) {
  cancelSession(id: $id, reason: "patient is away") {
    id
  }
}
    `) as unknown as TypedDocumentString<QuestionnairesCancelMutation, QuestionnairesCancelMutationVariables>;
export const QuestionnairesCheckInDocument = new TypedDocumentString(`
    mutation QuestionnairesCheckIn($id: ID!) {
  checkInSession(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<QuestionnairesCheckInMutation, QuestionnairesCheckInMutationVariables>;
export const QuestionnairesCompleteDocument = new TypedDocumentString(`
    mutation QuestionnairesComplete($id: ID!, $note: TreatmentNoteInput!) {
  completeSession(id: $id, note: $note) {
    id
  }
}
    `) as unknown as TypedDocumentString<QuestionnairesCompleteMutation, QuestionnairesCompleteMutationVariables>;
export const QuestionnairesDischargeDocument = new TypedDocumentString(`
    mutation QuestionnairesDischarge($id: ID!) {
  dischargeEpisode(id: $id, note: "goals met") {
    id
    dischargedAt
  }
}
    `) as unknown as TypedDocumentString<QuestionnairesDischargeMutation, QuestionnairesDischargeMutationVariables>;
export const QuestionnairesAssessmentsDocument = new TypedDocumentString(`
    query QuestionnairesAssessments($patientId: ID!) {
  allAssessments(
    filter: {patientId: $patientId}
    sortField: "instrument"
    sortOrder: "ASC"
  ) {
    instrument
    score
    episodeId
    source
    recordedById
  }
}
    `) as unknown as TypedDocumentString<QuestionnairesAssessmentsQuery, QuestionnairesAssessmentsQueryVariables>;
export const QuestionnairesSettingsDocument = new TypedDocumentString(`
    mutation QuestionnairesSettings($enabled: Boolean, $every: Int, $months: Int, $instruments: [RegionInstrumentsInput!], $licensed: [LicensedItemTextInput!]) {
  updateClinicSettings(
    questionnairesEnabled: $enabled
    questionnaireEverySessions: $every
    questionnaireFollowUpMonths: $months
    questionnaireInstruments: $instruments
    licensedItemText: $licensed
  ) {
    questionnairesEnabled
    questionnaireEverySessions
    questionnaireFollowUpMonths
    questionnaireInstruments {
      region
      instruments
    }
    licensedItemText {
      instrument
      items
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionnairesSettingsMutation, QuestionnairesSettingsMutationVariables>;
export const QuestionnairesStaffListDocument = new TypedDocumentString(`
    query QuestionnairesStaffList($filter: QuestionnaireRequestFilter) {
  allQuestionnaireRequests(filter: $filter, sortField: "sendAt", sortOrder: "ASC") {
    id
    patientId
    occasion
    status
    instruments
    answeredAt
  }
  _allQuestionnaireRequestsMeta(filter: $filter) {
    count
  }
}
    `) as unknown as TypedDocumentString<QuestionnairesStaffListQuery, QuestionnairesStaffListQueryVariables>;
export const RemindersContactDocument = new TypedDocumentString(`
    mutation RemindersContact($id: ID!, $email: String, $emailConsent: Boolean) {
  updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemindersContactMutation, RemindersContactMutationVariables>;
export const RemindersOfSessionDocument = new TypedDocumentString(`
    query RemindersOfSession($sessionId: ID!) {
  allMessages(
    filter: {sessionId: $sessionId}
    perPage: 100
    sortField: "sendAt"
    sortOrder: "ASC"
  ) {
    id
    kind
    channel
    status
    statusReason
    subject
    text
    sendAt
  }
}
    `) as unknown as TypedDocumentString<RemindersOfSessionQuery, RemindersOfSessionQueryVariables>;
export const RemindersRescheduleDocument = new TypedDocumentString(`
    mutation RemindersReschedule($id: ID!, $startsAt: DateTime!) {
  rescheduleSession(id: $id, startsAt: $startsAt) {
    id
    startsAt
  }
}
    `) as unknown as TypedDocumentString<RemindersRescheduleMutation, RemindersRescheduleMutationVariables>;
export const RemindersCancelDocument = new TypedDocumentString(`
    mutation RemindersCancel($id: ID!, $reason: String!) {
  cancelSession(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RemindersCancelMutation, RemindersCancelMutationVariables>;
export const RemindersEffectDocument = new TypedDocumentString(`
    query RemindersEffect($from: DateTime!, $to: DateTime!) {
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
    `) as unknown as TypedDocumentString<RemindersEffectQuery, RemindersEffectQueryVariables>;
export const RemindersSeriesDocument = new TypedDocumentString(`
    mutation RemindersSeries($input: BookSeriesInput!) {
  bookSeries(input: $input) {
    id
    sessions {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RemindersSeriesMutation, RemindersSeriesMutationVariables>;
export const CaptureRateSummaryDocument = new TypedDocumentString(`
    query CaptureRateSummary($filter: ClinicOutcomesFilter) {
  clinicOutcomes(filter: $filter) {
    measures {
      ...CaptureFields
    }
    byTherapist {
      therapistId
      measures {
        ...CaptureFields
      }
    }
    byModality {
      modality
      measures {
        ...CaptureFields
      }
    }
  }
}
    fragment CaptureFields on OutcomeStats {
  instrument
  episodes
  withFollowUp
  captureRate
  requested
  answered
  medianResponseHours
  summary
  caution
}`) as unknown as TypedDocumentString<CaptureRateSummaryQuery, CaptureRateSummaryQueryVariables>;
export const CaptureRatePatientSourcesDocument = new TypedDocumentString(`
    query CaptureRatePatientSources($p: ID!) {
  patientOutcomes(patientId: $p) {
    measures {
      instrument
      baseline {
        source
      }
      latest {
        source
      }
      series {
        source
      }
    }
  }
  allAssessments(filter: {patientId: $p}, sortField: "takenAt", sortOrder: "ASC") {
    instrument
    source
    recordedById
  }
}
    `) as unknown as TypedDocumentString<CaptureRatePatientSourcesQuery, CaptureRatePatientSourcesQueryVariables>;
export const ClinicOutcomesSummaryDocument = new TypedDocumentString(`
    query ClinicOutcomesSummary($filter: ClinicOutcomesFilter) {
  clinicOutcomes(filter: $filter) {
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
    statement
    claim
    reference {
      citation
      finding
      participants
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
}`) as unknown as TypedDocumentString<ClinicOutcomesSummaryQuery, ClinicOutcomesSummaryQueryVariables>;
export const DemoQuestionnaireViewDocument = new TypedDocumentString(`
    query DemoQuestionnaireView($token: String!) {
  questionnaireByLink(token: $token) {
    status
    instruments
    clinicName
  }
}
    `) as unknown as TypedDocumentString<DemoQuestionnaireViewQuery, DemoQuestionnaireViewQueryVariables>;
export const MeasuresClinicOutcomesDocument = new TypedDocumentString(`
    query MeasuresClinicOutcomes($filter: ClinicOutcomesFilter) {
  clinicOutcomes(filter: $filter) {
    measures {
      instrument
      episodes
      withFollowUp
      dropouts
      meanChangePercent
    }
  }
}
    `) as unknown as TypedDocumentString<MeasuresClinicOutcomesQuery, MeasuresClinicOutcomesQueryVariables>;
export const MeasuresPatientOutcomesDocument = new TypedDocumentString(`
    query MeasuresPatientOutcomes($p: ID!) {
  patientOutcomes(patientId: $p) {
    measures {
      instrument
      changePoints
      changePercent
      baseline {
        assessmentId
        score
      }
      latest {
        assessmentId
        score
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeasuresPatientOutcomesQuery, MeasuresPatientOutcomesQueryVariables>;
export const ExactChangePatientDocument = new TypedDocumentString(`
    query ExactChangePatient($p: ID!) {
  patientOutcomes(patientId: $p) {
    measures {
      instrument
      changePercent
      meaningful
      meetsClaim
      baseline {
        score
        normalized
      }
      latest {
        score
        normalized
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExactChangePatientQuery, ExactChangePatientQueryVariables>;
export const ExactChangeClinicDocument = new TypedDocumentString(`
    query ExactChangeClinic($filter: ClinicOutcomesFilter) {
  clinicOutcomes(filter: $filter) {
    measures {
      instrument
      episodes
      withFollowUp
      changeN
      meanChangePercent
      medianChangePercent
      completers {
        meaningfulShare
        claimShare
      }
      intentionToTreat {
        claimShare
      }
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<ExactChangeClinicQuery, ExactChangeClinicQueryVariables>;
export const PatientOutcomesDocument = new TypedDocumentString(`
    query PatientOutcomes($p: ID!, $e: ID) {
  patientOutcomes(patientId: $p, episodeId: $e) {
    patientId
    episode {
      id
      open
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
        assessmentId
        takenAt
        sessionNumber
        score
        normalized
      }
      latest {
        assessmentId
        takenAt
        sessionNumber
        score
        normalized
      }
      series {
        takenAt
        sessionNumber
        score
        normalized
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PatientOutcomesQuery, PatientOutcomesQueryVariables>;
export const PatientOutcomesDischargeDocument = new TypedDocumentString(`
    mutation PatientOutcomesDischarge($id: ID!, $dischargedAt: DateTime) {
  dischargeEpisode(id: $id, dischargedAt: $dischargedAt) {
    id
  }
}
    `) as unknown as TypedDocumentString<PatientOutcomesDischargeMutation, PatientOutcomesDischargeMutationVariables>;
export const PatientSearchCreateDocument = new TypedDocumentString(`
    mutation PatientSearchCreate($firstName: String!, $lastName: String!, $dateOfBirth: String!, $email: String, $phone: String) {
  createPatient(
    firstName: $firstName
    lastName: $lastName
    dateOfBirth: $dateOfBirth
    complaintRegion: LOWER_BACK
    email: $email
    phone: $phone
  ) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PatientSearchCreateMutation, PatientSearchCreateMutationVariables>;
export const PatientSearchFindDocument = new TypedDocumentString(`
    query PatientSearchFind($q: String!, $clearanceStatus: ClearanceStatus) {
  allPatients(
    filter: {q: $q, clearanceStatus: $clearanceStatus}
    sortField: "name"
    sortOrder: "ASC"
    perPage: 50
  ) {
    name
  }
  _allPatientsMeta(filter: {q: $q, clearanceStatus: $clearanceStatus}) {
    count
  }
}
    `) as unknown as TypedDocumentString<PatientSearchFindQuery, PatientSearchFindQueryVariables>;
export const PatientsGetDocument = new TypedDocumentString(`
    query PatientsGet($id: ID!) {
  Patient(id: $id) {
    id
    name
    firstName
    lastName
    dateOfBirth
    complaintRegion
    clearanceStatus
    email
  }
}
    `) as unknown as TypedDocumentString<PatientsGetQuery, PatientsGetQueryVariables>;
export const PatientsListDocument = new TypedDocumentString(`
    query PatientsList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: PatientFilter) {
  allPatients(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    id
    firstName
    lastName
  }
  _allPatientsMeta(filter: $filter) {
    count
  }
}
    `) as unknown as TypedDocumentString<PatientsListQuery, PatientsListQueryVariables>;
export const PatientsUpdateDocument = new TypedDocumentString(`
    mutation PatientsUpdate($id: ID!, $lastName: String, $dateOfBirth: String) {
  updatePatient(id: $id, lastName: $lastName, dateOfBirth: $dateOfBirth) {
    id
    lastName
    dateOfBirth
  }
}
    `) as unknown as TypedDocumentString<PatientsUpdateMutation, PatientsUpdateMutationVariables>;
export const PatientsDeleteDocument = new TypedDocumentString(`
    mutation PatientsDelete($id: ID!) {
  deletePatient(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PatientsDeleteMutation, PatientsDeleteMutationVariables>;
export const PatientsCreateNeckDocument = new TypedDocumentString(`
    mutation PatientsCreateNeck($firstName: String!, $dateOfBirth: String!, $email: String) {
  createPatient(
    firstName: $firstName
    lastName: "L"
    dateOfBirth: $dateOfBirth
    complaintRegion: NECK
    email: $email
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<PatientsCreateNeckMutation, PatientsCreateNeckMutationVariables>;
export const PatientsCreateWithRegionDocument = new TypedDocumentString(`
    mutation PatientsCreateWithRegion($r: ComplaintRegion!) {
  createPatient(
    firstName: "F"
    lastName: "L"
    dateOfBirth: "1980-01-01"
    complaintRegion: $r
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<PatientsCreateWithRegionMutation, PatientsCreateWithRegionMutationVariables>;
export const RaceCheckInDocument = new TypedDocumentString(`
    mutation RaceCheckIn($id: ID!) {
  checkInSession(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RaceCheckInMutation, RaceCheckInMutationVariables>;
export const RaceNoShowDocument = new TypedDocumentString(`
    mutation RaceNoShow($id: ID!) {
  markNoShow(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RaceNoShowMutation, RaceNoShowMutationVariables>;
export const RaceCancelDocument = new TypedDocumentString(`
    mutation RaceCancel($id: ID!) {
  cancelSession(id: $id, reason: "Called in sick") {
    id
    lateCancel
  }
}
    `) as unknown as TypedDocumentString<RaceCancelMutation, RaceCancelMutationVariables>;
export const RaceMoveDocument = new TypedDocumentString(`
    mutation RaceMove($id: ID!, $startsAt: DateTime!) {
  rescheduleSession(id: $id, startsAt: $startsAt) {
    id
    startsAt
  }
}
    `) as unknown as TypedDocumentString<RaceMoveMutation, RaceMoveMutationVariables>;
export const AttendanceCheckInDocument = new TypedDocumentString(`
    mutation AttendanceCheckIn($id: ID!) {
  checkInSession(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AttendanceCheckInMutation, AttendanceCheckInMutationVariables>;
export const AttendanceCompleteDocument = new TypedDocumentString(`
    mutation AttendanceComplete($id: ID!, $note: TreatmentNoteInput!) {
  completeSession(id: $id, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AttendanceCompleteMutation, AttendanceCompleteMutationVariables>;
export const AttendanceNoShowDocument = new TypedDocumentString(`
    mutation AttendanceNoShow($id: ID!) {
  markNoShow(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AttendanceNoShowMutation, AttendanceNoShowMutationVariables>;
export const AttendanceCancelDocument = new TypedDocumentString(`
    mutation AttendanceCancel($id: ID!) {
  cancelSession(id: $id, reason: "Patient has the flu") {
    id
    status
    lateCancel
  }
}
    `) as unknown as TypedDocumentString<AttendanceCancelMutation, AttendanceCancelMutationVariables>;
export const AttendanceRevertDocument = new TypedDocumentString(`
    mutation AttendanceRevert($id: ID!, $reason: String!) {
  revertSessionStatus(id: $id, reason: $reason) {
    id
    status
    noShowAt
    cancelledAt
    cancelReason
    lateCancel
    notes
  }
}
    `) as unknown as TypedDocumentString<AttendanceRevertMutation, AttendanceRevertMutationVariables>;
export const AttendanceWindowDocument = new TypedDocumentString(`
    mutation AttendanceWindow($minutes: Int) {
  updateClinicSettings(checkInWindowMinutes: $minutes) {
    checkInWindowMinutes
  }
}
    `) as unknown as TypedDocumentString<AttendanceWindowMutation, AttendanceWindowMutationVariables>;
export const AvailableSlotsDocument = new TypedDocumentString(`
    query AvailableSlots($t: ID!, $s: ID!, $from: DateTime!, $to: DateTime!, $room: ID, $patient: ID, $exclude: ID) {
  availableSlots(
    therapistId: $t
    serviceTypeId: $s
    from: $from
    to: $to
    roomId: $room
    patientId: $patient
    excludeSessionId: $exclude
  ) {
    startsAt
    endsAt
  }
}
    `) as unknown as TypedDocumentString<AvailableSlotsQuery, AvailableSlotsQueryVariables>;
export const AvailabilityAddTimeOffDocument = new TypedDocumentString(`
    mutation AvailabilityAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!) {
  addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b) {
    id
  }
}
    `) as unknown as TypedDocumentString<AvailabilityAddTimeOffMutation, AvailabilityAddTimeOffMutationVariables>;
export const BookingAnswerDocument = new TypedDocumentString(`
    mutation BookingAnswer($input: BookSessionInput!) {
  bookSession(input: $input) {
    ...BookingAnswerFields
  }
}
    fragment BookingAnswerFields on Session {
  id
  patientId
  therapistId
  serviceTypeId
  roomId
  episodeId
  seriesId
  startsAt
  endsAt
  blockedUntil
  status
  notes
  overrideReason
  cancelReason
  lateCancel
  cancelledAt
  confirmedAt
  checkedInAt
  completedAt
  noShowAt
  createdById
  createdAt
  updatedAt
  precautions {
    key
    advice
  }
  patient {
    id
    name
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
    durationMinutes
    bufferMinutes
  }
  room {
    id
    name
  }
}`) as unknown as TypedDocumentString<BookingAnswerMutation, BookingAnswerMutationVariables>;
export const BookingReadBackDocument = new TypedDocumentString(`
    query BookingReadBack($id: ID!) {
  Session(id: $id) {
    ...BookingAnswerFields
  }
}
    fragment BookingAnswerFields on Session {
  id
  patientId
  therapistId
  serviceTypeId
  roomId
  episodeId
  seriesId
  startsAt
  endsAt
  blockedUntil
  status
  notes
  overrideReason
  cancelReason
  lateCancel
  cancelledAt
  confirmedAt
  checkedInAt
  completedAt
  noShowAt
  createdById
  createdAt
  updatedAt
  precautions {
    key
    advice
  }
  patient {
    id
    name
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
    durationMinutes
    bufferMinutes
  }
  room {
    id
    name
  }
}`) as unknown as TypedDocumentString<BookingReadBackQuery, BookingReadBackQueryVariables>;
export const BookingAddTimeOffDocument = new TypedDocumentString(`
    mutation BookingAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!) {
  addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b, reason: "course") {
    id
  }
}
    `) as unknown as TypedDocumentString<BookingAddTimeOffMutation, BookingAddTimeOffMutationVariables>;
export const BookingAuditDocument = new TypedDocumentString(`
    query BookingAudit($f: AuditEventFilter) {
  allAuditEvents(filter: $f) {
    action
    entity
    entityId
    patientId
    actorId
  }
}
    `) as unknown as TypedDocumentString<BookingAuditQuery, BookingAuditQueryVariables>;
export const BookingDeactivateRoomDocument = new TypedDocumentString(`
    mutation BookingDeactivateRoom($id: ID!) {
  updateRoom(id: $id, active: false) {
    id
  }
}
    `) as unknown as TypedDocumentString<BookingDeactivateRoomMutation, BookingDeactivateRoomMutationVariables>;
export const BookingDeactivateServiceTypeDocument = new TypedDocumentString(`
    mutation BookingDeactivateServiceType($id: ID!) {
  updateServiceType(id: $id, active: false) {
    id
  }
}
    `) as unknown as TypedDocumentString<BookingDeactivateServiceTypeMutation, BookingDeactivateServiceTypeMutationVariables>;
export const BookingDeactivateTherapistDocument = new TypedDocumentString(`
    mutation BookingDeactivateTherapist($id: ID!) {
  updateTherapist(id: $id, active: false) {
    id
  }
}
    `) as unknown as TypedDocumentString<BookingDeactivateTherapistMutation, BookingDeactivateTherapistMutationVariables>;
export const BookingSessionDocument = new TypedDocumentString(`
    query BookingSession($id: ID!) {
  Session(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<BookingSessionQuery, BookingSessionQueryVariables>;
export const BookingCheckInDocument = new TypedDocumentString(`
    mutation BookingCheckIn($id: ID!) {
  checkInSession(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<BookingCheckInMutation, BookingCheckInMutationVariables>;
export const BookingNoShowDocument = new TypedDocumentString(`
    mutation BookingNoShow($id: ID!) {
  markNoShow(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<BookingNoShowMutation, BookingNoShowMutationVariables>;
export const BookingCancelDocument = new TypedDocumentString(`
    mutation BookingCancel($id: ID!) {
  cancelSession(id: $id, reason: "x") {
    id
  }
}
    `) as unknown as TypedDocumentString<BookingCancelMutation, BookingCancelMutationVariables>;
export const BookingRescheduleDocument = new TypedDocumentString(`
    mutation BookingReschedule($id: ID!, $at: DateTime!) {
  rescheduleSession(id: $id, startsAt: $at) {
    id
  }
}
    `) as unknown as TypedDocumentString<BookingRescheduleMutation, BookingRescheduleMutationVariables>;
export const BookingSessionsDocument = new TypedDocumentString(`
    query BookingSessions($f: SessionFilter) {
  allSessions(filter: $f) {
    id
  }
}
    `) as unknown as TypedDocumentString<BookingSessionsQuery, BookingSessionsQueryVariables>;
export const LifecycleCheckInDocument = new TypedDocumentString(`
    mutation LifecycleCheckIn($id: ID!) {
  checkInSession(id: $id) {
    ...SessionFields
  }
}
    fragment SessionFields on Session {
  id
  status
  startsAt
  endsAt
  blockedUntil
  lateCancel
  cancelReason
  overrideReason
  seriesId
  episodeId
  roomId
  patientId
  therapistId
  serviceTypeId
  checkedInAt
  completedAt
  noShowAt
  cancelledAt
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
    durationMinutes
    bufferMinutes
  }
  room {
    id
    name
  }
}`) as unknown as TypedDocumentString<LifecycleCheckInMutation, LifecycleCheckInMutationVariables>;
export const LifecycleCompleteDocument = new TypedDocumentString(`
    mutation LifecycleComplete($id: ID!, $note: TreatmentNoteInput!) {
  completeSession(id: $id, note: $note) {
    ...SessionFields
  }
}
    fragment SessionFields on Session {
  id
  status
  startsAt
  endsAt
  blockedUntil
  lateCancel
  cancelReason
  overrideReason
  seriesId
  episodeId
  roomId
  patientId
  therapistId
  serviceTypeId
  checkedInAt
  completedAt
  noShowAt
  cancelledAt
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
    durationMinutes
    bufferMinutes
  }
  room {
    id
    name
  }
}`) as unknown as TypedDocumentString<LifecycleCompleteMutation, LifecycleCompleteMutationVariables>;
export const LifecycleCancelDocument = new TypedDocumentString(`
    mutation LifecycleCancel($id: ID!) {
  cancelSession(id: $id, reason: "feeling unwell") {
    ...SessionFields
  }
}
    fragment SessionFields on Session {
  id
  status
  startsAt
  endsAt
  blockedUntil
  lateCancel
  cancelReason
  overrideReason
  seriesId
  episodeId
  roomId
  patientId
  therapistId
  serviceTypeId
  checkedInAt
  completedAt
  noShowAt
  cancelledAt
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
    durationMinutes
    bufferMinutes
  }
  room {
    id
    name
  }
}`) as unknown as TypedDocumentString<LifecycleCancelMutation, LifecycleCancelMutationVariables>;
export const LifecycleNoShowDocument = new TypedDocumentString(`
    mutation LifecycleNoShow($id: ID!) {
  markNoShow(id: $id) {
    ...SessionFields
  }
}
    fragment SessionFields on Session {
  id
  status
  startsAt
  endsAt
  blockedUntil
  lateCancel
  cancelReason
  overrideReason
  seriesId
  episodeId
  roomId
  patientId
  therapistId
  serviceTypeId
  checkedInAt
  completedAt
  noShowAt
  cancelledAt
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
    durationMinutes
    bufferMinutes
  }
  room {
    id
    name
  }
}`) as unknown as TypedDocumentString<LifecycleNoShowMutation, LifecycleNoShowMutationVariables>;
export const LifecycleRescheduleDocument = new TypedDocumentString(`
    mutation LifecycleReschedule($id: ID!, $startsAt: DateTime!, $roomId: ID) {
  rescheduleSession(id: $id, startsAt: $startsAt, roomId: $roomId) {
    ...SessionFields
  }
}
    fragment SessionFields on Session {
  id
  status
  startsAt
  endsAt
  blockedUntil
  lateCancel
  cancelReason
  overrideReason
  seriesId
  episodeId
  roomId
  patientId
  therapistId
  serviceTypeId
  checkedInAt
  completedAt
  noShowAt
  cancelledAt
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
    durationMinutes
    bufferMinutes
  }
  room {
    id
    name
  }
}`) as unknown as TypedDocumentString<LifecycleRescheduleMutation, LifecycleRescheduleMutationVariables>;
export const LifecycleSessionStatusDocument = new TypedDocumentString(`
    query LifecycleSessionStatus($id: ID!) {
  Session(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<LifecycleSessionStatusQuery, LifecycleSessionStatusQueryVariables>;
export const RescheduleMoveDocument = new TypedDocumentString(`
    mutation RescheduleMove($id: ID!, $startsAt: DateTime!, $therapistId: ID, $scope: RescheduleScope) {
  rescheduleSession(
    id: $id
    startsAt: $startsAt
    therapistId: $therapistId
    scope: $scope
  ) {
    id
    startsAt
    endsAt
    status
    therapistId
    therapist {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<RescheduleMoveMutation, RescheduleMoveMutationVariables>;
export const RescheduleContactDocument = new TypedDocumentString(`
    mutation RescheduleContact($id: ID!, $email: String, $emailConsent: Boolean) {
  updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {
    id
  }
}
    `) as unknown as TypedDocumentString<RescheduleContactMutation, RescheduleContactMutationVariables>;
export const RescheduleSessionsDocument = new TypedDocumentString(`
    query RescheduleSessions($ids: [ID!]) {
  allSessions(
    filter: {ids: $ids}
    perPage: 100
    sortField: "startsAt"
    sortOrder: "ASC"
  ) {
    id
    startsAt
    therapistId
    status
  }
}
    `) as unknown as TypedDocumentString<RescheduleSessionsQuery, RescheduleSessionsQueryVariables>;
export const RescheduleSlotsDocument = new TypedDocumentString(`
    query RescheduleSlots($therapistId: ID!, $serviceTypeId: ID!, $from: DateTime!, $to: DateTime!, $excludeSessionId: ID) {
  availableSlots(
    therapistId: $therapistId
    serviceTypeId: $serviceTypeId
    from: $from
    to: $to
    excludeSessionId: $excludeSessionId
  ) {
    startsAt
  }
}
    `) as unknown as TypedDocumentString<RescheduleSlotsQuery, RescheduleSlotsQueryVariables>;
export const ResourcesTherapistDocument = new TypedDocumentString(`
    query ResourcesTherapist($id: ID!) {
  Therapist(id: $id) {
    id
    displayName
    credentials
    modalities
    active
    workingHours {
      weekday
      start
      end
    }
    timeOff {
      id
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesTherapistQuery, ResourcesTherapistQueryVariables>;
export const ResourcesClinicSettingsDocument = new TypedDocumentString(`
    query ResourcesClinicSettings {
  clinicSettings {
    name
    timezone
    slotStepMinutes
    minimumNoticeMinutes
    lateCancelWindowHours
  }
}
    `) as unknown as TypedDocumentString<ResourcesClinicSettingsQuery, ResourcesClinicSettingsQueryVariables>;
export const ResourcesUpdateClinicSettingsDocument = new TypedDocumentString(`
    mutation ResourcesUpdateClinicSettings($tz: String, $step: Int) {
  updateClinicSettings(timezone: $tz, slotStepMinutes: $step) {
    timezone
    slotStepMinutes
  }
}
    `) as unknown as TypedDocumentString<ResourcesUpdateClinicSettingsMutation, ResourcesUpdateClinicSettingsMutationVariables>;
export const ResourcesTherapistsDocument = new TypedDocumentString(`
    query ResourcesTherapists($f: TherapistFilter) {
  allTherapists(filter: $f, sortField: "displayName") {
    id
    workingHours {
      weekday
    }
  }
  _allTherapistsMeta(filter: $f) {
    count
  }
}
    `) as unknown as TypedDocumentString<ResourcesTherapistsQuery, ResourcesTherapistsQueryVariables>;
export const ResourcesUpdateTherapistDocument = new TypedDocumentString(`
    mutation ResourcesUpdateTherapist($id: ID!, $displayName: String, $modalities: [Modality!], $active: Boolean) {
  updateTherapist(
    id: $id
    displayName: $displayName
    modalities: $modalities
    active: $active
  ) {
    id
    displayName
    modalities
    active
  }
}
    `) as unknown as TypedDocumentString<ResourcesUpdateTherapistMutation, ResourcesUpdateTherapistMutationVariables>;
export const ResourcesHotStoneTherapistsDocument = new TypedDocumentString(`
    query ResourcesHotStoneTherapists {
  allTherapists(filter: {modality: HOT_STONE}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResourcesHotStoneTherapistsQuery, ResourcesHotStoneTherapistsQueryVariables>;
export const ResourcesAddTimeOffDocument = new TypedDocumentString(`
    mutation ResourcesAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!, $r: String) {
  addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b, reason: $r) {
    id
    therapistId
    reason
  }
}
    `) as unknown as TypedDocumentString<ResourcesAddTimeOffMutation, ResourcesAddTimeOffMutationVariables>;
export const ResourcesRemoveTimeOffDocument = new TypedDocumentString(`
    mutation ResourcesRemoveTimeOff($id: ID!) {
  removeTimeOff(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResourcesRemoveTimeOffMutation, ResourcesRemoveTimeOffMutationVariables>;
export const ResourcesCreateRoomDocument = new TypedDocumentString(`
    mutation ResourcesCreateRoom($name: String!) {
  createRoom(name: $name) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResourcesCreateRoomMutation, ResourcesCreateRoomMutationVariables>;
export const ResourcesGardenRoomsDocument = new TypedDocumentString(`
    query ResourcesGardenRooms {
  allRooms(filter: {q: "garden"}) {
    id
    name
    active
  }
  _allRoomsMeta(filter: {q: "garden"}) {
    count
  }
}
    `) as unknown as TypedDocumentString<ResourcesGardenRoomsQuery, ResourcesGardenRoomsQueryVariables>;
export const ResourcesTinyServiceDocument = new TypedDocumentString(`
    mutation ResourcesTinyService {
  createServiceType(name: "Tiny", modality: SWEDISH, durationMinutes: 3) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResourcesTinyServiceMutation, ResourcesTinyServiceMutationVariables>;
export const ResourcesDeleteServiceTypeDocument = new TypedDocumentString(`
    mutation ResourcesDeleteServiceType($id: ID!) {
  deleteServiceType(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResourcesDeleteServiceTypeMutation, ResourcesDeleteServiceTypeMutationVariables>;
export const ResourcesDeleteRoomDocument = new TypedDocumentString(`
    mutation ResourcesDeleteRoom($id: ID!) {
  deleteRoom(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResourcesDeleteRoomMutation, ResourcesDeleteRoomMutationVariables>;
export const ResourcesServiceTypeDocument = new TypedDocumentString(`
    query ResourcesServiceType($id: ID!) {
  ServiceType(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResourcesServiceTypeQuery, ResourcesServiceTypeQueryVariables>;
export const ResourcesCancelSessionDocument = new TypedDocumentString(`
    mutation ResourcesCancelSession($id: ID!) {
  cancelSession(id: $id, reason: "x") {
    id
  }
}
    `) as unknown as TypedDocumentString<ResourcesCancelSessionMutation, ResourcesCancelSessionMutationVariables>;
export const ResourcesSessionListDocument = new TypedDocumentString(`
    query ResourcesSessionList($f: SessionFilter, $sortOrder: String) {
  allSessions(filter: $f, sortField: "startsAt", sortOrder: $sortOrder) {
    id
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
    }
    room {
      id
    }
  }
  _allSessionsMeta(filter: $f) {
    count
  }
}
    `) as unknown as TypedDocumentString<ResourcesSessionListQuery, ResourcesSessionListQueryVariables>;
export const SeriesCancelDocument = new TypedDocumentString(`
    mutation SeriesCancel($id: ID!, $scope: CancelScope) {
  cancelSession(id: $id, reason: "moving away", scope: $scope) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SeriesCancelMutation, SeriesCancelMutationVariables>;
export const SeriesGetDocument = new TypedDocumentString(`
    query SeriesGet($id: ID!) {
  SessionSeries(id: $id) {
    id
    sessions {
      id
      status
      startsAt
    }
  }
}
    `) as unknown as TypedDocumentString<SeriesGetQuery, SeriesGetQueryVariables>;
export const StaffAccountsInviteDocument = new TypedDocumentString(`
    mutation StaffAccountsInvite($input: InviteStaffInput!) {
  inviteStaff(input: $input) {
    id
    email
    name
    role
    status
    active
    invitedAt
    inviteAcceptedAt
  }
}
    `) as unknown as TypedDocumentString<StaffAccountsInviteMutation, StaffAccountsInviteMutationVariables>;
export const StaffAccountsResendDocument = new TypedDocumentString(`
    mutation StaffAccountsResend($userId: ID!) {
  resendStaffInvite(userId: $userId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StaffAccountsResendMutation, StaffAccountsResendMutationVariables>;
export const StaffAccountsViewDocument = new TypedDocumentString(`
    query StaffAccountsView($token: String!) {
  staffInvite(token: $token) {
    clinicName
    name
    email
    role
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<StaffAccountsViewQuery, StaffAccountsViewQueryVariables>;
export const StaffAccountsAcceptDocument = new TypedDocumentString(`
    mutation StaffAccountsAccept($token: String!, $password: String!) {
  acceptStaffInvite(token: $token, password: $password) {
    clinicName
    name
    email
  }
}
    `) as unknown as TypedDocumentString<StaffAccountsAcceptMutation, StaffAccountsAcceptMutationVariables>;
export const StaffAccountsLoginDocument = new TypedDocumentString(`
    mutation StaffAccountsLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
    user {
      id
      role
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StaffAccountsLoginMutation, StaffAccountsLoginMutationVariables>;
export const StaffAccountsMeDocument = new TypedDocumentString(`
    query StaffAccountsMe {
  me {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StaffAccountsMeQuery, StaffAccountsMeQueryVariables>;
export const StaffAccountsChangePasswordDocument = new TypedDocumentString(`
    mutation StaffAccountsChangePassword($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next) {
    token
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StaffAccountsChangePasswordMutation, StaffAccountsChangePasswordMutationVariables>;
export const StaffAccountsDeactivateDocument = new TypedDocumentString(`
    mutation StaffAccountsDeactivate($id: ID!, $active: Boolean) {
  updateUser(id: $id, active: $active) {
    id
    active
    status
  }
}
    `) as unknown as TypedDocumentString<StaffAccountsDeactivateMutation, StaffAccountsDeactivateMutationVariables>;
export const StaffAccountsUsersDocument = new TypedDocumentString(`
    query StaffAccountsUsers($filter: UserFilter) {
  allUsers(filter: $filter) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StaffAccountsUsersQuery, StaffAccountsUsersQueryVariables>;
export const StaffAccountsMessagesDocument = new TypedDocumentString(`
    query StaffAccountsMessages($filter: MessageFilter) {
  allMessages(filter: $filter, perPage: 100) {
    id
    patientId
    userId
    staffName
    kind
    channel
    to
    subject
    text
    status
    statusReason
  }
}
    `) as unknown as TypedDocumentString<StaffAccountsMessagesQuery, StaffAccountsMessagesQueryVariables>;
export const StaffAccountsPatientLinkDocument = new TypedDocumentString(`
    query StaffAccountsPatientLink($token: String!) {
  patientLink(token: $token) {
    purpose
  }
}
    `) as unknown as TypedDocumentString<StaffAccountsPatientLinkQuery, StaffAccountsPatientLinkQueryVariables>;
export const BenchClinicOutcomesDocument = new TypedDocumentString(`
    query BenchClinicOutcomes($filter: ClinicOutcomesFilter) {
  clinicOutcomes(filter: $filter) {
    measures {
      instrument
      episodes
      withFollowUp
      meanChangePercent
      medianChangePercent
      ci95Low
      ci95High
    }
    byTherapist {
      therapistId
      measures {
        instrument
        episodes
      }
    }
    byModality {
      modality
      measures {
        instrument
        episodes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BenchClinicOutcomesQuery, BenchClinicOutcomesQueryVariables>;
export const RecordAssessmentDocument = new TypedDocumentString(`
    mutation RecordAssessment($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) {
    id
    rootId
    version
    isLatest
    instrument
    responses
    activities
    score
    normalized
    band
    domain
    episodeId
    sessionId
    takenAt
    amendReason
  }
}
    `) as unknown as TypedDocumentString<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const AmendAssessmentDocument = new TypedDocumentString(`
    mutation AmendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {
  amendAssessment(
    id: $id
    responses: $responses
    reason: $reason
    activities: $activities
  ) {
    id
    rootId
    version
    isLatest
    responses
    activities
    score
    normalized
    amendReason
  }
}
    `) as unknown as TypedDocumentString<AmendAssessmentMutation, AmendAssessmentMutationVariables>;
export const OpenEpisodeDocument = new TypedDocumentString(`
    mutation OpenEpisode($input: OpenEpisodeInput!) {
  openEpisode(input: $input) {
    id
    patientId
    region
    chronicity
    goal
    startedAt
    dischargedAt
    open
  }
}
    `) as unknown as TypedDocumentString<OpenEpisodeMutation, OpenEpisodeMutationVariables>;
export const FactorySignUpDocument = new TypedDocumentString(`
    mutation FactorySignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      id
      email
      role
      clinicId
    }
  }
}
    `) as unknown as TypedDocumentString<FactorySignUpMutation, FactorySignUpMutationVariables>;
export const FactoryCreateStaffDocument = new TypedDocumentString(`
    mutation FactoryCreateStaff($input: CreateStaffInput!) {
  createStaff(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateStaffMutation, FactoryCreateStaffMutationVariables>;
export const FactoryLoginDocument = new TypedDocumentString(`
    mutation FactoryLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<FactoryLoginMutation, FactoryLoginMutationVariables>;
export const FactoryCreatePatientDocument = new TypedDocumentString(`
    mutation FactoryCreatePatient($firstName: String!, $lastName: String!, $dateOfBirth: String!, $complaintRegion: ComplaintRegion!, $email: String) {
  createPatient(
    firstName: $firstName
    lastName: $lastName
    dateOfBirth: $dateOfBirth
    complaintRegion: $complaintRegion
    email: $email
  ) {
    id
    firstName
    lastName
  }
}
    `) as unknown as TypedDocumentString<FactoryCreatePatientMutation, FactoryCreatePatientMutationVariables>;
export const BookSessionDocument = new TypedDocumentString(`
    mutation BookSession($input: BookSessionInput!) {
  bookSession(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on Session {
  id
  status
  startsAt
  endsAt
  blockedUntil
  lateCancel
  cancelReason
  overrideReason
  seriesId
  episodeId
  roomId
  patientId
  therapistId
  serviceTypeId
  checkedInAt
  completedAt
  noShowAt
  cancelledAt
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
    durationMinutes
    bufferMinutes
  }
  room {
    id
    name
  }
}`) as unknown as TypedDocumentString<BookSessionMutation, BookSessionMutationVariables>;
export const BookSeriesDocument = new TypedDocumentString(`
    mutation BookSeries($input: BookSeriesInput!) {
  bookSeries(input: $input) {
    id
    frequency
    interval
    count
    sessions {
      ...SessionFields
    }
  }
}
    fragment SessionFields on Session {
  id
  status
  startsAt
  endsAt
  blockedUntil
  lateCancel
  cancelReason
  overrideReason
  seriesId
  episodeId
  roomId
  patientId
  therapistId
  serviceTypeId
  checkedInAt
  completedAt
  noShowAt
  cancelledAt
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
    durationMinutes
    bufferMinutes
  }
  room {
    id
    name
  }
}`) as unknown as TypedDocumentString<BookSeriesMutation, BookSeriesMutationVariables>;
export const FactoryUpdateClinicSettingsDocument = new TypedDocumentString(`
    mutation FactoryUpdateClinicSettings($name: String, $timezone: String, $slotStepMinutes: Int, $minimumNoticeMinutes: Int, $lateCancelWindowHours: Int, $address: String, $reminderOffsetsHours: [Int!], $reminderChannels: [MessageChannel!], $quietHoursStart: String, $quietHoursEnd: String, $questionnairesEnabled: Boolean) {
  updateClinicSettings(
    name: $name
    timezone: $timezone
    slotStepMinutes: $slotStepMinutes
    minimumNoticeMinutes: $minimumNoticeMinutes
    lateCancelWindowHours: $lateCancelWindowHours
    address: $address
    reminderOffsetsHours: $reminderOffsetsHours
    reminderChannels: $reminderChannels
    quietHoursStart: $quietHoursStart
    quietHoursEnd: $quietHoursEnd
    questionnairesEnabled: $questionnairesEnabled
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<FactoryUpdateClinicSettingsMutation, FactoryUpdateClinicSettingsMutationVariables>;
export const SetWorkingHoursDocument = new TypedDocumentString(`
    mutation SetWorkingHours($therapistId: ID!, $hours: [WorkingBlockInput!]!) {
  setWorkingHours(therapistId: $therapistId, hours: $hours) {
    id
    workingHours {
      weekday
      start
      end
    }
  }
}
    `) as unknown as TypedDocumentString<SetWorkingHoursMutation, SetWorkingHoursMutationVariables>;
export const FactoryTherapistOfUserDocument = new TypedDocumentString(`
    query FactoryTherapistOfUser($userId: ID) {
  allTherapists(filter: {userId: $userId}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FactoryTherapistOfUserQuery, FactoryTherapistOfUserQueryVariables>;
export const FactoryCreateRoomDocument = new TypedDocumentString(`
    mutation FactoryCreateRoom($name: String!) {
  createRoom(name: $name) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateRoomMutation, FactoryCreateRoomMutationVariables>;
export const FactoryCreateServiceTypeDocument = new TypedDocumentString(`
    mutation FactoryCreateServiceType($name: String!, $modality: Modality!, $durationMinutes: Int!, $bufferMinutes: Int) {
  createServiceType(
    name: $name
    modality: $modality
    durationMinutes: $durationMinutes
    bufferMinutes: $bufferMinutes
  ) {
    id
    durationMinutes
    bufferMinutes
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateServiceTypeMutation, FactoryCreateServiceTypeMutationVariables>;
export const FactoryCountSessionsDocument = new TypedDocumentString(`
    query FactoryCountSessions($filter: SessionFilter) {
  _allSessionsMeta(filter: $filter) {
    count
  }
}
    `) as unknown as TypedDocumentString<FactoryCountSessionsQuery, FactoryCountSessionsQueryVariables>;