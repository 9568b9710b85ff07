-- CreateEnum
CREATE TYPE "PatientLinkPurpose" AS ENUM ('CONFIRM', 'CANCEL', 'CALENDAR', 'CLAIM');

-- CreateEnum
CREATE TYPE "WaitlistStatus" AS ENUM ('WAITING', 'BOOKED');

-- CreateEnum
CREATE TYPE "WaitlistOfferStatus" AS ENUM ('OPEN', 'CLAIMED', 'TAKEN', 'EXPIRED');

-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN     "address" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "quietHoursEnd" TEXT NOT NULL DEFAULT '08:00',
ADD COLUMN     "quietHoursStart" TEXT NOT NULL DEFAULT '21:00',
ADD COLUMN     "reminderChannels" "MessageChannel"[] DEFAULT ARRAY['EMAIL', 'SMS']::"MessageChannel"[],
ADD COLUMN     "reminderOffsetsHours" INTEGER[] DEFAULT ARRAY[48, 2]::INTEGER[];

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "confirmedAt" TIMESTAMPTZ(3),
ALTER COLUMN "createdById" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "calendar" TEXT;

-- CreateTable
CREATE TABLE "PatientLink" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "purpose" "PatientLinkPurpose" NOT NULL,
    "patientId" UUID NOT NULL,
    "sessionId" UUID,
    "offerId" UUID,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PatientLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaitlistEntry" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "serviceTypeId" UUID NOT NULL,
    "therapistId" UUID,
    "windows" JSONB NOT NULL DEFAULT '[]',
    "earliestDate" DATE,
    "latestDate" DATE,
    "notes" TEXT NOT NULL DEFAULT '',
    "status" "WaitlistStatus" NOT NULL DEFAULT 'WAITING',
    "sessionId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WaitlistEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaitlistOffer" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "entryId" UUID NOT NULL,
    "therapistId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "roomId" UUID,
    "status" "WaitlistOfferStatus" NOT NULL DEFAULT 'OPEN',
    "messageId" UUID,
    "sessionId" UUID,
    "claimedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WaitlistOffer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PatientLink_clinicId_sessionId_idx" ON "PatientLink"("clinicId", "sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "PatientLink_tokenHash_key" ON "PatientLink"("tokenHash");

-- CreateIndex
CREATE INDEX "WaitlistEntry_clinicId_status_createdAt_idx" ON "WaitlistEntry"("clinicId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistEntry_clinicId_id_key" ON "WaitlistEntry"("clinicId", "id");

-- CreateIndex
CREATE INDEX "WaitlistOffer_clinicId_status_startsAt_idx" ON "WaitlistOffer"("clinicId", "status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistOffer_clinicId_messageId_key" ON "WaitlistOffer"("clinicId", "messageId");

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistOffer_entryId_therapistId_startsAt_key" ON "WaitlistOffer"("entryId", "therapistId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistOffer_clinicId_id_key" ON "WaitlistOffer"("clinicId", "id");

-- AddForeignKey
ALTER TABLE "PatientLink" ADD CONSTRAINT "PatientLink_clinicId_patientId_fkey" FOREIGN KEY ("clinicId", "patientId") REFERENCES "Patient"("clinicId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatientLink" ADD CONSTRAINT "PatientLink_clinicId_sessionId_fkey" FOREIGN KEY ("clinicId", "sessionId") REFERENCES "Session"("clinicId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatientLink" ADD CONSTRAINT "PatientLink_clinicId_offerId_fkey" FOREIGN KEY ("clinicId", "offerId") REFERENCES "WaitlistOffer"("clinicId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitlistEntry" ADD CONSTRAINT "WaitlistEntry_clinicId_patientId_fkey" FOREIGN KEY ("clinicId", "patientId") REFERENCES "Patient"("clinicId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitlistEntry" ADD CONSTRAINT "WaitlistEntry_clinicId_serviceTypeId_fkey" FOREIGN KEY ("clinicId", "serviceTypeId") REFERENCES "ServiceType"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitlistEntry" ADD CONSTRAINT "WaitlistEntry_clinicId_therapistId_fkey" FOREIGN KEY ("clinicId", "therapistId") REFERENCES "Therapist"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitlistEntry" ADD CONSTRAINT "WaitlistEntry_clinicId_sessionId_fkey" FOREIGN KEY ("clinicId", "sessionId") REFERENCES "Session"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitlistOffer" ADD CONSTRAINT "WaitlistOffer_clinicId_entryId_fkey" FOREIGN KEY ("clinicId", "entryId") REFERENCES "WaitlistEntry"("clinicId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitlistOffer" ADD CONSTRAINT "WaitlistOffer_clinicId_messageId_fkey" FOREIGN KEY ("clinicId", "messageId") REFERENCES "Message"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Reminder settings the API validates are also held by the database: local times as HH:MM, between one
-- and four offsets of 1 h to 14 days, at least one channel.
ALTER TABLE "Clinic" ADD CONSTRAINT "Clinic_reminder_settings_check" CHECK (
  "quietHoursStart" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'
  AND "quietHoursEnd" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'
  AND cardinality("reminderOffsetsHours") BETWEEN 0 AND 4
  AND 1 <= ALL ("reminderOffsetsHours") AND 336 >= ALL ("reminderOffsetsHours")
);

-- Row-level security for the new tenant tables, as for every tenant table (migration row_level_security)
ALTER TABLE "PatientLink" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PatientLink" FORCE ROW LEVEL SECURITY;
CREATE POLICY "PatientLink_clinic_isolation" ON "PatientLink" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());
ALTER TABLE "WaitlistEntry" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WaitlistEntry" FORCE ROW LEVEL SECURITY;
CREATE POLICY "WaitlistEntry_clinic_isolation" ON "WaitlistEntry" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());
ALTER TABLE "WaitlistOffer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WaitlistOffer" FORCE ROW LEVEL SECURITY;
CREATE POLICY "WaitlistOffer_clinic_isolation" ON "WaitlistOffer" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());
