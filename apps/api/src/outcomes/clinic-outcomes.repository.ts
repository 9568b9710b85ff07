// The clinic outcome aggregation, entirely in PostgreSQL: one row per instrument, per (instrument,
// therapist) and per (instrument, modality), via GROUPING SETS. Raw SQL is outside the tenant-scope
// extension, so clinicId is bound explicitly in every table reference below.
//
// Per episode and instrument (latest versions of assessments only): baseline = earliest by takenAt
// (ties by id, as the domain's measureOutcome), latest = most recent; no second point = a dropout.
// These are read from EpisodeMeasure, which every assessment write keeps current, rather than
// aggregated from every assessment on each request.
// Attribution (see ATTRIBUTION in clinic-outcomes.service.ts): an episode belongs to the therapist,
// and to the service modality, of most of its COMPLETED sessions; ties go to the most recent session,
// then the smallest id / name. Episodes without a completed session are in the clinic totals only.
// Period: an episode is in [from, to) when its baseline for the instrument was taken in [from, to);
// its follow-ups count wherever they fall, so a cohort is followed to its latest score.
// Values are full precision (EpisodeMeasure keeps scoreExact/normalizedExact), so an RMDQ 14 → 7 is
// exactly 50%; the threshold slack only absorbs float noise (THRESHOLD_TOLERANCE in libs/domain).
//
// Questionnaire requests (capture): per instrument, the requests asking for it that were sent in
// [from, to) (by sendAt, and not scheduled after now) and not withdrawn (CANCELLED), with how many were
// answered and the median hours from sending to answer. They are attributed through their episode like
// the changes, under the same therapist, modality and own-patients restrictions, and joined to the
// change figures of the same group, so an instrument asked for but never answered still has a row.
import { CLAIM_PERCENT, INSTRUMENTS, MEANINGFUL_PERCENT, THRESHOLD_TOLERANCE } from '@backtrack/domain';
import { Injectable } from '@nestjs/common';
import { therapistPatientIdsSql } from '../clinical/access/clinical-access.repository.js';
import { PrismaService } from '../database/prisma.service.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Instrument, Modality } from '../generated/prisma/enums.js';

/** Per-instrument rules from the domain's definitions, so no threshold is restated in SQL. */
export interface InstrumentRule {
  instrument: Instrument;
  mcid: number | null;
  higherIsBetter: boolean;
}

export interface ClinicOutcomeQuery {
  clinicId: string;
  rules: InstrumentRule[];
  meaningfulPercent: number;
  claimPercent: number;
  /** The domain's THRESHOLD_TOLERANCE: float noise at exact thresholds. */
  tolerance: number;
  from: Date | null;
  to: Date | null;
  therapistId: string | null;
  modality: Modality | null;
  /** A therapist's view: only the patients of the clinical access rule (therapistPatientIdsSql). */
  restrictToTherapistUserId: string | null;
}

/**
 * The query for some instruments with the domain's thresholds (the claim, a meaningful change, the
 * tolerance at exact thresholds); `scope` says which episodes.
 */
export function outcomeQuery(
  clinicId: string,
  instruments: readonly Instrument[],
  scope: Pick<ClinicOutcomeQuery, 'from' | 'to' | 'therapistId' | 'modality' | 'restrictToTherapistUserId'>,
): ClinicOutcomeQuery {
  return {
    clinicId,
    rules: instruments.map((code) => ({
      instrument: code,
      mcid: INSTRUMENTS[code].mcid,
      higherIsBetter: INSTRUMENTS[code].higherIsBetter,
    })),
    meaningfulPercent: MEANINGFUL_PERCENT,
    claimPercent: CLAIM_PERCENT,
    tolerance: THRESHOLD_TOLERANCE,
    ...scope,
  };
}

/**
 * The grouping set of a row: GROUPING("therapistId", "modality") sets a bit for each column the row
 * is not grouped by (therapistId the high bit, modality the low one).
 */
export const OutcomeGrouping = {
  BY_THERAPIST: 0b01,
  BY_MODALITY: 0b10,
  INSTRUMENT_TOTAL: 0b11,
} as const;
export type OutcomeGrouping = (typeof OutcomeGrouping)[keyof typeof OutcomeGrouping];

export interface OutcomeGroupRow {
  instrument: Instrument;
  therapistId: string | null;
  modality: Modality | null;
  grouping: OutcomeGrouping;
  episodes: number;
  withFollowUp: number;
  percents: number;
  mean: number | null;
  sd: number | null;
  median: number | null;
  meaningful: number;
  claim: number;
  requested: number;
  answered: number;
  medianResponseHours: number | null;
}

/** Exported for the benchmark's floor, which runs the statement bare with the same budget. */
export const AGGREGATE_WORK_MEM = '64MB';

@Injectable()
export class ClinicOutcomesRepository {
  constructor(private readonly prisma: PrismaService) {}

  aggregate(q: ClinicOutcomeQuery): Promise<OutcomeGroupRow[]> {
    // The attribution groups every completed session of the clinic; with the default 4 MB of
    // work_mem its sorts spill to disk. A larger budget, for this one read-only statement only.
    return this.prisma.tenantTransaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('work_mem', ${AGGREGATE_WORK_MEM}, true)`;
      return tx.$queryRaw<OutcomeGroupRow[]>(aggregateSql(q));
    });
  }

  async therapistNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.prisma.tenant.therapist.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
    return new Map(rows.map((r) => [r.id, r.displayName]));
  }
}

/** Exported for EXPLAIN in the benchmark. */
export function aggregateSql(q: ClinicOutcomeQuery): Prisma.Sql {
  const clinicId = Prisma.sql`${q.clinicId}::uuid`;
  const instruments = q.rules.map((r) => r.instrument);
  const periodGiven = q.from !== null || q.to !== null;
  const inPeriod = (column: Prisma.Sql) =>
    Prisma.sql`${q.from ? Prisma.sql`AND ${column} >= ${q.from}` : Prisma.empty} ${q.to ? Prisma.sql`AND ${column} < ${q.to}` : Prisma.empty}`;
  const restricted = (patientId: Prisma.Sql) =>
    q.restrictToTherapistUserId
      ? Prisma.sql`AND ${patientId} IN (${therapistPatientIdsSql(q.clinicId, q.restrictToTherapistUserId)})`
      : Prisma.empty;
  const inGroupFilters = Prisma.sql`(${q.therapistId}::uuid IS NULL OR et."therapistId" = ${q.therapistId}::uuid)
     AND (${q.modality}::text IS NULL OR em."modality"::text = ${q.modality}::text)`;
  const slack = q.tolerance;

  return Prisma.sql`
WITH rules AS (
  SELECT * FROM unnest(${instruments}::text[], ${q.rules.map((r) => r.mcid)}::float8[], ${q.rules.map((r) => r.higherIsBetter)}::boolean[])
    AS r(instrument, mcid, higher_is_better)
),
baselines AS (
  -- One row per episode and instrument, kept by every assessment write (see episode-measure.repository.ts).
  SELECT m."episodeId", m."instrument"::text AS instrument, m."baselineScore" AS baseline_score, m."baselineNormalized" AS baseline_normalized,
         m."latestScore" AS latest_score, m."latestNormalized" AS latest_normalized
    FROM "EpisodeMeasure" m
   WHERE m."clinicId" = ${clinicId} AND m."instrument" = ANY(${instruments}::"Instrument"[])
     ${inPeriod(Prisma.sql`m."baselineAt"`)}
     ${restricted(Prisma.sql`m."patientId"`)}
),
requests AS (
  -- One row per request and instrument asked for; future (not yet sent) and withdrawn requests were never asked.
  SELECT r."episodeId", i.instrument::text AS instrument, r."status" = 'ANSWERED' AS answered,
         CASE WHEN r."status" = 'ANSWERED' THEN extract(epoch FROM r."answeredAt" - r."sendAt") / 3600 END AS response_hours
    FROM "QuestionnaireRequest" r
   CROSS JOIN LATERAL unnest(r."instruments") AS i(instrument)
   WHERE r."clinicId" = ${clinicId} AND r."instruments" && ${instruments}::"Instrument"[]
     AND i.instrument = ANY(${instruments}::"Instrument"[])
     AND r."status" <> 'CANCELLED' AND r."sendAt" <= now()
     ${inPeriod(Prisma.sql`r."sendAt"`)}
     ${restricted(Prisma.sql`r."patientId"`)}
),
completed AS (
  SELECT s."episodeId", s."therapistId", st."modality", count(*) AS n, max(s."startsAt") AS last_at
    FROM "Session" s
    JOIN "ServiceType" st ON st."clinicId" = s."clinicId" AND st."id" = s."serviceTypeId"
   WHERE s."clinicId" = ${clinicId} AND s."status" = 'COMPLETED'
     ${
       periodGiven || q.restrictToTherapistUserId
         ? Prisma.sql`AND s."episodeId" IN (SELECT "episodeId" FROM baselines UNION SELECT "episodeId" FROM requests)`
         : Prisma.sql`AND s."episodeId" IS NOT NULL`
     }
   GROUP BY 1, 2, 3
),
episode_therapist AS (
  SELECT DISTINCT ON ("episodeId") "episodeId", "therapistId"
    FROM (SELECT "episodeId", "therapistId", sum(n) AS n, max(last_at) AS last_at FROM completed GROUP BY 1, 2) t
   ORDER BY "episodeId", n DESC, last_at DESC, "therapistId"
),
episode_modality AS (
  SELECT DISTINCT ON ("episodeId") "episodeId", "modality"
    FROM (SELECT "episodeId", "modality", sum(n) AS n, max(last_at) AS last_at FROM completed GROUP BY 1, 2) t
   ORDER BY "episodeId", n DESC, last_at DESC, "modality"::text
),
changes AS (
  SELECT b.instrument, et."therapistId", em."modality", b.latest_score,
         CASE WHEN b.latest_score IS NULL THEN NULL
              WHEN r.higher_is_better THEN b.latest_score - b.baseline_score
              ELSE b.baseline_score - b.latest_score END AS change_points,
         CASE WHEN b.latest_normalized IS NULL OR b.baseline_normalized = 0 THEN NULL
              ELSE (b.baseline_normalized - b.latest_normalized) * 100 / b.baseline_normalized END AS change_percent,
         r.mcid
    FROM baselines b
    JOIN rules r ON r.instrument = b.instrument
    LEFT JOIN episode_therapist et ON et."episodeId" = b."episodeId"
    LEFT JOIN episode_modality em ON em."episodeId" = b."episodeId"
   WHERE ${inGroupFilters}
),
change_groups AS (
  SELECT instrument, "therapistId", "modality"::text AS modality,
         GROUPING("therapistId", "modality")::int AS grouping,
         count(*)::int AS episodes,
         count(latest_score)::int AS "withFollowUp",
         count(change_percent)::int AS percents,
         avg(change_percent) AS mean,
         stddev_samp(change_percent) AS sd,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY change_percent) AS median,
         count(*) FILTER (WHERE change_percent >= ${q.meaningfulPercent}::float8 - ${slack}::float8
                             OR (mcid IS NOT NULL AND change_points >= mcid - ${slack}::float8))::int AS meaningful,
         count(*) FILTER (WHERE change_percent >= ${q.claimPercent}::float8 - ${slack}::float8)::int AS claim
    FROM changes
   GROUP BY GROUPING SETS ((instrument), (instrument, "therapistId"), (instrument, "modality"))
),
request_groups AS (
  SELECT q.instrument, et."therapistId", em."modality"::text AS modality,
         GROUPING(et."therapistId", em."modality")::int AS grouping,
         count(*)::int AS requested,
         count(*) FILTER (WHERE q.answered)::int AS answered,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY q.response_hours) AS median_hours
    FROM requests q
    LEFT JOIN episode_therapist et ON et."episodeId" = q."episodeId"
    LEFT JOIN episode_modality em ON em."episodeId" = q."episodeId"
   WHERE ${inGroupFilters}
   GROUP BY GROUPING SETS ((q.instrument), (q.instrument, et."therapistId"), (q.instrument, em."modality"))
)
SELECT coalesce(c.instrument, g.instrument) AS instrument,
       coalesce(c."therapistId", g."therapistId") AS "therapistId",
       coalesce(c.modality, g.modality) AS modality,
       coalesce(c.grouping, g.grouping) AS grouping,
       coalesce(c.episodes, 0) AS episodes,
       coalesce(c."withFollowUp", 0) AS "withFollowUp",
       coalesce(c.percents, 0) AS percents,
       c.mean, c.sd, c.median,
       coalesce(c.meaningful, 0) AS meaningful,
       coalesce(c.claim, 0) AS claim,
       coalesce(g.requested, 0) AS requested,
       coalesce(g.answered, 0) AS answered,
       g.median_hours AS "medianResponseHours"
  FROM change_groups c
  -- A FULL JOIN needs plain equalities (IS NOT DISTINCT FROM cannot be hashed or merged); '' stands for the
  -- grouping sets' NULLs, which no uuid or modality equals.
  FULL JOIN request_groups g
    ON g.instrument = c.instrument AND g.grouping = c.grouping
   AND coalesce(g."therapistId"::text, '') = coalesce(c."therapistId"::text, '') AND coalesce(g.modality, '') = coalesce(c.modality, '')`;
}
