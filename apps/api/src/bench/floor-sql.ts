// The floor of each benchmarked read: the same rows the API answers with, fetched by hand-written SQL
// in as few statements as the data allows, with none of the API's work around them (no HTTP, GraphQL,
// auth, tenant transaction, row-level security or audit). clinicOutcomes is already one statement in
// the API, so its floor is that statement (aggregateSql) run bare.
import { INSTRUMENT_CODES } from '@backtrack/domain';
import { weekSql } from '../dashboard/week-statistics.repository.js';
import { AGGREGATE_WORK_MEM, aggregateSql, outcomeQuery } from '../outcomes/clinic-outcomes.repository.js';
import { reminderEffectSql } from '../reminders/reminder-effect.repository.js';
import type { FloorQuery } from './floor-load.js';

const ACTIVE = `ARRAY['BOOKED','CHECKED_IN','COMPLETED']::"SessionStatus"[]`;

/**
 * Free starts of one therapist for a service in [from, to): the working hours of each local day in the
 * clinic's zone, minus time off, on the clinic's step from local midnight, past the minimum notice, and
 * clear (with the buffer) of the therapist's active sessions.
 */
export function availableSlotsFloor(a: { clinicId: string; therapistId: string; serviceTypeId: string; from: Date; to: Date }): FloorQuery {
  return {
    text: `
WITH c AS (
  SELECT timezone AS zone, "slotStepMinutes" AS step, "minimumNoticeMinutes" AS notice FROM "Clinic" WHERE id = $1
), st AS (
  SELECT make_interval(mins => "durationMinutes") AS duration, make_interval(mins => "durationMinutes" + "bufferMinutes") AS blocked
    FROM "ServiceType" WHERE "clinicId" = $1 AND id = $3
), days AS (
  SELECT d::date AS day FROM c, generate_series(($4::timestamptz AT TIME ZONE c.zone)::date, ($5::timestamptz AT TIME ZONE c.zone)::date, interval '1 day') d
), available AS (
  SELECT coalesce(range_agg(tstzrange((day + w."startTime"::time) AT TIME ZONE c.zone, (day + w."endTime"::time) AT TIME ZONE c.zone)), '{}')
         - coalesce((SELECT range_agg(tstzrange(o."startsAt", o."endsAt")) FROM "TimeOff" o
                       WHERE o."clinicId" = $1 AND o."therapistId" = $2 AND o."endsAt" > $4 AND o."startsAt" < $5 + interval '1 day'), '{}') AS m
    FROM c, days JOIN "WorkingHours" w ON w."clinicId" = $1 AND w."therapistId" = $2 AND w.weekday = extract(isodow FROM days.day)
), busy AS (
  SELECT coalesce(range_agg(tstzrange(s."startsAt", s."blockedUntil")), '{}') AS m FROM "Session" s
   WHERE s."clinicId" = $1 AND s."therapistId" = $2 AND s.status = ANY(${ACTIVE})
     AND s."blockedUntil" > $4 AND s."startsAt" < $5 + interval '1 day'
)
SELECT t AS "startsAt", t + st.duration AS "endsAt"
  FROM c, st, available, busy, days,
       generate_series(days.day::timestamp AT TIME ZONE c.zone, (days.day + 1)::timestamp AT TIME ZONE c.zone - interval '1 minute', make_interval(mins => c.step)) t
 WHERE t >= greatest($4, now() + make_interval(mins => c.notice)) AND t < $5
   AND available.m @> tstzrange(t, t + st.duration)
   AND NOT busy.m && tstzrange(t, t + st.blocked)
 ORDER BY t`,
    values: [a.clinicId, a.therapistId, a.serviceTypeId, a.from, a.to],
  };
}

/** A clinic's sessions of a day with patient, therapist and hours, service and room. */
export function dayScheduleFloor(a: { clinicId: string; from: Date; to: Date }): FloorQuery {
  return {
    text: `
SELECT s.id, s."startsAt", s."endsAt", s."blockedUntil", s.status, s.notes, s."seriesId", s."lateCancel", s."confirmedAt",
       p.id AS "patientId", p."firstName", p."lastName", p."dateOfBirth", p."complaintRegion", p."clearanceStatus",
       t.id AS "therapistId", t."displayName",
       (SELECT json_agg(json_build_object('weekday', w.weekday, 'start', w."startTime", 'end', w."endTime") ORDER BY w.weekday, w."startTime")
          FROM "WorkingHours" w WHERE w."clinicId" = s."clinicId" AND w."therapistId" = t.id) AS "workingHours",
       st.id AS "serviceTypeId", st.name AS "serviceName", st.modality, st."durationMinutes", st."bufferMinutes",
       r.id AS "roomId", r.name AS "roomName"
  FROM "Session" s
  JOIN "Patient" p ON p."clinicId" = s."clinicId" AND p.id = s."patientId"
  JOIN "Therapist" t ON t."clinicId" = s."clinicId" AND t.id = s."therapistId"
  JOIN "ServiceType" st ON st."clinicId" = s."clinicId" AND st.id = s."serviceTypeId"
  LEFT JOIN "Room" r ON r."clinicId" = s."clinicId" AND r.id = s."roomId"
 WHERE s."clinicId" = $1 AND s."endsAt" > $2 AND s."startsAt" < $3
 ORDER BY s."startsAt", s.id
 LIMIT 500`,
    values: [a.clinicId, a.from, a.to],
  };
}

/** A page of 25 patients by name, searched by the start of a name or email as the API searches one word. */
export function patientsFloor(a: { clinicId: string; q: string | null }): FloorQuery {
  const prefix = a.q === null ? null : `${a.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return {
    text: `
SELECT id, "firstName", "lastName", "dateOfBirth", "complaintRegion", "clearanceStatus", email, phone
  FROM "Patient"
 WHERE "clinicId" = $1 AND ($2::text IS NULL OR "firstName" ILIKE $2 OR "lastName" ILIKE $2 OR email ILIKE $2)
 ORDER BY "lastName", "firstName", id
 LIMIT 25`,
    values: [a.clinicId, prefix],
  };
}

/** The open (else latest) episode of a patient and its latest assessment versions with their session numbers. */
export function patientOutcomesFloor(a: { clinicId: string; patientId: string }): FloorQuery {
  return {
    text: `
WITH e AS (
  SELECT id, "startedAt", "dischargedAt" FROM "EpisodeOfCare"
   WHERE "clinicId" = $1 AND "patientId" = $2
   ORDER BY ("dischargedAt" IS NULL) DESC, "startedAt" DESC LIMIT 1
), numbered AS (
  SELECT s.id, row_number() OVER (ORDER BY s."startsAt") AS n FROM "Session" s, e
   WHERE s."clinicId" = $1 AND s."episodeId" = e.id AND s.status = 'COMPLETED'
)
SELECT e.id AS "episodeId", e."startedAt", e."dischargedAt", a.id, a.instrument, a."takenAt", a.score, a."scoreExact",
       a.normalized, a."normalizedExact", a.source, numbered.n AS "sessionNumber"
  FROM e JOIN "Assessment" a ON a."clinicId" = $1 AND a."episodeId" = e.id AND a."isLatest"
  LEFT JOIN numbered ON numbered.id = a."sessionId"
 ORDER BY a.instrument, a."takenAt"`,
    values: [a.clinicId, a.patientId],
  };
}

/** The API's own clinicOutcomes statement, bare, with the same work_mem it sets for it. */
export function clinicOutcomesFloor(a: { clinicId: string; therapistId?: string | null; from?: Date | null }): FloorQuery[] {
  const sql = aggregateSql(
    outcomeQuery(a.clinicId, INSTRUMENT_CODES, {
      from: a.from ?? null,
      to: null,
      therapistId: a.therapistId ?? null,
      modality: null,
      restrictToTherapistUserId: null,
    }),
  );
  return [
    { text: `SELECT set_config('work_mem', $1, false)`, values: [AGGREGATE_WORK_MEM] },
    { text: sql.text, values: sql.values },
  ];
}

/** The API's own reminder-figures statement, bare. */
export function reminderEffectFloor(a: { clinicId: string; from: Date; to: Date }): FloorQuery {
  const sql = reminderEffectSql(a.clinicId, a.from, a.to);
  return { text: sql.text, values: sql.values };
}

/** The API's own week-statistics statement, bare. */
export function weekStatisticsFloor(a: { clinicId: string; day: string }): FloorQuery {
  const sql = weekSql(a.clinicId, a.day, new Date());
  return { text: sql.text, values: sql.values };
}

/** A booking's floor: the session row itself, inserted at a time of its own. */
export function insertSessionFloor(a: {
  clinicId: string;
  patientId: string;
  therapistId: string;
  serviceTypeId: string;
  roomId: string | null;
  startsAt: Date;
  minutes: number;
  blockedMinutes: number;
}): FloorQuery {
  return {
    text: `
INSERT INTO "Session" (id, "clinicId", "patientId", "therapistId", "serviceTypeId", "roomId", "startsAt", "endsAt", "blockedUntil", notes, "updatedAt")
VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $6::timestamptz + make_interval(mins => $7), $6::timestamptz + make_interval(mins => $8), $9, now())`,
    values: [a.clinicId, a.patientId, a.therapistId, a.serviceTypeId, a.roomId, a.startsAt, a.minutes, a.blockedMinutes, FLOOR_NOTE],
  };
}

/** Marks the floor's inserted sessions, deleted again after the run. */
export const FLOOR_NOTE = 'bench floor insert';
