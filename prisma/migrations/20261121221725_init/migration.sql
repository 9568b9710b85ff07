-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OWNER', 'FRONT_DESK', 'THERAPIST');

-- CreateEnum
CREATE TYPE "Modality" AS ENUM ('SWEDISH', 'DEEP_TISSUE', 'MYOFASCIAL_RELEASE', 'TRIGGER_POINT', 'NEUROMUSCULAR', 'HOT_STONE', 'CRANIOSACRAL', 'SPORTS', 'OTHER');

-- CreateEnum
CREATE TYPE "ComplaintRegion" AS ENUM ('LOWER_BACK', 'MID_BACK', 'UPPER_BACK', 'NECK');

-- CreateEnum
CREATE TYPE "ClearanceStatus" AS ENUM ('NOT_SCREENED', 'NOT_REQUIRED', 'NEEDS_MEDICAL_CLEARANCE', 'CLEARED');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "RepeatFrequency" AS ENUM ('DAILY', 'WEEKLY', 'MONTHLY');

-- CreateEnum
CREATE TYPE "Chronicity" AS ENUM ('ACUTE', 'SUBACUTE', 'CHRONIC');

-- CreateEnum
CREATE TYPE "Pressure" AS ENUM ('LIGHT', 'MODERATE', 'FIRM', 'DEEP');

-- CreateEnum
CREATE TYPE "Instrument" AS ENUM ('NPRS', 'PEG', 'ODI', 'NDI', 'RMDQ', 'PSFS');

-- CreateTable
CREATE TABLE "Clinic" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "timezone" TEXT NOT NULL,
    "slotStepMinutes" INTEGER NOT NULL DEFAULT 15,
    "minimumNoticeMinutes" INTEGER NOT NULL DEFAULT 60,
    "lateCancelWindowHours" INTEGER NOT NULL DEFAULT 24,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Clinic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "failures" INTEGER NOT NULL,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Therapist" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "displayName" TEXT NOT NULL,
    "credentials" TEXT NOT NULL DEFAULT '',
    "modalities" "Modality"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Therapist_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkingHours" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "therapistId" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startTime" TEXT NOT NULL,
    "endTime" TEXT NOT NULL,

    CONSTRAINT "WorkingHours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimeOff" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "therapistId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimeOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Room" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Room_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceType" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "modality" "Modality" NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "bufferMinutes" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Patient" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "complaintRegion" "ComplaintRegion" NOT NULL,
    "clearanceStatus" "ClearanceStatus" NOT NULL DEFAULT 'NOT_SCREENED',
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Patient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Screening" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "recordedById" UUID NOT NULL,
    "acuteInjury" BOOLEAN NOT NULL,
    "suspectedFracture" BOOLEAN NOT NULL,
    "severeNerveSymptoms" BOOLEAN NOT NULL,
    "recentSpinalSurgery" BOOLEAN NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Screening_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Clearance" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "recordedById" UUID NOT NULL,
    "clinician" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "clearedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Clearance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EpisodeOfCare" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "region" "ComplaintRegion" NOT NULL,
    "chronicity" "Chronicity" NOT NULL DEFAULT 'CHRONIC',
    "goal" TEXT NOT NULL DEFAULT '',
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dischargedAt" TIMESTAMPTZ(3),
    "dischargeNote" TEXT,

    CONSTRAINT "EpisodeOfCare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionSeries" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "frequency" "RepeatFrequency" NOT NULL,
    "interval" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "therapistId" UUID NOT NULL,
    "serviceTypeId" UUID NOT NULL,
    "roomId" UUID,
    "episodeId" UUID,
    "seriesId" UUID,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(3) NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'BOOKED',
    "notes" TEXT NOT NULL DEFAULT '',
    "idempotencyKey" TEXT,
    "overrideReason" TEXT,
    "cancelReason" TEXT,
    "lateCancel" BOOLEAN NOT NULL DEFAULT false,
    "cancelledAt" TIMESTAMPTZ(3),
    "checkedInAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    "noShowAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TreatmentNote" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "techniques" "Modality"[],
    "regions" "ComplaintRegion"[],
    "pressure" "Pressure" NOT NULL,
    "patientResponse" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TreatmentNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "rootId" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "isLatest" BOOLEAN NOT NULL DEFAULT true,
    "patientId" UUID NOT NULL,
    "episodeId" UUID NOT NULL,
    "sessionId" UUID,
    "instrument" "Instrument" NOT NULL,
    "responses" JSONB NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "normalized" DOUBLE PRECISION NOT NULL,
    "takenAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedById" UUID NOT NULL,
    "amendReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "actorRole" "Role" NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "patientId" UUID,
    "requestId" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_clinicId_role_idx" ON "User"("clinicId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "User_clinicId_id_key" ON "User"("clinicId", "id");

-- CreateIndex
CREATE INDEX "Therapist_clinicId_active_idx" ON "Therapist"("clinicId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "Therapist_clinicId_id_key" ON "Therapist"("clinicId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Therapist_clinicId_userId_key" ON "Therapist"("clinicId", "userId");

-- CreateIndex
CREATE INDEX "WorkingHours_clinicId_therapistId_idx" ON "WorkingHours"("clinicId", "therapistId");

-- CreateIndex
CREATE INDEX "TimeOff_clinicId_therapistId_startsAt_idx" ON "TimeOff"("clinicId", "therapistId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Room_clinicId_name_key" ON "Room"("clinicId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Room_clinicId_id_key" ON "Room"("clinicId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceType_clinicId_name_key" ON "ServiceType"("clinicId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceType_clinicId_id_key" ON "ServiceType"("clinicId", "id");

-- CreateIndex
CREATE INDEX "Patient_clinicId_lastName_firstName_idx" ON "Patient"("clinicId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "Patient_clinicId_createdAt_idx" ON "Patient"("clinicId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Patient_clinicId_id_key" ON "Patient"("clinicId", "id");

-- CreateIndex
CREATE INDEX "Screening_clinicId_patientId_recordedAt_idx" ON "Screening"("clinicId", "patientId", "recordedAt");

-- CreateIndex
CREATE INDEX "Clearance_clinicId_patientId_clearedAt_idx" ON "Clearance"("clinicId", "patientId", "clearedAt");

-- CreateIndex
CREATE INDEX "EpisodeOfCare_clinicId_patientId_startedAt_idx" ON "EpisodeOfCare"("clinicId", "patientId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EpisodeOfCare_clinicId_id_key" ON "EpisodeOfCare"("clinicId", "id");

-- CreateIndex
CREATE INDEX "SessionSeries_clinicId_createdAt_idx" ON "SessionSeries"("clinicId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SessionSeries_clinicId_id_key" ON "SessionSeries"("clinicId", "id");

-- CreateIndex
CREATE INDEX "Session_clinicId_startsAt_idx" ON "Session"("clinicId", "startsAt");

-- CreateIndex
CREATE INDEX "Session_clinicId_therapistId_startsAt_idx" ON "Session"("clinicId", "therapistId", "startsAt");

-- CreateIndex
CREATE INDEX "Session_clinicId_patientId_startsAt_idx" ON "Session"("clinicId", "patientId", "startsAt");

-- CreateIndex
CREATE INDEX "Session_clinicId_status_startsAt_idx" ON "Session"("clinicId", "status", "startsAt");

-- CreateIndex
CREATE INDEX "Session_clinicId_seriesId_idx" ON "Session"("clinicId", "seriesId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_clinicId_idempotencyKey_key" ON "Session"("clinicId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Session_clinicId_id_key" ON "Session"("clinicId", "id");

-- CreateIndex
CREATE INDEX "TreatmentNote_clinicId_createdAt_idx" ON "TreatmentNote"("clinicId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TreatmentNote_clinicId_sessionId_key" ON "TreatmentNote"("clinicId", "sessionId");

-- CreateIndex
CREATE INDEX "Assessment_clinicId_patientId_instrument_takenAt_idx" ON "Assessment"("clinicId", "patientId", "instrument", "takenAt");

-- CreateIndex
CREATE INDEX "Assessment_clinicId_episodeId_instrument_takenAt_idx" ON "Assessment"("clinicId", "episodeId", "instrument", "takenAt");

-- CreateIndex
CREATE INDEX "Assessment_clinicId_instrument_takenAt_idx" ON "Assessment"("clinicId", "instrument", "takenAt");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_clinicId_rootId_version_key" ON "Assessment"("clinicId", "rootId", "version");

-- CreateIndex
CREATE INDEX "AuditEvent_clinicId_at_idx" ON "AuditEvent"("clinicId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_clinicId_patientId_at_idx" ON "AuditEvent"("clinicId", "patientId", "at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Therapist" ADD CONSTRAINT "Therapist_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Therapist" ADD CONSTRAINT "Therapist_clinicId_userId_fkey" FOREIGN KEY ("clinicId", "userId") REFERENCES "User"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingHours" ADD CONSTRAINT "WorkingHours_clinicId_therapistId_fkey" FOREIGN KEY ("clinicId", "therapistId") REFERENCES "Therapist"("clinicId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeOff" ADD CONSTRAINT "TimeOff_clinicId_therapistId_fkey" FOREIGN KEY ("clinicId", "therapistId") REFERENCES "Therapist"("clinicId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Room" ADD CONSTRAINT "Room_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceType" ADD CONSTRAINT "ServiceType_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Patient" ADD CONSTRAINT "Patient_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Screening" ADD CONSTRAINT "Screening_clinicId_patientId_fkey" FOREIGN KEY ("clinicId", "patientId") REFERENCES "Patient"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clearance" ADD CONSTRAINT "Clearance_clinicId_patientId_fkey" FOREIGN KEY ("clinicId", "patientId") REFERENCES "Patient"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EpisodeOfCare" ADD CONSTRAINT "EpisodeOfCare_clinicId_patientId_fkey" FOREIGN KEY ("clinicId", "patientId") REFERENCES "Patient"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_clinicId_patientId_fkey" FOREIGN KEY ("clinicId", "patientId") REFERENCES "Patient"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_clinicId_therapistId_fkey" FOREIGN KEY ("clinicId", "therapistId") REFERENCES "Therapist"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_clinicId_serviceTypeId_fkey" FOREIGN KEY ("clinicId", "serviceTypeId") REFERENCES "ServiceType"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_clinicId_roomId_fkey" FOREIGN KEY ("clinicId", "roomId") REFERENCES "Room"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_clinicId_episodeId_fkey" FOREIGN KEY ("clinicId", "episodeId") REFERENCES "EpisodeOfCare"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_clinicId_seriesId_fkey" FOREIGN KEY ("clinicId", "seriesId") REFERENCES "SessionSeries"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentNote" ADD CONSTRAINT "TreatmentNote_clinicId_sessionId_fkey" FOREIGN KEY ("clinicId", "sessionId") REFERENCES "Session"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_clinicId_patientId_fkey" FOREIGN KEY ("clinicId", "patientId") REFERENCES "Patient"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_clinicId_episodeId_fkey" FOREIGN KEY ("clinicId", "episodeId") REFERENCES "EpisodeOfCare"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_clinicId_sessionId_fkey" FOREIGN KEY ("clinicId", "sessionId") REFERENCES "Session"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Invariants The Prisma schema language cannot express. They are guaranteed by the database against
-- races that a check-before-insert cannot stop (see STYLE.md point 4).
-- ---------------------------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Sessions: a sane time span, and the buffer only ever extends the blocked range.
ALTER TABLE "Session" ADD CONSTRAINT "Session_time_span_check"
  CHECK ("endsAt" > "startsAt" AND "blockedUntil" >= "endsAt");

-- No two active sessions overlap (buffer included) for the same therapist, room or patient. An owner making a
-- deliberate override (overrideReason set) is exempt, and the override is audited.
ALTER TABLE "Session" ADD CONSTRAINT "Session_therapist_no_overlap"
  EXCLUDE USING gist ("clinicId" WITH =, "therapistId" WITH =, tstzrange("startsAt", "blockedUntil") WITH &&)
  WHERE ("status" IN ('BOOKED', 'CHECKED_IN', 'COMPLETED') AND "overrideReason" IS NULL);
ALTER TABLE "Session" ADD CONSTRAINT "Session_room_no_overlap"
  EXCLUDE USING gist ("clinicId" WITH =, "roomId" WITH =, tstzrange("startsAt", "blockedUntil") WITH &&)
  WHERE ("roomId" IS NOT NULL AND "status" IN ('BOOKED', 'CHECKED_IN', 'COMPLETED') AND "overrideReason" IS NULL);
ALTER TABLE "Session" ADD CONSTRAINT "Session_patient_no_overlap"
  EXCLUDE USING gist ("clinicId" WITH =, "patientId" WITH =, tstzrange("startsAt", "blockedUntil") WITH &&)
  WHERE ("status" IN ('BOOKED', 'CHECKED_IN', 'COMPLETED') AND "overrideReason" IS NULL);

-- At most one open episode of care per patient.
CREATE UNIQUE INDEX "EpisodeOfCare_one_open_per_patient"
  ON "EpisodeOfCare" ("clinicId", "patientId") WHERE "dischargedAt" IS NULL;
ALTER TABLE "EpisodeOfCare" ADD CONSTRAINT "EpisodeOfCare_discharge_after_start_check"
  CHECK ("dischargedAt" IS NULL OR "dischargedAt" >= "startedAt");

-- Exactly one latest version per assessment, and versions count from 1.
CREATE UNIQUE INDEX "Assessment_one_latest_per_root"
  ON "Assessment" ("clinicId", "rootId") WHERE "isLatest";
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_version_check" CHECK ("version" >= 1);
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_normalized_range_check" CHECK ("normalized" >= 0 AND "normalized" <= 100);

-- Catalogue sanity.
ALTER TABLE "WorkingHours" ADD CONSTRAINT "WorkingHours_weekday_check" CHECK ("weekday" BETWEEN 1 AND 7);
ALTER TABLE "TimeOff" ADD CONSTRAINT "TimeOff_span_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "ServiceType" ADD CONSTRAINT "ServiceType_minutes_check"
  CHECK ("durationMinutes" BETWEEN 5 AND 480 AND "bufferMinutes" BETWEEN 0 AND 120);
ALTER TABLE "Clinic" ADD CONSTRAINT "Clinic_settings_check"
  CHECK ("slotStepMinutes" BETWEEN 5 AND 120 AND "minimumNoticeMinutes" >= 0 AND "lateCancelWindowHours" >= 0);

