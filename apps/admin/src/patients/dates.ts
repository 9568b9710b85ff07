// Dates of birth are calendar dates ("YYYY-MM-DD"), not instants: they are formatted and compared as
// such, never through `new Date("YYYY-MM-DD")`, which is UTC midnight and shows the day before in
// the Americas.
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealDate(value: string): boolean {
  const match = DATE_ONLY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Today's calendar date where the user is, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function formatDateOnly(value: string | null | undefined, locale?: string): string {
  if (!value || !isRealDate(value)) return value ?? '';
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
}

/** Age in whole years on `today` (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, today: string = localToday()): number | null {
  if (!isRealDate(dateOfBirth) || !isRealDate(today)) return null;
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}
