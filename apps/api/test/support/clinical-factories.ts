// Factories for clinical tests. Clinical data goes through the public API; sessions are inserted
// directly as FIXTURES (real rows in the real database, not mocks), because what matters here is only
// "this therapist has a session with this patient" and "these sessions were completed", and the
// clinical tests should not depend on the booking rules (working hours, notice) of scheduling.
import { randomUUID } from 'node:crypto';
import { graphql } from '../graphql/index.js';
import type {
  Modality,
  OpenEpisodeInput,
  RecordAssessmentInput,
  RecordAssessmentMutation,
  OpenEpisodeMutation,
} from '../graphql/graphql.js';
import type { TestApi } from './api.js';
import type { ClinicalClinic } from './clinic-setup.js';
import { createPatient, type PatientInput } from './factories.js';
import { db } from './sql.js';

/** Inserts a service type row (a fixture; see the header) and returns its id. */
export async function insertServiceType(clinicId: string, modality: Modality = 'SWEDISH'): Promise<string> {
  const id = randomUUID();
  await db().query(
    `INSERT INTO "ServiceType" (id, "clinicId", name, modality, "durationMinutes", "bufferMinutes", "updatedAt") VALUES ($1, $2, $3, $4::"Modality", 60, 0, now())`,
    [id, clinicId, `${modality} ${id.slice(0, 8)}`, modality],
  );
  return id;
}

// Fixture sessions never overlap: each takes the next hour of a counter, far in the past.
let slot = 0;
const BASE = Date.UTC(2020, 0, 6, 0, 0, 0);

export interface SessionFixture {
  clinicId: string;
  patientId: string;
  therapistId: string;
  serviceTypeId: string;
  createdById: string;
  status?: 'BOOKED' | 'CHECKED_IN' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';
  episodeId?: string | null;
  startsAt?: Date;
}

/** Inserts a session row (a fixture; see the header). */
export async function insertSession(s: SessionFixture): Promise<{ id: string; startsAt: Date }> {
  const id = randomUUID();
  const startsAt = s.startsAt ?? new Date(BASE + slot++ * 3_600_000 + (process.pid % 1000) * 86_400_000);
  const endsAt = new Date(startsAt.getTime() + 3_000_000);
  await db().query(
    `INSERT INTO "Session" (id, "clinicId", "patientId", "therapistId", "serviceTypeId", "episodeId", "startsAt", "endsAt", "blockedUntil", status, "createdById", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9::"SessionStatus", $10, now())`,
    [
      id,
      s.clinicId,
      s.patientId,
      s.therapistId,
      s.serviceTypeId,
      s.episodeId ?? null,
      startsAt,
      endsAt,
      s.status ?? 'BOOKED',
      s.createdById,
    ],
  );
  return { id, startsAt };
}

/** Inserts the treatment note of a session (a fixture; see the header; version 1, its own root) and returns its id. */
export async function insertTreatmentNote(
  clinicId: string,
  sessionId: string,
  authorId: string,
  note = { pressure: 'LIGHT', patientResponse: 'Relaxed' },
): Promise<string> {
  const id = randomUUID();
  await db().query(
    `INSERT INTO "TreatmentNote" (id, "rootId", "clinicId", "sessionId", "authorId", techniques, regions, pressure, "patientResponse") VALUES ($1, $1, $2, $3, $4, '{SWEDISH}', '{LOWER_BACK}', $5::"Pressure", $6)`,
    [id, clinicId, sessionId, authorId, note.pressure, note.patientResponse],
  );
  return id;
}

/** A patient the clinic's main therapist has a booked session with (so the therapist may treat them). */
export async function patientOfTherapist(clinic: ClinicalClinic, input: PatientInput = {}): Promise<{ id: string; serviceTypeId: string }> {
  const patient = await createPatient(clinic.api, clinic.owner.token, input);
  const serviceTypeId = await insertServiceType(clinic.clinicId);
  await insertSession({
    clinicId: clinic.clinicId,
    patientId: patient.id,
    therapistId: clinic.therapist.therapistId,
    serviceTypeId,
    createdById: clinic.owner.id,
  });
  return { id: patient.id, serviceTypeId };
}

export const RECORD = graphql(`
  mutation RecordAssessment($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      id
      rootId
      version
      isLatest
      instrument
      responses
      activities
      score
      normalized
      band
      domain
      episodeId
      sessionId
      takenAt
      amendReason
    }
  }
`);

export const AMEND = graphql(`
  mutation AmendAssessment($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {
    amendAssessment(id: $id, responses: $responses, reason: $reason, activities: $activities) {
      id
      rootId
      version
      isLatest
      responses
      activities
      score
      normalized
      amendReason
    }
  }
`);

export const OPEN_EPISODE = graphql(`
  mutation OpenEpisode($input: OpenEpisodeInput!) {
    openEpisode(input: $input) {
      id
      patientId
      region
      chronicity
      goal
      startedAt
      dischargedAt
      open
    }
  }
`);

export type RecordedAssessment = RecordAssessmentMutation['recordAssessment'];

export async function recordAssessment(api: TestApi, token: string, input: RecordAssessmentInput): Promise<RecordedAssessment> {
  const result = await api.gql(RECORD, { input }, token);
  if (!result.data) throw new Error(`recordAssessment failed: ${JSON.stringify(result.errors)}`);
  return result.data.recordAssessment;
}

export async function openEpisode(api: TestApi, token: string, input: OpenEpisodeInput): Promise<OpenEpisodeMutation['openEpisode']> {
  const result = await api.gql(OPEN_EPISODE, { input }, token);
  if (!result.data) throw new Error(`openEpisode failed: ${JSON.stringify(result.errors)}`);
  return result.data.openEpisode;
}
