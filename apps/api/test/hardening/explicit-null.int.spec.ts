// An optional argument whose column is NOT NULL may be left out, but an explicit null is bad input:
// the fuzzer found it reaching the database and answering INTERNAL_SERVER_ERROR. Nothing is written.
import { startApi, type GqlResult, type TestApi } from '../support/api.js';
import { signUpClinic, type TestClinic } from '../support/factories.js';
import { closeDb, db } from '../support/sql.js';

const UPDATE_SETTINGS = `mutation($v: Int) { updateClinicSettings(minimumNoticeMinutes: $v) { id minimumNoticeMinutes } }`;
const CREATE_SERVICE = `mutation($b: Int) { createServiceType(name: "Null probe", modality: SWEDISH, durationMinutes: 60, bufferMinutes: $b) { id bufferMinutes } }`;
const UPDATE_SERVICE = `mutation($id: ID!, $b: Int, $active: Boolean) { updateServiceType(id: $id, bufferMinutes: $b, active: $active) { id bufferMinutes active } }`;
const CREATE_PATIENT = `mutation { createPatient(firstName: "Nel", lastName: "Null", dateOfBirth: "1980-05-17", complaintRegion: NECK) { id } }`;
const UPDATE_PATIENT = `mutation($id: ID!, $first: String, $email: String) { updatePatient(id: $id, firstName: $first, email: $email) { id firstName email } }`;

function expectRefused(result: GqlResult<unknown>, field: string): void {
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
}

describe('explicit null for a NOT NULL column', () => {
  let api: TestApi;
  let clinic: TestClinic;

  beforeAll(async () => {
    api = await startApi();
    clinic = await signUpClinic(api);
  });
  afterAll(async () => {
    await closeDb();
    await api.close();
  });

  it('refuses null clinic settings and keeps the stored value', async () => {
    const before = await db().query('SELECT "minimumNoticeMinutes" FROM "Clinic" WHERE id = $1', [clinic.clinicId]);
    expectRefused(await api.rawGql(UPDATE_SETTINGS, { v: null }, clinic.owner.token), 'minimumNoticeMinutes');
    const after = await db().query('SELECT "minimumNoticeMinutes" FROM "Clinic" WHERE id = $1', [clinic.clinicId]);
    expect(after.rows).toEqual(before.rows);
  });

  it('refuses null on create and update of a service type, while leaving it out keeps the default', async () => {
    expectRefused(await api.rawGql(CREATE_SERVICE, { b: null }, clinic.owner.token), 'bufferMinutes');
    const created = (await api.rawGql(CREATE_SERVICE, {}, clinic.owner.token)) as GqlResult<{
      createServiceType: { id: string; bufferMinutes: number };
    }>;
    expect(created.data?.createServiceType.bufferMinutes).toBe(0);
    const id = created.data!.createServiceType.id;
    expectRefused(await api.rawGql(UPDATE_SERVICE, { id, b: null }, clinic.owner.token), 'bufferMinutes');
    expectRefused(await api.rawGql(UPDATE_SERVICE, { id, active: null }, clinic.owner.token), 'active');
    const row = await db().query('SELECT "bufferMinutes", active FROM "ServiceType" WHERE id = $1', [id]);
    expect(row.rows).toEqual([{ bufferMinutes: 0, active: true }]);
  });

  it("refuses a null patient name but clears a patient's email with null", async () => {
    const created = (await api.rawGql(CREATE_PATIENT, {}, clinic.owner.token)) as GqlResult<{ createPatient: { id: string } }>;
    const id = created.data!.createPatient.id;
    expectRefused(await api.rawGql(UPDATE_PATIENT, { id, first: null }, clinic.owner.token), 'firstName');
    await api.rawGql(UPDATE_PATIENT, { id, email: 'nel@example.com' }, clinic.owner.token);
    const cleared = (await api.rawGql(UPDATE_PATIENT, { id, email: null }, clinic.owner.token)) as GqlResult<{
      updatePatient: { firstName: string; email: string | null };
    }>;
    expect(cleared.data?.updatePatient).toMatchObject({ firstName: 'Nel', email: null });
  });
});
