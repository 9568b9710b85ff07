// Typed factories that create data through the public API, each call with unique values.
import { graphql } from '../graphql/index.js';
import type { ComplaintRegion } from '../graphql/graphql.js';
import type { TestApi } from './api.js';
import { unique } from './api.js';

export const PASSWORD = 'correct-horse-battery';

export interface Staff {
  id: string;
  email: string;
  token: string;
  role: 'OWNER' | 'FRONT_DESK' | 'THERAPIST';
  clinicId: string;
}

export interface TestClinic {
  clinicId: string;
  owner: Staff;
}

const SIGN_UP = graphql(`
  mutation FactorySignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      user {
        id
        email
        role
        clinicId
      }
    }
  }
`);

const CREATE_STAFF = graphql(`
  mutation FactoryCreateStaff($input: CreateStaffInput!) {
    createStaff(input: $input) {
      id
    }
  }
`);

/** Logs in and returns only the token; auth tests that look at the user have their own operation. */
export const LOGIN_TOKEN = graphql(`
  mutation FactoryLogin($e: String!, $p: String!) {
    login(email: $e, password: $p) {
      token
    }
  }
`);

const CREATE_PATIENT = graphql(`
  mutation FactoryCreatePatient(
    $firstName: String!
    $lastName: String!
    $dateOfBirth: String!
    $complaintRegion: ComplaintRegion!
    $email: String
  ) {
    createPatient(firstName: $firstName, lastName: $lastName, dateOfBirth: $dateOfBirth, complaintRegion: $complaintRegion, email: $email) {
      id
      firstName
      lastName
    }
  }
`);

export async function signUpClinic(api: TestApi, timezone = 'America/New_York'): Promise<TestClinic> {
  const email = `${unique('owner')}@example.com`;
  const result = await api.gql(SIGN_UP, {
    input: { clinicName: `Clinic ${unique()}`, timezone, ownerName: 'Owner Person', email, password: PASSWORD },
  });
  if (!result.data) throw new Error(`signUp failed: ${JSON.stringify(result.errors)}`);
  const { token, user } = result.data.signUp;
  return { clinicId: user.clinicId, owner: { id: user.id, email, token, role: 'OWNER', clinicId: user.clinicId } };
}

export async function login(api: TestApi, email: string, password = PASSWORD): Promise<string> {
  const result = await api.gql(LOGIN_TOKEN, { e: email, p: password });
  if (!result.data) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
  return result.data.login.token;
}

export async function createStaff(api: TestApi, clinic: TestClinic, role: Staff['role'], name = 'Staff Member'): Promise<Staff> {
  const email = `${unique(role.toLowerCase())}@example.com`;
  const created = await api.gql(CREATE_STAFF, { input: { email, name, role, password: PASSWORD } }, clinic.owner.token);
  if (!created.data) throw new Error(`createStaff failed: ${JSON.stringify(created.errors)}`);
  return { id: created.data.createStaff.id, email, token: await login(api, email), role, clinicId: clinic.clinicId };
}

export interface PatientInput {
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  complaintRegion?: ComplaintRegion;
  email?: string | null;
}

export async function createPatient(
  api: TestApi,
  token: string,
  input: PatientInput = {},
): Promise<{ id: string; firstName: string; lastName: string }> {
  const variables = {
    firstName: unique('Pat'),
    lastName: unique('Ient'),
    dateOfBirth: '1980-05-17',
    complaintRegion: 'LOWER_BACK' as const,
    ...input,
  };
  const result = await api.gql(CREATE_PATIENT, variables, token);
  if (!result.data) throw new Error(`createPatient failed: ${JSON.stringify(result.errors)}`);
  return result.data.createPatient;
}
