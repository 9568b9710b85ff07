// Questionnaire requests as FIXTURES (real rows in the real database, see sql.ts): the outcome suites
// need requests in known states (answered after a known time, expired, withdrawn, not yet due) without
// running the schedule and the patient page that produce them, which have suites of their own.
import { randomUUID } from 'node:crypto';
import type { Instrument, QuestionnaireOccasion, QuestionnaireStatus } from '../../src/generated/prisma/enums.js';
import { db } from './sql.js';

export interface RequestFixture {
  clinicId: string;
  patientId: string;
  episodeId: string;
  instruments: Instrument[];
  sendAt: string;
  occasion?: QuestionnaireOccasion;
  /** PROGRESS: the session count that triggered it; unique per episode and occasion. */
  sequence?: number;
  status?: QuestionnaireStatus;
  /** ANSWERED only. */
  answeredAt?: string;
}

const WEEK_MS = 7 * 86_400_000;

/** Inserts a request (expiring a week after sendAt) and returns its id. */
export async function insertQuestionnaireRequest(r: RequestFixture): Promise<string> {
  const id = randomUUID();
  const sendAt = new Date(r.sendAt);
  await db().query(
    `INSERT INTO "QuestionnaireRequest" (id, "clinicId", "patientId", "episodeId", occasion, sequence, instruments, "sendAt", "expiresAt", status, "answeredAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5::"QuestionnaireOccasion", $6, $7::"Instrument"[], $8, $9, $10::"QuestionnaireStatus", $11, now())`,
    [
      id,
      r.clinicId,
      r.patientId,
      r.episodeId,
      r.occasion ?? 'BASELINE',
      r.sequence ?? 0,
      r.instruments,
      sendAt,
      new Date(sendAt.getTime() + WEEK_MS),
      r.status ?? 'PENDING',
      r.answeredAt ? new Date(r.answeredAt) : null,
    ],
  );
  return id;
}

/** Turns an assessment recorded through the API into the patient's answer to a request, as the patient page stores it. */
export async function markPatientReported(assessmentId: string, requestId: string): Promise<void> {
  await db().query(
    `UPDATE "Assessment" SET source = 'PATIENT_REPORTED', "questionnaireRequestId" = $2, "recordedById" = NULL WHERE id = $1`,
    [assessmentId, requestId],
  );
}
