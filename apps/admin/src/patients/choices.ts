// Labels for the API's patient enums, shared by inputs, filters and fields.
export type ComplaintRegion = 'LOWER_BACK' | 'MID_BACK' | 'UPPER_BACK' | 'NECK';
export type ClearanceStatus = 'NOT_SCREENED' | 'NOT_REQUIRED' | 'NEEDS_MEDICAL_CLEARANCE' | 'CLEARED';

export interface Patient {
  id: string;
  firstName: string;
  lastName: string;
  name: string;
  dateOfBirth: string;
  email: string | null;
  phone: string | null;
  complaintRegion: ComplaintRegion;
  clearanceStatus: ClearanceStatus;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

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
