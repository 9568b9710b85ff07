// Finding 2 of issue 12: one signed-up account could stall the service with a document of thousands
// of aliases or unbounded depth. GraphQL Armor refuses such documents while parsing and validating:
// a validation error (HTTP 400) in milliseconds, and /health keeps answering meanwhile.
import { UsersRepository } from '../../src/auth/users.repository.js';
import { startApi, type TestApi } from '../support/api.js';
import { codeOfRaw, send, signUpOwner } from './http.js';

const REFUSED = ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT'];

describe('document limits', () => {
  let api: TestApi;
  let owner: { email: string; token: string };
  beforeAll(async () => {
    api = await startApi();
    owner = await signUpOwner(api);
    // The limits are about a running service: the first refused document of a fresh process also pays
    // for compiling the parser and validation path, which is not what an attacker's next one costs.
    await send(api, `{ ${Array.from({ length: 30 }, (_, i) => `w${i}: me { id }`).join(' ')} }`, { token: owner.token });
  });
  afterAll(() => api.close());

  const nested = (depth: number) => `{ me { ${'clinic { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;
  const abusive: [string, string, RegExp][] = [
    ['5,000 aliases of me', `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, /1000 tokens/],
    ['100 aliases of me', `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, /Aliases limit of 20 exceeded/],
    ['depth 50', nested(50), /depth limit of 12 exceeded/],
    ['a huge token count', `{ me { ${'id '.repeat(20000)}} }`, /1000 tokens/],
  ];

  // Timed as the best of three tries: the refusal's own cost is what is bounded, and a CI machine running
  // other suites beside this one adds scheduling delays to single requests that no document causes.
  it.each(abusive)('refuses %s with a validation error in under 200 ms while /health answers', async (_name, query, message) => {
    const tries: { ms: number; healthMs: number }[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const health = (async () => {
        const started = performance.now();
        const response = await fetch(`${api.url}/health`);
        return { status: response.status, ms: performance.now() - started };
      })();
      const response = await send(api, query, { token: owner.token });
      expect(response.status).toBe(400);
      expect(REFUSED).toContain(codeOfRaw(response));
      expect(response.body.errors!.map((e) => e.message).join('\n')).toMatch(message);
      const probe = await health;
      expect(probe.status).toBe(200);
      tries.push({ ms: response.ms, healthMs: probe.ms });
    }
    expect(Math.min(...tries.map((t) => t.ms))).toBeLessThan(200);
    expect(Math.min(...tries.map((t) => t.healthMs))).toBeLessThan(500);
  });

  it('checks the account once per request, not once per aliased field', async () => {
    const users = api.server.app.get(UsersRepository, { strict: false });
    const reads = jest.spyOn(users, 'findInClinic');
    try {
      const query = `{ ${Array.from({ length: 15 }, (_, i) => `c${i}: _allUsersMeta { count }`).join(' ')} }`;
      const response = await send(api, query, { token: owner.token });
      expect(response.body.errors).toBeUndefined();
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
    }
  });
});
