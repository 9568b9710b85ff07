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

/** Whether a staff account can sign in, or waits for its invitation */
export type StaffStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'INVITED';

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

export type WaitlistOfferStatus =
  | 'CLAIMED'
  | 'EXPIRED'
  | 'OPEN'
  | 'TAKEN';

export type WaitlistStatus =
  | 'BOOKED'
  | 'WAITING';

export type WorkingBlockInput = {
  /** "HH:MM"; "24:00" for midnight; at or before start crosses midnight */
  end: string;
  /** "HH:MM" */
  start: string;
  /** ISO weekday: 1 = Monday .. 7 = Sunday */
  weekday: number;
};

export type AuditEventsCsvQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditEventsCsvQuery = { auditEventsCsv: string };

export type EpisodeFieldsFragment = { id: string, patientId: string, region: ComplaintRegion, chronicity: Chronicity, goal: string, startedAt: string, dischargedAt: string | null, dischargeNote: string | null, open: boolean };

export type AssessmentFieldsFragment = { id: string, rootId: string, version: number, isLatest: boolean, instrument: Instrument, domain: OutcomeDomain, responses: Array<number | null>, activities: Array<string>, score: number, normalized: number, band: OdiBand | null, takenAt: string, createdAt: string, amendReason: string | null, episodeId: string, sessionId: string | null, recordedById: string | null, source: AssessmentSource };

export type ClinicalLicensedItemTextQueryVariables = Exact<{ [key: string]: never; }>;


export type ClinicalLicensedItemTextQuery = { clinicSettings: { id: string, licensedItemText: Array<{ instrument: Instrument, items: Array<string> }> } };

export type ScreeningRecordQueryVariables = Exact<{
  patientId: string | number;
}>;


export type ScreeningRecordQuery = { screenings: Array<{ id: string, contraindications: Array<string>, formVersion: number, notes: string, recordedAt: string, answers: Array<{ key: string, kind: ScreeningKind, label: string, yes: boolean, advice: string | null }> }>, clearances: Array<{ id: string, clearedAt: string, clinician: string, note: string }> };

export type RecordScreeningMutationVariables = Exact<{
  input: RecordScreeningInput;
}>;


export type RecordScreeningMutation = { recordScreening: { id: string, contraindications: Array<string>, patientClearanceStatus: ClearanceStatus } };

export type RecordClearanceMutationVariables = Exact<{
  input: RecordClearanceInput;
}>;


export type RecordClearanceMutation = { recordClearance: { id: string } };

export type EpisodesQueryVariables = Exact<{
  filter?: EpisodeFilter | null | undefined;
}>;


export type EpisodesQuery = { allEpisodes: Array<{ id: string, patientId: string, region: ComplaintRegion, chronicity: Chronicity, goal: string, startedAt: string, dischargedAt: string | null, dischargeNote: string | null, open: boolean }> };

export type OpenEpisodeMutationVariables = Exact<{
  input: OpenEpisodeInput;
}>;


export type OpenEpisodeMutation = { openEpisode: { id: string, patientId: string, region: ComplaintRegion, chronicity: Chronicity, goal: string, startedAt: string, dischargedAt: string | null, dischargeNote: string | null, open: boolean } };

export type DischargeEpisodeMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type DischargeEpisodeMutation = { dischargeEpisode: { id: string, patientId: string, region: ComplaintRegion, chronicity: Chronicity, goal: string, startedAt: string, dischargedAt: string | null, dischargeNote: string | null, open: boolean } };

export type PatientSessionsQueryVariables = Exact<{
  patientId: string | number;
  filter?: SessionFilter | null | undefined;
}>;


export type PatientSessionsQuery = { allSessions: Array<{ id: string, startsAt: string, endsAt: string, status: SessionStatus, lateCancel: boolean, cancelReason: string | null, episodeId: string | null, therapist: { id: string, userId: string, displayName: string }, serviceType: { id: string, name: string, modality: Modality } }>, treatmentNotes: Array<{ id: string, rootId: string, version: number, isLatest: boolean, sessionId: string, subjective: string, objective: string, techniques: Array<Modality>, regions: Array<ComplaintRegion>, pressure: Pressure, patientResponse: string, plan: string, nextStep: string, amendReason: string | null, createdAt: string, authorId: string, author: { id: string, name: string, role: Role } | null }> };

export type AssessmentsQueryVariables = Exact<{
  filter?: AssessmentFilter | null | undefined;
}>;


export type AssessmentsQuery = { allAssessments: Array<{ id: string, rootId: string, version: number, isLatest: boolean, instrument: Instrument, domain: OutcomeDomain, responses: Array<number | null>, activities: Array<string>, score: number, normalized: number, band: OdiBand | null, takenAt: string, createdAt: string, amendReason: string | null, episodeId: string, sessionId: string | null, recordedById: string | null, source: AssessmentSource }> };

export type AssessmentHistoryQueryVariables = Exact<{
  rootId: string | number;
}>;


export type AssessmentHistoryQuery = { assessmentHistory: Array<{ id: string, rootId: string, version: number, isLatest: boolean, instrument: Instrument, domain: OutcomeDomain, responses: Array<number | null>, activities: Array<string>, score: number, normalized: number, band: OdiBand | null, takenAt: string, createdAt: string, amendReason: string | null, episodeId: string, sessionId: string | null, recordedById: string | null, source: AssessmentSource, recordedBy: { id: string, name: string, role: Role } | null }> };

export type RecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type RecordAssessmentMutation = { recordAssessment: { id: string, rootId: string, version: number, isLatest: boolean, instrument: Instrument, domain: OutcomeDomain, responses: Array<number | null>, activities: Array<string>, score: number, normalized: number, band: OdiBand | null, takenAt: string, createdAt: string, amendReason: string | null, episodeId: string, sessionId: string | null, recordedById: string | null, source: AssessmentSource } };

export type AmendAssessmentMutationVariables = Exact<{
  id: string | number;
  responses: Array<number | null | undefined> | number;
  reason: string;
  activities?: Array<string> | string | null | undefined;
}>;


export type AmendAssessmentMutation = { amendAssessment: { id: string, rootId: string, version: number, isLatest: boolean, instrument: Instrument, domain: OutcomeDomain, responses: Array<number | null>, activities: Array<string>, score: number, normalized: number, band: OdiBand | null, takenAt: string, createdAt: string, amendReason: string | null, episodeId: string, sessionId: string | null, recordedById: string | null, source: AssessmentSource } };

export type NoteFieldsFragment = { id: string, rootId: string, version: number, isLatest: boolean, sessionId: string, subjective: string, objective: string, techniques: Array<Modality>, regions: Array<ComplaintRegion>, pressure: Pressure, patientResponse: string, plan: string, nextStep: string, amendReason: string | null, createdAt: string, authorId: string, author: { id: string, name: string, role: Role } | null };

export type NotesOfSessionQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type NotesOfSessionQuery = { treatmentNote: { id: string, rootId: string, version: number, isLatest: boolean, sessionId: string, subjective: string, objective: string, techniques: Array<Modality>, regions: Array<ComplaintRegion>, pressure: Pressure, patientResponse: string, plan: string, nextStep: string, amendReason: string | null, createdAt: string, authorId: string, author: { id: string, name: string, role: Role } | null } | null };

export type NotesHistoryQueryVariables = Exact<{
  rootId: string | number;
}>;


export type NotesHistoryQuery = { treatmentNoteHistory: Array<{ id: string, rootId: string, version: number, isLatest: boolean, sessionId: string, subjective: string, objective: string, techniques: Array<Modality>, regions: Array<ComplaintRegion>, pressure: Pressure, patientResponse: string, plan: string, nextStep: string, amendReason: string | null, createdAt: string, authorId: string, author: { id: string, name: string, role: Role } | null }> };

export type NotesAmendMutationVariables = Exact<{
  id: string | number;
  input: TreatmentNoteInput;
  reason: string;
}>;


export type NotesAmendMutation = { amendTreatmentNote: { id: string, rootId: string, version: number, isLatest: boolean, sessionId: string, subjective: string, objective: string, techniques: Array<Modality>, regions: Array<ComplaintRegion>, pressure: Pressure, patientResponse: string, plan: string, nextStep: string, amendReason: string | null, createdAt: string, authorId: string, author: { id: string, name: string, role: Role } | null } };

export type DashboardWeekStatisticsQueryVariables = Exact<{
  day?: string | null | undefined;
}>;


export type DashboardWeekStatisticsQuery = { clinicSettings: { id: string, timezone: string }, weekStatistics: { weekOf: string, sessions: number, begun: number, completed: number, toRecord: number, upcoming: number, cancellations: number, lateCancellations: number, noShows: number, noShowRate: number | null, bookedMinutes: number, availableMinutes: number, utilization: number | null, confirmation: { confirmed: number, of: number, share: number | null }, byTherapist: Array<{ therapistId: string, name: string, sessions: number, bookedMinutes: number, availableMinutes: number, utilization: number | null }> } };

export type DashboardReminderEffectQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DashboardReminderEffectQuery = { reminderEffect: { confirmed: { count: number, n: number, rate: number | null }, noShowsReminded: { count: number, n: number, rate: number | null }, noShowsNotReminded: { count: number, n: number, rate: number | null } } };

export type MessageRecordFragment = { id: string, patientId: string | null, sessionId: string | null, kind: MessageKind, channel: MessageChannel, to: string, subject: string, text: string, sendAt: string, sentAt: string | null, status: MessageStatus, statusReason: string | null, providerResult: string | null, attempts: number, createdAt: string };

export type MessageRecipientFieldsFragment = { userId: string | null, staffName: string | null };

export type PatientOutcomesQueryVariables = Exact<{
  patientId: string | number;
  episodeId?: string | number | null | undefined;
}>;


export type PatientOutcomesQuery = { patientOutcomes: { patientId: string, episode: { id: string, startedAt: string, open: boolean, goal: string, dischargedAt: string | null } | null, measures: Array<{ instrument: Instrument, domain: OutcomeDomain, hasFollowUp: boolean, changePoints: number | null, changePercent: number | null, meaningful: boolean | null, meetsClaim: boolean | null, claimTarget: number, meaningfulTarget: number, baseline: { assessmentId: string, takenAt: string, sessionNumber: number, score: number, normalized: number, source: AssessmentSource }, latest: { assessmentId: string, takenAt: string, sessionNumber: number, score: number, normalized: number, source: AssessmentSource }, series: Array<{ assessmentId: string, takenAt: string, sessionNumber: number, score: number, normalized: number, source: AssessmentSource }> }> } };

export type OutcomePointFieldsFragment = { assessmentId: string, takenAt: string, sessionNumber: number, score: number, normalized: number, source: AssessmentSource };

export type ClinicOutcomesQueryVariables = Exact<{
  filter?: ClinicOutcomesFilter | null | undefined;
}>;


export type ClinicOutcomesQuery = { clinicOutcomes: { claim: string, statement: string, reference: { citation: string, title: string, design: string, participants: number, sessions: string, finding: string }, measures: Array<{ instrument: Instrument, episodes: number, withFollowUp: number, dropouts: number, captureRate: number | null, changeN: number, meanChangePercent: number | null, medianChangePercent: number | null, ci95Low: number | null, ci95High: number | null, requested: number, answered: number, medianResponseHours: number | null, summary: string, caution: string | null, completers: { meaningfulShare: number | null, claimShare: number | null }, intentionToTreat: { meaningfulShare: number | null, claimShare: number | null } }>, byTherapist: Array<{ therapistId: string, therapistName: string, measures: Array<{ instrument: Instrument, episodes: number, withFollowUp: number, dropouts: number, captureRate: number | null, changeN: number, meanChangePercent: number | null, medianChangePercent: number | null, ci95Low: number | null, ci95High: number | null, requested: number, answered: number, medianResponseHours: number | null, summary: string, caution: string | null, completers: { meaningfulShare: number | null, claimShare: number | null }, intentionToTreat: { meaningfulShare: number | null, claimShare: number | null } }> }>, byModality: Array<{ modality: Modality, measures: Array<{ instrument: Instrument, episodes: number, withFollowUp: number, dropouts: number, captureRate: number | null, changeN: number, meanChangePercent: number | null, medianChangePercent: number | null, ci95Low: number | null, ci95High: number | null, requested: number, answered: number, medianResponseHours: number | null, summary: string, caution: string | null, completers: { meaningfulShare: number | null, claimShare: number | null }, intentionToTreat: { meaningfulShare: number | null, claimShare: number | null } }> }> } };

export type OutcomeStatsFieldsFragment = { instrument: Instrument, episodes: number, withFollowUp: number, dropouts: number, captureRate: number | null, changeN: number, meanChangePercent: number | null, medianChangePercent: number | null, ci95Low: number | null, ci95High: number | null, requested: number, answered: number, medianResponseHours: number | null, summary: string, caution: string | null, completers: { meaningfulShare: number | null, claimShare: number | null }, intentionToTreat: { meaningfulShare: number | null, claimShare: number | null } };

export type TherapistChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type TherapistChoicesQuery = { allTherapists: Array<{ id: string, displayName: string }> };

export type PatientLinkViewFieldsFragment = { purpose: PatientLinkPurpose, clinicName: string, clinicAddress: string, timezone: string, startsAt: string, endsAt: string, therapistName: string, serviceName: string, sessionStatus: SessionStatus | null, confirmedAt: string | null, lateCancel: boolean, offerStatus: WaitlistOfferStatus | null, lateCancelWindowHours: number, cancelWouldBeLate: boolean, usedAt: string | null };

export type PatientLinkQueryVariables = Exact<{
  token: string;
}>;


export type PatientLinkQuery = { patientLink: { purpose: PatientLinkPurpose, clinicName: string, clinicAddress: string, timezone: string, startsAt: string, endsAt: string, therapistName: string, serviceName: string, sessionStatus: SessionStatus | null, confirmedAt: string | null, lateCancel: boolean, offerStatus: WaitlistOfferStatus | null, lateCancelWindowHours: number, cancelWouldBeLate: boolean, usedAt: string | null } };

export type PatientConfirmSessionMutationVariables = Exact<{
  token: string;
}>;


export type PatientConfirmSessionMutation = { confirmSessionByLink: { purpose: PatientLinkPurpose, clinicName: string, clinicAddress: string, timezone: string, startsAt: string, endsAt: string, therapistName: string, serviceName: string, sessionStatus: SessionStatus | null, confirmedAt: string | null, lateCancel: boolean, offerStatus: WaitlistOfferStatus | null, lateCancelWindowHours: number, cancelWouldBeLate: boolean, usedAt: string | null } };

export type PatientCancelSessionMutationVariables = Exact<{
  token: string;
  reason?: string | null | undefined;
}>;


export type PatientCancelSessionMutation = { cancelSessionByLink: { purpose: PatientLinkPurpose, clinicName: string, clinicAddress: string, timezone: string, startsAt: string, endsAt: string, therapistName: string, serviceName: string, sessionStatus: SessionStatus | null, confirmedAt: string | null, lateCancel: boolean, offerStatus: WaitlistOfferStatus | null, lateCancelWindowHours: number, cancelWouldBeLate: boolean, usedAt: string | null } };

export type PatientClaimOfferMutationVariables = Exact<{
  token: string;
}>;


export type PatientClaimOfferMutation = { claimWaitlistOffer: { purpose: PatientLinkPurpose, clinicName: string, clinicAddress: string, timezone: string, startsAt: string, endsAt: string, therapistName: string, serviceName: string, sessionStatus: SessionStatus | null, confirmedAt: string | null, lateCancel: boolean, offerStatus: WaitlistOfferStatus | null, lateCancelWindowHours: number, cancelWouldBeLate: boolean, usedAt: string | null } };

export type PatientOptOutMutationVariables = Exact<{
  token: string;
}>;


export type PatientOptOutMutation = { optOutByLink: { channel: MessageChannel } };

export type PatientQuestionnaireFieldsFragment = { clinicName: string, timezone: string, occasion: QuestionnaireOccasion, status: QuestionnaireStatus, instruments: Array<Instrument>, expiresAt: string, answeredAt: string | null, licensedItemText: Array<{ instrument: Instrument, items: Array<string> }> };

export type PatientQuestionnaireByLinkQueryVariables = Exact<{
  token: string;
}>;


export type PatientQuestionnaireByLinkQuery = { questionnaireByLink: { clinicName: string, timezone: string, occasion: QuestionnaireOccasion, status: QuestionnaireStatus, instruments: Array<Instrument>, expiresAt: string, answeredAt: string | null, licensedItemText: Array<{ instrument: Instrument, items: Array<string> }> } };

export type PatientQuestionnaireSubmitMutationVariables = Exact<{
  token: string;
  responses: Array<QuestionnaireAnswerInput> | QuestionnaireAnswerInput;
}>;


export type PatientQuestionnaireSubmitMutation = { submitQuestionnaire: { clinicName: string, timezone: string, occasion: QuestionnaireOccasion, status: QuestionnaireStatus, instruments: Array<Instrument>, expiresAt: string, answeredAt: string | null, licensedItemText: Array<{ instrument: Instrument, items: Array<string> }> } };

export type StaffInviteFieldsFragment = { clinicName: string, name: string, email: string, role: Role, expiresAt: string };

export type StaffInvitePageViewQueryVariables = Exact<{
  token: string;
}>;


export type StaffInvitePageViewQuery = { staffInvite: { clinicName: string, name: string, email: string, role: Role, expiresAt: string } };

export type StaffInvitePageAcceptMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type StaffInvitePageAcceptMutation = { acceptStaffInvite: { clinicName: string, name: string, email: string, role: Role, expiresAt: string } };

export type PatientRecordSessionsQueryVariables = Exact<{
  patientId: string | number;
  now: string;
  pastCount: number;
}>;


export type PatientRecordSessionsQuery = { clinicSettings: { id: string, timezone: string }, upcoming: Array<{ id: string, startsAt: string, endsAt: string, status: SessionStatus, lateCancel: boolean, cancelReason: string | null, confirmedAt: string | null, seriesId: string | null, notes: string, therapist: { id: string, displayName: string }, serviceType: { id: string, name: string }, room: { id: string, name: string } | null }>, past: Array<{ id: string, startsAt: string, endsAt: string, status: SessionStatus, lateCancel: boolean, cancelReason: string | null, confirmedAt: string | null, seriesId: string | null, notes: string, therapist: { id: string, displayName: string }, serviceType: { id: string, name: string }, room: { id: string, name: string } | null }>, pastMeta: { count: number } };

export type PatientRecordSessionFragment = { id: string, startsAt: string, endsAt: string, status: SessionStatus, lateCancel: boolean, cancelReason: string | null, confirmedAt: string | null, seriesId: string | null, notes: string, therapist: { id: string, displayName: string }, serviceType: { id: string, name: string }, room: { id: string, name: string } | null };

export type PatientRecordWaitlistQueryVariables = Exact<{
  patientId: string | number;
}>;


export type PatientRecordWaitlistQuery = { allWaitlistEntries: Array<{ id: string, status: WaitlistStatus, createdAt: string, earliestDate: string | null, latestDate: string | null, notes: string, windows: Array<{ weekday: number, startTime: string, endTime: string }>, serviceType: { id: string, name: string }, therapist: { id: string, displayName: string } | null, offers: Array<{ id: string, status: WaitlistOfferStatus, startsAt: string }> }> };

export type PatientRecordFragment = { id: string, firstName: string, lastName: string, name: string, dateOfBirth: string, email: string | null, phone: string | null, preferredChannel: MessageChannel | null, emailConsent: boolean, smsConsent: boolean, complaintRegion: ComplaintRegion, clearanceStatus: ClearanceStatus, notes: string, createdAt: string, updatedAt: string };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, user: { id: string, email: string, name: string, role: Role, clinicId: string, active: boolean } } };

export type StaffQuestionnaireFollowUpMonthsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffQuestionnaireFollowUpMonthsQuery = { clinicSettings: { id: string, questionnaireFollowUpMonths: number } };

export type StaffQuestionnaireRecordFragment = { id: string, patientId: string, episodeId: string, occasion: QuestionnaireOccasion, sequence: number, instruments: Array<Instrument>, sendAt: string, expiresAt: string, status: QuestionnaireStatus, statusReason: string | null, answeredAt: string | null, createdAt: string };

export type PatientOptionFieldsFragment = { id: string, name: string, dateOfBirth: string, complaintRegion: ComplaintRegion, clearanceStatus: ClearanceStatus };

export type SessionFieldsFragment = { id: string, startsAt: string, endsAt: string, blockedUntil: string, status: SessionStatus, notes: string, seriesId: string | null, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, confirmedAt: string | null, patient: { id: string, name: string, dateOfBirth: string, complaintRegion: ComplaintRegion, clearanceStatus: ClearanceStatus }, therapist: { id: string, userId: string, displayName: string }, serviceType: { id: string, name: string, modality: Modality, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null };

export type ScheduleSessionsQueryVariables = Exact<{
  filter?: SessionFilter | null | undefined;
}>;


export type ScheduleSessionsQuery = { allSessions: Array<{ id: string, startsAt: string, endsAt: string, blockedUntil: string, status: SessionStatus, notes: string, seriesId: string | null, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, confirmedAt: string | null, patient: { id: string, name: string, dateOfBirth: string, complaintRegion: ComplaintRegion, clearanceStatus: ClearanceStatus }, therapist: { id: string, userId: string, displayName: string }, serviceType: { id: string, name: string, modality: Modality, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null }> };

export type SessionsByIdsQueryVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type SessionsByIdsQuery = { allSessions: Array<{ id: string, startsAt: string, endsAt: string, blockedUntil: string, status: SessionStatus, notes: string, seriesId: string | null, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, confirmedAt: string | null, patient: { id: string, name: string, dateOfBirth: string, complaintRegion: ComplaintRegion, clearanceStatus: ClearanceStatus }, therapist: { id: string, userId: string, displayName: string }, serviceType: { id: string, name: string, modality: Modality, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null }> };

export type PatientSearchQueryVariables = Exact<{
  filter?: PatientFilter | null | undefined;
}>;


export type PatientSearchQuery = { allPatients: Array<{ id: string, name: string, dateOfBirth: string, complaintRegion: ComplaintRegion, clearanceStatus: ClearanceStatus }> };

export type AvailableSlotsQueryVariables = Exact<{
  therapistId: string | number;
  serviceTypeId: string | number;
  from: string;
  to: string;
  roomId?: string | number | null | undefined;
  patientId?: string | number | null | undefined;
  excludeSessionId?: string | number | null | undefined;
}>;


export type AvailableSlotsQuery = { availableSlots: Array<{ startsAt: string, endsAt: string }> };

export type BookSessionMutationVariables = Exact<{
  input: BookSessionInput;
}>;


export type BookSessionMutation = { bookSession: { id: string, startsAt: string, endsAt: string, blockedUntil: string, status: SessionStatus, notes: string, seriesId: string | null, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, confirmedAt: string | null, patient: { id: string, name: string, dateOfBirth: string, complaintRegion: ComplaintRegion, clearanceStatus: ClearanceStatus }, therapist: { id: string, userId: string, displayName: string }, serviceType: { id: string, name: string, modality: Modality, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null } };

export type BookSeriesMutationVariables = Exact<{
  input: BookSeriesInput;
}>;


export type BookSeriesMutation = { bookSeries: { id: string, sessions: Array<{ id: string, startsAt: string, endsAt: string, blockedUntil: string, status: SessionStatus, notes: string, seriesId: string | null, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, confirmedAt: string | null, patient: { id: string, name: string, dateOfBirth: string, complaintRegion: ComplaintRegion, clearanceStatus: ClearanceStatus }, therapist: { id: string, userId: string, displayName: string }, serviceType: { id: string, name: string, modality: Modality, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null }> } };

export type SeriesQueryVariables = Exact<{
  id: string | number;
}>;


export type SeriesQuery = { SessionSeries: { id: string, frequency: RepeatFrequency, interval: number, count: number, sessions: Array<{ id: string, startsAt: string, status: SessionStatus }> } };

export type RescheduleMutationVariables = Exact<{
  id: string | number;
  startsAt: string;
  roomId?: string | number | null | undefined;
  therapistId?: string | number | null | undefined;
  scope?: RescheduleScope | null | undefined;
}>;


export type RescheduleMutation = { rescheduleSession: { id: string, startsAt: string, endsAt: string, blockedUntil: string, status: SessionStatus, notes: string, seriesId: string | null, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, confirmedAt: string | null, patient: { id: string, name: string, dateOfBirth: string, complaintRegion: ComplaintRegion, clearanceStatus: ClearanceStatus }, therapist: { id: string, userId: string, displayName: string }, serviceType: { id: string, name: string, modality: Modality, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null } };

export type CancelMutationVariables = Exact<{
  id: string | number;
  reason: string;
  scope?: CancelScope | null | undefined;
}>;


export type CancelMutation = { cancelSession: { id: string, startsAt: string, endsAt: string, blockedUntil: string, status: SessionStatus, notes: string, seriesId: string | null, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, confirmedAt: string | null, patient: { id: string, name: string, dateOfBirth: string, complaintRegion: ComplaintRegion, clearanceStatus: ClearanceStatus }, therapist: { id: string, userId: string, displayName: string }, serviceType: { id: string, name: string, modality: Modality, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null } };

export type CheckInMutationVariables = Exact<{
  id: string | number;
}>;


export type CheckInMutation = { checkInSession: { id: string, startsAt: string, endsAt: string, blockedUntil: string, status: SessionStatus, notes: string, seriesId: string | null, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, confirmedAt: string | null, patient: { id: string, name: string, dateOfBirth: string, complaintRegion: ComplaintRegion, clearanceStatus: ClearanceStatus }, therapist: { id: string, userId: string, displayName: string }, serviceType: { id: string, name: string, modality: Modality, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null } };

export type NoShowMutationVariables = Exact<{
  id: string | number;
}>;


export type NoShowMutation = { markNoShow: { id: string, startsAt: string, endsAt: string, blockedUntil: string, status: SessionStatus, notes: string, seriesId: string | null, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, confirmedAt: string | null, patient: { id: string, name: string, dateOfBirth: string, complaintRegion: ComplaintRegion, clearanceStatus: ClearanceStatus }, therapist: { id: string, userId: string, displayName: string }, serviceType: { id: string, name: string, modality: Modality, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null } };

export type CompleteMutationVariables = Exact<{
  id: string | number;
  note: TreatmentNoteInput;
}>;


export type CompleteMutation = { completeSession: { id: string, startsAt: string, endsAt: string, blockedUntil: string, status: SessionStatus, notes: string, seriesId: string | null, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, confirmedAt: string | null, patient: { id: string, name: string, dateOfBirth: string, complaintRegion: ComplaintRegion, clearanceStatus: ClearanceStatus }, therapist: { id: string, userId: string, displayName: string }, serviceType: { id: string, name: string, modality: Modality, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null } };

export type SessionPrecautionsQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionPrecautionsQuery = { Session: { id: string, precautions: Array<{ key: string, label: string, advice: string | null }> } };

export type AttendanceRevertSessionStatusMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type AttendanceRevertSessionStatusMutation = { revertSessionStatus: { id: string, startsAt: string, endsAt: string, blockedUntil: string, status: SessionStatus, notes: string, seriesId: string | null, lateCancel: boolean, cancelReason: string | null, overrideReason: string | null, confirmedAt: string | null, patient: { id: string, name: string, dateOfBirth: string, complaintRegion: ComplaintRegion, clearanceStatus: ClearanceStatus }, therapist: { id: string, userId: string, displayName: string }, serviceType: { id: string, name: string, modality: Modality, durationMinutes: number, bufferMinutes: number }, room: { id: string, name: string } | null } };

export type ClinicSettingsPageFieldsFragment = { address: string, reminderOffsetsHours: Array<number>, reminderChannels: Array<MessageChannel>, quietHoursStart: string, quietHoursEnd: string, questionnairesEnabled: boolean, questionnaireEverySessions: number, questionnaireFollowUpMonths: number, id: string, name: string, timezone: string, slotStepMinutes: number, minimumNoticeMinutes: number, lateCancelWindowHours: number, checkInWindowMinutes: number, questionnaireInstruments: Array<{ region: ComplaintRegion, instruments: Array<Instrument> }>, licensedItemText: Array<{ instrument: Instrument, items: Array<string> }> };

export type ClinicSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClinicSettingsQuery = { clinicSettings: { address: string, reminderOffsetsHours: Array<number>, reminderChannels: Array<MessageChannel>, quietHoursStart: string, quietHoursEnd: string, questionnairesEnabled: boolean, questionnaireEverySessions: number, questionnaireFollowUpMonths: number, id: string, name: string, timezone: string, slotStepMinutes: number, minimumNoticeMinutes: number, lateCancelWindowHours: number, checkInWindowMinutes: number, questionnaireInstruments: Array<{ region: ComplaintRegion, instruments: Array<Instrument> }>, licensedItemText: Array<{ instrument: Instrument, items: Array<string> }> } };

export type UpdateClinicSettingsMutationVariables = Exact<{
  name?: string | null | undefined;
  timezone?: string | null | undefined;
  slotStepMinutes?: number | null | undefined;
  minimumNoticeMinutes?: number | null | undefined;
  lateCancelWindowHours?: number | null | undefined;
  checkInWindowMinutes?: number | null | undefined;
  address?: string | null | undefined;
  reminderOffsetsHours?: Array<number> | number | null | undefined;
  reminderChannels?: Array<MessageChannel> | MessageChannel | null | undefined;
  quietHoursStart?: string | null | undefined;
  quietHoursEnd?: string | null | undefined;
  questionnairesEnabled?: boolean | null | undefined;
  questionnaireEverySessions?: number | null | undefined;
  questionnaireFollowUpMonths?: number | null | undefined;
  questionnaireInstruments?: Array<RegionInstrumentsInput> | RegionInstrumentsInput | null | undefined;
  licensedItemText?: Array<LicensedItemTextInput> | LicensedItemTextInput | null | undefined;
}>;


export type UpdateClinicSettingsMutation = { updateClinicSettings: { address: string, reminderOffsetsHours: Array<number>, reminderChannels: Array<MessageChannel>, quietHoursStart: string, quietHoursEnd: string, questionnairesEnabled: boolean, questionnaireEverySessions: number, questionnaireFollowUpMonths: number, id: string, name: string, timezone: string, slotStepMinutes: number, minimumNoticeMinutes: number, lateCancelWindowHours: number, checkInWindowMinutes: number, questionnaireInstruments: Array<{ region: ComplaintRegion, instruments: Array<Instrument> }>, licensedItemText: Array<{ instrument: Instrument, items: Array<string> }> } };

export type ClinicSettingsFieldsFragment = { id: string, name: string, timezone: string, slotStepMinutes: number, minimumNoticeMinutes: number, lateCancelWindowHours: number, checkInWindowMinutes: number };

export type TherapistFieldsFragment = { id: string, userId: string, displayName: string, credentials: string, modalities: Array<Modality>, active: boolean, workingHours: Array<{ weekday: number, start: string, end: string }>, timeOff: Array<{ id: string, therapistId: string, startsAt: string, endsAt: string, reason: string }> };

export type RoomFieldsFragment = { id: string, name: string, active: boolean };

export type ServiceTypeFieldsFragment = { id: string, name: string, modality: Modality, durationMinutes: number, bufferMinutes: number, active: boolean };

export type SchedulingCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type SchedulingCatalogQuery = { clinicSettings: { id: string, name: string, timezone: string, slotStepMinutes: number, minimumNoticeMinutes: number, lateCancelWindowHours: number, checkInWindowMinutes: number }, allTherapists: Array<{ id: string, userId: string, displayName: string, credentials: string, modalities: Array<Modality>, active: boolean, workingHours: Array<{ weekday: number, start: string, end: string }>, timeOff: Array<{ id: string, therapistId: string, startsAt: string, endsAt: string, reason: string }> }>, allRooms: Array<{ id: string, name: string, active: boolean }>, allServiceTypes: Array<{ id: string, name: string, modality: Modality, durationMinutes: number, bufferMinutes: number, active: boolean }> };

export type StaffChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type StaffChangePasswordMutation = { changePassword: { token: string, user: { id: string, email: string, name: string, role: Role, clinicId: string, active: boolean } } };

export type StaffRecordFragment = { id: string, name: string, email: string, role: Role, active: boolean, status: StaffStatus, invitedAt: string | null, inviteAcceptedAt: string | null, createdAt: string };

export type StaffResendInviteMutationVariables = Exact<{
  userId: string | number;
}>;


export type StaffResendInviteMutation = { resendStaffInvite: { id: string, status: StaffStatus } };

export type StaffInviteMutationVariables = Exact<{
  input: InviteStaffInput;
}>;


export type StaffInviteMutation = { inviteStaff: { id: string, name: string, email: string, role: Role } };

export type CreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type CreateStaffMutation = { createStaff: { id: string, name: string, role: Role } };

export type AddTimeOffMutationVariables = Exact<{
  therapistId: string | number;
  startsAt: string;
  endsAt: string;
  reason?: string | null | undefined;
}>;


export type AddTimeOffMutation = { addTimeOff: { id: string } };

export type RemoveTimeOffMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveTimeOffMutation = { removeTimeOff: { id: string } };

export type SetWorkingHoursMutationVariables = Exact<{
  therapistId: string | number;
  hours: Array<WorkingBlockInput> | WorkingBlockInput;
}>;


export type SetWorkingHoursMutation = { setWorkingHours: { id: string, workingHours: Array<{ weekday: number, start: string, end: string }> } };

export type WaitlistRecordFragment = { id: string, patientId: string, serviceTypeId: string, therapistId: string | null, earliestDate: string | null, latestDate: string | null, notes: string, status: WaitlistStatus, sessionId: string | null, createdAt: string, windows: Array<{ weekday: number, startTime: string, endTime: string }>, offers: Array<{ id: string, startsAt: string, therapistId: string, status: WaitlistOfferStatus, messageId: string | null, sessionId: string | null, claimedAt: string | null, createdAt: string }> };

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
export const EpisodeFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"EpisodeFields"}) as unknown as TypedDocumentString<EpisodeFieldsFragment, unknown>;
export const AssessmentFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"AssessmentFields"}) as unknown as TypedDocumentString<AssessmentFieldsFragment, unknown>;
export const NoteFieldsFragmentDoc = new TypedDocumentString(`
    fragment NoteFields on TreatmentNote {
  id
  rootId
  version
  isLatest
  sessionId
  subjective
  objective
  techniques
  regions
  pressure
  patientResponse
  plan
  nextStep
  amendReason
  createdAt
  authorId
  author {
    id
    name
    role
  }
}
    `, {"fragmentName":"NoteFields"}) as unknown as TypedDocumentString<NoteFieldsFragment, unknown>;
export const MessageRecordFragmentDoc = new TypedDocumentString(`
    fragment MessageRecord on Message {
  id
  patientId
  sessionId
  kind
  channel
  to
  subject
  text
  sendAt
  sentAt
  status
  statusReason
  providerResult
  attempts
  createdAt
}
    `, {"fragmentName":"MessageRecord"}) as unknown as TypedDocumentString<MessageRecordFragment, unknown>;
export const MessageRecipientFieldsFragmentDoc = new TypedDocumentString(`
    fragment MessageRecipientFields on Message {
  userId
  staffName
}
    `, {"fragmentName":"MessageRecipientFields"}) as unknown as TypedDocumentString<MessageRecipientFieldsFragment, unknown>;
export const OutcomePointFieldsFragmentDoc = new TypedDocumentString(`
    fragment OutcomePointFields on OutcomePoint {
  assessmentId
  takenAt
  sessionNumber
  score
  normalized
  source
}
    `, {"fragmentName":"OutcomePointFields"}) as unknown as TypedDocumentString<OutcomePointFieldsFragment, unknown>;
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
export const PatientLinkViewFieldsFragmentDoc = new TypedDocumentString(`
    fragment PatientLinkViewFields on PatientLinkView {
  purpose
  clinicName
  clinicAddress
  timezone
  startsAt
  endsAt
  therapistName
  serviceName
  sessionStatus
  confirmedAt
  lateCancel
  offerStatus
  lateCancelWindowHours
  cancelWouldBeLate
  usedAt
}
    `, {"fragmentName":"PatientLinkViewFields"}) as unknown as TypedDocumentString<PatientLinkViewFieldsFragment, unknown>;
export const PatientQuestionnaireFieldsFragmentDoc = new TypedDocumentString(`
    fragment PatientQuestionnaireFields on PatientQuestionnaire {
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
    `, {"fragmentName":"PatientQuestionnaireFields"}) as unknown as TypedDocumentString<PatientQuestionnaireFieldsFragment, unknown>;
export const StaffInviteFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffInviteFields on StaffInviteViewModel {
  clinicName
  name
  email
  role
  expiresAt
}
    `, {"fragmentName":"StaffInviteFields"}) as unknown as TypedDocumentString<StaffInviteFieldsFragment, unknown>;
export const PatientRecordSessionFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"PatientRecordSession"}) as unknown as TypedDocumentString<PatientRecordSessionFragment, unknown>;
export const PatientRecordFragmentDoc = new TypedDocumentString(`
    fragment PatientRecord on Patient {
  id
  firstName
  lastName
  name
  dateOfBirth
  email
  phone
  preferredChannel
  emailConsent
  smsConsent
  complaintRegion
  clearanceStatus
  notes
  createdAt
  updatedAt
}
    `, {"fragmentName":"PatientRecord"}) as unknown as TypedDocumentString<PatientRecordFragment, unknown>;
export const StaffQuestionnaireRecordFragmentDoc = new TypedDocumentString(`
    fragment StaffQuestionnaireRecord on QuestionnaireRequest {
  id
  patientId
  episodeId
  occasion
  sequence
  instruments
  sendAt
  expiresAt
  status
  statusReason
  answeredAt
  createdAt
}
    `, {"fragmentName":"StaffQuestionnaireRecord"}) as unknown as TypedDocumentString<StaffQuestionnaireRecordFragment, unknown>;
export const PatientOptionFieldsFragmentDoc = new TypedDocumentString(`
    fragment PatientOptionFields on Patient {
  id
  name
  dateOfBirth
  complaintRegion
  clearanceStatus
}
    `, {"fragmentName":"PatientOptionFields"}) as unknown as TypedDocumentString<PatientOptionFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on Session {
  id
  startsAt
  endsAt
  blockedUntil
  status
  notes
  seriesId
  lateCancel
  cancelReason
  overrideReason
  confirmedAt
  patient {
    ...PatientOptionFields
  }
  therapist {
    id
    userId
    displayName
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
    fragment PatientOptionFields on Patient {
  id
  name
  dateOfBirth
  complaintRegion
  clearanceStatus
}`, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const ClinicSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClinicSettingsFields on ClinicSettings {
  id
  name
  timezone
  slotStepMinutes
  minimumNoticeMinutes
  lateCancelWindowHours
  checkInWindowMinutes
}
    `, {"fragmentName":"ClinicSettingsFields"}) as unknown as TypedDocumentString<ClinicSettingsFieldsFragment, unknown>;
export const ClinicSettingsPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClinicSettingsPageFields on ClinicSettings {
  ...ClinicSettingsFields
  address
  reminderOffsetsHours
  reminderChannels
  quietHoursStart
  quietHoursEnd
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
    fragment ClinicSettingsFields on ClinicSettings {
  id
  name
  timezone
  slotStepMinutes
  minimumNoticeMinutes
  lateCancelWindowHours
  checkInWindowMinutes
}`, {"fragmentName":"ClinicSettingsPageFields"}) as unknown as TypedDocumentString<ClinicSettingsPageFieldsFragment, unknown>;
export const TherapistFieldsFragmentDoc = new TypedDocumentString(`
    fragment TherapistFields on Therapist {
  id
  userId
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
    therapistId
    startsAt
    endsAt
    reason
  }
}
    `, {"fragmentName":"TherapistFields"}) as unknown as TypedDocumentString<TherapistFieldsFragment, unknown>;
export const RoomFieldsFragmentDoc = new TypedDocumentString(`
    fragment RoomFields on Room {
  id
  name
  active
}
    `, {"fragmentName":"RoomFields"}) as unknown as TypedDocumentString<RoomFieldsFragment, unknown>;
export const ServiceTypeFieldsFragmentDoc = new TypedDocumentString(`
    fragment ServiceTypeFields on ServiceType {
  id
  name
  modality
  durationMinutes
  bufferMinutes
  active
}
    `, {"fragmentName":"ServiceTypeFields"}) as unknown as TypedDocumentString<ServiceTypeFieldsFragment, unknown>;
export const StaffRecordFragmentDoc = new TypedDocumentString(`
    fragment StaffRecord on User {
  id
  name
  email
  role
  active
  status
  invitedAt
  inviteAcceptedAt
  createdAt
}
    `, {"fragmentName":"StaffRecord"}) as unknown as TypedDocumentString<StaffRecordFragment, unknown>;
export const WaitlistRecordFragmentDoc = new TypedDocumentString(`
    fragment WaitlistRecord on WaitlistEntry {
  id
  patientId
  serviceTypeId
  therapistId
  windows {
    weekday
    startTime
    endTime
  }
  earliestDate
  latestDate
  notes
  status
  sessionId
  offers {
    id
    startsAt
    therapistId
    status
    messageId
    sessionId
    claimedAt
    createdAt
  }
  createdAt
}
    `, {"fragmentName":"WaitlistRecord"}) as unknown as TypedDocumentString<WaitlistRecordFragment, unknown>;
export const AuditEventsCsvDocument = new TypedDocumentString(`
    query AuditEventsCsv($filter: AuditEventFilter) {
  auditEventsCsv(filter: $filter)
}
    `) as unknown as TypedDocumentString<AuditEventsCsvQuery, AuditEventsCsvQueryVariables>;
export const ClinicalLicensedItemTextDocument = new TypedDocumentString(`
    query clinicalLicensedItemText {
  clinicSettings {
    id
    licensedItemText {
      instrument
      items
    }
  }
}
    `) as unknown as TypedDocumentString<ClinicalLicensedItemTextQuery, ClinicalLicensedItemTextQueryVariables>;
export const ScreeningRecordDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ScreeningRecordQuery, ScreeningRecordQueryVariables>;
export const RecordScreeningDocument = new TypedDocumentString(`
    mutation recordScreening($input: RecordScreeningInput!) {
  recordScreening(input: $input) {
    id
    contraindications
    patientClearanceStatus
  }
}
    `) as unknown as TypedDocumentString<RecordScreeningMutation, RecordScreeningMutationVariables>;
export const RecordClearanceDocument = new TypedDocumentString(`
    mutation recordClearance($input: RecordClearanceInput!) {
  recordClearance(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordClearanceMutation, RecordClearanceMutationVariables>;
export const EpisodesDocument = new TypedDocumentString(`
    query episodes($filter: EpisodeFilter) {
  allEpisodes(
    filter: $filter
    perPage: 100
    sortField: "startedAt"
    sortOrder: "DESC"
  ) {
    ...EpisodeFields
  }
}
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
}`) as unknown as TypedDocumentString<EpisodesQuery, EpisodesQueryVariables>;
export const OpenEpisodeDocument = new TypedDocumentString(`
    mutation openEpisode($input: OpenEpisodeInput!) {
  openEpisode(input: $input) {
    ...EpisodeFields
  }
}
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
}`) as unknown as TypedDocumentString<OpenEpisodeMutation, OpenEpisodeMutationVariables>;
export const DischargeEpisodeDocument = new TypedDocumentString(`
    mutation dischargeEpisode($id: ID!, $note: String) {
  dischargeEpisode(id: $id, note: $note) {
    ...EpisodeFields
  }
}
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
}`) as unknown as TypedDocumentString<DischargeEpisodeMutation, DischargeEpisodeMutationVariables>;
export const PatientSessionsDocument = new TypedDocumentString(`
    query patientSessions($patientId: ID!, $filter: SessionFilter) {
  allSessions(
    filter: $filter
    perPage: 200
    sortField: "startsAt"
    sortOrder: "DESC"
  ) {
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
    fragment NoteFields on TreatmentNote {
  id
  rootId
  version
  isLatest
  sessionId
  subjective
  objective
  techniques
  regions
  pressure
  patientResponse
  plan
  nextStep
  amendReason
  createdAt
  authorId
  author {
    id
    name
    role
  }
}`) as unknown as TypedDocumentString<PatientSessionsQuery, PatientSessionsQueryVariables>;
export const AssessmentsDocument = new TypedDocumentString(`
    query assessments($filter: AssessmentFilter) {
  allAssessments(
    filter: $filter
    perPage: 500
    sortField: "takenAt"
    sortOrder: "DESC"
  ) {
    ...AssessmentFields
  }
}
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
}`) as unknown as TypedDocumentString<AssessmentsQuery, AssessmentsQueryVariables>;
export const AssessmentHistoryDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<AssessmentHistoryQuery, AssessmentHistoryQueryVariables>;
export const RecordAssessmentDocument = new TypedDocumentString(`
    mutation recordAssessment($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) {
    ...AssessmentFields
  }
}
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
}`) as unknown as TypedDocumentString<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const AmendAssessmentDocument = new TypedDocumentString(`
    mutation amendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {
  amendAssessment(
    id: $id
    responses: $responses
    reason: $reason
    activities: $activities
  ) {
    ...AssessmentFields
  }
}
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
}`) as unknown as TypedDocumentString<AmendAssessmentMutation, AmendAssessmentMutationVariables>;
export const NotesOfSessionDocument = new TypedDocumentString(`
    query notesOfSession($sessionId: ID!) {
  treatmentNote(sessionId: $sessionId) {
    ...NoteFields
  }
}
    fragment NoteFields on TreatmentNote {
  id
  rootId
  version
  isLatest
  sessionId
  subjective
  objective
  techniques
  regions
  pressure
  patientResponse
  plan
  nextStep
  amendReason
  createdAt
  authorId
  author {
    id
    name
    role
  }
}`) as unknown as TypedDocumentString<NotesOfSessionQuery, NotesOfSessionQueryVariables>;
export const NotesHistoryDocument = new TypedDocumentString(`
    query notesHistory($rootId: ID!) {
  treatmentNoteHistory(rootId: $rootId) {
    ...NoteFields
  }
}
    fragment NoteFields on TreatmentNote {
  id
  rootId
  version
  isLatest
  sessionId
  subjective
  objective
  techniques
  regions
  pressure
  patientResponse
  plan
  nextStep
  amendReason
  createdAt
  authorId
  author {
    id
    name
    role
  }
}`) as unknown as TypedDocumentString<NotesHistoryQuery, NotesHistoryQueryVariables>;
export const NotesAmendDocument = new TypedDocumentString(`
    mutation notesAmend($id: ID!, $input: TreatmentNoteInput!, $reason: String!) {
  amendTreatmentNote(id: $id, input: $input, reason: $reason) {
    ...NoteFields
  }
}
    fragment NoteFields on TreatmentNote {
  id
  rootId
  version
  isLatest
  sessionId
  subjective
  objective
  techniques
  regions
  pressure
  patientResponse
  plan
  nextStep
  amendReason
  createdAt
  authorId
  author {
    id
    name
    role
  }
}`) as unknown as TypedDocumentString<NotesAmendMutation, NotesAmendMutationVariables>;
export const DashboardWeekStatisticsDocument = new TypedDocumentString(`
    query dashboardWeekStatistics($day: String) {
  clinicSettings {
    id
    timezone
  }
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
    `) as unknown as TypedDocumentString<DashboardWeekStatisticsQuery, DashboardWeekStatisticsQueryVariables>;
export const DashboardReminderEffectDocument = new TypedDocumentString(`
    query dashboardReminderEffect($from: DateTime!, $to: DateTime!) {
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
    `) as unknown as TypedDocumentString<DashboardReminderEffectQuery, DashboardReminderEffectQueryVariables>;
export const PatientOutcomesDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<PatientOutcomesQuery, PatientOutcomesQueryVariables>;
export const ClinicOutcomesDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<ClinicOutcomesQuery, ClinicOutcomesQueryVariables>;
export const TherapistChoicesDocument = new TypedDocumentString(`
    query therapistChoices {
  allTherapists(perPage: 100, sortField: "displayName", sortOrder: "ASC") {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<TherapistChoicesQuery, TherapistChoicesQueryVariables>;
export const PatientLinkDocument = new TypedDocumentString(`
    query PatientLink($token: String!) {
  patientLink(token: $token) {
    ...PatientLinkViewFields
  }
}
    fragment PatientLinkViewFields on PatientLinkView {
  purpose
  clinicName
  clinicAddress
  timezone
  startsAt
  endsAt
  therapistName
  serviceName
  sessionStatus
  confirmedAt
  lateCancel
  offerStatus
  lateCancelWindowHours
  cancelWouldBeLate
  usedAt
}`) as unknown as TypedDocumentString<PatientLinkQuery, PatientLinkQueryVariables>;
export const PatientConfirmSessionDocument = new TypedDocumentString(`
    mutation PatientConfirmSession($token: String!) {
  confirmSessionByLink(token: $token) {
    ...PatientLinkViewFields
  }
}
    fragment PatientLinkViewFields on PatientLinkView {
  purpose
  clinicName
  clinicAddress
  timezone
  startsAt
  endsAt
  therapistName
  serviceName
  sessionStatus
  confirmedAt
  lateCancel
  offerStatus
  lateCancelWindowHours
  cancelWouldBeLate
  usedAt
}`) as unknown as TypedDocumentString<PatientConfirmSessionMutation, PatientConfirmSessionMutationVariables>;
export const PatientCancelSessionDocument = new TypedDocumentString(`
    mutation PatientCancelSession($token: String!, $reason: String) {
  cancelSessionByLink(token: $token, reason: $reason) {
    ...PatientLinkViewFields
  }
}
    fragment PatientLinkViewFields on PatientLinkView {
  purpose
  clinicName
  clinicAddress
  timezone
  startsAt
  endsAt
  therapistName
  serviceName
  sessionStatus
  confirmedAt
  lateCancel
  offerStatus
  lateCancelWindowHours
  cancelWouldBeLate
  usedAt
}`) as unknown as TypedDocumentString<PatientCancelSessionMutation, PatientCancelSessionMutationVariables>;
export const PatientClaimOfferDocument = new TypedDocumentString(`
    mutation PatientClaimOffer($token: String!) {
  claimWaitlistOffer(token: $token) {
    ...PatientLinkViewFields
  }
}
    fragment PatientLinkViewFields on PatientLinkView {
  purpose
  clinicName
  clinicAddress
  timezone
  startsAt
  endsAt
  therapistName
  serviceName
  sessionStatus
  confirmedAt
  lateCancel
  offerStatus
  lateCancelWindowHours
  cancelWouldBeLate
  usedAt
}`) as unknown as TypedDocumentString<PatientClaimOfferMutation, PatientClaimOfferMutationVariables>;
export const PatientOptOutDocument = new TypedDocumentString(`
    mutation PatientOptOut($token: String!) {
  optOutByLink(token: $token) {
    channel
  }
}
    `) as unknown as TypedDocumentString<PatientOptOutMutation, PatientOptOutMutationVariables>;
export const PatientQuestionnaireByLinkDocument = new TypedDocumentString(`
    query PatientQuestionnaireByLink($token: String!) {
  questionnaireByLink(token: $token) {
    ...PatientQuestionnaireFields
  }
}
    fragment PatientQuestionnaireFields on PatientQuestionnaire {
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
}`) as unknown as TypedDocumentString<PatientQuestionnaireByLinkQuery, PatientQuestionnaireByLinkQueryVariables>;
export const PatientQuestionnaireSubmitDocument = new TypedDocumentString(`
    mutation PatientQuestionnaireSubmit($token: String!, $responses: [QuestionnaireAnswerInput!]!) {
  submitQuestionnaire(token: $token, responses: $responses) {
    ...PatientQuestionnaireFields
  }
}
    fragment PatientQuestionnaireFields on PatientQuestionnaire {
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
}`) as unknown as TypedDocumentString<PatientQuestionnaireSubmitMutation, PatientQuestionnaireSubmitMutationVariables>;
export const StaffInvitePageViewDocument = new TypedDocumentString(`
    query StaffInvitePageView($token: String!) {
  staffInvite(token: $token) {
    ...StaffInviteFields
  }
}
    fragment StaffInviteFields on StaffInviteViewModel {
  clinicName
  name
  email
  role
  expiresAt
}`) as unknown as TypedDocumentString<StaffInvitePageViewQuery, StaffInvitePageViewQueryVariables>;
export const StaffInvitePageAcceptDocument = new TypedDocumentString(`
    mutation StaffInvitePageAccept($token: String!, $password: String!) {
  acceptStaffInvite(token: $token, password: $password) {
    ...StaffInviteFields
  }
}
    fragment StaffInviteFields on StaffInviteViewModel {
  clinicName
  name
  email
  role
  expiresAt
}`) as unknown as TypedDocumentString<StaffInvitePageAcceptMutation, StaffInvitePageAcceptMutationVariables>;
export const PatientRecordSessionsDocument = new TypedDocumentString(`
    query PatientRecordSessions($patientId: ID!, $now: DateTime!, $pastCount: Int!) {
  clinicSettings {
    id
    timezone
  }
  upcoming: allSessions(
    filter: {patientId: $patientId, from: $now}
    sortField: "startsAt"
    sortOrder: "ASC"
    perPage: 100
  ) {
    ...PatientRecordSession
  }
  past: allSessions(
    filter: {patientId: $patientId, to: $now}
    sortField: "startsAt"
    sortOrder: "DESC"
    perPage: $pastCount
  ) {
    ...PatientRecordSession
  }
  pastMeta: _allSessionsMeta(filter: {patientId: $patientId, to: $now}) {
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
}`) as unknown as TypedDocumentString<PatientRecordSessionsQuery, PatientRecordSessionsQueryVariables>;
export const PatientRecordWaitlistDocument = new TypedDocumentString(`
    query PatientRecordWaitlist($patientId: ID!) {
  allWaitlistEntries(
    filter: {patientId: $patientId}
    sortField: "createdAt"
    sortOrder: "ASC"
    perPage: 100
  ) {
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
    `) as unknown as TypedDocumentString<PatientRecordWaitlistQuery, PatientRecordWaitlistQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      id
      email
      name
      role
      clinicId
      active
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const StaffQuestionnaireFollowUpMonthsDocument = new TypedDocumentString(`
    query StaffQuestionnaireFollowUpMonths {
  clinicSettings {
    id
    questionnaireFollowUpMonths
  }
}
    `) as unknown as TypedDocumentString<StaffQuestionnaireFollowUpMonthsQuery, StaffQuestionnaireFollowUpMonthsQueryVariables>;
export const ScheduleSessionsDocument = new TypedDocumentString(`
    query scheduleSessions($filter: SessionFilter) {
  allSessions(
    filter: $filter
    perPage: 500
    sortField: "startsAt"
    sortOrder: "ASC"
  ) {
    ...SessionFields
  }
}
    fragment PatientOptionFields on Patient {
  id
  name
  dateOfBirth
  complaintRegion
  clearanceStatus
}
fragment SessionFields on Session {
  id
  startsAt
  endsAt
  blockedUntil
  status
  notes
  seriesId
  lateCancel
  cancelReason
  overrideReason
  confirmedAt
  patient {
    ...PatientOptionFields
  }
  therapist {
    id
    userId
    displayName
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
}`) as unknown as TypedDocumentString<ScheduleSessionsQuery, ScheduleSessionsQueryVariables>;
export const SessionsByIdsDocument = new TypedDocumentString(`
    query sessionsByIds($ids: [ID!]) {
  allSessions(filter: {ids: $ids}, perPage: 100) {
    ...SessionFields
  }
}
    fragment PatientOptionFields on Patient {
  id
  name
  dateOfBirth
  complaintRegion
  clearanceStatus
}
fragment SessionFields on Session {
  id
  startsAt
  endsAt
  blockedUntil
  status
  notes
  seriesId
  lateCancel
  cancelReason
  overrideReason
  confirmedAt
  patient {
    ...PatientOptionFields
  }
  therapist {
    id
    userId
    displayName
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
}`) as unknown as TypedDocumentString<SessionsByIdsQuery, SessionsByIdsQueryVariables>;
export const PatientSearchDocument = new TypedDocumentString(`
    query patientSearch($filter: PatientFilter) {
  allPatients(filter: $filter, perPage: 20, sortField: "name", sortOrder: "ASC") {
    ...PatientOptionFields
  }
}
    fragment PatientOptionFields on Patient {
  id
  name
  dateOfBirth
  complaintRegion
  clearanceStatus
}`) as unknown as TypedDocumentString<PatientSearchQuery, PatientSearchQueryVariables>;
export const AvailableSlotsDocument = new TypedDocumentString(`
    query availableSlots($therapistId: ID!, $serviceTypeId: ID!, $from: DateTime!, $to: DateTime!, $roomId: ID, $patientId: ID, $excludeSessionId: ID) {
  availableSlots(
    therapistId: $therapistId
    serviceTypeId: $serviceTypeId
    from: $from
    to: $to
    roomId: $roomId
    patientId: $patientId
    excludeSessionId: $excludeSessionId
  ) {
    startsAt
    endsAt
  }
}
    `) as unknown as TypedDocumentString<AvailableSlotsQuery, AvailableSlotsQueryVariables>;
export const BookSessionDocument = new TypedDocumentString(`
    mutation bookSession($input: BookSessionInput!) {
  bookSession(input: $input) {
    ...SessionFields
  }
}
    fragment PatientOptionFields on Patient {
  id
  name
  dateOfBirth
  complaintRegion
  clearanceStatus
}
fragment SessionFields on Session {
  id
  startsAt
  endsAt
  blockedUntil
  status
  notes
  seriesId
  lateCancel
  cancelReason
  overrideReason
  confirmedAt
  patient {
    ...PatientOptionFields
  }
  therapist {
    id
    userId
    displayName
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
}`) as unknown as TypedDocumentString<BookSessionMutation, BookSessionMutationVariables>;
export const BookSeriesDocument = new TypedDocumentString(`
    mutation bookSeries($input: BookSeriesInput!) {
  bookSeries(input: $input) {
    id
    sessions {
      ...SessionFields
    }
  }
}
    fragment PatientOptionFields on Patient {
  id
  name
  dateOfBirth
  complaintRegion
  clearanceStatus
}
fragment SessionFields on Session {
  id
  startsAt
  endsAt
  blockedUntil
  status
  notes
  seriesId
  lateCancel
  cancelReason
  overrideReason
  confirmedAt
  patient {
    ...PatientOptionFields
  }
  therapist {
    id
    userId
    displayName
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
}`) as unknown as TypedDocumentString<BookSeriesMutation, BookSeriesMutationVariables>;
export const SeriesDocument = new TypedDocumentString(`
    query series($id: ID!) {
  SessionSeries(id: $id) {
    id
    frequency
    interval
    count
    sessions {
      id
      startsAt
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SeriesQuery, SeriesQueryVariables>;
export const RescheduleDocument = new TypedDocumentString(`
    mutation reschedule($id: ID!, $startsAt: DateTime!, $roomId: ID, $therapistId: ID, $scope: RescheduleScope) {
  rescheduleSession(
    id: $id
    startsAt: $startsAt
    roomId: $roomId
    therapistId: $therapistId
    scope: $scope
  ) {
    ...SessionFields
  }
}
    fragment PatientOptionFields on Patient {
  id
  name
  dateOfBirth
  complaintRegion
  clearanceStatus
}
fragment SessionFields on Session {
  id
  startsAt
  endsAt
  blockedUntil
  status
  notes
  seriesId
  lateCancel
  cancelReason
  overrideReason
  confirmedAt
  patient {
    ...PatientOptionFields
  }
  therapist {
    id
    userId
    displayName
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
}`) as unknown as TypedDocumentString<RescheduleMutation, RescheduleMutationVariables>;
export const CancelDocument = new TypedDocumentString(`
    mutation cancel($id: ID!, $reason: String!, $scope: CancelScope) {
  cancelSession(id: $id, reason: $reason, scope: $scope) {
    ...SessionFields
  }
}
    fragment PatientOptionFields on Patient {
  id
  name
  dateOfBirth
  complaintRegion
  clearanceStatus
}
fragment SessionFields on Session {
  id
  startsAt
  endsAt
  blockedUntil
  status
  notes
  seriesId
  lateCancel
  cancelReason
  overrideReason
  confirmedAt
  patient {
    ...PatientOptionFields
  }
  therapist {
    id
    userId
    displayName
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
}`) as unknown as TypedDocumentString<CancelMutation, CancelMutationVariables>;
export const CheckInDocument = new TypedDocumentString(`
    mutation checkIn($id: ID!) {
  checkInSession(id: $id) {
    ...SessionFields
  }
}
    fragment PatientOptionFields on Patient {
  id
  name
  dateOfBirth
  complaintRegion
  clearanceStatus
}
fragment SessionFields on Session {
  id
  startsAt
  endsAt
  blockedUntil
  status
  notes
  seriesId
  lateCancel
  cancelReason
  overrideReason
  confirmedAt
  patient {
    ...PatientOptionFields
  }
  therapist {
    id
    userId
    displayName
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
}`) as unknown as TypedDocumentString<CheckInMutation, CheckInMutationVariables>;
export const NoShowDocument = new TypedDocumentString(`
    mutation noShow($id: ID!) {
  markNoShow(id: $id) {
    ...SessionFields
  }
}
    fragment PatientOptionFields on Patient {
  id
  name
  dateOfBirth
  complaintRegion
  clearanceStatus
}
fragment SessionFields on Session {
  id
  startsAt
  endsAt
  blockedUntil
  status
  notes
  seriesId
  lateCancel
  cancelReason
  overrideReason
  confirmedAt
  patient {
    ...PatientOptionFields
  }
  therapist {
    id
    userId
    displayName
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
}`) as unknown as TypedDocumentString<NoShowMutation, NoShowMutationVariables>;
export const CompleteDocument = new TypedDocumentString(`
    mutation complete($id: ID!, $note: TreatmentNoteInput!) {
  completeSession(id: $id, note: $note) {
    ...SessionFields
  }
}
    fragment PatientOptionFields on Patient {
  id
  name
  dateOfBirth
  complaintRegion
  clearanceStatus
}
fragment SessionFields on Session {
  id
  startsAt
  endsAt
  blockedUntil
  status
  notes
  seriesId
  lateCancel
  cancelReason
  overrideReason
  confirmedAt
  patient {
    ...PatientOptionFields
  }
  therapist {
    id
    userId
    displayName
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
}`) as unknown as TypedDocumentString<CompleteMutation, CompleteMutationVariables>;
export const SessionPrecautionsDocument = new TypedDocumentString(`
    query sessionPrecautions($id: ID!) {
  Session(id: $id) {
    id
    precautions {
      key
      label
      advice
    }
  }
}
    `) as unknown as TypedDocumentString<SessionPrecautionsQuery, SessionPrecautionsQueryVariables>;
export const AttendanceRevertSessionStatusDocument = new TypedDocumentString(`
    mutation attendanceRevertSessionStatus($id: ID!, $reason: String!) {
  revertSessionStatus(id: $id, reason: $reason) {
    ...SessionFields
  }
}
    fragment PatientOptionFields on Patient {
  id
  name
  dateOfBirth
  complaintRegion
  clearanceStatus
}
fragment SessionFields on Session {
  id
  startsAt
  endsAt
  blockedUntil
  status
  notes
  seriesId
  lateCancel
  cancelReason
  overrideReason
  confirmedAt
  patient {
    ...PatientOptionFields
  }
  therapist {
    id
    userId
    displayName
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
}`) as unknown as TypedDocumentString<AttendanceRevertSessionStatusMutation, AttendanceRevertSessionStatusMutationVariables>;
export const ClinicSettingsDocument = new TypedDocumentString(`
    query clinicSettings {
  clinicSettings {
    ...ClinicSettingsPageFields
  }
}
    fragment ClinicSettingsPageFields on ClinicSettings {
  ...ClinicSettingsFields
  address
  reminderOffsetsHours
  reminderChannels
  quietHoursStart
  quietHoursEnd
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
fragment ClinicSettingsFields on ClinicSettings {
  id
  name
  timezone
  slotStepMinutes
  minimumNoticeMinutes
  lateCancelWindowHours
  checkInWindowMinutes
}`) as unknown as TypedDocumentString<ClinicSettingsQuery, ClinicSettingsQueryVariables>;
export const UpdateClinicSettingsDocument = new TypedDocumentString(`
    mutation updateClinicSettings($name: String, $timezone: String, $slotStepMinutes: Int, $minimumNoticeMinutes: Int, $lateCancelWindowHours: Int, $checkInWindowMinutes: Int, $address: String, $reminderOffsetsHours: [Int!], $reminderChannels: [MessageChannel!], $quietHoursStart: String, $quietHoursEnd: String, $questionnairesEnabled: Boolean, $questionnaireEverySessions: Int, $questionnaireFollowUpMonths: Int, $questionnaireInstruments: [RegionInstrumentsInput!], $licensedItemText: [LicensedItemTextInput!]) {
  updateClinicSettings(
    name: $name
    timezone: $timezone
    slotStepMinutes: $slotStepMinutes
    minimumNoticeMinutes: $minimumNoticeMinutes
    lateCancelWindowHours: $lateCancelWindowHours
    checkInWindowMinutes: $checkInWindowMinutes
    address: $address
    reminderOffsetsHours: $reminderOffsetsHours
    reminderChannels: $reminderChannels
    quietHoursStart: $quietHoursStart
    quietHoursEnd: $quietHoursEnd
    questionnairesEnabled: $questionnairesEnabled
    questionnaireEverySessions: $questionnaireEverySessions
    questionnaireFollowUpMonths: $questionnaireFollowUpMonths
    questionnaireInstruments: $questionnaireInstruments
    licensedItemText: $licensedItemText
  ) {
    ...ClinicSettingsPageFields
  }
}
    fragment ClinicSettingsPageFields on ClinicSettings {
  ...ClinicSettingsFields
  address
  reminderOffsetsHours
  reminderChannels
  quietHoursStart
  quietHoursEnd
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
fragment ClinicSettingsFields on ClinicSettings {
  id
  name
  timezone
  slotStepMinutes
  minimumNoticeMinutes
  lateCancelWindowHours
  checkInWindowMinutes
}`) as unknown as TypedDocumentString<UpdateClinicSettingsMutation, UpdateClinicSettingsMutationVariables>;
export const SchedulingCatalogDocument = new TypedDocumentString(`
    query schedulingCatalog {
  clinicSettings {
    ...ClinicSettingsFields
  }
  allTherapists(perPage: 200, sortField: "displayName", sortOrder: "ASC") {
    ...TherapistFields
  }
  allRooms(perPage: 200, sortField: "name", sortOrder: "ASC") {
    ...RoomFields
  }
  allServiceTypes(perPage: 200, sortField: "name", sortOrder: "ASC") {
    ...ServiceTypeFields
  }
}
    fragment ClinicSettingsFields on ClinicSettings {
  id
  name
  timezone
  slotStepMinutes
  minimumNoticeMinutes
  lateCancelWindowHours
  checkInWindowMinutes
}
fragment TherapistFields on Therapist {
  id
  userId
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
    therapistId
    startsAt
    endsAt
    reason
  }
}
fragment RoomFields on Room {
  id
  name
  active
}
fragment ServiceTypeFields on ServiceType {
  id
  name
  modality
  durationMinutes
  bufferMinutes
  active
}`) as unknown as TypedDocumentString<SchedulingCatalogQuery, SchedulingCatalogQueryVariables>;
export const StaffChangePasswordDocument = new TypedDocumentString(`
    mutation StaffChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    token
    user {
      id
      email
      name
      role
      clinicId
      active
    }
  }
}
    `) as unknown as TypedDocumentString<StaffChangePasswordMutation, StaffChangePasswordMutationVariables>;
export const StaffResendInviteDocument = new TypedDocumentString(`
    mutation StaffResendInvite($userId: ID!) {
  resendStaffInvite(userId: $userId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StaffResendInviteMutation, StaffResendInviteMutationVariables>;
export const StaffInviteDocument = new TypedDocumentString(`
    mutation StaffInvite($input: InviteStaffInput!) {
  inviteStaff(input: $input) {
    id
    name
    email
    role
  }
}
    `) as unknown as TypedDocumentString<StaffInviteMutation, StaffInviteMutationVariables>;
export const CreateStaffDocument = new TypedDocumentString(`
    mutation createStaff($input: CreateStaffInput!) {
  createStaff(input: $input) {
    id
    name
    role
  }
}
    `) as unknown as TypedDocumentString<CreateStaffMutation, CreateStaffMutationVariables>;
export const AddTimeOffDocument = new TypedDocumentString(`
    mutation addTimeOff($therapistId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $reason: String) {
  addTimeOff(
    therapistId: $therapistId
    startsAt: $startsAt
    endsAt: $endsAt
    reason: $reason
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddTimeOffMutation, AddTimeOffMutationVariables>;
export const RemoveTimeOffDocument = new TypedDocumentString(`
    mutation removeTimeOff($id: ID!) {
  removeTimeOff(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveTimeOffMutation, RemoveTimeOffMutationVariables>;
export const SetWorkingHoursDocument = new TypedDocumentString(`
    mutation setWorkingHours($therapistId: ID!, $hours: [WorkingBlockInput!]!) {
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