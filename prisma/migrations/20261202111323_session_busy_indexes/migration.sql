-- CreateIndex
CREATE INDEX "Session_clinicId_therapistId_blockedUntil_idx" ON "Session"("clinicId", "therapistId", "blockedUntil");

-- CreateIndex
CREATE INDEX "Session_clinicId_roomId_blockedUntil_idx" ON "Session"("clinicId", "roomId", "blockedUntil");

-- CreateIndex
CREATE INDEX "Session_clinicId_patientId_blockedUntil_idx" ON "Session"("clinicId", "patientId", "blockedUntil");

-- CreateIndex
CREATE INDEX "Session_clinicId_episodeId_status_idx" ON "Session"("clinicId", "episodeId", "status");
