// Labels for the API's patient enums, shared by inputs, filters and fields.
import { graphql } from '../graphql';
import type { ClearanceStatus, ComplaintRegion, PatientRecordFragment } from '../graphql/graphql';

export type { ClearanceStatus, ComplaintRegion };

// The record react-admin's data provider returns (it selects every field); typed from the schema here.
export const PATIENT_RECORD = graphql(`
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
`);
export type Patient = PatientRecordFragment;

export const REGION_LABELS: Record<ComplaintRegion, string> = {
  LOWER_BACK: 'Lower back',
  MID_BACK: 'Mid back',
  UPPER_BACK: 'Upper back',
  NECK: 'Neck',
};

export const CLEARANCE_LABELS: Record<ClearanceStatus, string> = {
  NOT_SCREENED: 'Not screened',
  NOT_REQUIRED: 'No clearance needed',
  NEEDS_MEDICAL_CLEARANCE: 'Needs medical clearance',
  CLEARED: 'Medically cleared',
};

export const REGION_CHOICES = Object.entries(REGION_LABELS).map(([id, name]) => ({ id, name }));
export const CLEARANCE_CHOICES = Object.entries(CLEARANCE_LABELS).map(([id, name]) => ({ id, name }));
