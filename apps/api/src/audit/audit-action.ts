import { registerEnumType } from '@nestjs/graphql';

export enum AuditAction {
  READ = 'READ',
  CREATE = 'CREATE',
  AMEND = 'AMEND',
  DISCHARGE = 'DISCHARGE',
  /** A refused attempt on a patient's record (FORBIDDEN). */
  DENIED = 'DENIED',
  /** An owner booked over an existing session on purpose (with overrideReason). */
  OVERRIDE = 'OVERRIDE',
}

registerEnumType(AuditAction, { name: 'AuditAction' });

/** What was touched: a table name, or the computed views over them. */
export type AuditEntity =
  | 'Patient'
  | 'Screening'
  | 'Clearance'
  | 'EpisodeOfCare'
  | 'Assessment'
  | 'TreatmentNote'
  | 'Session'
  | 'SessionSeries'
  | 'PatientOutcomes'
  | 'ClinicOutcomes';
