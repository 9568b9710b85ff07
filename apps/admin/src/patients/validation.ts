// Client-side checks that mirror the API's (patient.inputs.ts), so staff see mistakes before saving.
// The API stays the authority: anything it rejects anyway is shown on the field it names.
import { email, maxLength, regex, required, type Validator } from 'react-admin';
import { isRealDate, localToday } from './dates';

export const EARLIEST_DATE_OF_BIRTH = '1900-01-01';

export function validateDateOfBirth(today: () => string = localToday): Validator {
  return (value: unknown) => {
    if (value === null || value === undefined || value === '') return undefined; // `required` reports it
    if (typeof value !== 'string' || !isRealDate(value)) return 'Enter a real date (YYYY-MM-DD)';
    if (value > today()) return 'Date of birth cannot be in the future';
    if (value < EARLIEST_DATE_OF_BIRTH) return 'Date of birth cannot be before 1900';
    return undefined;
  };
}

const PHONE = /^[+0-9 ()./-]{5,30}$/;

export const patientValidators = {
  firstName: [required('Enter the first name'), maxLength(80)],
  lastName: [required('Enter the last name'), maxLength(80)],
  dateOfBirth: [required('Enter the date of birth'), validateDateOfBirth()],
  complaintRegion: [required('Choose the complaint region')],
  email: [email('Enter a valid email address')],
  phone: [regex(PHONE, 'Use digits, spaces and + ( ) . - only (5 to 30 characters)')],
  notes: [maxLength(2000)],
};

/** Trims text and sends blank optional contact fields as null, which the API stores as "none". */
export function toPatientInput(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  for (const key of ['firstName', 'lastName', 'email', 'phone', 'notes']) {
    if (typeof out[key] === 'string') out[key] = (out[key] as string).trim();
  }
  for (const key of ['email', 'phone']) {
    if (out[key] === '' || out[key] === undefined) out[key] = null;
  }
  // "No preference" is the select's empty choice.
  if (out.preferredChannel === '' || out.preferredChannel === undefined) out.preferredChannel = null;
  if (out.notes === null || out.notes === undefined) out.notes = '';
  return out;
}
