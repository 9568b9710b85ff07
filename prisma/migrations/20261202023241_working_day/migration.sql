-- AlterEnum
ALTER TYPE "MessageKind" ADD VALUE 'STAFF_INVITE';

-- DropIndex
DROP INDEX "TreatmentNote_clinicId_sessionId_key";

-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN     "checkInWindowMinutes" INTEGER NOT NULL DEFAULT 60;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "inviteAcceptedAt" TIMESTAMPTZ(3),
ADD COLUMN     "invitedAt" TIMESTAMPTZ(3),
ADD COLUMN     "tokenVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "TreatmentNote" ADD COLUMN     "amendReason" TEXT,
ADD COLUMN     "isLatest" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "nextStep" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "objective" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "plan" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "rootId" UUID,
ADD COLUMN     "subjective" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Notes written before versioning are version 1 of their own root. The owner runs this migration, and
-- row security is lifted from the table for the backfill only.
ALTER TABLE "TreatmentNote" NO FORCE ROW LEVEL SECURITY;
UPDATE "TreatmentNote" SET "rootId" = "id";
ALTER TABLE "TreatmentNote" FORCE ROW LEVEL SECURITY;
ALTER TABLE "TreatmentNote" ALTER COLUMN "rootId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "userId" UUID,
ALTER COLUMN "patientId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "StaffInvite" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffInvite_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffInvite_clinicId_userId_idx" ON "StaffInvite"("clinicId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffInvite_tokenHash_key" ON "StaffInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "TreatmentNote_clinicId_sessionId_idx" ON "TreatmentNote"("clinicId", "sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "TreatmentNote_clinicId_rootId_version_key" ON "TreatmentNote"("clinicId", "rootId", "version");

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_clinicId_userId_fkey" FOREIGN KEY ("clinicId", "userId") REFERENCES "User"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffInvite" ADD CONSTRAINT "StaffInvite_clinicId_userId_fkey" FOREIGN KEY ("clinicId", "userId") REFERENCES "User"("clinicId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One latest note per session (earlier versions stay, readable, with isLatest false), one latest per root.
CREATE UNIQUE INDEX "TreatmentNote_latest_per_session" ON "TreatmentNote" ("clinicId", "sessionId") WHERE "isLatest";
CREATE UNIQUE INDEX "TreatmentNote_latest_per_root" ON "TreatmentNote" ("clinicId", "rootId") WHERE "isLatest";
ALTER TABLE "TreatmentNote" ADD CONSTRAINT "TreatmentNote_version_check"
  CHECK ("version" >= 1 AND (("version" = 1) = ("amendReason" IS NULL)));

-- A message is to a patient or to a staff member, never both nor neither.
ALTER TABLE "Message" ADD CONSTRAINT "Message_recipient_check" CHECK (("patientId" IS NULL) <> ("userId" IS NULL));

ALTER TABLE "Clinic" ADD CONSTRAINT "Clinic_checkInWindowMinutes_check" CHECK ("checkInWindowMinutes" BETWEEN 0 AND 1440);

ALTER TABLE "StaffInvite" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "StaffInvite" FORCE ROW LEVEL SECURITY;
CREATE POLICY "StaffInvite_clinic_isolation" ON "StaffInvite" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());
