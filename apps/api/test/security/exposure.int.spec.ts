// Finding 4 of issue 12: anyone could introspect the schema and have misspelt names corrected ("Did you
// mean …?"). With NODE_ENV=production both are off for every client, signed in or not (the admin
// carries the schema in its build), unless GRAPHQL_INTROSPECTION=true turns them back on.
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { startApi, type TestApi } from '../support/api.js';
import { codeOfRaw, send, signUpOwner, type RawResponse } from './http.js';

const INTROSPECTION = ['{ __schema { queryType { name } types { name } } }', '{ __type(name: "Patient") { fields { name } } }'];

const messages = (response: RawResponse) => (response.body.errors ?? []).map((e) => e.message).join('\n');

// Misspellings graphql-js would correct: a field, an argument, an enum value written inline (all found
// while validating), and an enum value and an input field given in variables (found while coercing them).
const MISSPELT: [string, string, Record<string, unknown>][] = [
  ['a field', '{ mee { id } }', {}],
  ['an argument', '{ allPatients(filtr: {}) { id } }', {}],
  ['an inline enum value', '{ allPatients(filter: { complaintRegion: NEK }) { id } }', {}],
  ['an enum value in variables', 'query Q($f: PatientFilter) { allPatients(filter: $f) { id } }', { f: { complaintRegion: 'NEK' } }],
  ['an input field in variables', 'query Q($f: PatientFilter) { allPatients(filter: $f) { id } }', { f: { complaintRgion: 'x' } }],
];

describe('GRAPHQL_INTROSPECTION', () => {
  const base = { JWT_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgresql://u@h/db' };

  it('is on outside production and off in production unless set', () => {
    expect(loadConfig(base).graphqlIntrospection).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'development' }).graphqlIntrospection).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).graphqlIntrospection).toBe(false);
    expect(loadConfig({ ...base, NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).graphqlIntrospection).toBe(true);
    expect(loadConfig({ ...base, GRAPHQL_INTROSPECTION: 'false' }).graphqlIntrospection).toBe(false);
  });

  it('refuses a value that is not a boolean, naming the variable', () => {
    expect(() => loadConfig({ ...base, GRAPHQL_INTROSPECTION: 'sometimes' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, GRAPHQL_INTROSPECTION: 'sometimes' })).toThrow(/^GRAPHQL_INTROSPECTION: /);
  });
});

describe('schema exposure in production', () => {
  let api: TestApi;
  let owner: { email: string; token: string };
  beforeAll(async () => {
    api = await startApi({ NODE_ENV: 'production' });
    owner = await signUpOwner(api);
  });
  afterAll(() => api.close());

  it.each(INTROSPECTION)('refuses %s to anonymous and signed-in clients alike', async (query) => {
    for (const token of [undefined, owner.token]) {
      const response = await send(api, query, { token });
      expect(response.status).toBe(400);
      expect(codeOfRaw(response)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(messages(response)).toMatch(/introspection is not allowed/);
      expect(response.body.data).toBeUndefined();
    }
  });

  it('still answers __typename, which names only the type already asked for', async () => {
    const response = await send(api, '{ __typename }');
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ __typename: 'Query' });
  });

  it.each(MISSPELT)('gives no "Did you mean" hint for %s', async (_name, query, variables) => {
    for (const token of [undefined, owner.token]) {
      const response = await send(api, query, { variables, token });
      expect(response.status).toBe(400);
      expect(response.body.errors?.length).toBeGreaterThan(0);
      expect(messages(response)).not.toMatch(/did you mean|suggestion/i);
      expect(messages(response)).not.toMatch(/"(me|filter|NECK|complaintRegion)"/);
    }
  });

  it('keeps the rest of the message, which names only what the client sent', async () => {
    const response = await send(api, '{ mee { id } }');
    expect(messages(response)).toBe('Cannot query field "mee" on type "Query".');
  });
});

describe('schema exposure with GRAPHQL_INTROSPECTION=true in production', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
  });
  afterAll(() => api.close());

  it.each(INTROSPECTION)('answers %s', async (query) => {
    const response = await send(api, query);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toBeTruthy();
  });

  it.each(MISSPELT)('suggests the right name for %s', async (_name, query, variables) => {
    const response = await send(api, query, { variables });
    expect(messages(response)).toMatch(/Did you mean/);
  });
});
