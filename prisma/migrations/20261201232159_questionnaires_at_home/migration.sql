-- CreateEnum
CREATE TYPE "AssessmentSource" AS ENUM ('CLINICIAN_ENTERED', 'PATIENT_REPORTED');

-- CreateEnum
CREATE TYPE "QuestionnaireOccasion" AS ENUM ('BASELINE', 'PROGRESS', 'DISCHARGE', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "QuestionnaireStatus" AS ENUM ('PENDING', 'ANSWERED', 'EXPIRED', 'CANCELLED');

-- AlterEnum
ALTER TYPE "PatientLinkPurpose" ADD VALUE 'QUESTIONNAIRE';

-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN     "licensedItemText" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "questionnaireEverySessions" INTEGER NOT NULL DEFAULT 4,
ADD COLUMN     "questionnaireFollowUpMonths" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "questionnaireInstruments" JSONB NOT NULL DEFAULT '{"LOWER_BACK": ["ODI", "NPRS"], "MID_BACK": ["PSFS", "NPRS"], "UPPER_BACK": ["PSFS", "NPRS"], "NECK": ["NDI", "NPRS"]}',
ADD COLUMN     "questionnairesEnabled" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "normalizedExact" DOUBLE PRECISION,
ADD COLUMN     "questionnaireRequestId" UUID,
ADD COLUMN     "scoreExact" DOUBLE PRECISION,
ADD COLUMN     "source" "AssessmentSource" NOT NULL DEFAULT 'CLINICIAN_ENTERED',
ALTER COLUMN "recordedById" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "questionnaireRequestId" UUID;

-- AlterTable
ALTER TABLE "PatientLink" ADD COLUMN     "requestId" UUID;

-- CreateTable
CREATE TABLE "QuestionnaireRequest" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "episodeId" UUID NOT NULL,
    "occasion" "QuestionnaireOccasion" NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "sessionId" UUID,
    "instruments" "Instrument"[],
    "sendAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "QuestionnaireStatus" NOT NULL DEFAULT 'PENDING',
    "statusReason" TEXT,
    "answeredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "QuestionnaireRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QuestionnaireRequest_clinicId_status_expiresAt_idx" ON "QuestionnaireRequest"("clinicId", "status", "expiresAt");

-- CreateIndex
CREATE INDEX "QuestionnaireRequest_clinicId_sendAt_idx" ON "QuestionnaireRequest"("clinicId", "sendAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireRequest_clinicId_id_key" ON "QuestionnaireRequest"("clinicId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireRequest_clinicId_episodeId_occasion_sequence_key" ON "QuestionnaireRequest"("clinicId", "episodeId", "occasion", "sequence");

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_clinicId_questionnaireRequestId_fkey" FOREIGN KEY ("clinicId", "questionnaireRequestId") REFERENCES "QuestionnaireRequest"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_clinicId_questionnaireRequestId_fkey" FOREIGN KEY ("clinicId", "questionnaireRequestId") REFERENCES "QuestionnaireRequest"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatientLink" ADD CONSTRAINT "PatientLink_clinicId_requestId_fkey" FOREIGN KEY ("clinicId", "requestId") REFERENCES "QuestionnaireRequest"("clinicId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireRequest" ADD CONSTRAINT "QuestionnaireRequest_clinicId_patientId_fkey" FOREIGN KEY ("clinicId", "patientId") REFERENCES "Patient"("clinicId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireRequest" ADD CONSTRAINT "QuestionnaireRequest_clinicId_episodeId_fkey" FOREIGN KEY ("clinicId", "episodeId") REFERENCES "EpisodeOfCare"("clinicId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-precision scores of the assessments already stored, from their responses by the scoring rules of
-- libs/domain (score-responses.ts): the stored score and normalized are rounded to 2 decimals, and a
-- change computed from them misses exact thresholds (RMDQ 14 -> 7 gave 49.99%). The owner runs this
-- migration, and row security is lifted from the table for the backfill only.
ALTER TABLE "Assessment" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "EpisodeMeasure" NO FORCE ROW LEVEL SECURITY;
UPDATE "Assessment" a
   SET "scoreExact" = CASE a."instrument"
         WHEN 'NPRS' THEN v.s WHEN 'RMDQ' THEN v.s
         WHEN 'PEG' THEN v.s / v.n WHEN 'PSFS' THEN v.s / v.n
         ELSE v.s * 100 / (5 * v.n) END,
       "normalizedExact" = CASE a."instrument"
         WHEN 'NPRS' THEN v.s * 10 WHEN 'RMDQ' THEN v.s * 100 / 24
         WHEN 'PEG' THEN v.s / v.n * 10 WHEN 'PSFS' THEN (10 - v.s / v.n) * 10
         ELSE v.s * 100 / (5 * v.n) END
  FROM (SELECT a2."id", sum(x::text::float8) AS s, count(*)::float8 AS n
          FROM "Assessment" a2 CROSS JOIN LATERAL jsonb_array_elements(a2."responses") x
         WHERE jsonb_typeof(x) = 'number'
         GROUP BY a2."id") v
 WHERE v."id" = a."id";
UPDATE "Assessment" SET "scoreExact" = "score", "normalizedExact" = "normalized" WHERE "scoreExact" IS NULL;
ALTER TABLE "Assessment" ALTER COLUMN "scoreExact" SET NOT NULL, ALTER COLUMN "normalizedExact" SET NOT NULL;
-- EpisodeMeasure now summarizes the exact values (episode-measure.repository.ts)
UPDATE "EpisodeMeasure" m
   SET "baselineScore" = b."scoreExact", "baselineNormalized" = b."normalizedExact"
  FROM "Assessment" b
 WHERE b."clinicId" = m."clinicId" AND b."episodeId" = m."episodeId" AND b."instrument" = m."instrument" AND b."isLatest"
   AND b."id" = (SELECT a."id" FROM "Assessment" a
                  WHERE a."clinicId" = m."clinicId" AND a."episodeId" = m."episodeId" AND a."instrument" = m."instrument" AND a."isLatest"
                  ORDER BY a."takenAt", a."id" LIMIT 1);
UPDATE "EpisodeMeasure" m
   SET "latestScore" = l."scoreExact", "latestNormalized" = l."normalizedExact"
  FROM "Assessment" l
 WHERE m."points" > 1 AND l."clinicId" = m."clinicId" AND l."episodeId" = m."episodeId" AND l."instrument" = m."instrument" AND l."isLatest"
   AND l."id" = (SELECT a."id" FROM "Assessment" a
                  WHERE a."clinicId" = m."clinicId" AND a."episodeId" = m."episodeId" AND a."instrument" = m."instrument" AND a."isLatest"
                  ORDER BY a."takenAt" DESC, a."id" DESC LIMIT 1);
ALTER TABLE "Assessment" FORCE ROW LEVEL SECURITY;
ALTER TABLE "EpisodeMeasure" FORCE ROW LEVEL SECURITY;

-- A request asks for at least one instrument, and the schedule settings stay within what a clinic can mean
ALTER TABLE "QuestionnaireRequest" ADD CONSTRAINT "QuestionnaireRequest_instruments_check" CHECK (cardinality("instruments") >= 1 AND "expiresAt" > "sendAt");
ALTER TABLE "Clinic" ADD CONSTRAINT "Clinic_questionnaire_settings_check" CHECK (
  "questionnaireEverySessions" BETWEEN 1 AND 52 AND "questionnaireFollowUpMonths" BETWEEN 1 AND 24
);
-- A patient-reported assessment names the request it answers and no staff member, a staff entry names its author
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_source_check" CHECK (
  ("source" = 'PATIENT_REPORTED' AND "questionnaireRequestId" IS NOT NULL)
  OR ("source" = 'CLINICIAN_ENTERED' AND "recordedById" IS NOT NULL)
);

-- Row-level security for the new tenant table, as for every tenant table (migration row_level_security)
ALTER TABLE "QuestionnaireRequest" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "QuestionnaireRequest" FORCE ROW LEVEL SECURITY;
CREATE POLICY "QuestionnaireRequest_clinic_isolation" ON "QuestionnaireRequest" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());
