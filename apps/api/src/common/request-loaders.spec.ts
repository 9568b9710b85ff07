import { runInClinic } from '../database/tenant-scope.js';
import { runWithContext, type RequestContext } from './request-context.js';
import { loadBatched } from './request-loaders.js';

const request = (clinicId: string): RequestContext => ({
  requestId: `r-${clinicId}`,
  actor: { userId: 'u', clinicId, role: 'OWNER', name: 'Owner', email: 'owner@example.com' },
});

function recorder() {
  const calls: { keys: string[] }[] = [];
  const fetch = async (keys: string[]) => {
    calls.push({ keys });
    return new Map(keys.filter((k) => k !== 'gone').map((k) => [k, k.toUpperCase()]));
  };
  return { calls, fetch };
}

describe('per-request loaders', () => {
  it('batches the loads of one request into one fetch, with the default for a missing key', async () => {
    const { calls, fetch } = recorder();
    const one = request('c1');
    const values = await runWithContext(one, () =>
      Promise.all(['a', 'b', 'a', 'gone'].map((key) => loadBatched('test.upper', key, fetch, 'none'))),
    );
    expect(values).toEqual(['A', 'B', 'A', 'none']);
    expect(calls.map((c) => c.keys)).toEqual([['a', 'b', 'gone']]);
  });

  it('never shares a loader between requests, or between clinics within a request', async () => {
    const { calls, fetch } = recorder();
    const first = request('c1');
    const second = request('c1');
    await Promise.all([
      runWithContext(first, () => loadBatched('test.upper', 'a', fetch, '')),
      runWithContext(second, () => loadBatched('test.upper', 'a', fetch, '')),
      runWithContext(first, () => runInClinic('c2', () => loadBatched('test.upper', 'a', fetch, ''))),
    ]);
    expect(calls).toHaveLength(3);
    // A later load of the same request and clinic is served from its loader.
    await runWithContext(first, () => loadBatched('test.upper', 'a', fetch, ''));
    expect(calls).toHaveLength(3);
  });

  it('fetches each load on its own outside a request', async () => {
    const { calls, fetch } = recorder();
    expect(await Promise.all([loadBatched('test.upper', 'a', fetch, ''), loadBatched('test.upper', 'b', fetch, '')])).toEqual(['A', 'B']);
    expect(calls.map((c) => c.keys)).toEqual([['a'], ['b']]);
  });
});
