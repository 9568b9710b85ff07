-- CreateEnum
CREATE TYPE "MessageChannel" AS ENUM ('EMAIL', 'SMS');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('REMINDER', 'CONFIRMATION', 'CANCELLATION', 'WAITLIST_OFFER', 'QUESTIONNAIRE');

-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('SCHEDULED', 'SENT', 'FAILED', 'CANCELLED', 'SKIPPED');

-- AlterTable
ALTER TABLE "Patient" ADD COLUMN     "emailConsent" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "preferredChannel" "MessageChannel",
ADD COLUMN     "smsConsent" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Message" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "sessionId" UUID,
    "kind" "MessageKind" NOT NULL,
    "channel" "MessageChannel" NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sendAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "MessageStatus" NOT NULL DEFAULT 'SCHEDULED',
    "statusReason" TEXT,
    "providerResult" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "queuedAt" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsedPatientLink" (
    "jti" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "usedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "UsedPatientLink_pkey" PRIMARY KEY ("jti")
);

-- CreateIndex
CREATE INDEX "Message_status_sendAt_idx" ON "Message"("status", "sendAt");

-- CreateIndex
CREATE INDEX "Message_clinicId_createdAt_idx" ON "Message"("clinicId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_clinicId_patientId_createdAt_idx" ON "Message"("clinicId", "patientId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Message_clinicId_id_key" ON "Message"("clinicId", "id");

-- CreateIndex
CREATE INDEX "UsedPatientLink_expiresAt_idx" ON "UsedPatientLink"("expiresAt");

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_clinicId_patientId_fkey" FOREIGN KEY ("clinicId", "patientId") REFERENCES "Patient"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_clinicId_sessionId_fkey" FOREIGN KEY ("clinicId", "sessionId") REFERENCES "Session"("clinicId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security for the outbox, as for every tenant table (migration row_level_security)
ALTER TABLE "Message" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Message" FORCE ROW LEVEL SECURITY;
CREATE POLICY "Message_clinic_isolation" ON "Message" USING ("clinicId" = backtrack_clinic_id()) WITH CHECK ("clinicId" = backtrack_clinic_id());

-- The dispatcher's relay works across clinics: once per tick it marks due messages as queued and enqueues
-- one job each (messages/message-relay.repository.ts). A transaction that sets app.message_dispatch
-- sees and may update only messages still SCHEDULED, and they stay SCHEDULED: never a delivered,
-- failed or cancelled one, nor any other table. Each job then delivers its message in its own clinic's scope.
CREATE FUNCTION backtrack_message_dispatch() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT current_setting('app.message_dispatch', true) = 'on' $$;
GRANT EXECUTE ON FUNCTION backtrack_message_dispatch() TO backtrack_app;
CREATE POLICY "Message_dispatch_read" ON "Message" FOR SELECT USING (backtrack_message_dispatch() AND "status" = 'SCHEDULED');
CREATE POLICY "Message_dispatch_claim" ON "Message" FOR UPDATE
  USING (backtrack_message_dispatch() AND "status" = 'SCHEDULED') WITH CHECK (backtrack_message_dispatch() AND "status" = 'SCHEDULED');

-- Attempts count up from zero
ALTER TABLE "Message" ADD CONSTRAINT "Message_attempts_check" CHECK ("attempts" >= 0);
