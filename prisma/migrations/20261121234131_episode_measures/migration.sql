-- CreateTable
CREATE TABLE "EpisodeMeasure" (
    "clinicId" UUID NOT NULL,
    "episodeId" UUID NOT NULL,
    "instrument" "Instrument" NOT NULL,
    "patientId" UUID NOT NULL,
    "points" INTEGER NOT NULL,
    "baselineAt" TIMESTAMPTZ(3) NOT NULL,
    "baselineScore" DOUBLE PRECISION NOT NULL,
    "baselineNormalized" DOUBLE PRECISION NOT NULL,
    "latestAt" TIMESTAMPTZ(3),
    "latestScore" DOUBLE PRECISION,
    "latestNormalized" DOUBLE PRECISION,

    CONSTRAINT "EpisodeMeasure_pkey" PRIMARY KEY ("clinicId","episodeId","instrument")
);

-- CreateIndex
CREATE INDEX "EpisodeMeasure_clinicId_instrument_baselineAt_idx" ON "EpisodeMeasure"("clinicId", "instrument", "baselineAt");

-- CreateIndex
CREATE INDEX "EpisodeMeasure_clinicId_patientId_idx" ON "EpisodeMeasure"("clinicId", "patientId");

-- AddForeignKey
ALTER TABLE "EpisodeMeasure" ADD CONSTRAINT "EpisodeMeasure_clinicId_episodeId_fkey" FOREIGN KEY ("clinicId", "episodeId") REFERENCES "EpisodeOfCare"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill (hand-written): the summary of every episode and instrument from the latest versions of
-- its assessments, baseline = earliest by (takenAt, id), latest = most recent, latest columns null
-- with a single point. The same statement as episodeMeasureUpsertSql in apps/api/src/outcomes/episode-measure.ts
INSERT INTO "EpisodeMeasure" ("clinicId", "episodeId", "instrument", "patientId", "points", "baselineAt", "baselineScore",
                              "baselineNormalized", "latestAt", "latestScore", "latestNormalized")
SELECT g."clinicId", g."episodeId", g."instrument", b."patientId", g.points, b."takenAt", b."score", b."normalized",
       CASE WHEN g.points > 1 THEN l."takenAt" END, CASE WHEN g.points > 1 THEN l."score" END, CASE WHEN g.points > 1 THEN l."normalized" END
  FROM (SELECT g."clinicId", g."episodeId", g."instrument", count(*)::int AS points
          FROM "Assessment" g
         WHERE g."isLatest"
         GROUP BY 1, 2, 3) g
 CROSS JOIN LATERAL (SELECT a."patientId", a."takenAt", a."score", a."normalized" FROM "Assessment" a
                      WHERE a."clinicId" = g."clinicId" AND a."episodeId" = g."episodeId" AND a."instrument" = g."instrument" AND a."isLatest"
                      ORDER BY a."takenAt", a."id" LIMIT 1) b
 CROSS JOIN LATERAL (SELECT a."takenAt", a."score", a."normalized" FROM "Assessment" a
                      WHERE a."clinicId" = g."clinicId" AND a."episodeId" = g."episodeId" AND a."instrument" = g."instrument" AND a."isLatest"
                      ORDER BY a."takenAt" DESC, a."id" DESC LIMIT 1) l;
