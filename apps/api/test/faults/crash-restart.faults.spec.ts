// SIGKILL leaves the embedded PostgreSQL running without its API. The next start on the same DATA_DIR
// stops that orphan and starts cleanly, with every record still there; a second API on a DATA_DIR in
// use is refused with a message naming the cause.
import { LOGIN_TOKEN, PASSWORD, signUpClinic } from '../support/factories.js';
import { cleanUp, health, isAlive, postmasterPid, spawnApi, tempDataDir, type ApiProcess } from './api-process.js';

const ROUNDS = 3;

describe('SIGKILL, then start again on the same DATA_DIR', () => {
  let dataDir: string;
  const started: ApiProcess[] = [];

  beforeAll(async () => {
    dataDir = await tempDataDir();
  });
  afterAll(() => cleanUp(dataDir));

  it(`starts cleanly after each of ${ROUNDS} kills and keeps what was written before`, async () => {
    let api = await spawnApi(dataDir);
    started.push(api);
    const emails: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      // Written (and committed) just before the kill.
      emails.push((await signUpClinic(api.api)).owner.email);
      const orphan = postmasterPid(dataDir);
      api.child.kill('SIGKILL');
      await api.exited;
      expect(isAlive(orphan)).toBe(true);

      api = await spawnApi(dataDir);
      started.push(api);
      expect(api.output()).toContain('stopping the embedded PostgreSQL that a killed process left running');
      expect(isAlive(orphan)).toBe(false);
      expect((await health(api.url)).status).toBe(200);
      for (const email of emails) {
        const login = await api.api.gql(LOGIN_TOKEN, { e: email, p: PASSWORD });
        expect(login.data?.login.token).toEqual(expect.any(String));
      }
    }
  });

  it('refuses a second API on a DATA_DIR whose PostgreSQL is in use, naming the cause', async () => {
    const running = started.at(-1)!;
    const second = spawnApi(dataDir, {}, 30000);
    await expect(second).rejects.toThrow(
      /Backtrack could not start — .*is in use: its PostgreSQL \(PID \d+\) belongs to the running process/,
    );
    expect((await health(running.url)).status).toBe(200);
  });
});
