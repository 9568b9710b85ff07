-- AlterTable
ALTER TABLE "Screening" ADD COLUMN     "answers" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "formVersion" INTEGER NOT NULL DEFAULT 1;

-- Screenings recorded before the form was versioned asked the four contraindications (form 1): their
-- answers are the four columns. The owner runs this migration, and row security is lifted from the
-- table for the backfill only.
ALTER TABLE "Screening" NO FORCE ROW LEVEL SECURITY;
UPDATE "Screening" SET "answers" = jsonb_build_object(
  'acuteInjury', "acuteInjury", 'suspectedFracture', "suspectedFracture",
  'severeNerveSymptoms', "severeNerveSymptoms", 'recentSpinalSurgery', "recentSpinalSurgery");
ALTER TABLE "Screening" FORCE ROW LEVEL SECURITY;
ALTER TABLE "Screening" ADD CONSTRAINT "Screening_answers_check" CHECK ("formVersion" >= 1 AND jsonb_typeof("answers") = 'object');
