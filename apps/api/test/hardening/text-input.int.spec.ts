// Text that crashed or corrupted (issue 12, finding 1): a NUL byte or an unpaired surrogate anywhere,
// blank or over-long names. Each is refused as BAD_USER_INPUT naming the field, and nothing is written.
// The requests are raw on purpose: the generated types would not let most of them be written.
import { startApi, unique, type GqlResult, type TestApi } from '../support/api.js';
import { createPatient, PASSWORD, signUpClinic, type TestClinic } from '../support/factories.js';
import { closeDb, countRows, db } from '../support/sql.js';

const NUL = '\u0000';
const LONE_SURROGATE = '\uD800';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const CREATE_PATIENT = `
  mutation($firstName: String!, $lastName: String!, $notes: String) {
    createPatient(firstName: $firstName, lastName: $lastName, dateOfBirth: "1980-05-17", complaintRegion: LOWER_BACK, notes: $notes) { id firstName lastName }
  }`;
const CREATE_ROOM = `mutation($name: String!) { createRoom(name: $name) { id name } }`;
const CREATE_SERVICE_TYPE = `mutation($name: String!) { createServiceType(name: $name, modality: SWEDISH, durationMinutes: 60) { id name } }`;
const CREATE_STAFF = `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id name email } }`;
const UPDATE_CLINIC = `mutation($name: String) { updateClinicSettings(name: $name) { id name } }`;
const OPEN_EPISODE = `mutation($patientId: ID!) { openEpisode(input: { patientId: $patientId }) { id } }`;
const DISCHARGE = `mutation($id: ID!, $note: String) { dischargeEpisode(id: $id, note: $note) { id dischargedAt dischargeNote } }`;

/** The call was refused as bad input about `field`. */
function expectRefused(result: GqlResult<unknown>, field: string): void {
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
}

describe('text input hardening', () => {
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

  const patientCount = () => countRows('Patient', '"clinicId" = $1', [clinic.clinicId]);

  it.each([
    ['a NUL byte', NUL],
    ['an unpaired surrogate', LONE_SURROGATE],
  ])("refuses %s in login's email before signing in, and counts no failed login", async (_, bad) => {
    const marker = unique('login');
    const result = await api.rawGql(LOGIN, { email: `${marker}${bad}@example.com`, password: PASSWORD });
    expectRefused(result, 'email');
    expect(await countRows('LoginThrottle', 'key LIKE $1', [`%${marker}%`])).toBe(0);
  });

  it('refuses a NUL byte in a password', async () => {
    expectRefused(await api.rawGql(LOGIN, { email: clinic.owner.email, password: `${PASSWORD}${NUL}` }), 'password');
  });

  it.each([
    ['a NUL byte', `Ada${NUL}`],
    ['an unpaired surrogate', `Ada${LONE_SURROGATE}`],
    ['a line break', 'Ada\nLovelace'],
  ])('refuses %s in a patient name', async (_, firstName) => {
    const before = await patientCount();
    expectRefused(await api.rawGql(CREATE_PATIENT, { firstName, lastName: 'Lovelace' }, clinic.owner.token), 'firstName');
    expect(await patientCount()).toBe(before);
  });

  it('refuses a NUL byte in a patient note, which may otherwise span lines', async () => {
    const before = await patientCount();
    expectRefused(
      await api.rawGql(CREATE_PATIENT, { firstName: 'Ada', lastName: 'Lovelace', notes: `first line\nsecond${NUL}` }, clinic.owner.token),
      'notes',
    );
    expect(await patientCount()).toBe(before);
    const created = await api.rawGql(
      CREATE_PATIENT,
      { firstName: 'Ada', lastName: unique('Lovelace'), notes: 'first line\r\n\tsecond line' },
      clinic.owner.token,
    );
    expect(created.errors).toBeUndefined();
  });

  it('refuses a NUL byte in a discharge note (a plain argument) and leaves the episode open', async () => {
    const patient = await createPatient(api, clinic.owner.token);
    const opened = await api.rawGql(OPEN_EPISODE, { patientId: patient.id }, clinic.owner.token);
    const episodeId = (opened.data as { openEpisode: { id: string } }).openEpisode.id;
    expectRefused(await api.rawGql(DISCHARGE, { id: episodeId, note: `Goals met${NUL}` }, clinic.owner.token), 'note');
    const { rows } = await db().query<{ dischargedAt: Date | null }>(`SELECT "dischargedAt" FROM "EpisodeOfCare" WHERE id = $1`, [
      episodeId,
    ]);
    expect(rows[0]!.dischargedAt).toBeNull();
  });

  describe('blank names', () => {
    const BLANK = '  \u00a0 ';

    it('refuses a blank patient name', async () => {
      const before = await patientCount();
      expectRefused(await api.rawGql(CREATE_PATIENT, { firstName: 'Ada', lastName: BLANK }, clinic.owner.token), 'lastName');
      expect(await patientCount()).toBe(before);
    });

    it('refuses a blank room name', async () => {
      const before = await countRows('Room', '"clinicId" = $1', [clinic.clinicId]);
      expectRefused(await api.rawGql(CREATE_ROOM, { name: BLANK }, clinic.owner.token), 'name');
      expect(await countRows('Room', '"clinicId" = $1', [clinic.clinicId])).toBe(before);
    });

    it('refuses a blank service type name', async () => {
      const before = await countRows('ServiceType', '"clinicId" = $1', [clinic.clinicId]);
      expectRefused(await api.rawGql(CREATE_SERVICE_TYPE, { name: BLANK }, clinic.owner.token), 'name');
      expect(await countRows('ServiceType', '"clinicId" = $1', [clinic.clinicId])).toBe(before);
    });

    it('refuses a blank staff name', async () => {
      const email = `${unique('staff')}@example.com`;
      expectRefused(
        await api.rawGql(CREATE_STAFF, { input: { email, name: BLANK, role: 'FRONT_DESK', password: PASSWORD } }, clinic.owner.token),
        'input.name',
      );
      expect(await countRows('User', 'email = $1', [email])).toBe(0);
    });

    it('refuses a blank clinic name and keeps the old one', async () => {
      const [before] = (await db().query<{ name: string }>(`SELECT name FROM "Clinic" WHERE id = $1`, [clinic.clinicId])).rows;
      expectRefused(await api.rawGql(UPDATE_CLINIC, { name: BLANK }, clinic.owner.token), 'name');
      const [after] = (await db().query<{ name: string }>(`SELECT name FROM "Clinic" WHERE id = $1`, [clinic.clinicId])).rows;
      expect(after!.name).toBe(before!.name);
    });
  });

  it('holds updates, whose fields are the create fields made optional, to the same rules', async () => {
    const patient = await createPatient(api, clinic.owner.token, { lastName: 'Before' });
    const update = `mutation($id: ID!, $lastName: String) { updatePatient(id: $id, lastName: $lastName) { lastName } }`;
    expectRefused(await api.rawGql(update, { id: patient.id, lastName: '   ' }, clinic.owner.token), 'lastName');
    expectRefused(await api.rawGql(update, { id: patient.id, lastName: `After${NUL}` }, clinic.owner.token), 'lastName');
    const updated = await api.rawGql(update, { id: patient.id, lastName: '  After ' }, clinic.owner.token);
    expect(updated.data).toEqual({ updatePatient: { lastName: 'After' } });
  });

  it('refuses an over-long name, counting characters after trimming', async () => {
    const before = await patientCount();
    const result = await api.rawGql(CREATE_PATIENT, { firstName: 'x'.repeat(81), lastName: 'Long' }, clinic.owner.token);
    expectRefused(result, 'firstName');
    expect(result.errors?.[0]?.message).toContain('at most 80 characters');
    expect(await patientCount()).toBe(before);
    // 80 characters with spaces around them fit; so do 80 accented letters written as two code points each.
    const fits = await api.rawGql(CREATE_PATIENT, { firstName: ` ${'x'.repeat(80)} `, lastName: 'e\u0301'.repeat(80) }, clinic.owner.token);
    expect(fits.errors).toBeUndefined();
  });

  it('stores names trimmed and in NFC', async () => {
    const lastName = unique('Lovelace');
    const created = await api.rawGql(CREATE_PATIENT, { firstName: '  Cafe\u0301 ', lastName: `\t${lastName}  ` }, clinic.owner.token);
    expect(created.errors).toBeUndefined();
    const patient = (created.data as { createPatient: { id: string; firstName: string; lastName: string } }).createPatient;
    expect(patient).toMatchObject({ firstName: 'Caf\u00e9', lastName });
    const { rows } = await db().query<{ firstName: string; lastName: string }>(
      `SELECT "firstName", "lastName" FROM "Patient" WHERE id = $1`,
      [patient.id],
    );
    expect(rows[0]).toEqual({ firstName: 'Caf\u00e9', lastName });

    const room = await api.rawGql(CREATE_ROOM, { name: '  Treatment room 2  ' }, clinic.owner.token);
    expect((room.data as { createRoom: { name: string } }).createRoom.name).toBe('Treatment room 2');
  });
});
