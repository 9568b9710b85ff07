// Starts the real API (the same createServer as `npm start`) on a free port against the test
// database, and talks to it over HTTP like any client.
import { randomBytes } from 'node:crypto';
import { loadConfig, type AppConfig } from '../../src/config/config.js';
import { createServer, type RunningServer } from '../../src/server.js';

export interface GqlResult<T = Record<string, unknown>> {
  data: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; [key: string]: unknown } }[];
  status: number;
}

export interface TestApi {
  url: string;
  server: RunningServer;
  config: AppConfig;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
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
    ...overrides,
  });
  const server: RunningServer = await createServer(config, testDatabaseUrl());
  return {
    url: server.url,
    server,
    config,
    async gql(query, variables = {}, token) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GqlResult<any>;
      return { ...body, status: response.status };
    },
    close: () => server.close(),
  };
}

export function unique(prefix = 't'): string {
  return `${prefix}${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
}

/** The error code of the first error, or undefined when the call succeeded. */
export function codeOf(result: GqlResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions.code;
}
