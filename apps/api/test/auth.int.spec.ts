import { SignJWT } from 'jose';
import { graphql } from './graphql/index.js';
import { codeOf, startApi, TEST_JWT_SECRET, unique, type TestApi } from './support/api.js';
import { createStaff, PASSWORD, signUpClinic } from './support/factories.js';

const LOGIN = graphql(`
  mutation AuthLogin($e: String!, $p: String!) {
    login(email: $e, password: $p) {
      token
      user {
        id
        email
        name
        role
        clinicId
      }
    }
  }
`);
const ME = graphql(`
  query AuthMe {
    me {
      id
      email
      role
      clinicId
      active
    }
  }
`);
const SIGN_UP = graphql(`
  mutation AuthSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation AuthDeactivate($id: ID!) {
    updateUser(id: $id, active: false) {
      active
    }
  }
`);
const CREATE_STAFF = graphql(`
  mutation AuthCreateStaff($input: CreateStaffInput!) {
    createStaff(input: $input) {
      id
    }
  }
`);
const USERS = graphql(`
  query AuthUsers {
    allUsers(sortField: "name") {
      name
      role
    }
    _allUsersMeta {
      count
    }
  }
`);

describe('authentication', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('signs up a clinic with its owner and logs in', async () => {
    const clinic = await signUpClinic(api);
    const login = await api.gql(LOGIN, { e: clinic.owner.email.toUpperCase(), p: PASSWORD });
    expect(login.data?.login.user).toEqual({
      id: clinic.owner.id,
      email: clinic.owner.email,
      name: 'Owner Person',
      role: 'OWNER',
      clinicId: clinic.clinicId,
    });
    const me = await api.gql(ME, {}, login.data!.login.token);
    expect(me.data?.me).toMatchObject({ id: clinic.owner.id, role: 'OWNER', active: true });
  });

  it('refuses sign-up input naming each bad field, and writes nothing', async () => {
    const email = `${unique()}@example.com`;
    const result = await api.gql(SIGN_UP, {
      input: { clinicName: 'X Clinic', timezone: 'Mars/Olympus', ownerName: 'A', email, password: 'short' },
    });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    const fields = (result.errors![0]!.extensions.issues as { field: string }[]).map((i) => i.field).sort();
    expect(fields).toEqual(['input.password', 'input.timezone']);
    expect(codeOf(await api.gql(LOGIN, { e: email, p: 'short' }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a second account with the same email', async () => {
    const clinic = await signUpClinic(api);
    const again = await api.gql(SIGN_UP, {
      input: { clinicName: 'Other', timezone: 'Europe/London', ownerName: 'B', email: clinic.owner.email, password: PASSWORD },
    });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0]!.extensions.field).toBe('input.email');
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const clinic = await signUpClinic(api);
    const wrong = await api.gql(LOGIN, { e: clinic.owner.email, p: 'not-the-password' });
    const unknown = await api.gql(LOGIN, { e: `${unique()}@example.com`, p: PASSWORD });
    expect([codeOf(wrong), wrong.errors![0]!.message]).toEqual(['UNAUTHENTICATED', 'Invalid email or password']);
    expect([codeOf(unknown), unknown.errors![0]!.message]).toEqual(['UNAUTHENTICATED', 'Invalid email or password']);
  });

  it('refuses expired, forged and malformed tokens', async () => {
    const clinic = await signUpClinic(api);
    const key = new TextEncoder().encode(TEST_JWT_SECRET);
    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = await new SignJWT({ clinicId: clinic.clinicId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(clinic.owner.id)
      .setIssuer('backtrack')
      .setIssuedAt(past - 60)
      .setExpirationTime(past)
      .sign(key);
    const forged = await new SignJWT({ clinicId: clinic.clinicId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(clinic.owner.id)
      .setIssuer('backtrack')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-'.padEnd(48, 'y')));
    for (const token of [expired, forged, 'not-a-jwt']) {
      expect(codeOf(await api.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await api.gql(ME, {}, clinic.owner.token))).toBeUndefined();
  });

  it('issues tokens that expire after JWT_TTL_SECONDS', async () => {
    const shortLived = await startApi({ JWT_TTL_SECONDS: '60' });
    try {
      const clinic = await signUpClinic(shortLived);
      const [, payload] = clinic.owner.token.split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as { iat: number; exp: number };
      expect(claims.exp - claims.iat).toBe(60);
    } finally {
      await shortLived.close();
    }
  });

  it('refuses a deactivated user at once, even with a valid token', async () => {
    const clinic = await signUpClinic(api);
    const desk = await createStaff(api, clinic, 'FRONT_DESK');
    expect(codeOf(await api.gql(ME, {}, desk.token))).toBeUndefined();
    const off = await api.gql(DEACTIVATE, { id: desk.id }, clinic.owner.token);
    expect(off.data?.updateUser.active).toBe(false);
    expect(codeOf(await api.gql(ME, {}, desk.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(LOGIN, { e: desk.email, p: PASSWORD }))).toBe('UNAUTHENTICATED');
  });

  it('lets only an owner create staff, and a therapist gets a therapist profile', async () => {
    const clinic = await signUpClinic(api);
    const desk = await createStaff(api, clinic, 'FRONT_DESK');
    const refused = await api.gql(
      CREATE_STAFF,
      { input: { email: `${unique()}@example.com`, name: 'N', role: 'OWNER', password: PASSWORD } },
      desk.token,
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const therapist = await createStaff(api, clinic, 'THERAPIST', 'Theo Rapist');
    expect(therapist.role).toBe('THERAPIST');
    const users = await api.gql(USERS, {}, clinic.owner.token);
    expect(users.data?._allUsersMeta.count).toBe(3);
  });
});

describe('failed-login rate limit across two API processes', () => {
  let first: TestApi;
  let second: TestApi;
  beforeAll(async () => {
    [first, second] = await Promise.all([startApi({ LOGIN_MAX_FAILURES: '5' }), startApi({ LOGIN_MAX_FAILURES: '5' })]);
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });

  it('counts failures shared by both processes and then refuses even the right password', async () => {
    const clinic = await signUpClinic(first);
    for (let attempt = 0; attempt < 5; attempt++) {
      const api = attempt % 2 === 0 ? first : second;
      expect(codeOf(await api.gql(LOGIN, { e: clinic.owner.email, p: `wrong-${attempt}` }))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await second.gql(LOGIN, { e: clinic.owner.email, p: PASSWORD }))).toBe('RATE_LIMITED');
    expect(codeOf(await first.gql(LOGIN, { e: clinic.owner.email, p: PASSWORD }))).toBe('RATE_LIMITED');
    // Other accounts are unaffected.
    const other = await signUpClinic(second);
    expect(codeOf(await first.gql(LOGIN, { e: other.owner.email, p: PASSWORD }))).toBeUndefined();
  });

  it('holds under concurrent failures too', async () => {
    const clinic = await signUpClinic(first);
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? first : second).gql(LOGIN, { e: clinic.owner.email, p: `wrong-${i}` })),
    );
    expect(attempts.every((r) => ['UNAUTHENTICATED', 'RATE_LIMITED'].includes(codeOf(r)!))).toBe(true);
    expect(codeOf(await first.gql(LOGIN, { e: clinic.owner.email, p: PASSWORD }))).toBe('RATE_LIMITED');
  });
});
