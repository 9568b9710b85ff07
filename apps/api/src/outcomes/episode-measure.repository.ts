// EpisodeMeasure: per episode and instrument, the baseline and latest of the latest versions of its
// assessments, ordered by (takenAt, id) exactly as the domain's measureOutcome, at full precision
// (scoreExact, normalizedExact) so that the clinic's thresholds are exact. Always recomputed
// from Assessment (never patched incrementally), in the transaction of every write.
//
// Concurrency: a writer locks the episode row FOR NO KEY UPDATE after its own write and only then
// recomputes. Under READ COMMITTED the recompute statement takes its snapshot after the lock is
// granted, so of two writers in one episode the second sees the first one's committed assessment,
// and the last recompute includes every write. NO KEY UPDATE rather than FOR UPDATE: inserting an
// Assessment already holds FOR KEY SHARE on its episode (the foreign key), which NO KEY UPDATE
// tolerates but FOR UPDATE would not, so two writers would deadlock.
// Raw SQL, so clinicId is bound explicitly.
import { Prisma } from '../generated/prisma/client.js';
import type { Instrument } from '../generated/prisma/enums.js';

/** Anything that can run raw SQL: the tenant client or a transaction of it. */
export interface RawSqlExecutor {
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Prisma.PrismaPromise<number>;
}

/**
 * The upsert of the summaries of every (episode, instrument) with a latest assessment matching
 * `where` (a condition on Assessment g). The backfill in the episode_measures migration and the
 * benchmark generator run the same statement over all rows.
 */
export function episodeMeasureUpsertSql(where: Prisma.Sql): Prisma.Sql {
  // Both lateral lookups walk Assessment_outcomes_idx, (clinicId, episodeId, instrument, takenAt, id) WHERE isLatest.
  return Prisma.sql`
INSERT INTO "EpisodeMeasure" ("clinicId", "episodeId", "instrument", "patientId", "points", "baselineAt", "baselineScore",
                              "baselineNormalized", "latestAt", "latestScore", "latestNormalized")
SELECT g."clinicId", g."episodeId", g."instrument", b."patientId", g.points, b."takenAt", b."scoreExact", b."normalizedExact",
       CASE WHEN g.points > 1 THEN l."takenAt" END, CASE WHEN g.points > 1 THEN l."scoreExact" END, CASE WHEN g.points > 1 THEN l."normalizedExact" END
  FROM (SELECT g."clinicId", g."episodeId", g."instrument", count(*)::int AS points
          FROM "Assessment" g
         WHERE g."isLatest" AND ${where}
         GROUP BY 1, 2, 3) g
 CROSS JOIN LATERAL (SELECT a."patientId", a."takenAt", a."scoreExact", a."normalizedExact" FROM "Assessment" a
                      WHERE a."clinicId" = g."clinicId" AND a."episodeId" = g."episodeId" AND a."instrument" = g."instrument" AND a."isLatest"
                      ORDER BY a."takenAt", a."id" LIMIT 1) b
 CROSS JOIN LATERAL (SELECT a."takenAt", a."scoreExact", a."normalizedExact" FROM "Assessment" a
                      WHERE a."clinicId" = g."clinicId" AND a."episodeId" = g."episodeId" AND a."instrument" = g."instrument" AND a."isLatest"
                      ORDER BY a."takenAt" DESC, a."id" DESC LIMIT 1) l
ON CONFLICT ("clinicId", "episodeId", "instrument") DO UPDATE SET
  "patientId" = EXCLUDED."patientId", "points" = EXCLUDED."points",
  "baselineAt" = EXCLUDED."baselineAt", "baselineScore" = EXCLUDED."baselineScore", "baselineNormalized" = EXCLUDED."baselineNormalized",
  "latestAt" = EXCLUDED."latestAt", "latestScore" = EXCLUDED."latestScore", "latestNormalized" = EXCLUDED."latestNormalized"`;
}

/** Recomputes one summary after an assessment of it was written in this transaction (see the lock above). */
export async function refreshEpisodeMeasure(
  tx: RawSqlExecutor,
  key: { clinicId: string; episodeId: string; instrument: Instrument },
): Promise<void> {
  const clinicId = Prisma.sql`${key.clinicId}::uuid`;
  await tx.$executeRaw(
    Prisma.sql`SELECT 1 FROM "EpisodeOfCare" WHERE "clinicId" = ${clinicId} AND "id" = ${key.episodeId}::uuid FOR NO KEY UPDATE`,
  );
  await tx.$executeRaw(
    episodeMeasureUpsertSql(
      Prisma.sql`g."clinicId" = ${clinicId} AND g."episodeId" = ${key.episodeId}::uuid AND g."instrument" = ${key.instrument}::"Instrument"`,
    ),
  );
}
