// weekStatistics (issue 13): the owner dashboard's week computed in PostgreSQL, over HTTP against the real
// database. A week worked out by hand; DST weeks in New York and London (a night block across the
// spring-forward gap, a whole 25-hour Sunday, an ambiguous fall-back start read as the earlier instant);
// random clinics compared with the reference (week-stats.reference.ts, the browser's former computation);
// who may ask; and bad days named as such.
import { randomUUID } from 'node:crypto';
import { expandWorkingHours, validateWorkingBlocks, type SessionStatus } from '@backtrack/domain';
import { DateTime } from 'luxon';
import { graphql } from '../graphql/index.js';
import type { WeekStatisticsQuery } from '../graphql/graphql.js';
import { codeOf, startApi, type TestApi } from '../support/api.js';
import { insertServiceType } from '../support/clinical-factories.js';
import { createPatient, createStaff, signUpClinic, type TestClinic } from '../support/factories.js';
import { createTherapist, onDate, type Block } from '../support/scheduling-factories.js';
import { closeDb, db } from '../support/sql.js';
import { referenceWeekStats, type ReferenceSession, type ReferenceTherapist } from './week-stats.reference.js';

const WEEK = graphql(`
  query WeekStatistics($day: String) {
    weekStatistics(day: $day) {
      weekOf
      from
      to
      timezone
      sessions
      begun
      completed
      toRecord
      upcoming
      cancellations
      lateCancellations
      noShows
      noShowRate
      confirmation {
        confirmed
        of
        share
      }
      bookedMinutes
      availableMinutes
      utilization
      byTherapist {
        therapistId
        name
        sessions
        bookedMinutes
        availableMinutes
        utilization
      }
    }
  }
`);

type Week = WeekStatisticsQuery['weekStatistics'];

let api: TestApi;

beforeAll(async () => {
  api = await startApi();
});

afterAll(async () => {
  await closeDb();
  await api?.close();
});

async function week(clinic: TestClinic, day?: string, token = clinic.owner.token): Promise<Week> {
  const result = await api.gql(WEEK, day === undefined ? {} : { day }, token);
  if (!result.data || result.errors) throw new Error(`weekStatistics failed: ${JSON.stringify(result.errors)}`);
  return result.data.weekStatistics;
}

/** What a clinic needs for session fixtures: a service, two patients and the owner as their author. */
interface Fixtures {
  clinic: TestClinic;
  serviceTypeId: string;
  patients: string[];
}

async function fixturesOf(timezone: string): Promise<Fixtures> {
  const clinic = await signUpClinic(api, timezone);
  const [serviceTypeId, a, b] = await Promise.all([
    insertServiceType(clinic.clinicId),
    createPatient(api, clinic.owner.token),
    createPatient(api, clinic.owner.token),
  ]);
  return { clinic, serviceTypeId, patients: [a.id, b.id] };
}

interface SessionRow {
  therapistId: string;
  startsAt: string;
  endsAt: string;
  status: SessionStatus;
  lateCancel?: boolean;
  confirmedAt?: string | null;
  /** An owner's override lets it overlap, as booking allows. */
  overrideReason?: string | null;
  patient?: number;
}

/** Session rows as FIXTURES (the booking rules refuse the past, and attendance records need it). */
async function insertSessions(f: Fixtures, rows: SessionRow[]): Promise<ReferenceSession[]> {
  for (const r of rows) {
    await db().query(
      `INSERT INTO "Session" (id, "clinicId", "patientId", "therapistId", "serviceTypeId", "startsAt", "endsAt", "blockedUntil",
                              status, "lateCancel", "confirmedAt", "overrideReason", "createdById", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8::"SessionStatus", $9, $10, $11, $12, now())`,
      [
        randomUUID(),
        f.clinic.clinicId,
        f.patients[r.patient ?? 0],
        r.therapistId,
        f.serviceTypeId,
        r.startsAt,
        r.endsAt,
        r.status,
        r.lateCancel ?? false,
        r.confirmedAt ?? null,
        r.overrideReason ?? null,
        f.clinic.owner.id,
      ],
    );
  }
  return rows.map((r) => ({
    therapistId: r.therapistId,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    status: r.status,
    lateCancel: r.lateCancel ?? false,
    confirmedAt: r.confirmedAt ?? null,
  }));
}

async function insertTimeOff(f: Fixtures, therapistId: string, startsAt: string, endsAt: string): Promise<void> {
  await db().query(`INSERT INTO "TimeOff" (id, "clinicId", "therapistId", "startsAt", "endsAt") VALUES ($1, $2, $3, $4, $5)`, [
    randomUUID(),
    f.clinic.clinicId,
    therapistId,
    startsAt,
    endsAt,
  ]);
}

const WEEKDAYS_9_TO_5: Block[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));

describe('a week worked out by hand (New York, 17–23 November 2025, all of it past)', () => {
  const NY = 'America/New_York';
  const f = {} as Fixtures;
  let maya: string;
  let noah: string;
  const at = (date: string, time: string) => onDate(NY, date, time);
  const hour = (date: string, time: string, minutes = 60) => ({
    startsAt: at(date, time),
    endsAt: new Date(Date.parse(at(date, time)) + minutes * 60_000).toISOString(),
  });
  const confirmedAt = '2025-11-14T15:00:00.000Z';

  beforeAll(async () => {
    Object.assign(f, await fixturesOf(NY));
    // Maya works Monday to Friday 09–17 (40 h) and takes Friday morning off (4 h): 36 h available.
    // Noah has no working hours at all.
    maya = (await createTherapist(api, f.clinic, WEEKDAYS_9_TO_5, 'Maya Chen')).id;
    noah = (await createTherapist(api, f.clinic, [], 'Noah Park')).id;
    await insertTimeOff(f, maya, at('2025-11-21', '09:00'), at('2025-11-21', '13:00'));
    await insertSessions(f, [
      { therapistId: maya, ...hour('2025-11-17', '10:00'), status: 'COMPLETED', confirmedAt },
      { therapistId: maya, ...hour('2025-11-18', '10:00'), status: 'NO_SHOW', confirmedAt },
      { therapistId: maya, ...hour('2025-11-18', '12:00'), status: 'CANCELLED', lateCancel: true, confirmedAt },
      { therapistId: maya, ...hour('2025-11-19', '10:00'), status: 'CANCELLED' },
      // An owner's override running past 17:00: only its first half hour is inside working time
      { therapistId: maya, ...hour('2025-11-19', '16:30'), status: 'COMPLETED', overrideReason: 'Urgent' },
      // Two overlapping sessions (the second by override) book 10:00–11:30 once: 90 minutes
      { therapistId: maya, ...hour('2025-11-20', '10:00'), status: 'BOOKED' },
      { therapistId: maya, ...hour('2025-11-20', '10:30'), status: 'CHECKED_IN', overrideReason: 'Double-booked', patient: 1 },
      // In time off and on a Saturday: booked, but no working time
      { therapistId: maya, ...hour('2025-11-21', '10:00'), status: 'COMPLETED', overrideReason: 'Came in anyway' },
      { therapistId: maya, ...hour('2025-11-22', '10:00'), status: 'COMPLETED', overrideReason: 'Saturday' },
      { therapistId: noah, ...hour('2025-11-17', '10:00'), status: 'COMPLETED', patient: 1 },
      // Just outside the week on either side
      { therapistId: maya, ...hour('2025-11-16', '23:00', 30), status: 'COMPLETED', overrideReason: 'Sunday night' },
      { therapistId: maya, ...hour('2025-11-24', '00:00'), status: 'COMPLETED', overrideReason: 'Monday midnight' },
    ]);
  });

  it('counts what happened, confirmations among held sessions, and booked time inside available time', async () => {
    const stats = await week(f.clinic, '2025-11-20');
    expect(stats).toEqual({
      weekOf: '2025-11-17',
      from: '2025-11-17T05:00:00.000Z',
      to: '2025-11-24T05:00:00.000Z',
      timezone: NY,
      sessions: 8,
      begun: 8,
      completed: 5,
      toRecord: 2,
      upcoming: 0,
      cancellations: 2,
      lateCancellations: 1,
      noShows: 1,
      noShowRate: 1 / 8,
      // Held: Maya's 2 completed in hours, booked, checked in, in time off, Saturday, and Noah's; only the first was confirmed
      confirmation: { confirmed: 1, of: 7, share: 1 / 7 },
      bookedMinutes: 60 + 30 + 90,
      availableMinutes: 36 * 60,
      utilization: 180 / (36 * 60),
      byTherapist: [
        { therapistId: maya, name: 'Maya Chen', sessions: 7, bookedMinutes: 180, availableMinutes: 2160, utilization: 180 / 2160 },
        { therapistId: noah, name: 'Noah Park', sessions: 1, bookedMinutes: 0, availableMinutes: 0, utilization: null },
      ],
    });
  });

  it('is the same week from its Monday to its Sunday, and the next one from the next Monday', async () => {
    expect((await week(f.clinic, '2025-11-17')).weekOf).toBe('2025-11-17');
    expect((await week(f.clinic, '2025-11-23')).weekOf).toBe('2025-11-17');
    const next = await week(f.clinic, '2025-11-24');
    expect(next).toMatchObject({ weekOf: '2025-11-24', from: '2025-11-24T05:00:00.000Z', sessions: 1, begun: 1, completed: 1 });
    // Nobody booked Maya's working hours that week but the midnight override outside them
    expect(next.byTherapist[0]).toMatchObject({ bookedMinutes: 0, availableMinutes: 40 * 60, utilization: 0 });
  });

  it('is this week in the clinic zone by default, with nothing begun before its sessions', async () => {
    const today = DateTime.now().setZone(NY);
    const stats = await week(f.clinic);
    expect(stats.weekOf).toBe(today.startOf('week').toISODate());
    expect(stats).toMatchObject({ sessions: 0, begun: 0, noShowRate: null, confirmation: { confirmed: 0, of: 0, share: null } });
  });

  it('is the owner’s: the front desk and therapists are refused, and nobody signed out gets it', async () => {
    const desk = await createStaff(api, f.clinic, 'FRONT_DESK', 'Desk Person');
    const therapist = await createStaff(api, f.clinic, 'THERAPIST', 'Tess Therapist');
    for (const token of [desk.token, therapist.token]) {
      const result = await api.gql(WEEK, { day: '2025-11-20' }, token);
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
    expect(codeOf(await api.gql(WEEK, { day: '2025-11-20' }))).toBe('UNAUTHENTICATED');
  });

  it('sees only its own clinic', async () => {
    const other = await fixturesOf(NY);
    const stats = await week(other.clinic, '2025-11-20');
    expect(stats).toMatchObject({ sessions: 0, cancellations: 0, bookedMinutes: 0, availableMinutes: 0, byTherapist: [] });
  });

  it.each([
    ['2025-02-30', 'not a day of the calendar'],
    ['2025-11-2', 'not written YYYY-MM-DD'],
    ['next week', 'not a date'],
    ['1899-12-31', 'before 1900'],
    ['3000-01-01', 'after 2999'],
    ['', 'empty'],
  ])('refuses day %j (%s) as BAD_USER_INPUT naming the day', async (day) => {
    const result = await api.gql(WEEK, { day }, f.clinic.owner.token);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'day' });
    expect(result.data).toBeNull();
  });

  it('refuses a day of the wrong type as BAD_USER_INPUT naming the day', async () => {
    const result = await api.rawGql(
      'query ($day: String) { weekStatistics(day: $day) { weekOf } }',
      { day: 20251120 },
      f.clinic.owner.token,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'day' });
  });
});

describe('DST weeks', () => {
  it('New York, the week of the 2026 spring-forward: 167 hours, 8-hour days, a night block across the gap', async () => {
    const NY = 'America/New_York';
    const f = await fixturesOf(NY);
    // Saturday 22:00 to Sunday 04:00 crosses 02:00 → 03:00: five real hours. Sunday 09–17 stays 8 hours.
    const hours: Block[] = [
      { weekday: 3, start: '09:00', end: '17:00' },
      { weekday: 6, start: '22:00', end: '04:00' },
      { weekday: 7, start: '09:00', end: '17:00' },
    ];
    const t = (await createTherapist(api, f.clinic, hours, 'Ana Night')).id;
    await insertSessions(f, [
      // 01:30 EST to 03:30 EDT: one real hour, all of it inside the night block
      { therapistId: t, startsAt: onDate(NY, '2026-03-08', '01:30'), endsAt: onDate(NY, '2026-03-08', '03:30'), status: 'BOOKED' },
    ]);
    const stats = await week(f.clinic, '2026-03-08');
    expect(stats).toMatchObject({ weekOf: '2026-03-02', from: '2026-03-02T05:00:00.000Z', to: '2026-03-09T04:00:00.000Z' });
    expect((Date.parse(stats.to) - Date.parse(stats.from)) / 3_600_000).toBe(167);
    expect(stats.availableMinutes).toBe((8 + 5 + 8) * 60);
    expect(stats.bookedMinutes).toBe(60);
  });

  it('London, the week of the 2026 fall-back: 169 hours, a 25-hour Sunday, an ambiguous start read as the earlier instant', async () => {
    const LONDON = 'Europe/London';
    const f = await fixturesOf(LONDON);
    const allSunday = (await createTherapist(api, f.clinic, [{ weekday: 7, start: '00:00', end: '24:00' }], 'Bea Allday')).id;
    // 01:30 happens twice on 25 October 2026; the domain's policy (and so ours) takes the first, in BST:
    // 00:30Z to 02:30Z, two hours (PostgreSQL's plain AT TIME ZONE would take the second: one hour).
    const ambiguous: Block[] = [{ weekday: 7, start: '01:30', end: '02:30' }];
    const early = (await createTherapist(api, f.clinic, ambiguous, 'Cal Early')).id;
    const stats = await week(f.clinic, '2026-10-21');
    expect(stats).toMatchObject({ weekOf: '2026-10-19', from: '2026-10-18T23:00:00.000Z', to: '2026-10-26T00:00:00.000Z' });
    expect((Date.parse(stats.to) - Date.parse(stats.from)) / 3_600_000).toBe(169);
    const range = { start: Date.parse(stats.from), end: Date.parse(stats.to) };
    const [expanded] = expandWorkingHours(ambiguous, LONDON, range);
    expect(expanded).toEqual({ start: Date.parse('2026-10-25T00:30:00Z'), end: Date.parse('2026-10-25T02:30:00Z') });
    expect(stats.byTherapist).toEqual([
      { therapistId: allSunday, name: 'Bea Allday', sessions: 0, bookedMinutes: 0, availableMinutes: 25 * 60, utilization: 0 },
      { therapistId: early, name: 'Cal Early', sessions: 0, bookedMinutes: 0, availableMinutes: 120, utilization: 0 },
    ]);
  });
});

/** mulberry32: a seeded generator, so that a failing comparison can be replayed with its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function randomBlocks(random: () => number): Block[] {
  const pick = (n: number) => Math.floor(random() * n);
  for (let attempt = 0; attempt < 100; attempt++) {
    const blocks: Block[] = [];
    for (let weekday = 1; weekday <= 7; weekday++) {
      for (let k = 0; k < 2; k++) {
        if (random() < (k === 0 ? 0.7 : 0.3)) {
          // Often short and in the small hours of a Sunday, where the switches of these zones are
          const switching = random() < (weekday === 7 ? 0.7 : 0.2);
          const start = switching ? 30 + pick(11) * 15 : pick(96) * 15;
          const length = switching ? 15 + pick(8) * 15 : 15 + pick(48) * 15;
          const end = (start + length) % 1440;
          blocks.push({ weekday, start: hhmm(start), end: end === 0 && random() < 0.5 ? '24:00' : hhmm(end) });
        }
      }
    }
    try {
      validateWorkingBlocks(blocks);
      return blocks;
    } catch {
      // overlapping draw: try again
    }
  }
  return [];
}

const STATUSES: SessionStatus[] = ['BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW'];

/** Days whose weeks are compared: this week's, and every day on which the zone switches offset within a year either side. */
function daysFor(zone: string): string[] {
  const today = DateTime.now().setZone(zone).startOf('day');
  const switches: string[] = [];
  for (let day = today.minus({ days: 380 }); day < today.plus({ days: 380 }); day = day.plus({ days: 1 })) {
    if (day.plus({ days: 1 }).offset !== day.offset) switches.push(day.toISODate()!);
  }
  return [today.toISODate()!, ...switches];
}

describe('random clinics agree with the reference computation', () => {
  const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata'];
  const seed = Number(process.env.WEEK_STATS_SEED ?? Date.now() % 1_000_000);

  it.each(zones)('in %s', async (zone) => {
    const random = prng(seed + zone.length);
    const pick = (n: number) => Math.floor(random() * n);
    const f = await fixturesOf(zone);
    const names = ['Alma', 'Bruno', 'Chiara', 'Dara', 'Emil', 'Dev'];
    const therapists: (ReferenceTherapist & { active: boolean })[] = [];
    for (const [index, name] of names.entries()) {
      const workingHours = index === 0 ? [] : randomBlocks(random);
      const { id } = await createTherapist(api, f.clinic, workingHours, `${name} ${zone}`);
      therapists.push({ id, displayName: `${name} ${zone}`, workingHours, timeOff: [], active: name !== 'Dev' });
    }
    // Dev has left: their sessions still count for the clinic, their hours no longer
    await db().query(`UPDATE "Therapist" SET active = false WHERE "clinicId" = $1 AND id = $2`, [f.clinic.clinicId, therapists.at(-1)!.id]);

    const days = daysFor(zone);
    const now = Date.now();
    const rows: SessionRow[] = [];
    for (const day of days) {
      const monday = DateTime.fromISO(day, { zone }).startOf('week');
      const span = { start: monday.minus({ days: 1 }).toMillis(), minutes: 9 * 1440 };
      for (const t of therapists) {
        for (let k = 0; k < 2; k++) {
          const start = span.start + pick(span.minutes / 15) * 900_000;
          const startsAt = new Date(start).toISOString();
          const endsAt = new Date(start + (15 + pick(40) * 15) * 60_000).toISOString();
          t.timeOff.push({ startsAt, endsAt });
          await insertTimeOff(f, t.id, startsAt, endsAt);
        }
      }
      for (let k = 0; k < 60; k++) {
        const start = span.start + pick(span.minutes / 15) * 900_000 + (random() < 0.1 ? pick(60_000) : 0);
        // Nothing starts while the comparison runs, so "begun" is the same for both
        if (Math.abs(start - now) < 10 * 60_000) continue;
        const status = STATUSES[pick(STATUSES.length)]!;
        rows.push({
          therapistId: therapists[pick(therapists.length)]!.id,
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + (15 + pick(12) * 15) * 60_000).toISOString(),
          status,
          lateCancel: random() < 0.4,
          confirmedAt: random() < 0.5 ? new Date(start - 86_400_000).toISOString() : null,
          // Every fixture is an override, so that random sessions may overlap as owners may make them
          overrideReason: 'random fixture',
          patient: pick(2),
        });
      }
    }
    const sessions = await insertSessions(f, rows);

    const rounded = (w: object): Record<string, unknown> =>
      JSON.parse(JSON.stringify(w, (_key, value: unknown) => (typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value)));
    for (const day of days) {
      const { weekOf, from, to, timezone, ...actual } = await week(f.clinic, day);
      const monday = DateTime.fromISO(day, { zone }).startOf('week');
      expect({ weekOf, from, to, timezone }).toEqual({
        weekOf: monday.toISODate(),
        from: monday.toUTC().toISO(),
        to: monday.plus({ weeks: 1 }).toUTC().toISO(),
        timezone: zone,
      });
      const expected = referenceWeekStats(
        sessions,
        therapists.filter((t) => t.active),
        zone,
        { from, to },
        now,
      );
      expect({ seed, day, ...rounded(actual) }).toEqual({ seed, day, ...rounded(expected) });
    }
  });
});
