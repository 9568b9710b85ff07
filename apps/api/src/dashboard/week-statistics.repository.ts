// A week's operations in one statement, whatever the number of sessions: counts by status over the
// sessions starting in the week, and per active therapist the available time as a tstzmultirange
// (working hours expanded one local day at a time through the clinic's zone, minus time off) and the
// booked time intersected with it. Raw SQL is outside the tenant-scope extension, so every tenant
// table below is filtered by "clinicId" explicitly (and row-level security holds it in the transaction).
import { Injectable } from '@nestjs/common';
import { ACTIVE_STATUSES } from '@backtrack/domain';
import { PrismaService } from '../database/prisma.service.js';
import { transactionClinicId } from '../database/tenant-scope.js';
import { Prisma } from '../generated/prisma/client.js';

export interface TherapistWeekRow {
  therapistId: string;
  name: string;
  sessions: number;
  bookedMinutes: number;
  availableMinutes: number;
}

export interface WeekRow {
  timezone: string;
  weekOf: string;
  from: Date;
  to: Date;
  sessions: number;
  begun: number;
  completed: number;
  toRecord: number;
  cancellations: number;
  lateCancellations: number;
  noShows: number;
  held: number;
  confirmed: number;
  therapists: TherapistWeekRow[];
}

/**
 * The instant at which the clinic's wall clock reads `wall` (a timestamp without zone), by the domain's
 * DST policy (wallToInstant in libs/domain): of the readings with the offsets in force a day before and
 * a day after, the earliest that really shows `wall` — so an ambiguous fall-back time is the earlier
 * instant, where PostgreSQL's own AT TIME ZONE takes the later — else, inside a spring-forward gap,
 * the reading with the offset before the jump (02:30 → 03:30 EDT).
 */
export function wallToInstantSql(wall: Prisma.Sql, zone: Prisma.Sql): Prisma.Sql {
  const offsetAt = (reading: Prisma.Sql) => Prisma.sql`((((${reading}) AT TIME ZONE 'UTC') AT TIME ZONE ${zone}) - (${reading}))`;
  const before = Prisma.sql`((${wall}) - ${offsetAt(Prisma.sql`(${wall}) - interval '1 day'`)}) AT TIME ZONE 'UTC'`;
  const after = Prisma.sql`((${wall}) - ${offsetAt(Prisma.sql`(${wall}) + interval '1 day'`)}) AT TIME ZONE 'UTC'`;
  return Prisma.sql`(SELECT coalesce(min(c.at) FILTER (WHERE (c.at AT TIME ZONE ${zone}) = (${wall})), min(c.at) FILTER (WHERE c.first))
      FROM (VALUES (true, ${before}), (false, ${after})) AS c(first, at))`;
}

/** Minutes in a tstzmultirange. */
const minutesOf = (ranges: Prisma.Sql) =>
  Prisma.sql`(SELECT coalesce(sum(extract(epoch FROM upper(r) - lower(r))), 0) / 60 FROM unnest(${ranges}) AS r)::float8`;

/** "HH:MM" (up to "24:00") as minutes since midnight. */
const minuteOfDay = (column: Prisma.Sql) => Prisma.sql`(split_part(${column}, ':', 1)::int * 60 + split_part(${column}, ':', 2)::int)`;

/** Exported for EXPLAIN and the measurements. `day` null = today in the clinic's zone at `now`. */
export function weekSql(clinicId: string, day: string | null, now: Date): Prisma.Sql {
  const clinic = Prisma.sql`${clinicId}::uuid`;
  const zone = Prisma.sql`k.zone`;
  const active = [...ACTIVE_STATUSES];
  return Prisma.sql`
WITH picked AS (
  SELECT c."timezone" AS zone, coalesce(${day}::date, (${now}::timestamptz AT TIME ZONE c."timezone")::date) AS day
    FROM "Clinic" c
   WHERE c."id" = ${clinic}
),
week AS (
  SELECT k.zone, k.monday,
         ${wallToInstantSql(Prisma.sql`k.monday::timestamp`, zone)} AS week_start,
         ${wallToInstantSql(Prisma.sql`(k.monday + 7)::timestamp`, zone)} AS week_end
    FROM (SELECT zone, day - (extract(isodow FROM day)::int - 1) AS monday FROM picked) AS k
),
therapists AS (
  SELECT t."id", t."displayName"
    FROM "Therapist" t
   WHERE t."clinicId" = ${clinic} AND t."active"
),
walls AS (
  -- From the day before the week, so that a night block begun then reaches into Monday; an end at or
  -- before the start runs into the next day (the domain's WorkingBlock).
  SELECT h."therapistId" AS therapist_id,
         (k.monday + i)::timestamp + make_interval(mins => ${minuteOfDay(Prisma.sql`h."startTime"`)}) AS start_wall,
         (k.monday + i)::timestamp + make_interval(mins => ${minuteOfDay(Prisma.sql`h."endTime"`)}
           + CASE WHEN ${minuteOfDay(Prisma.sql`h."endTime"`)} > ${minuteOfDay(Prisma.sql`h."startTime"`)} THEN 0 ELSE 1440 END) AS end_wall
    FROM week k
   CROSS JOIN generate_series(-1, 7) AS i
    JOIN "WorkingHours" h ON h."clinicId" = ${clinic} AND h."weekday" = extract(isodow FROM k.monday + i)::int
    JOIN therapists t ON t."id" = h."therapistId"
),
wall_times AS MATERIALIZED (
  -- Each distinct wall-clock reading converted once: therapists mostly share their hours
  SELECT r.wall, ${wallToInstantSql(Prisma.sql`r.wall`, zone)} AS at
    FROM (SELECT start_wall AS wall FROM walls UNION SELECT end_wall FROM walls) AS r
   CROSS JOIN week k
),
working AS (
  SELECT w.therapist_id, range_agg(tstzrange(s.at, e.at)) * tstzmultirange(tstzrange(k.week_start, k.week_end)) AS ranges
    FROM walls w
    JOIN wall_times s ON s.wall = w.start_wall
    JOIN wall_times e ON e.wall = w.end_wall
   CROSS JOIN week k
   -- A block inside a spring-forward gap can come out empty or backwards: no working time
   WHERE e.at > s.at
   GROUP BY w.therapist_id, k.week_start, k.week_end
),
time_off AS (
  SELECT o."therapistId" AS therapist_id, range_agg(tstzrange(o."startsAt", o."endsAt")) AS ranges
    FROM "TimeOff" o
   CROSS JOIN week k
   WHERE o."clinicId" = ${clinic} AND o."startsAt" < k.week_end AND o."endsAt" > k.week_start AND o."endsAt" > o."startsAt"
   GROUP BY o."therapistId"
),
week_sessions AS (
  SELECT s."therapistId" AS therapist_id, s."status"::text AS status, s."startsAt" AS starts_at, s."endsAt" AS ends_at,
         s."lateCancel" AS late_cancel, s."confirmedAt" IS NOT NULL AS confirmed,
         s."status"::text = ANY(${active}::text[]) AS held
    FROM "Session" s
   CROSS JOIN week k
   WHERE s."clinicId" = ${clinic} AND s."startsAt" >= k.week_start AND s."startsAt" < k.week_end
),
booked AS (
  SELECT therapist_id, range_agg(tstzrange(starts_at, ends_at)) AS ranges
    FROM week_sessions
   WHERE held AND ends_at > starts_at
   GROUP BY therapist_id
),
available AS (
  SELECT t."id", t."displayName",
         coalesce(w.ranges, '{}'::tstzmultirange) - coalesce(o.ranges, '{}'::tstzmultirange) AS ranges,
         coalesce(b.ranges, '{}'::tstzmultirange) AS booked
    FROM therapists t
    LEFT JOIN working w ON w.therapist_id = t."id"
    LEFT JOIN time_off o ON o.therapist_id = t."id"
    LEFT JOIN booked b ON b.therapist_id = t."id"
),
by_therapist AS (
  SELECT a."id", a."displayName",
         (SELECT count(*) FROM week_sessions s WHERE s.therapist_id = a."id" AND s.status <> 'CANCELLED')::int AS sessions,
         -- Only booked time inside the available time counts, so an owner's override cannot push it over 100%
         ${minutesOf(Prisma.sql`a.booked * a.ranges`)} AS booked_minutes,
         ${minutesOf(Prisma.sql`a.ranges`)} AS available_minutes
    FROM available a
),
counts AS (
  SELECT count(*) FILTER (WHERE status <> 'CANCELLED')::int AS sessions,
         count(*) FILTER (WHERE status <> 'CANCELLED' AND starts_at <= ${now}::timestamptz)::int AS begun,
         count(*) FILTER (WHERE status = 'COMPLETED' AND starts_at <= ${now}::timestamptz)::int AS completed,
         count(*) FILTER (WHERE status IN ('BOOKED', 'CHECKED_IN') AND starts_at <= ${now}::timestamptz)::int AS to_record,
         count(*) FILTER (WHERE status = 'NO_SHOW' AND starts_at <= ${now}::timestamptz)::int AS no_shows,
         count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancellations,
         count(*) FILTER (WHERE status = 'CANCELLED' AND late_cancel)::int AS late_cancellations,
         count(*) FILTER (WHERE held)::int AS held,
         count(*) FILTER (WHERE held AND confirmed)::int AS confirmed
    FROM week_sessions
)
SELECT k.zone AS "timezone", to_char(k.monday, 'YYYY-MM-DD') AS "weekOf", k.week_start AS "from", k.week_end AS "to",
       c.sessions, c.begun, c.completed, c.to_record AS "toRecord", c.no_shows AS "noShows", c.cancellations,
       c.late_cancellations AS "lateCancellations", c.held, c.confirmed,
       coalesce((SELECT jsonb_agg(jsonb_build_object('therapistId', t."id", 'name', t."displayName", 'sessions', t.sessions,
                                                     'bookedMinutes', t.booked_minutes, 'availableMinutes', t.available_minutes)
                                  ORDER BY t."displayName", t."id")
                   FROM by_therapist t), '[]'::jsonb) AS therapists
  FROM week k
 CROSS JOIN counts c`;
}

@Injectable()
export class WeekStatisticsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async week(day: string | null, now: Date): Promise<WeekRow> {
    const [row] = await this.prisma.tenantTransaction((tx) => tx.$queryRaw<WeekRow[]>(weekSql(transactionClinicId(), day, now)));
    if (!row) throw new Error('The clinic of the signed-in actor has no row');
    return row;
  }
}
