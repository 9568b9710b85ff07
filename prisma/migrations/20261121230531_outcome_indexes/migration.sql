-- Covering indexes for the outcome analytics (hand-written: Prisma cannot express partial or INCLUDE indexes).

-- clinicOutcomes and patientOutcomes read only the latest version of each assessment, per episode and
-- instrument in takenAt order: an index-only scan in exactly the order the per-episode aggregates need
-- (baseline and latest without a sort or a heap visit, also for a million assessments).
CREATE INDEX "Assessment_outcomes_idx"
  ON "Assessment" ("clinicId", "episodeId", "instrument", "takenAt", "id")
  INCLUDE ("score", "normalized", "patientId")
  WHERE "isLatest";

-- Completed sessions per episode: session numbers on the patient chart and the attribution of an
-- episode to the therapist and modality of most of its completed sessions.
CREATE INDEX "Session_completed_by_episode_idx"
  ON "Session" ("clinicId", "episodeId")
  INCLUDE ("therapistId", "serviceTypeId", "startsAt")
  WHERE "status" = 'COMPLETED';
