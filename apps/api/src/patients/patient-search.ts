// What a receptionist types into the patient search box, read as the ways a patient is usually found:
// by the start of a name, an email address, a phone number as people write it, or a date of birth as
// the admin shows it. Each reading that fits becomes one alternative of a single WHERE clause.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Phone searches need this many digits: fewer would match too many numbers by chance. */
export const MIN_PHONE_DIGITS = 6;

export interface PatientSearch {
  /** Every term must start the first or the last name (`zoe ada` finds Zoe Adams). */
  nameTerms: string[];
  /** The start of an email address (one word only). */
  emailPrefix: string | null;
  /** The E.164 number starts with this (`+1202555`), when typed with its country code. */
  phonePrefix: string | null;
  /** The E.164 number ends with these digits, when typed without its country code. */
  phoneSuffix: string | null;
  /** Dates of birth the text can mean (17/05/1980 is one date, 05/06/1980 two). */
  datesOfBirth: Date[];
}

/**
 * `%`, `_` and `\` are LIKE's wildcards and escape character: escaped, the text is matched as typed.
 * PostgreSQL's default LIKE escape character is the backslash.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function utcDate(year: number, month: number, day: number): Date | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

function monthOf(name: string): number | null {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? null : index + 1;
}

/**
 * The dates a text can mean: ISO (1980-05-17), the admin's display forms (17 May 1980, May 17, 1980)
 * and the numeric forms of both sides of the Atlantic (17/05/1980, 05/17/1980, 17.05.1980). A numeric
 * date both readings allow (05/06/1980) means either.
 */
export function datesOf(text: string): Date[] {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return [utcDate(+m[1]!, +m[2]!, +m[3]!)].filter((d): d is Date => d !== null);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) {
    const [a, b, year] = [+m[1]!, +m[2]!, +m[3]!];
    const readings = [utcDate(year, b, a), utcDate(year, a, b)].filter((d): d is Date => d !== null);
    return readings.filter((d, i) => readings.findIndex((e) => e.getTime() === d.getTime()) === i);
  }
  m = /^(\d{1,2}) ([a-z]{3,9})\.?,? (\d{4})$/i.exec(t);
  if (m && monthOf(m[2]!)) return [utcDate(+m[3]!, monthOf(m[2]!)!, +m[1]!)].filter((d): d is Date => d !== null);
  m = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$/i.exec(t);
  if (m && monthOf(m[1]!)) return [utcDate(+m[3]!, monthOf(m[1]!)!, +m[2]!)].filter((d): d is Date => d !== null);
  return [];
}

/**
 * A phone number as typed ("+1 (202) 555-0101", "202 555 0101", "0044 7700 900123", "07700 900123")
 * against numbers stored in E.164. With a country code (+ or 00) the stored number starts with it;
 * without one it ends with the national number, less a leading trunk 0 (UK 07700 → +44 7700).
 */
function phoneOf(text: string): Pick<PatientSearch, 'phonePrefix' | 'phoneSuffix'> {
  const none = { phonePrefix: null, phoneSuffix: null };
  const t = text.trim();
  if (!/^[+0-9 ()./-]+$/.test(t)) return none;
  let digits = t.replace(/\D/g, '');
  if (t.startsWith('+') || digits.startsWith('00')) {
    digits = digits.replace(/^00/, '');
    return digits.length >= MIN_PHONE_DIGITS ? { phonePrefix: `+${digits}`, phoneSuffix: null } : none;
  }
  digits = digits.replace(/^0/, '');
  return digits.length >= MIN_PHONE_DIGITS ? { phonePrefix: null, phoneSuffix: digits } : none;
}

export function parsePatientSearch(q: string | undefined): PatientSearch | null {
  const text = q?.trim() ?? '';
  if (!text) return null;
  const nameTerms = text.split(/\s+/);
  return {
    nameTerms,
    emailPrefix: nameTerms.length === 1 ? text : null,
    ...phoneOf(text),
    datesOfBirth: datesOf(text),
  };
}
