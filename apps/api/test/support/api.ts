// Starts the real API (the same createServer as `npm start`) on a free port against the test
// database, and talks to it over HTTP like any client.
import { randomBytes } from 'node:crypto';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { loadConfig, type AppConfig } from '../../src/config/config.js';
import { createServer, type RunningServer } from '../../src/server.js';
import { API_APPLICATION_NAME, withApplicationName } from '../tenancy/capture.js';

/** An operation written with the generated `graphql()` of test/graphql: its text and its types. */
// `object` keeps plain strings out: every operation goes through `graphql()` and so is typed.
export type TypedOperation<TData, TVariables> = DocumentTypeDecoration<TData, TVariables> & object;

export interface GqlResult<T = unknown> {
  data: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; [key: string]: unknown } }[];
  status: number;
}

export interface TestApi {
  url: string;
  server: RunningServer;
  config: AppConfig;
  /** Runs a typed operation; `data` has the operation's generated result type. */
  gql<TData, TVariables>(operation: TypedOperation<TData, TVariables>, variables?: TVariables, token?: string): Promise<GqlResult<TData>>;
  /** Sends text as it is, for requests the schema must refuse (wrong types, unknown fields). */
  rawGql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<unknown>>;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-secret-'.padEnd(48, 'x');

export function testDatabaseUrl(): string {
  const url = process.env.BACKTRACK_TEST_DB;
  if (!url) throw new Error('BACKTRACK_TEST_DB is not set: run the API tests through jest.config.cjs (global setup)');
  return url;
}

export async function startApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: testDatabaseUrl(),
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Every suite sends from 127.0.0.1 and signs up clinics by the dozen: the per-address limits are
    // lifted here, and the suites about them (test/security) set their own low ones.
    RATE_LIMIT_PER_IP: '1000000',
    RATE_LIMIT_PER_USER: '1000000',
    SIGNUP_IP_MAX: '100000',
    LOGIN_IP_MAX_FAILURES: '100000',
    PATIENT_LINK_IP_MAX: '1000000',
    // Suites run in parallel on one database: only the messaging suite runs a dispatcher, with its
    // own transports, so no other suite's process delivers its messages.
    MESSAGE_DISPATCH: 'false',
    ...overrides,
  });
  // A suite may give its own database (a freshly seeded one, say)
  // Its connections are named so that the tenancy audit (test/tenancy) checks exactly the API's statements.
  const server: RunningServer = await createServer(
    config,
    withApplicationName(overrides.DATABASE_URL ?? testDatabaseUrl(), API_APPLICATION_NAME),
  );
  return {
    url: server.url,
    server,
    config,
    gql: (operation, variables, token) => post(server.url, operation.toString(), variables ?? {}, token),
    rawGql: (query, variables, token) => post(server.url, query, variables ?? {}, token),
    close: () => server.close(),
  };
}

async function post<TData>(url: string, query: string, variables: unknown, token?: string): Promise<GqlResult<TData>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GqlResult<TData>, 'status'>;
  return { ...body, status: response.status };
}

export function unique(prefix = 't'): string {
  return `${prefix}${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
}

/** The error code of the first error, or undefined when the call succeeded. */
export function codeOf(result: GqlResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions.code;
}
