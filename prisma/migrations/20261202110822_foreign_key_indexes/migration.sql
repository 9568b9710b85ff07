-- CreateIndex
CREATE INDEX "Assessment_clinicId_sessionId_idx" ON "Assessment"("clinicId", "sessionId");

-- CreateIndex
CREATE INDEX "Assessment_clinicId_questionnaireRequestId_idx" ON "Assessment"("clinicId", "questionnaireRequestId");

-- CreateIndex
CREATE INDEX "Message_clinicId_sessionId_idx" ON "Message"("clinicId", "sessionId");

-- CreateIndex
CREATE INDEX "Message_clinicId_questionnaireRequestId_idx" ON "Message"("clinicId", "questionnaireRequestId");

-- CreateIndex
CREATE INDEX "PatientLink_clinicId_requestId_idx" ON "PatientLink"("clinicId", "requestId");

-- CreateIndex
CREATE INDEX "PatientLink_clinicId_offerId_idx" ON "PatientLink"("clinicId", "offerId");

-- CreateIndex
CREATE INDEX "QuestionnaireRequest_clinicId_patientId_idx" ON "QuestionnaireRequest"("clinicId", "patientId");
