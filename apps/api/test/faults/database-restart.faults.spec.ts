// The embedded PostgreSQL dies under load: /health says 503 with the database down meanwhile, the API
// restarts its PostgreSQL and requests succeed again, all without restarting the API.
import { createPatient, signUpClinic } from '../support/factories.js';
import { cleanUp, health, isAlive, postmasterPid, sleep, spawnApi, tempDataDir, waitFor, type ApiProcess } from './api-process.js';

const RECOVERY_MS = 20000;

describe('the embedded PostgreSQL killed under load', () => {
  let dataDir: string;
  let api: ApiProcess;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    api = await spawnApi(dataDir);
  });
  afterAll(() => cleanUp(dataDir));

  it('is restarted by the API, which answers 503 meanwhile and serves requests again after', async () => {
    const { owner } = await signUpClinic(api.api);
    // Load: four clients creating patients in a loop until told to stop.
    let load = true;
    const outcomes: { ok: boolean; status: number }[] = [];
    const clients = Array.from({ length: 4 }, async () => {
      while (load) {
        const result = await createPatient(api.api, owner.token).then(
          () => ({ ok: true, status: 200 }),
          () => ({ ok: false, status: 0 }),
        );
        outcomes.push(result);
      }
    });
    await sleep(500);

    const killed = postmasterPid(dataDir)!;
    process.kill(killed, 'SIGKILL');
    const killedAt = Date.now();
    const statuses = new Set<number>();
    let down: unknown = null;
    const back = await waitFor(
      '/health 200 again',
      async () => {
        const h = await health(api.url);
        statuses.add(h.status);
        if (h.status === 503) down = h.body;
        return h.status === 200 && statuses.has(503);
      },
      RECOVERY_MS,
    );
    load = false;
    await Promise.all(clients);

    expect(down).toEqual({ status: 'unavailable', database: { status: 'down' } });
    expect(api.child.exitCode).toBeNull();
    expect(isAlive(postmasterPid(dataDir))).toBe(true);
    expect(postmasterPid(dataDir)).not.toBe(killed);
    // Requests succeed again on the same API process.
    const after = await Promise.all(Array.from({ length: 5 }, () => createPatient(api.api, owner.token)));
    expect(after.every((p) => typeof p.id === 'string')).toBe(true);
    expect(outcomes.filter((o) => o.ok).length).toBeGreaterThan(0);
    console.log(
      `PostgreSQL back ${back} ms after the kill (${Date.now() - killedAt} ms to here); ${outcomes.length} requests under load, ${outcomes.filter((o) => !o.ok).length} failed`,
    );
  });
});
