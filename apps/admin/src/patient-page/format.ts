// Appointment times as the patient's message wrote them: on the clinic's clock, whatever zone the
// phone is in, so "Tuesday 12 January 2027, 10:00 EST" on the page is the time in the reminder.
// Intl only (no date library): this page's bundle stays small.

function parts(instant: string, zone: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of new Intl.DateTimeFormat('en-GB', { timeZone: zone, ...options }).formatToParts(new Date(instant))) {
    out[part.type] = part.value;
  }
  return out;
}

/** "Tuesday 12 January 2027" on the clinic's calendar. */
export function clinicDay(instant: string, zone: string): string {
  const p = parts(instant, zone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "09:05" on the clinic's 24-hour clock. */
export function clinicTime(instant: string, zone: string): string {
  const p = parts(instant, zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${p.hour}:${p.minute}`;
}

/** The zone's short name at that instant, as the messages write it: "EST", "EDT", "GMT+1". */
export function zoneAbbreviation(instant: string, zone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(new Date(instant))
    .find((part) => part.type === 'timeZoneName')?.value;
  return name ?? zone;
}

/** "New York" for America/New_York: the place a patient recognises, not the IANA id. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** "10:00–11:00 EST"; a session across a DST switch names both: "01:30 EDT–01:15 EST". */
export function clinicTimeRange(startsAt: string, endsAt: string, zone: string): string {
  const [from, to] = [zoneAbbreviation(startsAt, zone), zoneAbbreviation(endsAt, zone)];
  const start = clinicTime(startsAt, zone);
  const end = clinicTime(endsAt, zone);
  return from === to ? `${start}–${end} ${from}` : `${start} ${from}–${end} ${to}`;
}

/** A late-cancel window as clinics state it: "24 hours", "48 hours", "1 hour"; whole weeks or days past two as days. */
export function policyWindow(hours: number): string {
  if (hours === 1) return '1 hour';
  return hours >= 72 && hours % 24 === 0 ? `${hours / 24} days` : `${hours} hours`;
}
