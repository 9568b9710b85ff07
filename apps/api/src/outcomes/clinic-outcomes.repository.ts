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
  /** The domain compares thresholds with this tolerance (stored scores have 2 decimals). */
  tolerance: number;
  from: Date | null;
  to: Date | null;
  therapistId: string | null;
  modality: Modality | null;
  /** A therapist's view: only the patients of the clinical access rule (therapistPatientIdsSql). */
  restrictToTherapistUserId: string | null;
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
}

const AGGREGATE_WORK_MEM = '64MB';

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

  const restriction = q.restrictToTherapistUserId
    ? Prisma.sql`AND m."patientId" IN (${therapistPatientIdsSql(q.clinicId, q.restrictToTherapistUserId)})`
    : Prisma.empty;
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
     ${restriction}
),
completed AS (
  SELECT s."episodeId", s."therapistId", st."modality", count(*) AS n, max(s."startsAt") AS last_at
    FROM "Session" s
    JOIN "ServiceType" st ON st."clinicId" = s."clinicId" AND st."id" = s."serviceTypeId"
   WHERE s."clinicId" = ${clinicId} AND s."status" = 'COMPLETED'
     ${periodGiven || q.restrictToTherapistUserId ? Prisma.sql`AND s."episodeId" IN (SELECT "episodeId" FROM baselines)` : Prisma.sql`AND s."episodeId" IS NOT NULL`}
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
   WHERE (${q.therapistId}::uuid IS NULL OR et."therapistId" = ${q.therapistId}::uuid)
     AND (${q.modality}::text IS NULL OR em."modality"::text = ${q.modality}::text)
)
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
 GROUP BY GROUPING SETS ((instrument), (instrument, "therapistId"), (instrument, "modality"))`;
}
