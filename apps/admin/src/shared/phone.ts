// Phones are stored as E.164 (+12025550100); people read them grouped (+1 202 555 0100).
import { parsePhoneNumber } from 'libphonenumber-js';

/** The international format of an E.164 number; anything unparseable is shown as stored. */
export function formatPhone(e164: string | null | undefined): string {
  if (!e164) return '';
  try {
    return parsePhoneNumber(e164).formatInternational();
  } catch {
    return e164;
  }
}
