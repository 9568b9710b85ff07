import { alignedStarts } from './aligned-starts.js';
import { SchedulingInputError } from './errors.js';
import { type Interval, normalize } from './interval.js';
import { assertZone } from './local-date.js';

export interface SlotInput {
  /** Working hours minus time off: where the session itself must lie. */
  available: Interval[];
  /** Other sessions' blocked ranges, their buffers included. */
  busy: Interval[];
  durationMinutes: number;
  /** Recovery after the session; it must not run into a busy range. */
  bufferMinutes: number;
  /** Starts fall on multiples of this, counted from each clinic-local midnight. */
  stepMinutes: number;
  zone: string;
  /** Starts must lie in [range.start, range.end); a session may end after range.end. */
  range: Interval;
  /** now + minimum notice. */
  notBefore: number;
}

const MINUTE_MS = 60_000;

function requireInteger(value: number, field: string, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new SchedulingInputError(field, `${field} must be an integer >= ${min}`);
}

/** Bookable sessions {start, end = start + duration}, ascending. */
export function generateSlots(input: SlotInput): Interval[] {
  requireInteger(input.durationMinutes, 'durationMinutes', 1);
  requireInteger(input.bufferMinutes, 'bufferMinutes', 0);
  requireInteger(input.stepMinutes, 'stepMinutes', 1);
  assertZone(input.zone);
  // Candidates are enumerated, so an unbounded range would never finish.
  if (!Number.isFinite(input.range.start) || !Number.isFinite(input.range.end))
    throw new SchedulingInputError('range', 'range must be finite');
  const duration = input.durationMinutes * MINUTE_MS;
  const blocked = duration + input.bufferMinutes * MINUTE_MS;
  const earliest = Math.max(input.range.start, input.notBefore);
  const available = normalize(input.available);
  const busy = normalize(input.busy);
  const out: Interval[] = [];
  let b = 0;

  // Candidates are taken only inside each available window, so days off cost nothing. Both
  // lists are sorted and starts only grow, so the busy index never moves back.
  for (const window of available) {
    const from = Math.max(window.start, earliest);
    const to = Math.min(window.end - duration, input.range.end - 1);
    for (const start of alignedStarts(from, to, input.stepMinutes, input.zone)) {
      while (b < busy.length && busy[b].end <= start) b++;
      if (b < busy.length && busy[b].start < start + blocked) continue;
      out.push({ start, end: start + duration });
    }
  }
  return out;
}
