// Staff accounts: invitations by email (through the outbox, a signed single-use link to set a
// password), changing one's own password, and the token version that ends every session of a user at
// once on a password change or a deactivation. Over HTTP against the real API and database; with no
// transport configured, the outbox row is the delivery (the SMTP suite is staff-accounts-smtp).
import { signStoredLink } from '../src/messages/patient-link.js';
import { signInviteLink } from '../src/staff/staff-invite-link.js';
import { graphql } from './graphql/index.js';
import { codeOf, startApi, TEST_JWT_SECRET, unique, type GqlResult, type TestApi } from './support/api.js';
import { createStaff, login, PASSWORD, signUpClinic, type TestClinic } from './support/factories.js';
import { sql } from './support/sql.js';

const INVITE = graphql(`
  mutation StaffAccountsInvite($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      id
      email
      name
      role
      status
      active
      invitedAt
      inviteAcceptedAt
    }
  }
`);

const RESEND = graphql(`
  mutation StaffAccountsResend($userId: ID!) {
    resendStaffInvite(userId: $userId) {
      id
      status
    }
  }
`);

const VIEW = graphql(`
  query StaffAccountsView($token: String!) {
    staffInvite(token: $token) {
      clinicName
      name
      email
      role
      expiresAt
    }
  }
`);

const ACCEPT = graphql(`
  mutation StaffAccountsAccept($token: String!, $password: String!) {
    acceptStaffInvite(token: $token, password: $password) {
      clinicName
      name
      email
    }
  }
`);

const LOGIN = graphql(`
  mutation StaffAccountsLogin($e: String!, $p: String!) {
    login(email: $e, password: $p) {
      token
      user {
        id
        role
        status
      }
    }
  }
`);

const ME = graphql(`
  query StaffAccountsMe {
    me {
      id
      status
    }
  }
`);

const CHANGE_PASSWORD = graphql(`
  mutation StaffAccountsChangePassword($current: String!, $next: String!) {
    changePassword(currentPassword: $current, newPassword: $next) {
      token
      user {
        id
      }
    }
  }
`);

const DEACTIVATE = graphql(`
  mutation StaffAccountsDeactivate($id: ID!, $active: Boolean) {
    updateUser(id: $id, active: $active) {
      id
      active
      status
    }
  }
`);

const USERS = graphql(`
  query StaffAccountsUsers($filter: UserFilter) {
    allUsers(filter: $filter) {
      id
      status
    }
  }
`);

const MESSAGES = graphql(`
  query StaffAccountsMessages($filter: MessageFilter) {
    allMessages(filter: $filter, perPage: 100) {
      id
      patientId
      userId
      staffName
      kind
      channel
      to
      subject
      text
      status
      statusReason
    }
  }
`);

const PATIENT_LINK = graphql(`
  query StaffAccountsPatientLink($token: String!) {
    patientLink(token: $token) {
      purpose
    }
  }
`);

const NEW_PASSWORD = 'spine-and-shoulders-7';

function fieldOf(result: GqlResult<unknown>): unknown {
  return result.errors?.[0]?.extensions.field;
}

/** The invitation link in a message's text, and its token. */
function linkIn(text: string): { url: string; token: string } {
  const match = /(https?:\/\/\S+\/p\/staff-invite\?token=(\S+))/.exec(text);
  if (!match) throw new Error(`No invitation link in: ${text}`);
  return { url: match[1]!, token: decodeURIComponent(match[2]!) };
}

describe('staff accounts', () => {
  let api: TestApi;
  let clinic: TestClinic;

  beforeAll(async () => {
    api = await startApi({ PUBLIC_URL: 'https://clinic.example.test' });
    clinic = await signUpClinic(api);
  });

  afterAll(async () => {
    await api.close();
  });

  async function invite(role: 'THERAPIST' | 'FRONT_DESK' | 'OWNER' = 'THERAPIST', name = 'Invited Person') {
    const email = `${unique('invitee')}@example.com`;
    const result = await api.gql(INVITE, { input: { email, name, role } }, clinic.owner.token);
    if (!result.data) throw new Error(`inviteStaff failed: ${JSON.stringify(result.errors)}`);
    return { user: result.data.inviteStaff, email };
  }

  async function invitationsTo(userId: string) {
    const result = await api.gql(MESSAGES, { filter: { kind: 'STAFF_INVITE' } }, clinic.owner.token);
    return result.data!.allMessages.filter((m) => m.userId === userId);
  }

  async function latestToken(userId: string): Promise<string> {
    const [message] = (await invitationsTo(userId)).filter((m) => m.status === 'SCHEDULED');
    return linkIn(message!.text).token;
  }

  it('invites by email: an account without a password, and an invitation in the outbox with a working link', async () => {
    const { user, email } = await invite('THERAPIST', 'Tara Therapist');
    expect(user).toMatchObject({
      email,
      name: 'Tara Therapist',
      role: 'THERAPIST',
      status: 'INVITED',
      active: true,
      inviteAcceptedAt: null,
    });
    expect(user.invitedAt).not.toBeNull();
    // A therapist gets a bookable profile at once, as with createStaff.
    const [profile] = await sql('SELECT "displayName" FROM "Therapist" WHERE "userId" = $1', [user.id]);
    expect(profile).toEqual({ displayName: 'Tara Therapist' });
    const [row] = await sql('SELECT "passwordHash", "tokenVersion" FROM "User" WHERE id = $1', [user.id]);
    expect(row).toEqual({ passwordHash: '', tokenVersion: 0 });

    const messages = await invitationsTo(user.id);
    expect(messages).toHaveLength(1);
    const message = messages[0]!;
    expect(message).toMatchObject({
      patientId: null,
      userId: user.id,
      staffName: 'Tara Therapist',
      kind: 'STAFF_INVITE',
      channel: 'EMAIL',
      to: email,
      status: 'SCHEDULED',
    });
    expect(message.subject).toContain('Owner Person invited you');
    expect(message.text).toContain('as a therapist');
    const link = linkIn(message.text);
    expect(link.url.startsWith('https://clinic.example.test/p/staff-invite?token=')).toBe(true);
    // Stored hashed: the token itself is nowhere in the database.
    const [stored] = await sql('SELECT "tokenHash", "expiresAt", "createdById" FROM "StaffInvite" WHERE "userId" = $1', [user.id]);
    expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.tokenHash).not.toContain(link.token);
    expect(stored!.createdById).toBe(clinic.owner.id);
    const days = ((stored!.expiresAt as Date).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const view = await api.gql(VIEW, { token: link.token });
    expect(view.data?.staffInvite).toMatchObject({ name: 'Tara Therapist', email, role: 'THERAPIST' });
    expect(view.data?.staffInvite.clinicName).toMatch(/^Clinic /);

    // Pending: refused exactly like a wrong password.
    const pending = await api.gql(LOGIN, { e: email, p: NEW_PASSWORD });
    const wrong = await api.gql(LOGIN, { e: clinic.owner.email, p: 'not-the-password-1' });
    expect(codeOf(pending)).toBe('UNAUTHENTICATED');
    expect(pending.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(codeOf(await api.gql(LOGIN, { e: email, p: '' }))).toBe('UNAUTHENTICATED');

    const accepted = await api.gql(ACCEPT, { token: link.token, password: NEW_PASSWORD });
    expect(accepted.data?.acceptStaffInvite).toMatchObject({ name: 'Tara Therapist', email });
    const signedIn = await api.gql(LOGIN, { e: email, p: NEW_PASSWORD });
    expect(signedIn.data?.login.user).toEqual({ id: user.id, role: 'THERAPIST', status: 'ACTIVE' });
    expect(codeOf(await api.gql(ME, {}, signedIn.data!.login.token))).toBeUndefined();
    const [after] = await sql('SELECT "inviteAcceptedAt" FROM "User" WHERE id = $1', [user.id]);
    expect(after!.inviteAcceptedAt).not.toBeNull();

    // Single use: a second try changes nothing, and says the link was used.
    const again = await api.gql(ACCEPT, { token: link.token, password: 'another-password-99' });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/already been used/);
    expect(codeOf(await api.gql(VIEW, { token: link.token }))).toBe('CONFLICT');
    expect(codeOf(await api.gql(LOGIN, { e: email, p: 'another-password-99' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(LOGIN, { e: email, p: NEW_PASSWORD }))).toBeUndefined();
  });

  it('applies the password policy when the invitation is accepted, and keeps the link usable until it is', async () => {
    const { user, email } = await invite('FRONT_DESK');
    const token = await latestToken(user.id);
    for (const password of ['short', 'password123', 'aaaaaaaaaaaa']) {
      const refused = await api.gql(ACCEPT, { token, password });
      expect({ password, code: codeOf(refused), field: fieldOf(refused) }).toEqual({ password, code: 'BAD_USER_INPUT', field: 'password' });
    }
    expect(codeOf(await api.gql(ACCEPT, { token, password: NEW_PASSWORD }))).toBeUndefined();
    expect(codeOf(await api.gql(LOGIN, { e: email, p: NEW_PASSWORD }))).toBeUndefined();
  });

  it('refuses a tampered, expired or wrong-purpose link without saying anything about accounts', async () => {
    const { user } = await invite('FRONT_DESK');
    const token = await latestToken(user.id);
    const [body, signature] = token.split('.');
    const tampered = `${body}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const bad of [tampered, 'not-a-token', `${body}x.${signature}`]) {
      const refused = await api.gql(ACCEPT, { token: bad, password: NEW_PASSWORD });
      expect({ code: codeOf(refused), field: fieldOf(refused) }).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
      expect(refused.errors?.[0]?.message).toMatch(/not valid/);
    }

    // Expired by its signed expiry, and (a separate check) by the stored row's.
    const past = signInviteLink({ clinicId: clinic.clinicId, expiresAt: new Date(Date.now() - 1000) }, TEST_JWT_SECRET);
    expect((await api.gql(ACCEPT, { token: past.token, password: NEW_PASSWORD })).errors?.[0]?.message).toMatch(/expired/);
    await sql(`UPDATE "StaffInvite" SET "expiresAt" = now() - interval '1 minute' WHERE "userId" = $1`, [user.id]);
    const expired = await api.gql(ACCEPT, { token, password: NEW_PASSWORD });
    expect({ code: codeOf(expired), field: fieldOf(expired) }).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(expired.errors?.[0]?.message).toMatch(/expired/);

    // A patient link is never an invitation, nor an invitation a patient link.
    const patientLink = signStoredLink(
      { purpose: 'CONFIRM', clinicId: clinic.clinicId, expiresAt: new Date(Date.now() + 86_400_000) },
      TEST_JWT_SECRET,
    );
    expect((await api.gql(ACCEPT, { token: patientLink.token, password: NEW_PASSWORD })).errors?.[0]?.message).toMatch(/not valid/);
    expect(codeOf(await api.gql(PATIENT_LINK, { token }))).toBe('BAD_USER_INPUT');
    // Nor is a staff token.
    expect(codeOf(await api.gql(ACCEPT, { token: clinic.owner.token, password: NEW_PASSWORD }))).toBe('BAD_USER_INPUT');
    const [row] = await sql('SELECT "passwordHash" FROM "User" WHERE id = $1', [user.id]);
    expect(row!.passwordHash).toBe('');
  });

  it('resends an invitation: the earlier link is revoked, its unsent message cancelled, and the new one works', async () => {
    const { user, email } = await invite('THERAPIST');
    const first = await latestToken(user.id);
    const resent = await api.gql(RESEND, { userId: user.id }, clinic.owner.token);
    expect(resent.data?.resendStaffInvite).toEqual({ id: user.id, status: 'INVITED' });
    const messages = await invitationsTo(user.id);
    expect(messages.map((m) => m.status).sort()).toEqual(['CANCELLED', 'SCHEDULED']);
    expect(messages.find((m) => m.status === 'CANCELLED')!.statusReason).toMatch(/newer invitation/);
    const second = await latestToken(user.id);
    expect(second).not.toBe(first);

    const revoked = await api.gql(ACCEPT, { token: first, password: NEW_PASSWORD });
    expect({ code: codeOf(revoked), field: fieldOf(revoked) }).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(revoked.errors?.[0]?.message).toMatch(/replaced by a newer one/);
    expect(codeOf(await api.gql(ACCEPT, { token: second, password: NEW_PASSWORD }))).toBeUndefined();
    expect(codeOf(await api.gql(LOGIN, { e: email, p: NEW_PASSWORD }))).toBeUndefined();

    // Nothing to resend once the password is set; an unknown account is NOT_FOUND.
    expect(codeOf(await api.gql(RESEND, { userId: user.id }, clinic.owner.token))).toBe('INVALID_TRANSITION');
    expect(codeOf(await api.gql(RESEND, { userId: clinic.owner.id }, clinic.owner.token))).toBe('INVALID_TRANSITION');
    expect(codeOf(await api.gql(RESEND, { userId: '00000000-0000-4000-8000-000000000000' }, clinic.owner.token))).toBe('NOT_FOUND');
  });

  it('lists invited, active and inactive accounts apart', async () => {
    const { user: invited } = await invite('FRONT_DESK');
    const inactive = await createStaff(api, clinic, 'FRONT_DESK');
    await api.gql(DEACTIVATE, { id: inactive.id, active: false }, clinic.owner.token);
    const users = (await api.gql(USERS, {}, clinic.owner.token)).data!.allUsers;
    const statusOf = (id: string) => users.find((u) => u.id === id)?.status;
    expect([statusOf(invited.id), statusOf(clinic.owner.id), statusOf(inactive.id)]).toEqual(['INVITED', 'ACTIVE', 'INACTIVE']);
  });

  it('lets only owners invite and resend', async () => {
    const frontDesk = await createStaff(api, clinic, 'FRONT_DESK');
    const therapist = await createStaff(api, clinic, 'THERAPIST');
    const { user } = await invite('FRONT_DESK');
    for (const token of [frontDesk.token, therapist.token]) {
      const input = { email: `${unique('nope')}@example.com`, name: 'Nope', role: 'OWNER' as const };
      expect(codeOf(await api.gql(INVITE, { input }, token))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(RESEND, { userId: user.id }, token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await api.gql(INVITE, { input: { email: `${unique('anon')}@example.com`, name: 'Anon', role: 'OWNER' } }))).toBe(
      'UNAUTHENTICATED',
    );
    // The owners of another clinic cannot resend this clinic's invitation (row-level security: not found).
    const other = await signUpClinic(api);
    expect(codeOf(await api.gql(RESEND, { userId: user.id }, other.owner.token))).toBe('NOT_FOUND');
  });

  it('refuses an email already registered, in this clinic or another, with the sign-up refusal', async () => {
    const other = await signUpClinic(api);
    for (const email of [clinic.owner.email, other.owner.email]) {
      const refused = await api.gql(INVITE, { input: { email, name: 'Dup', role: 'FRONT_DESK' } }, clinic.owner.token);
      expect({ code: codeOf(refused), field: fieldOf(refused) }).toEqual({ code: 'BAD_USER_INPUT', field: 'input.email' });
    }
    // createStaff with a password keeps working.
    const created = await createStaff(api, clinic, 'FRONT_DESK');
    expect(codeOf(await api.gql(ME, {}, created.token))).toBeUndefined();
  });

  it('changes one’s own password: current one required, policy applied, every older session ended, this one continued', async () => {
    const staff = await createStaff(api, clinic, 'FRONT_DESK');
    const otherDevice = await login(api, staff.email);

    const wrong = await api.gql(CHANGE_PASSWORD, { current: 'not-my-password-1', next: NEW_PASSWORD }, staff.token);
    expect({ code: codeOf(wrong), field: fieldOf(wrong) }).toEqual({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const weak = await api.gql(CHANGE_PASSWORD, { current: PASSWORD, next: 'password123' }, staff.token);
    expect({ code: codeOf(weak), field: fieldOf(weak) }).toEqual({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(codeOf(await api.gql(CHANGE_PASSWORD, { current: PASSWORD, next: NEW_PASSWORD }))).toBe('UNAUTHENTICATED');
    // Refusals changed nothing: both sessions still work.
    expect(codeOf(await api.gql(ME, {}, otherDevice))).toBeUndefined();

    const changed = await api.gql(CHANGE_PASSWORD, { current: PASSWORD, next: NEW_PASSWORD }, staff.token);
    expect(changed.data?.changePassword.user.id).toBe(staff.id);
    const fresh = changed.data!.changePassword.token;
    expect(codeOf(await api.gql(ME, {}, fresh))).toBeUndefined();
    for (const old of [staff.token, otherDevice]) {
      const refused = await api.gql(ME, {}, old);
      expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await api.gql(LOGIN, { e: staff.email, p: PASSWORD }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(LOGIN, { e: staff.email, p: NEW_PASSWORD }))).toBeUndefined();
  });

  it('throttles wrong current passwords like failed sign-ins', async () => {
    const limited = await startApi({ LOGIN_MAX_FAILURES: '3' });
    try {
      const own = await signUpClinic(limited);
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 4; i++) {
        codes.push(codeOf(await limited.gql(CHANGE_PASSWORD, { current: `wrong-password-${i}`, next: NEW_PASSWORD }, own.owner.token)));
      }
      expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'RATE_LIMITED']);
      // The account's sign-in counts the same failures.
      expect(codeOf(await limited.gql(LOGIN, { e: own.owner.email, p: PASSWORD }))).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });

  it('ends every session of a deactivated account at once, and withdraws its pending invitation', async () => {
    const staff = await createStaff(api, clinic, 'THERAPIST');
    const second = await login(api, staff.email);
    const deactivated = await api.gql(DEACTIVATE, { id: staff.id, active: false }, clinic.owner.token);
    expect(deactivated.data?.updateUser).toEqual({ id: staff.id, active: false, status: 'INACTIVE' });
    for (const token of [staff.token, second]) expect(codeOf(await api.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    // Reactivated, the old tokens stay ended: the version moved on.
    await api.gql(DEACTIVATE, { id: staff.id, active: true }, clinic.owner.token);
    expect(codeOf(await api.gql(ME, {}, staff.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(ME, {}, await login(api, staff.email)))).toBeUndefined();

    const { user } = await invite('FRONT_DESK');
    const token = await latestToken(user.id);
    await api.gql(DEACTIVATE, { id: user.id, active: false }, clinic.owner.token);
    const messages = await invitationsTo(user.id);
    expect(messages.map((m) => [m.status, m.statusReason])).toEqual([['CANCELLED', 'The account was deactivated']]);
    const [stored] = await sql('SELECT "revokedAt" FROM "StaffInvite" WHERE "userId" = $1', [user.id]);
    expect(stored!.revokedAt).not.toBeNull();
    expect(codeOf(await api.gql(ACCEPT, { token, password: NEW_PASSWORD }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(RESEND, { userId: user.id }, clinic.owner.token))).toBe('INVALID_TRANSITION');
  });

  it('records invitations, acceptances, password changes and deactivations in the audit log', async () => {
    const own = await signUpClinic(api);
    const email = `${unique('audited')}@example.com`;
    const invited = (await api.gql(INVITE, { input: { email, name: 'Audited', role: 'FRONT_DESK' } }, own.owner.token)).data!.inviteStaff;
    await api.gql(RESEND, { userId: invited.id }, own.owner.token);
    const [message] = (await api.gql(MESSAGES, { filter: { kind: 'STAFF_INVITE', status: 'SCHEDULED' } }, own.owner.token)).data!
      .allMessages;
    await api.gql(ACCEPT, { token: linkIn(message!.text).token, password: NEW_PASSWORD });
    const token = await login(api, email, NEW_PASSWORD);
    await api.gql(CHANGE_PASSWORD, { current: NEW_PASSWORD, next: 'lumbar-support-2026' }, token);
    await api.gql(DEACTIVATE, { id: invited.id, active: false }, own.owner.token);

    const events = await sql(
      `SELECT action, fields, "actorId" FROM "AuditEvent" WHERE "clinicId" = $1 AND "entityId" = $2 AND action <> 'LOGIN' ORDER BY at, id`,
      [own.clinicId, invited.id],
    );
    expect(events).toEqual([
      { action: 'CREATE', fields: ['role', 'invitation'], actorId: own.owner.id },
      { action: 'UPDATE', fields: ['invitation'], actorId: own.owner.id },
      { action: 'UPDATE', fields: ['password'], actorId: invited.id },
      { action: 'UPDATE', fields: ['password'], actorId: invited.id },
      { action: 'UPDATE', fields: ['active'], actorId: own.owner.id },
    ]);
  });

  it('rate limits the invitation link per address', async () => {
    const limited = await startApi({ PATIENT_LINK_IP_MAX: '3', TRUST_PROXY: 'true' });
    const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    try {
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await fetch(`${limited.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
          body: JSON.stringify({ query: ACCEPT.toString(), variables: { token: `guess-${unique()}`, password: NEW_PASSWORD } }),
        });
        codes.push(((await response.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code);
      }
      expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'RATE_LIMITED', 'RATE_LIMITED']);
    } finally {
      await limited.close();
    }
  });
});
