// The message dispatcher across real API processes (dist/main.js) on one PostgreSQL, sending to an
// in-process SMTP server: two processes deliver each of many due reminders exactly once, and a message
// already handed to pg-boss when its process is killed (SIGKILL) is delivered after a restart. The
// database is the test run's embedded PostgreSQL (test/support/global-setup.ts), migrated once.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { TEST_JWT_SECRET, testDatabaseUrl, unique } from '../support/api.js';
import { createPatient, signUpClinic, type TestClinic } from '../support/factories.js';
import { sql } from '../support/sql.js';
import { cleanUp, sleep, spawnApi, tempDataDir, waitFor, type ApiProcess } from './api-process.js';

const DUE = 40;
const STALLED = 'stalled@example.test';

interface Smtp {
  server: SMTPServer;
  port: number;
  /** The outbox message id of each mail received, from its subject, in order of arrival. */
  received: string[];
  /** Mails to STALLED: read, never answered, so their sender waits. */
  stalled: string[];
}

/** An SMTP server that records each mail's message id, and leaves mails to STALLED unanswered. */
function startSmtp(): Promise<Smtp> {
  const received: string[] = [];
  const stalled: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        const id = /^Subject: Reminder ([0-9a-f-]{36})\r?$/m.exec(raw)?.[1] ?? `unparsed: ${raw.slice(0, 200)}`;
        if (session.envelope.rcptTo.some((r) => r.address === STALLED)) {
          stalled.push(id);
          return;
        }
        received.push(id);
        callback();
      });
    },
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.server.address() as AddressInfo).port, received, stalled }));
  });
}

const CONSENT = 'mutation FaultsConsent($id: ID!) { updatePatient(id: $id, emailConsent: true) { emailConsent } }';

/** Reminders falling due now, written to the outbox as a booking would, one statement for all. */
async function dueReminders(clinic: TestClinic, patientId: string, to: (i: number) => string, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await sql(
    `INSERT INTO "Message" (id, "clinicId", "patientId", kind, channel, "to", subject, text, "sendAt", "updatedAt")
     SELECT m.id, $1, $2, 'REMINDER', 'EMAIL', m.recipient, 'Reminder ' || m.id, 'Your session is soon.', now(), now()
       FROM unnest($3::uuid[], $4::text[]) AS m(id, recipient)`,
    [clinic.clinicId, patientId, ids, ids.map((_, i) => to(i))],
  );
  return ids;
}

async function messageRows(ids: string[]) {
  return sql<{ id: string; status: string; attempts: number; queuedAt: Date | null }>(
    `SELECT id, status, attempts, "queuedAt" FROM "Message" WHERE id = ANY($1::uuid[])`,
    [ids],
  );
}

async function jobStates(messageId: string): Promise<string[]> {
  const rows = await sql<{ state: string }>(`SELECT state FROM pgboss.job WHERE name = 'message-delivery' AND data->>'messageId' = $1`, [
    messageId,
  ]);
  return rows.map((r) => r.state);
}

describe('the message dispatcher across API processes', () => {
  let dataDir: string;
  let smtp: Smtp;
  let env: Record<string, string>;
  let clinic: TestClinic;
  let patientId: string;
  const processes: ApiProcess[] = [];

  beforeAll(async () => {
    dataDir = await tempDataDir();
    smtp = await startSmtp();
    env = {
      DATABASE_URL: testDatabaseUrl(),
      JWT_SECRET: TEST_JWT_SECRET,
      MESSAGE_DISPATCH: 'true',
      MESSAGE_POLL_SECONDS: '0.5',
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'Backtrack Clinic <clinic@example.test>',
      PUBLIC_URL: 'https://clinic.example.test',
    };
    // One after the other, as a rolling deploy would.
    processes.push(await spawnApi(dataDir, env));
    processes.push(await spawnApi(dataDir, env));
    const api = processes[0]!.api;
    clinic = await signUpClinic(api);
    patientId = (await createPatient(api, clinic.owner.token, { email: `${unique()}@example.test` })).id;
    const consent = await api.rawGql(CONSENT, { id: patientId }, clinic.owner.token);
    expect(consent.errors).toBeUndefined();
  });

  afterAll(async () => {
    await cleanUp(dataDir);
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  it(`delivers each of ${DUE} reminders falling due at once exactly once with two API processes`, async () => {
    const ids = await dueReminders(clinic, patientId, (i) => `patient-${i}@example.test`, DUE);
    await waitFor(`${DUE} mails`, () => ids.every((id) => smtp.received.includes(id)), 30000);
    // Time for a second delivery of any of them to arrive, had one been made.
    await sleep(2000);
    const deliveries = new Map(ids.map((id) => [id, smtp.received.filter((r) => r === id).length]));
    expect([...deliveries.values()].filter((n) => n !== 1)).toEqual([]);
    expect(smtp.received.filter((id) => !deliveries.has(id))).toEqual([]);
    const rows = await messageRows(ids);
    expect(rows).toHaveLength(DUE);
    expect(rows.filter((r) => r.status !== 'SENT' || r.attempts !== 1)).toEqual([]);
  }, 60000);

  it('delivers after a restart a message that was handed to pg-boss when its process was killed', async () => {
    const [first, second] = processes as [ApiProcess, ApiProcess];
    second.child.kill('SIGTERM');
    await second.exited;

    // The remaining process's one worker sends a mail the SMTP server never answers, so the next
    // message due is queued by the relay and waits in pg-boss, not yet fetched.
    const [stuck] = await dueReminders(clinic, patientId, () => STALLED, 1);
    await waitFor('the stalled send', () => smtp.stalled.includes(stuck!), 10000);
    const [queued] = await dueReminders(clinic, patientId, () => `restart-${unique()}@example.test`, 1);
    await waitFor('the message queued in pg-boss', async () => (await jobStates(queued!)).includes('created'), 5000);
    expect(smtp.received).not.toContain(queued);

    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const [before] = await messageRows([queued!]);
    // Marked queued, so the relay will not queue it again: only the job left in pg-boss can deliver it.
    expect(before).toMatchObject({ status: 'SCHEDULED', attempts: 0 });
    expect(before!.queuedAt).not.toBeNull();
    expect(await jobStates(queued!)).toEqual(['created']);

    processes.push(await spawnApi(dataDir, env));
    await waitFor('the queued message after the restart', () => smtp.received.includes(queued!), 15000);
    await waitFor('the message marked SENT', async () => (await messageRows([queued!]))[0]!.status === 'SENT', 5000);
    await sleep(1000);
    expect(smtp.received.filter((id) => id === queued)).toHaveLength(1);
    expect((await messageRows([queued!]))[0]).toMatchObject({ status: 'SENT', attempts: 1 });
  }, 60000);
});
