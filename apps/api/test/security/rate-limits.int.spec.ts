// Finding 2 of issue 12: request rate limits per client IP and per user, counted in PostgreSQL so they
// hold across API processes. Each test sends from its own address (X-Forwarded-For, believed because
// these servers run with TRUST_PROXY) so that suites running beside it never share its counters.
import { startApi, type TestApi } from '../support/api.js';
import { sql } from '../support/sql.js';
import { codeOfRaw, freshIp, send, signUpOwner } from './http.js';

const LIMITS = { TRUST_PROXY: 'true', RATE_LIMIT_PER_IP: '6', RATE_LIMIT_PER_USER: '4', RATE_LIMIT_WINDOW_SECONDS: '60' };

describe('request rate limits across two API processes', () => {
  let first: TestApi;
  let second: TestApi;
  beforeAll(async () => {
    [first, second] = await Promise.all([startApi(LIMITS), startApi(LIMITS)]);
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });

  it('refuses an address over RATE_LIMIT_PER_IP with 429, RATE_LIMITED and Retry-After', async () => {
    const ip = freshIp();
    for (let i = 0; i < 6; i++) {
      const response = await send(i % 2 ? second : first, '{ __typename }', { ip });
      expect(response.status).toBe(200);
    }
    const refused = await send(first, '{ __typename }', { ip });
    expect(refused.status).toBe(429);
    expect(codeOfRaw(refused)).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    // Another address is unaffected.
    expect((await send(second, '{ __typename }', { ip: freshIp() })).status).toBe(200);
  });

  it('refuses a user over RATE_LIMIT_PER_USER whatever address they send from', async () => {
    const owner = await signUpOwner(first);
    for (let i = 0; i < 4; i++) {
      const response = await send(i % 2 ? second : first, '{ me { id } }', { token: owner.token, ip: freshIp() });
      expect(response.body.errors).toBeUndefined();
    }
    const refused = await send(second, '{ me { id } }', { token: owner.token, ip: freshIp() });
    expect([refused.status, codeOfRaw(refused)]).toEqual([429, 'RATE_LIMITED']);
    expect(refused.retryAfter).not.toBeNull();
  });

  it('believes X-Forwarded-For only with TRUST_PROXY', async () => {
    const plain = await startApi();
    try {
      const ip = freshIp();
      await send(plain, '{ __typename }', { ip });
      expect(await sql('SELECT 1 FROM "RateLimitCounter" WHERE key = $1', [`ip:${ip}`])).toHaveLength(0);
      await send(first, '{ __typename }', { ip });
      expect(await sql('SELECT 1 FROM "RateLimitCounter" WHERE key = $1', [`ip:${ip}`])).toHaveLength(1);
    } finally {
      await plain.close();
    }
  });
});
