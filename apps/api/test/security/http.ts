// Plain HTTP for the security suites: they need what api.gql hides (response headers, the status, a
// client address given in X-Forwarded-For) and send documents the schema is meant to refuse.
import { randomInt } from 'node:crypto';
import type { TestApi } from '../support/api.js';

export interface RawResponse {
  status: number;
  retryAfter: string | null;
  ms: number;
  body: { data?: unknown; errors?: { message: string; extensions: { code: string; [key: string]: unknown } }[] };
}

/** A fresh client address in the benchmarking range, so each test has counters of its own. */
export function freshIp(): string {
  return `198.18.${randomInt(256)}.${randomInt(1, 255)}`;
}

export async function send(
  api: TestApi,
  query: string,
  options: { variables?: Record<string, unknown>; token?: string; ip?: string } = {},
): Promise<RawResponse> {
  const started = performance.now();
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.ip ? { 'x-forwarded-for': options.ip } : {}),
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const body = (await response.json()) as RawResponse['body'];
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ms: performance.now() - started, body };
}

export const codeOfRaw = (response: RawResponse): string | undefined => response.body.errors?.[0]?.extensions.code;

export const OWNER_PASSWORD = 'correct-horse-battery';

/** Signs up a clinic from a fresh address and returns its owner's email and token. */
export async function signUpOwner(api: TestApi): Promise<{ email: string; token: string }> {
  const email = `sec-${Date.now().toString(36)}-${randomInt(1e9)}@example.com`;
  const response = await send(api, 'mutation SecurityOwnerSignUp($input: SignUpInput!) { signUp(input: $input) { token } }', {
    variables: { input: { clinicName: 'Security Clinic', timezone: 'Europe/London', ownerName: 'Owner', email, password: OWNER_PASSWORD } },
    ip: freshIp(),
  });
  const data = response.body.data as { signUp: { token: string } } | null;
  if (!data) throw new Error(`signUp failed: ${JSON.stringify(response.body.errors)}`);
  return { email, token: data.signUp.token };
}
