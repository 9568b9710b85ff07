// Finding 4 of issue 12: responses carried no Content-Security-Policy, no framing protection and no
// X-Content-Type-Options, and the admin's source maps were public. Every response (admin, /graphql,
// /health, a 404) now carries helmet's headers with the admin's policy, and no .map file is served.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApi, type TestApi } from '../support/api.js';

/** A stand-in admin build, so the test does not depend on apps/admin/dist having been built. */
function fakeAdminDist(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'backtrack-admin-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><script type="module" src="/assets/index-abc.js"></script>');
  writeFileSync(path.join(dist, 'assets/index-abc.js'), 'console.log("admin");');
  writeFileSync(path.join(dist, 'assets/index-abc.js.map'), '{"version":3,"sources":["src/App.tsx"]}');
  writeFileSync(path.join(dist, 'index.html.map'), '{}');
  return dist;
}

const EXPECTED_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

describe('security headers', () => {
  let api: TestApi;
  let dist: string;
  beforeAll(async () => {
    dist = fakeAdminDist();
    api = await startApi({ ADMIN_DIST: dist });
  });
  afterAll(async () => {
    await api.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const requests: [string, () => Promise<Response>, number][] = [
    ['the admin shell', () => fetch(`${api.url}/`), 200],
    ['a client-side route', () => fetch(`${api.url}/patients/123`), 200],
    ['an admin script', () => fetch(`${api.url}/assets/index-abc.js`), 200],
    [
      'a GraphQL request',
      () =>
        fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        }),
      200,
    ],
    [
      'a refused GraphQL request',
      () => fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
      400,
    ],
    ['the readiness check', () => fetch(`${api.url}/health`), 200],
    ['a missing file', () => fetch(`${api.url}/assets/gone.js`), 404],
  ];

  it('marks every GraphQL answer, errors included, no-store', async () => {
    const ask = (query: string) =>
      fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    for (const response of [await ask('{ __typename }'), await ask('{ me { id } }'), await ask('{ nope }')]) {
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it.each(requests)('%s carries the security headers', async (_name, request, status) => {
    const response = await request();
    expect(response.status).toBe(status);
    const policy = (response.headers.get('content-security-policy') ?? '').split(/;\s*/);
    expect(policy).toEqual(expect.arrayContaining(EXPECTED_POLICY));
    expect(policy.join(';')).not.toMatch(/unsafe-eval|upgrade-insecure-requests/);
    expect(policy.find((d) => d.startsWith('script-src '))).toBe("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('serves the admin shell for client-side routes', async () => {
    const response = await fetch(`${api.url}/patients/123`);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain('/assets/index-abc.js');
  });

  it.each([
    '/assets/index-abc.js.map',
    '/index.html.map',
    '/assets/none.js.map',
    '/assets/index-abc.js.%6dap',
    '/assets/index-abc.js%2emap',
    '/assets/index-abc.js.MAP',
  ])('does not serve the source map %s', async (file) => {
    const response = await fetch(`${api.url}${file}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('sources');
  });
});
