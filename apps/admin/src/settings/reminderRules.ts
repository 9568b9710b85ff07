// What the reminder settings accept, checked as the owner types (the API checks the same on save,
// in UpdateClinicSettingsArgs), and the sentences that explain them.
import { wallTimeMinutes } from '@backtrack/domain';
import { formatMinutes } from '../shared/time';

export const MAX_REMINDERS = 4;
/** Two weeks: the API's upper bound for an offset. */
export const MAX_OFFSET_HOURS = 336;

/** An offset as the form holds it: a number from the server, the text of the input while edited. */
export type OffsetDraft = number | string;

/** One message per invalid offset (same index), or undefined when the value is fine. */
export function offsetProblems(offsets: readonly OffsetDraft[]): (string | undefined)[] {
  const seen = new Map<number, number>();
  return offsets.map((raw, index) => {
    const text = String(raw ?? '').trim();
    if (text === '') return 'Enter the hours';
    const hours = Number(text);
    if (!Number.isInteger(hours)) return 'Whole hours only';
    if (hours < 1) return 'At least 1 hour';
    if (hours > MAX_OFFSET_HOURS) return `At most ${MAX_OFFSET_HOURS} hours (14 days)`;
    const first = seen.get(hours);
    if (first !== undefined && first < index) return `Same as reminder ${first + 1}`;
    seen.set(hours, index);
    return undefined;
  });
}

const OFFSETS_INVALID = 'Correct the reminder times marked above';

/** The field's validator: a summary when a value is wrong (each value says what), or too many values. */
export function validateOffsets(value: unknown): string | undefined {
  const offsets = Array.isArray(value) ? (value as OffsetDraft[]) : [];
  if (offsets.length > MAX_REMINDERS) return `At most ${MAX_REMINDERS} reminders`;
  return offsetProblems(offsets).some(Boolean) ? OFFSETS_INVALID : undefined;
}

export function toOffsets(value: unknown): number[] {
  return (Array.isArray(value) ? value : []).map((v) => Number(String(v).trim()));
}

/** "2 days", "1 day 12 hours", "3 hours". */
export function describeHours(hours: number): string {
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  const parts = [];
  if (days) parts.push(`${days} ${days === 1 ? 'day' : 'days'}`);
  if (rest || !days) parts.push(`${rest} ${rest === 1 ? 'hour' : 'hours'}`);
  return parts.join(' ');
}

export function validateTimeOfDay(message: string) {
  return (value: unknown): string | undefined => {
    try {
      wallTimeMinutes(String(value ?? ''));
      return undefined;
    } catch {
      return message;
    }
  };
}

export function validateChannels(value: unknown): string | undefined {
  return Array.isArray(value) && value.length > 0 ? undefined : 'Choose at least one channel';
}

/**
 * What quiet hours do, in the owner's words (the rule itself is planReminders in @backtrack/domain):
 * a reminder due inside them waits for their end; equal times mean no quiet hours.
 */
export function quietHoursSentences(start: string, end: string): string[] {
  let startMinute: number;
  try {
    startMinute = wallTimeMinutes(start);
    wallTimeMinutes(end);
  } catch {
    return [];
  }
  if (start === end) return ['No quiet hours: every reminder goes out when it is due.'];
  return [
    `Reminders due between ${start} and ${end} go out at ${end}, clinic time.`,
    `One that would then arrive after the session starts goes out at ${formatMinutes((startMinute + 1439) % 1440)} instead, before quiet hours begin.`,
  ];
}
