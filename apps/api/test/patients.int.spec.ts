import { graphql } from './graphql/index.js';
import type { PatientsCreateNeckMutationVariables } from './graphql/graphql.js';
import { codeOf, startApi, type TestApi } from './support/api.js';
import { createPatient, createStaff, signUpClinic, type Staff, type TestClinic } from './support/factories.js';

const GET = graphql(`
  query PatientsGet($id: ID!) {
    Patient(id: $id) {
      id
      name
      firstName
      lastName
      dateOfBirth
      complaintRegion
      clearanceStatus
      email
    }
  }
`);
const LIST = graphql(`
  query PatientsList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: PatientFilter) {
    allPatients(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
      id
      firstName
      lastName
    }
    _allPatientsMeta(filter: $filter) {
      count
    }
  }
`);
const UPDATE = graphql(`
  mutation PatientsUpdate($id: ID!, $lastName: String, $dateOfBirth: String) {
    updatePatient(id: $id, lastName: $lastName, dateOfBirth: $dateOfBirth) {
      id
      lastName
      dateOfBirth
    }
  }
`);
const DELETE = graphql(`
  mutation PatientsDelete($id: ID!) {
    deletePatient(id: $id) {
      id
    }
  }
`);
const CREATE_NECK = graphql(`
  mutation PatientsCreateNeck($firstName: String!, $dateOfBirth: String!, $email: String) {
    createPatient(firstName: $firstName, lastName: "L", dateOfBirth: $dateOfBirth, complaintRegion: NECK, email: $email) {
      id
    }
  }
`);
const CREATE_WITH_REGION = graphql(`
  mutation PatientsCreateWithRegion($r: ComplaintRegion!) {
    createPatient(firstName: "F", lastName: "L", dateOfBirth: "1980-01-01", complaintRegion: $r) {
      id
    }
  }
`);

describe('patients', () => {
  let api: TestApi;
  let clinic: TestClinic;
  let staff: Record<Staff['role'], Staff>;

  beforeAll(async () => {
    api = await startApi();
    clinic = await signUpClinic(api);
    staff = {
      OWNER: clinic.owner,
      FRONT_DESK: await createStaff(api, clinic, 'FRONT_DESK'),
      THERAPIST: await createStaff(api, clinic, 'THERAPIST'),
    };
  });
  afterAll(() => api.close());

  it.each(['OWNER', 'FRONT_DESK', 'THERAPIST'] as const)('%s can create, read, list and edit patients', async (role) => {
    const token = staff[role].token;
    const created = await createPatient(api, token, { firstName: 'Ada', dateOfBirth: '1975-02-28' });
    const read = await api.gql(GET, { id: created.id }, token);
    expect(read.data?.Patient).toMatchObject({
      id: created.id,
      firstName: 'Ada',
      dateOfBirth: '1975-02-28',
      clearanceStatus: 'NOT_SCREENED',
      complaintRegion: 'LOWER_BACK',
    });
    const updated = await api.gql(UPDATE, { id: created.id, lastName: 'Lovelace' }, token);
    expect(updated.data?.updatePatient).toEqual({ id: created.id, lastName: 'Lovelace', dateOfBirth: '1975-02-28' });
    const list = await api.gql(LIST, { filter: { ids: [created.id] } }, token);
    expect(list.data?.allPatients).toEqual([{ id: created.id, firstName: 'Ada', lastName: 'Lovelace' }]);
  });

  it('lets only an owner delete a patient', async () => {
    const patient = await createPatient(api, staff.FRONT_DESK.token);
    expect(codeOf(await api.gql(DELETE, { id: patient.id }, staff.FRONT_DESK.token))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(DELETE, { id: patient.id }, staff.THERAPIST.token))).toBe('FORBIDDEN');
    expect((await api.gql(DELETE, { id: patient.id }, clinic.owner.token)).data?.deletePatient.id).toBe(patient.id);
    expect(codeOf(await api.gql(GET, { id: patient.id }, clinic.owner.token))).toBe('NOT_FOUND');
  });

  it('searches by name, sorts and paginates', async () => {
    const own = await signUpClinic(api);
    for (const [firstName, lastName] of [
      ['Zoe', 'Adams'],
      ['Yann', 'Baker'],
      ['Xena', 'Cole'],
      ['Zack', 'Dunn'],
    ]) {
      await createPatient(api, own.owner.token, { firstName, lastName });
    }
    const z = await api.gql(LIST, { filter: { q: 'z' }, sortField: 'name', sortOrder: 'ASC' }, own.owner.token);
    expect(z.data?.allPatients.map((p) => p.firstName)).toEqual(['Zoe', 'Zack']);
    expect(z.data?._allPatientsMeta.count).toBe(2);
    const full = await api.gql(LIST, { filter: { q: 'zoe ada' } }, own.owner.token);
    expect(full.data?.allPatients.map((p) => p.lastName)).toEqual(['Adams']);
    const page = await api.gql(LIST, { page: 1, perPage: 2, sortField: 'lastName', sortOrder: 'DESC' }, own.owner.token);
    expect(page.data?.allPatients.map((p) => p.lastName)).toEqual(['Baker', 'Adams']);
    expect(page.data?._allPatientsMeta.count).toBe(4);
  });

  it("treats another clinic's patient exactly like a missing one", async () => {
    const other = await signUpClinic(api);
    const foreign = await createPatient(api, other.owner.token);
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const id of [foreign.id, missing]) {
      const read = await api.gql(GET, { id }, clinic.owner.token);
      expect([codeOf(read), read.errors?.[0]?.message]).toEqual(['NOT_FOUND', `Patient ${id} not found`]);
      expect(codeOf(await api.gql(UPDATE, { id, lastName: 'Hijack' }, clinic.owner.token))).toBe('NOT_FOUND');
      expect(codeOf(await api.gql(DELETE, { id }, clinic.owner.token))).toBe('NOT_FOUND');
    }
    const list = await api.gql(LIST, { filter: { ids: [foreign.id] } }, clinic.owner.token);
    expect(list.data?.allPatients).toEqual([]);
    const untouched = await api.gql(GET, { id: foreign.id }, other.owner.token);
    expect(untouched.data?.Patient.lastName).toBe(foreign.lastName);
  });

  it('refuses bad input naming the field, never a server error, and writes nothing', async () => {
    const own = await signUpClinic(api);
    const token = own.owner.token;
    const future = new Date(Date.now() + 86_400_000 * 2).toISOString().slice(0, 10);
    const cases: [Partial<PatientsCreateNeckMutationVariables>, string][] = [
      [{ dateOfBirth: future }, 'dateOfBirth'],
      [{ dateOfBirth: '1980-02-30' }, 'dateOfBirth'],
      [{ email: 'not-an-email' }, 'email'],
      [{ firstName: '' }, 'firstName'],
    ];
    for (const [input, field] of cases) {
      const result = await api.gql(CREATE_NECK, { firstName: 'F', dateOfBirth: '1980-01-01', ...input }, token);
      expect({ code: codeOf(result), field: result.errors?.[0]?.extensions.field }).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    // Raw text: an enum value the schema does not have cannot be written as a typed document.
    const badEnum = await api.rawGql(
      `mutation { createPatient(firstName: "F", lastName: "L", dateOfBirth: "1980-01-01", complaintRegion: KNEE) { id } }`,
      {},
      token,
    );
    expect(codeOf(badEnum)).toBe('GRAPHQL_VALIDATION_FAILED');
    const badVariable = await api.rawGql(String(CREATE_WITH_REGION), { r: 'KNEE' }, token);
    expect(codeOf(badVariable)).toBe('BAD_USER_INPUT');
    const badId = await api.gql(GET, { id: 'not-a-uuid' }, token);
    expect({ code: codeOf(badId), field: badId.errors?.[0]?.extensions.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    const badSort = await api.gql(LIST, { sortField: 'passwordHash' }, token);
    expect({ code: codeOf(badSort), field: badSort.errors?.[0]?.extensions.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'sortField' });
    const count = await api.gql(LIST, {}, token);
    expect(count.data?._allPatientsMeta.count).toBe(0);
  });
});
