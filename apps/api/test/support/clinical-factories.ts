// Factories for clinical tests. Clinical data goes through the public API; sessions are inserted
// directly as FIXTURES (real rows in the real database, not mocks), because what matters here is only
// "this therapist has a session with this patient" and "these sessions were completed", and the
// clinical tests should not depend on the booking rules (working hours, notice) of scheduling.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { testDatabaseUrl, type TestApi } from './api.js';
import { createPatient, createStaff, signUpClinic, type Staff, type TestClinic } from './factories.js';

let pool: pg.Pool | null = null;

/** A direct connection for fixtures and for checking what was (not) stored. Close with closeDb(). */
export function db(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: testDatabaseUrl(), max: 4 });
  return pool;
}

export async function closeDb(): Promise<void> {
  await pool?.end();
  pool = null;
}

export interface ClinicalClinic extends TestClinic {
  frontDesk: Staff;
  therapist: Staff & { therapistId: string };
  otherTherapist: Staff & { therapistId: string };
}

export async function therapistIdOf(userId: string): Promise<string> {
  const { rows } = await db().query<{ id: string }>(`SELECT id FROM "Therapist" WHERE "userId" = $1`, [userId]);
  if (!rows[0]) throw new Error(`No therapist profile for user ${userId}`);
  return rows[0].id;
}

export async function clinicalClinic(api: TestApi): Promise<ClinicalClinic> {
  const clinic = await signUpClinic(api);
  const [frontDesk, therapist, otherTherapist] = await Promise.all([
    createStaff(api, clinic, 'FRONT_DESK', 'Desk Person'),
    createStaff(api, clinic, 'THERAPIST', 'Tess Therapist'),
    createStaff(api, clinic, 'THERAPIST', 'Otto Other'),
  ]);
  return {
    ...clinic,
    frontDesk,
    therapist: { ...therapist, therapistId: await therapistIdOf(therapist.id) },
    otherTherapist: { ...otherTherapist, therapistId: await therapistIdOf(otherTherapist.id) },
  };
}

export async function createServiceType(clinicId: string, modality = 'SWEDISH'): Promise<string> {
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
    [id, s.clinicId, s.patientId, s.therapistId, s.serviceTypeId, s.episodeId ?? null, startsAt, endsAt, s.status ?? 'BOOKED', s.createdById],
  );
  return { id, startsAt };
}

/** A patient the clinic's main therapist has a booked session with (so the therapist may treat them). */
export async function patientOfTherapist(api: TestApi, clinic: ClinicalClinic, input: Parameters<typeof createPatient>[2] = {}): Promise<{ id: string; serviceTypeId: string }> {
  const patient = await createPatient(api, clinic.owner.token, input);
  const serviceTypeId = await createServiceType(clinic.clinicId);
  await insertSession({ clinicId: clinic.clinicId, patientId: patient.id, therapistId: clinic.therapist.therapistId, serviceTypeId, createdById: clinic.owner.id });
  return { id: patient.id, serviceTypeId };
}

export const RECORD = `mutation($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) { id rootId version isLatest instrument responses activities score normalized band domain episodeId sessionId takenAt amendReason }
}`;
export const AMEND = `mutation($id: ID!, $responses: [Int]!, $reason: String!, $activities: [String!]) {
  amendAssessment(id: $id, responses: $responses, reason: $reason, activities: $activities) { id rootId version isLatest responses activities score normalized amendReason }
}`;
export const OPEN_EPISODE = `mutation($input: OpenEpisodeInput!) { openEpisode(input: $input) { id patientId region chronicity goal startedAt dischargedAt open } }`;

export interface AssessmentInput {
  patientId: string;
  instrument: string;
  responses: (number | null)[];
  activities?: string[];
  episodeId?: string;
  sessionId?: string;
  takenAt?: string;
}

export async function recordAssessment(api: TestApi, token: string, input: AssessmentInput): Promise<Record<string, any>> {
  const result = await api.gql(RECORD, { input }, token);
  if (!result.data) throw new Error(`recordAssessment failed: ${JSON.stringify(result.errors)}`);
  return result.data.recordAssessment;
}

export async function openEpisode(api: TestApi, token: string, input: { patientId: string; startedAt?: string; chronicity?: string; goal?: string }): Promise<Record<string, any>> {
  const result = await api.gql(OPEN_EPISODE, { input }, token);
  if (!result.data) throw new Error(`openEpisode failed: ${JSON.stringify(result.errors)}`);
  return result.data.openEpisode;
}

export async function countRows(table: string, where: string, params: unknown[]): Promise<number> {
  const { rows } = await db().query<{ n: string }>(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`, params);
  return Number(rows[0]!.n);
}
