// Finding 3 of issue 12: failed logins limited per client IP as well as per email (password spraying),
// a sign-up that does not tell whether an email has an account and is limited per IP, and a
// password policy on every password that is set.
import { startApi, type TestApi } from '../support/api.js';
import { codeOfRaw, freshIp, OWNER_PASSWORD as PASSWORD, send, signUpOwner, type RawResponse } from './http.js';

const LIMITS = { TRUST_PROXY: 'true', LOGIN_IP_MAX_FAILURES: '5', LOGIN_MAX_FAILURES: '5', SIGNUP_IP_MAX: '3' };
const LOGIN = 'mutation SecurityLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const SIGN_UP = 'mutation SecuritySignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }';
const CREATE_STAFF = 'mutation SecurityCreateStaff($input: CreateStaffInput!) { createStaff(input: $input) { id } }';

const newEmail = () => `sec-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}@example.com`;
const signUpInput = (email: string, password = PASSWORD) => ({
  input: { clinicName: 'Security Clinic', timezone: 'Europe/London', ownerName: 'Owner', email, password },
});
const refusal = (r: RawResponse) => ({
  code: codeOfRaw(r),
  message: r.body.errors?.[0]?.message,
  field: r.body.errors?.[0]?.extensions.field,
});

describe('credential attacks', () => {
  let first: TestApi;
  let second: TestApi;
  beforeAll(async () => {
    [first, second] = await Promise.all([startApi(LIMITS), startApi(LIMITS)]);
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });

  it('stops password spraying from one address after LOGIN_IP_MAX_FAILURES, across processes', async () => {
    const owner = await signUpOwner(first);
    const ip = freshIp();
    for (let i = 0; i < 5; i++) {
      const attempt = await send(i % 2 ? second : first, LOGIN, { variables: { e: newEmail(), p: 'Spring2026!x' }, ip });
      expect(codeOfRaw(attempt)).toBe('UNAUTHENTICATED');
    }
    const sprayed = await send(first, LOGIN, { variables: { e: newEmail(), p: 'Spring2026!x' }, ip });
    expect(codeOfRaw(sprayed)).toBe('RATE_LIMITED');
    expect(Number(sprayed.retryAfter)).toBeGreaterThan(0);
    // Even the right password is refused from that address, and accepted from another.
    expect(codeOfRaw(await send(second, LOGIN, { variables: { e: owner.email, p: PASSWORD }, ip }))).toBe('RATE_LIMITED');
    expect(codeOfRaw(await send(second, LOGIN, { variables: { e: owner.email, p: PASSWORD }, ip: freshIp() }))).toBeUndefined();
  });

  it('holds the per-account limit against guesses sent all at once, across processes', async () => {
    const owner = await signUpOwner(first);
    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        send(i % 2 ? second : first, LOGIN, { variables: { e: owner.email, p: `wrong-guess-${i}` }, ip: freshIp() }),
      ),
    );
    const codes = guesses.map(codeOfRaw);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(25);
  });

  it('answers a sign-up with a registered email exactly like a sign-up that lost the race for a new one', async () => {
    const owner = await signUpOwner(first);
    const taken = await send(first, SIGN_UP, { variables: signUpInput(owner.email.toUpperCase()), ip: freshIp() });
    const email = newEmail();
    const race = await Promise.all([first, second].map((api) => send(api, SIGN_UP, { variables: signUpInput(email), ip: freshIp() })));
    const lost = race.find((r) => r.body.errors);
    expect(race.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(refusal(taken)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'input.email: could not be used to create an account',
      field: 'input.email',
    });
    expect(refusal(lost!)).toEqual(refusal(taken));
    expect(taken.body.errors![0]!.message).not.toMatch(/already|registered|exists/i);
  });

  it("answers createStaff with another clinic's staff email as sign-up does, so owners cannot probe for accounts", async () => {
    const elsewhere = await signUpOwner(first);
    const owner = await signUpOwner(second);
    const input = { email: elsewhere.email, name: 'Probe', role: 'FRONT_DESK', password: 'a-long-unusual-passphrase' };
    const probed = await send(first, CREATE_STAFF, { variables: { input }, token: owner.token, ip: freshIp() });
    expect(refusal(probed)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'input.email: could not be used to create an account',
      field: 'input.email',
    });
  });

  it('limits sign-ups per address to SIGNUP_IP_MAX', async () => {
    const ip = freshIp();
    for (let i = 0; i < 3; i++) {
      expect(codeOfRaw(await send(i % 2 ? second : first, SIGN_UP, { variables: signUpInput(newEmail()), ip }))).toBeUndefined();
    }
    const refused = await send(second, SIGN_UP, { variables: signUpInput(newEmail()), ip });
    expect(codeOfRaw(refused)).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  });

  it.each([
    ['too short', 'Sh0rt!'],
    ['common', 'password123'],
    ['common in capitals', 'QWERTYUIOP'],
    ['one repeated character', 'zzzzzzzzzzzz'],
  ])('refuses a %s password on sign-up and staff creation, naming the password', async (_why, password) => {
    const signUp = await send(first, SIGN_UP, { variables: signUpInput(newEmail(), password), ip: freshIp() });
    expect(refusal(signUp)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    const owner = await signUpOwner(first);
    const staff = await send(first, CREATE_STAFF, {
      variables: { input: { email: newEmail(), name: 'N', role: 'FRONT_DESK', password } },
      token: owner.token,
      ip: freshIp(),
    });
    expect(refusal(staff)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
  });

  it('accepts a good password', async () => {
    const signUp = await send(first, SIGN_UP, { variables: signUpInput(newEmail(), 'lumbar-ridge-harbour-7'), ip: freshIp() });
    expect(signUp.body.errors).toBeUndefined();
  });
});
