// SIGTERM while requests are in flight: every one of them completes, new ones and /health get 503
// meanwhile, then the process exits 0 within the grace period and its PostgreSQL is stopped.
import http from 'node:http';
import { LOGIN_TOKEN } from '../support/factories.js';
import { cleanUp, health, isAlive, post, postmasterPid, sleep, spawnApi, tempDataDir, type ApiProcess } from './api-process.js';

const GRACE_SECONDS = 10;
const DEMO_LOGIN = { e: 'owner@demo.backtrack.app', p: 'backtrack-demo' };

/** A login whose body arrives in two parts: in flight until `finish()`, however fast the server is. */
function slowLogin(url: string): { finish(): void; response: Promise<{ status: number; body: any }> } {
  const body = JSON.stringify({ query: LOGIN_TOKEN.toString(), variables: DEMO_LOGIN });
  const half = Math.floor(body.length / 2);
  let request!: http.ClientRequest;
  const response = new Promise<{ status: number; body: any }>((resolve, reject) => {
    request = http.request(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': body.length },
    });
    request.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    request.on('error', reject);
    request.write(body.slice(0, half));
  });
  return { finish: () => request.end(body.slice(half)), response };
}

describe('SIGTERM', () => {
  let dataDir: string;
  let api: ApiProcess;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    // 20 sign-ins of one account at once: each counts as an attempt until it succeeds, so the
    // per-account limit is lifted here; this test is about the drain.
    api = await spawnApi(dataDir, { SEED_DEMO: 'true', SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS), LOGIN_MAX_FAILURES: '100' });
  });
  afterAll(() => cleanUp(dataDir));

  it('drains the requests in flight, refuses new ones with 503, then exits 0 and stops PostgreSQL', async () => {
    const postgres = postmasterPid(dataDir);
    expect(isAlive(postgres)).toBe(true);
    // Warm up (the client's first connection, the server's first login), so that all requests reach the server before the signal.
    expect((await api.api.gql(LOGIN_TOKEN, DEMO_LOGIN)).status).toBe(200);
    const slow = slowLogin(api.url);
    // Logins are slow-ish on purpose (argon2 verification).
    const logins = Array.from({ length: 20 }, () => api.api.gql(LOGIN_TOKEN, DEMO_LOGIN));
    // Long enough for all 20 to reach the server on a cold CI machine (300 ms let 6 arrive after the
    // signal once); the half-sent slow login is what certainly stays in flight across it.
    await sleep(800);
    const signalledAt = Date.now();
    api.child.kill('SIGTERM');
    await sleep(50);
    // The slow login keeps the drain open while we look.
    const duringDrain = await health(api.url);
    const refused = await post(api.url, LOGIN_TOKEN.toString(), DEMO_LOGIN);
    slow.finish();

    const results = await Promise.all(logins);
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
    expect(results.every((r) => typeof r.data?.login.token === 'string')).toBe(true);
    const last = await slow.response;
    expect(last.status).toBe(200);
    expect(last.body.data.login.token).toEqual(expect.any(String));
    expect(duringDrain).toEqual({ status: 503, body: { status: 'stopping' } });
    expect(refused.status).toBe(503);
    expect(refused.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');

    const exit = await api.exited;
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expect(exit.at - signalledAt).toBeLessThan(GRACE_SECONDS * 1000);
    expect(isAlive(postgres)).toBe(false);
    expect(postmasterPid(dataDir)).toBeNull();
  });
});
