// Labels and colours for the API's scheduling and clinical enums (types generated from the schema).
import type {
  AssessmentSource,
  MessageChannel,
  MessageKind,
  MessageStatus,
  Modality,
  Pressure,
  RepeatFrequency,
  SessionStatus,
} from '../graphql/graphql';

export const STATUS_LABELS: Record<SessionStatus, string> = {
  BOOKED: 'Booked',
  CHECKED_IN: 'Checked in',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  NO_SHOW: 'No-show',
};

/** Tinted cards with dark text (WCAG AA on the tint); the accent is the card's left border and legend swatch. */
export const STATUS_COLORS: Record<SessionStatus, { bg: string; fg: string; accent: string }> = {
  BOOKED: { bg: '#e4effa', fg: '#123a5e', accent: '#2f6fb0' },
  CHECKED_IN: { bg: '#fff1d6', fg: '#5a3a00', accent: '#c98a00' },
  COMPLETED: { bg: '#e3f3e8', fg: '#1d4d30', accent: '#2e7d4f' },
  CANCELLED: { bg: '#f1f3f4', fg: '#5b6670', accent: '#9aa4ab' },
  NO_SHOW: { bg: '#fde8e6', fg: '#7a1c14', accent: '#c0392b' },
};

export const STATUSES = Object.keys(STATUS_LABELS) as SessionStatus[];

export const MODALITY_LABELS: Record<Modality, string> = {
  SWEDISH: 'Swedish',
  DEEP_TISSUE: 'Deep tissue',
  MYOFASCIAL_RELEASE: 'Myofascial release',
  TRIGGER_POINT: 'Trigger point',
  NEUROMUSCULAR: 'Neuromuscular',
  HOT_STONE: 'Hot stone',
  CRANIOSACRAL: 'Craniosacral',
  SPORTS: 'Sports',
  OTHER: 'Other',
};
export const MODALITY_CHOICES = Object.entries(MODALITY_LABELS).map(([id, name]) => ({ id, name }));

export const PRESSURE_LABELS: Record<Pressure, string> = { LIGHT: 'Light', MODERATE: 'Moderate', FIRM: 'Firm', DEEP: 'Deep' };

export const FREQUENCY_LABELS: Record<RepeatFrequency, { adjective: string; unit: string }> = {
  DAILY: { adjective: 'Daily', unit: 'day' },
  WEEKLY: { adjective: 'Weekly', unit: 'week' },
  MONTHLY: { adjective: 'Monthly', unit: 'month' },
};

export const WEEKDAY_LABELS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** The patient's channels and the outbox's enums (messages resource, patient contact fields). */
export const CHANNEL_LABELS: Record<MessageChannel, string> = { EMAIL: 'Email', SMS: 'SMS' };
export const CHANNEL_CHOICES = Object.entries(CHANNEL_LABELS).map(([id, name]) => ({ id, name }));

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  REMINDER: 'Reminder',
  CONFIRMATION: 'Confirmation',
  CANCELLATION: 'Cancellation',
  WAITLIST_OFFER: 'Waitlist offer',
  QUESTIONNAIRE: 'Questionnaire',
  STAFF_INVITE: 'Staff invitation',
};
export const MESSAGE_KIND_CHOICES = Object.entries(MESSAGE_KIND_LABELS).map(([id, name]) => ({ id, name }));

export const MESSAGE_STATUS_LABELS: Record<MessageStatus, string> = {
  SCHEDULED: 'Scheduled',
  SENT: 'Sent',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
  SKIPPED: 'Skipped',
};
export const MESSAGE_STATUS_CHOICES = Object.entries(MESSAGE_STATUS_LABELS).map(([id, name]) => ({ id, name }));

/** Same tints as the schedule's statuses, so "done", "waiting" and "went wrong" read alike across the admin. */
export const MESSAGE_STATUS_COLORS: Record<MessageStatus, { bg: string; fg: string }> = {
  SCHEDULED: { bg: '#e4effa', fg: '#123a5e' },
  SENT: { bg: '#e3f3e8', fg: '#1d4d30' },
  FAILED: { bg: '#fde8e6', fg: '#7a1c14' },
  CANCELLED: { bg: '#f1f3f4', fg: '#5b6670' },
  SKIPPED: { bg: '#fff1d6', fg: '#5a3a00' },
};

/** Who gave an assessment's answers; said wherever a score is shown (table, chart tooltip and legend). */
export const SOURCE_LABELS: Record<AssessmentSource, string> = {
  CLINICIAN_ENTERED: 'Clinician-entered',
  PATIENT_REPORTED: 'Patient-reported',
};
