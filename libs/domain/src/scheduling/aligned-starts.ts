import { addDays, assertZone, instantsAtWall, localDateOf, wallMs, wallToInstant } from './local-date.js';

const MINUTE_MS = 60_000;

/**
 * Instants in [from, to] whose clinic-local wall clock is a whole multiple of `stepMinutes` counted
 * from that local midnight, ascending. In a fall-back hour both occurrences qualify; in a
 * spring-forward gap none do. Days with one constant offset use plain arithmetic; only DST days
 * take the per-wall-time path.
 */
export function alignedStarts(from: number, to: number, stepMinutes: number, zone: string): number[] {
  const tz = assertZone(zone);
  const stepMs = stepMinutes * MINUTE_MS;
  const out: number[] = [];
  if (!(to >= from)) return out;
  for (let day = localDateOf(from, zone); ; day = addDays(day, 1)) {
    const midnightWall = wallMs(day, 0);
    const dayStart = wallToInstant(midnightWall, tz);
    if (dayStart > to) break;
    const nextStart = wallToInstant(wallMs(day, 1440), tz);
    const steady = dayStart + tz.offset(dayStart) * MINUTE_MS === midnightWall && tz.offset(dayStart) === tz.offset(nextStart - 1);
    if (steady) {
      const first = Math.max(0, Math.ceil((from - dayStart) / stepMs));
      for (let t = dayStart + first * stepMs; t < nextStart && t <= to; t += stepMs) out.push(t);
    } else {
      const today: number[] = [];
      for (let wall = midnightWall; wall < midnightWall + 1440 * MINUTE_MS; wall += stepMs) {
        for (const t of instantsAtWall(wall, tz)) if (t >= from && t <= to) today.push(t);
      }
      out.push(...today.sort((a, b) => a - b));
    }
  }
  return out;
}
