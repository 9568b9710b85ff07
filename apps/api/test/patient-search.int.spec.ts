// The patient search box through the real GraphQL endpoint: names, emails, phones as people write
// them, dates of birth as the admin shows them, and LIKE's wildcards taken literally.
import { graphql } from './graphql/index.js';
import { codeOf, startApi, type TestApi } from './support/api.js';
import { signUpClinic, type TestClinic } from './support/factories.js';

const CREATE = graphql(`
  mutation PatientSearchCreate($firstName: String!, $lastName: String!, $dateOfBirth: String!, $email: String, $phone: String) {
    createPatient(
      firstName: $firstName
      lastName: $lastName
      dateOfBirth: $dateOfBirth
      complaintRegion: LOWER_BACK
      email: $email
      phone: $phone
    ) {
      id
      name
    }
  }
`);
const SEARCH = graphql(`
  query PatientSearchFind($q: String!, $clearanceStatus: ClearanceStatus) {
    allPatients(filter: { q: $q, clearanceStatus: $clearanceStatus }, sortField: "name", sortOrder: "ASC", perPage: 50) {
      name
    }
    _allPatientsMeta(filter: { q: $q, clearanceStatus: $clearanceStatus }) {
      count
    }
  }
`);

interface Person {
  firstName: string;
  lastName: string;
  dateOfBirth?: string;
  email?: string | null;
  phone?: string | null;
}

describe('patient search', () => {
  let api: TestApi;
  let clinic: TestClinic;

  beforeAll(async () => {
    api = await startApi();
    clinic = await signUpClinic(api);
    const people: Person[] = [
      { firstName: 'Alice', lastName: 'Martinez', dateOfBirth: '1980-05-17', email: 'alice.m@example.com', phone: '+1 202 555 0101' },
      { firstName: 'Alan', lastName: 'Brooks', dateOfBirth: '1975-06-05', email: 'ab@example.org', phone: '+44 7911 123456' },
      { firstName: 'Bea', lastName: 'Alvarez', dateOfBirth: '1990-05-06', email: null, phone: null },
      // LIKE's wildcards and escape character, in names that differ from a neighbour only there.
      { firstName: 'Ann_e', lastName: 'Underscore' },
      { firstName: 'Annie', lastName: 'Plain' },
      { firstName: '50%', lastName: 'Percent' },
      { firstName: '50x', lastName: 'Percentless' },
      { firstName: 'O\\Brien', lastName: 'Backslash' },
      { firstName: 'OBrien', lastName: 'Nobackslash' },
    ];
    for (const p of people) {
      const created = await api.gql(CREATE, { dateOfBirth: '1970-01-01', ...p }, clinic.owner.token);
      if (!created.data) throw new Error(JSON.stringify(created.errors));
    }
  });
  afterAll(() => api.close());

  const find = async (q: string, token = clinic.owner.token) => {
    const result = await api.gql(SEARCH, { q }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    expect(result.data._allPatientsMeta.count).toBe(result.data.allPatients.length);
    return result.data.allPatients.map((p) => p.name);
  };

  it('finds by the start of a first or last name, every word matching, in any case', async () => {
    expect(await find('al')).toEqual(['Bea Alvarez', 'Alan Brooks', 'Alice Martinez']);
    expect(await find('ALI mart')).toEqual(['Alice Martinez']);
    expect(await find('martinez alice')).toEqual(['Alice Martinez']);
    expect(await find('lice')).toEqual([]);
  });

  it('treats %, _ and \\ as plain characters', async () => {
    expect(await find('Ann_')).toEqual(['Ann_e Underscore']);
    expect(await find('_')).toEqual([]);
    expect(await find('50%')).toEqual(['50% Percent']);
    expect(await find('%')).toEqual([]);
    expect(await find('O\\B')).toEqual(['O\\Brien Backslash']);
    expect(await find('O\\')).toEqual(['O\\Brien Backslash']);
    expect(await find('\\')).toEqual([]);
    expect(await find('ob')).toEqual(['OBrien Nobackslash']);
  });

  it('finds by the start of the email address', async () => {
    expect(await find('alice.m@EXAMPLE.com')).toEqual(['Alice Martinez']);
    expect(await find('ab@')).toEqual(['Alan Brooks']);
    expect(await find('example.com')).toEqual([]);
  });

  it.each([
    ['+12025550101', 'Alice Martinez'],
    ['+1 (202) 555-0101', 'Alice Martinez'],
    ['202 555 0101', 'Alice Martinez'],
    ['(202) 555-0101', 'Alice Martinez'],
    ['202.555.0101', 'Alice Martinez'],
    ['+1 202 555', 'Alice Martinez'],
    ['07911 123456', 'Alan Brooks'],
    ['0044 7911 123456', 'Alan Brooks'],
    ['+44 7911 123 456', 'Alan Brooks'],
  ])('finds the E.164-stored phone typed as %s', async (q, name) => {
    expect(await find(q)).toEqual([name]);
  });

  it('does not match phones on a few digits or the wrong country code', async () => {
    expect(await find('0101')).toEqual([]);
    expect(await find('+44 202 555 0101')).toEqual([]);
    expect(await find('555 0199')).toEqual([]);
  });

  it.each([
    ['1980-05-17', ['Alice Martinez']],
    ['17 May 1980', ['Alice Martinez']],
    ['May 17, 1980', ['Alice Martinez']],
    ['17/05/1980', ['Alice Martinez']],
    ['5/17/1980', ['Alice Martinez']],
    ['17.05.1980', ['Alice Martinez']],
    // Day and month both ≤ 12: either reading is shown, the receptionist picks the patient.
    ['05/06/1990', ['Bea Alvarez']],
    ['06/05/1975', ['Alan Brooks']],
    ['1980-02-30', []],
  ])('finds the date of birth typed as %s', async (q, names) => {
    expect(await find(q)).toEqual(names);
  });

  it('combines the search with the other filters and stays inside the clinic', async () => {
    const result = await api.gql(SEARCH, { q: 'al', clearanceStatus: 'NEEDS_MEDICAL_CLEARANCE' }, clinic.owner.token);
    expect(result.data?.allPatients).toEqual([]);
    const other = await signUpClinic(api);
    expect(await find('Alice', other.owner.token)).toEqual([]);
    expect(await find('+12025550101', other.owner.token)).toEqual([]);
    expect(await find('1980-05-17', other.owner.token)).toEqual([]);
  });

  it('refuses an over-long search naming the field, not a server error', async () => {
    const result = await api.gql(SEARCH, { q: 'a'.repeat(101) }, clinic.owner.token);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});
