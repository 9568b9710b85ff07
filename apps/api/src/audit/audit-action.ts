import { registerEnumType } from '@nestjs/graphql';

export enum AuditAction {
  /** One event per request and entity type, listing every record returned (entityIds). */
  READ = 'READ',
  CREATE = 'CREATE',
  AMEND = 'AMEND',
  /** A change of a staff account or of the clinic settings, naming the fields it set. */
  UPDATE = 'UPDATE',
  /** A staff member's role changed (the event's entityId is the account). */
  ROLE_CHANGE = 'ROLE_CHANGE',
  DISCHARGE = 'DISCHARGE',
  /** A refused attempt on a patient's record (FORBIDDEN). */
  DENIED = 'DENIED',
  /** An owner booked over an existing session on purpose (with overrideReason). */
  OVERRIDE = 'OVERRIDE',
  BOOK = 'BOOK',
  RESCHEDULE = 'RESCHEDULE',
  CANCEL = 'CANCEL',
  CHECK_IN = 'CHECK_IN',
  COMPLETE = 'COMPLETE',
  NO_SHOW = 'NO_SHOW',
  /** An owner took a no-show or cancellation back to BOOKED; the reason is in the session's notes. */
  REVERT = 'REVERT',
  LOGIN = 'LOGIN',
  /** A wrong password (or a deactivated account) for an existing account; the password is never kept. */
  LOGIN_FAILED = 'LOGIN_FAILED',
}

registerEnumType(AuditAction, { name: 'AuditAction' });

/** What was touched: a table name, or the computed views over them. */
export const AUDIT_ENTITIES = [
  'Patient',
  'Screening',
  'Clearance',
  'EpisodeOfCare',
  'Assessment',
  'TreatmentNote',
  'Session',
  'SessionSeries',
  'PatientOutcomes',
  'ClinicOutcomes',
  'User',
  'Clinic',
] as const;

export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
