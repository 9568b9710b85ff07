// Mobile numbers are stored in E.164 so that every SMS provider accepts them as they are.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { BadInputError } from '../common/app-error.js';

/**
 * The number in E.164, or BAD_USER_INPUT naming `phone`. Numbers without a country code are read in
 * `defaultCountry` when one is known; otherwise they must start with + and the country code.
 */
export function toE164(raw: string, defaultCountry?: CountryCode): string {
  const parsed = parsePhoneNumberFromString(raw, defaultCountry);
  if (!parsed?.isValid()) {
    throw BadInputError.field('phone', 'must be a valid phone number in international format, e.g. +44 7700 900123');
  }
  return parsed.number;
}
