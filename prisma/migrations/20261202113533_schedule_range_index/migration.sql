-- CreateIndex
CREATE INDEX "Session_clinicId_endsAt_idx" ON "Session"("clinicId", "endsAt");
