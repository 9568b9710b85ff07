// One clinic per describe block, on the real API and the test database, closed after the block: for
// the clinical and outcomes suites an owner, a front desk and two therapists (with their therapist
// profile ids); for the scheduling suites a therapist with hours, a room, a service and a patient.
import { startApi, type TestApi } from './api.js';
import { createStaff, signUpClinic, type Staff, type TestClinic } from './factories.js';
import { schedulingClinic, type SchedulingClinic } from './scheduling-factories.js';
import { closeDb, db } from './sql.js';

export type ClinicalStaff = Staff & { therapistId: string };

export interface ClinicalClinic extends TestClinic {
  api: TestApi;
  frontDesk: Staff;
  therapist: ClinicalStaff;
  otherTherapist: ClinicalStaff;
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
    api,
    frontDesk,
    therapist: { ...therapist, therapistId: await therapistIdOf(therapist.id) },
    otherTherapist: { ...otherTherapist, therapistId: await therapistIdOf(otherTherapist.id) },
  };
}

/**
 * Call inside a describe block: starts the API and signs up a clinical clinic before its tests, and
 * closes both after them. The returned object is filled in by the beforeAll hook, so read its fields
 * inside hooks and tests only, never while the describe block is being defined.
 */
export function setupClinic(): ClinicalClinic {
  const clinic = {} as ClinicalClinic;
  beforeAll(async () => {
    Object.assign(clinic, await clinicalClinic(await startApi()));
  });
  afterAll(async () => {
    await closeDb();
    await clinic.api?.close();
  });
  return clinic;
}

/** Like setupClinic(), for the scheduling suites (see schedulingClinic()). */
export function setupSchedulingClinic(): SchedulingClinic {
  const clinic = {} as SchedulingClinic;
  beforeAll(async () => {
    Object.assign(clinic, await schedulingClinic(await startApi()));
  });
  afterAll(async () => {
    await clinic.api?.close();
  });
  return clinic;
}
