// Clinic-clock formatting: both DST switches, a half-hour zone and an instant that is another day in
// UTC. The expectations do not depend on the machine's zone (run with TZ=UTC and TZ=Pacific/Auckland).
import { clinicDay, clinicTime, clinicTimeRange, policyWindow, zoneAbbreviation, zoneCity } from './format';

describe('clinic clock', () => {
  it.each([
    // instant, zone, day, time, abbreviation
    ['2027-01-12T15:00:00.000Z', 'America/New_York', 'Tuesday 12 January 2027', '10:00', 'EST'],
    ['2026-07-14T13:30:00.000Z', 'America/New_York', 'Tuesday 14 July 2026', '09:30', 'EDT'],
    // 2026-03-08 07:00Z is 03:00 EDT, the first hour after New York springs forward.
    ['2026-03-08T07:00:00.000Z', 'America/New_York', 'Sunday 8 March 2026', '03:00', 'EDT'],
    // 2026-11-01 05:30Z and 06:30Z are both 01:30 in New York (fall back): EDT, then EST.
    ['2026-11-01T05:30:00.000Z', 'America/New_York', 'Sunday 1 November 2026', '01:30', 'EDT'],
    ['2026-11-01T06:30:00.000Z', 'America/New_York', 'Sunday 1 November 2026', '01:30', 'EST'],
    // 03:30 UTC on the 12th is still the 11th on the clinic's clock.
    ['2027-01-12T03:30:00.000Z', 'America/New_York', 'Monday 11 January 2027', '22:30', 'EST'],
    ['2026-06-01T08:00:00.000Z', 'Asia/Kolkata', 'Monday 1 June 2026', '13:30', 'GMT+5:30'],
    ['2026-06-01T23:15:00.000Z', 'Europe/London', 'Tuesday 2 June 2026', '00:15', 'GMT+1'],
  ])('%s in %s is %s at %s %s', (instant, zone, day, time, abbreviation) => {
    expect(clinicDay(instant, zone)).toBe(day);
    expect(clinicTime(instant, zone)).toBe(time);
    expect(zoneAbbreviation(instant, zone)).toBe(abbreviation);
  });

  it('writes a range with one zone name, or both across a DST switch', () => {
    expect(clinicTimeRange('2027-01-12T15:00:00.000Z', '2027-01-12T16:00:00.000Z', 'America/New_York')).toBe('10:00–11:00 EST');
    expect(clinicTimeRange('2026-11-01T05:30:00.000Z', '2026-11-01T06:45:00.000Z', 'America/New_York')).toBe('01:30 EDT–01:45 EST');
  });

  it.each([
    [1, '1 hour'],
    [2, '2 hours'],
    [24, '24 hours'],
    [48, '48 hours'],
    [50, '50 hours'],
    [72, '3 days'],
    [336, '14 days'],
  ])('a late-cancel window of %i hours reads "%s"', (hours, text) => {
    expect(policyWindow(hours)).toBe(text);
  });

  it('names the zone by its city', () => {
    expect(zoneCity('America/New_York')).toBe('New York');
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('UTC')).toBe('UTC');
  });
});
