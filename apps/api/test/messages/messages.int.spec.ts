// Patients in the loop, foundation: contact and consent, the outbox, its channels (a real SMTP
// conversation, a local HTTP stand-in for Twilio) and the dispatcher on pg-boss (restart, two processes).
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { PrismaService } from '../../src/database/prisma.service.js';
import { MessagesService, type ScheduleMessage } from '../../src/messages/messages.service.js';
import { signPatientLink } from '../../src/messages/patient-link.js';
import { graphql } from '../graphql/index.js';
import { codeOf, startApi, TEST_JWT_SECRET, unique, type TestApi } from '../support/api.js';
import { createPatient, createStaff, signUpClinic, type TestClinic } from '../support/factories.js';
import { sql } from '../support/sql.js';

const UPDATE_CONTACT = graphql(`
  mutation MessagesUpdateContact(
    $id: ID!
    $email: String
    $phone: String
    $preferredChannel: MessageChannel
    $emailConsent: Boolean
    $smsConsent: Boolean
  ) {
    updatePatient(
      id: $id
      email: $email
      phone: $phone
      preferredChannel: $preferredChannel
      emailConsent: $emailConsent
      smsConsent: $smsConsent
    ) {
      id
      phone
      preferredChannel
      emailConsent
      smsConsent
    }
  }
`);

const LIST = graphql(`
  query MessagesList($filter: MessageFilter) {
    allMessages(filter: $filter, perPage: 100) {
      id
      patientId
      kind
      channel
      status
      statusReason
      providerResult
    }
    _allMessagesMeta(filter: $filter) {
      count
    }
  }
`);

const OPT_OUT = graphql(`
  mutation MessagesOptOut($token: String!) {
    optOutByLink(token: $token) {
      channel
    }
  }
`);

// A staff invitation goes through the same dispatcher and SMTP transport as patients' messages.
const INVITE = graphql(`
  mutation StaffSmtpInvite($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      id
    }
  }
`);

const MESSAGES = graphql(`
  query StaffSmtpMessages($filter: MessageFilter) {
    allMessages(filter: $filter) {
      userId
      status
      providerResult
    }
  }
`);

const ACCEPT = graphql(`
  mutation StaffSmtpAccept($token: String!, $password: String!) {
    acceptStaffInvite(token: $token, password: $password) {
      email
    }
  }
`);

const LOGIN = graphql(`
  mutation StaffSmtpLogin($e: String!, $p: String!) {
    login(email: $e, password: $p) {
      user {
        id
        status
      }
    }
  }
`);

interface Mail {
  raw: string;
  to: string[];
}

function startSmtp(): Promise<{ server: SMTPServer; port: number; mails: Mail[] }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({ raw: Buffer.concat(chunks).toString('utf8'), to: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      });
    },
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.server.address() as AddressInfo).port, mails }));
  });
}

interface SmsRequest {
  /** When the request arrived (Date.now()). */
  at: number;
  authorization: string | undefined;
  path: string;
  form: URLSearchParams;
}

const FAILING_NUMBER = '+12025550199';

function startFakeTwilio(): Promise<{ server: Server; url: string; requests: SmsRequest[] }> {
  const requests: SmsRequest[] = [];
  const server = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      requests.push({ at: Date.now(), authorization: req.headers.authorization, path: req.url ?? '', form });
      if (form.get('To') === FAILING_NUMBER) {
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"upstream exploded"}');
        return;
      }
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ sid: `SM${requests.length}${unique()}` }));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests }));
  });
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function messageRow(id: string) {
  const [row] = await sql('SELECT * FROM "Message" WHERE id = $1', [id]);
  return row!;
}

describe('patients in the loop', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let twilio: Awaited<ReturnType<typeof startFakeTwilio>>;
  let env: Record<string, string>;
  let api: TestApi;
  let clinic: TestClinic;

  beforeAll(async () => {
    smtp = await startSmtp();
    twilio = await startFakeTwilio();
    env = {
      MESSAGE_DISPATCH: 'true',
      MESSAGE_POLL_SECONDS: '0.5',
      MESSAGE_RETRY_LIMIT: '2',
      MESSAGE_RETRY_DELAY_SECONDS: '1',
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'Backtrack Clinic <clinic@example.test>',
      TWILIO_ACCOUNT_SID: 'AC123',
      TWILIO_AUTH_TOKEN: 'tok',
      TWILIO_FROM: '+12025550100',
      TWILIO_BASE_URL: twilio.url,
      PUBLIC_URL: 'https://clinic.example.test',
    };
    api = await startApi(env);
    clinic = await signUpClinic(api);
  });

  afterAll(async () => {
    await api.close();
    await new Promise<void>((r) => smtp.server.close(() => r()));
    await new Promise<void>((r) => twilio.server.close(() => r()));
  });

  async function patient(contact: {
    email?: string;
    phone?: string;
    emailConsent?: boolean;
    smsConsent?: boolean;
    preferredChannel?: 'EMAIL' | 'SMS';
  }) {
    const created = await createPatient(api, clinic.owner.token);
    const updated = await api.gql(UPDATE_CONTACT, { id: created.id, ...contact }, clinic.owner.token);
    expect(updated.errors).toBeUndefined();
    return created.id;
  }

  function schedule(input: Partial<ScheduleMessage> & { patientId: string }, within: (tx: unknown) => Promise<void> = async () => {}) {
    const app = api.server.app;
    return app.get(PrismaService).clinicTransaction(clinic.clinicId, async (tx) => {
      const message = await app.get(MessagesService).schedule(tx, {
        kind: 'REMINDER',
        sendAt: new Date(),
        subject: `Subject ${unique()}`,
        text: `Your session is tomorrow ${unique()}`,
        ...input,
      });
      await within(tx);
      return message;
    });
  }

  it('stores the phone as E.164 and refuses an invalid one naming phone', async () => {
    const id = (await createPatient(api, clinic.owner.token)).id;
    const ok = await api.gql(UPDATE_CONTACT, { id, phone: '+1 (202) 555-0142', smsConsent: true }, clinic.owner.token);
    expect(ok.data?.updatePatient).toMatchObject({ phone: '+12025550142', smsConsent: true, emailConsent: false });
    const bad = await api.gql(UPDATE_CONTACT, { id, phone: '+1 555 0101' }, clinic.owner.token);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions.field).toBe('phone');
  });

  it('writes nothing and sends nothing when the scheduling transaction rolls back', async () => {
    const patientId = await patient({ email: `${unique()}@example.test`, emailConsent: true });
    await expect(
      schedule({ patientId }, async () => {
        throw new Error('the cause failed');
      }),
    ).rejects.toThrow('the cause failed');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await sql('SELECT id FROM "Message" WHERE "patientId" = $1', [patientId])).toEqual([]);
  });

  it('skips a patient without consent, with the reason, in the outbox', async () => {
    const patientId = await patient({ email: `${unique()}@example.test`, phone: '+12025550143' });
    const message = await schedule({ patientId });
    expect(message).toMatchObject({ status: 'SKIPPED', statusReason: expect.stringMatching(/consent/i) });
  });

  it('delivers email over SMTP with an opt-out link that works once without signing in', async () => {
    const email = `${unique()}@example.test`;
    const patientId = await patient({ email, emailConsent: true, phone: '+12025550144', smsConsent: true });
    const message = await schedule({ patientId, subject: 'See you tomorrow' });
    expect(message).toMatchObject({ channel: 'EMAIL', to: email, status: 'SCHEDULED' });
    const mail = await until('the email', async () => smtp.mails.find((m) => m.to.includes(email)));
    expect(mail.raw).toMatch(/Subject: See you tomorrow/);
    expect(mail.raw.replace(/=\r\n/g, '')).toContain(message.text.split('\n')[0]);
    const sent = await until('SENT', async () => {
      const row = await messageRow(message.id);
      return row.status === 'SENT' && row;
    });
    expect(sent.providerResult).toMatch(/^<.+@.+>$/);
    expect(sent.attempts).toBe(1);

    const token = /opt-out\?token=([\w.-]+)/.exec(message.text)![1]!;
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(codeOf(await api.gql(OPT_OUT, { token: tampered }))).toBe('BAD_USER_INPUT');
    const done = await api.gql(OPT_OUT, { token });
    expect(done.data?.optOutByLink).toEqual({ channel: 'EMAIL' });
    const [row] = await sql('SELECT "emailConsent", "smsConsent" FROM "Patient" WHERE id = $1', [patientId]);
    expect(row).toEqual({ emailConsent: false, smsConsent: true });
    expect(codeOf(await api.gql(OPT_OUT, { token }))).toBe('CONFLICT');
    const expired = signPatientLink(
      { purpose: 'OPT_OUT', clinicId: clinic.clinicId, patientId, channel: 'SMS', expiresAt: new Date(Date.now() - 1000) },
      TEST_JWT_SECRET,
    );
    const refused = await api.gql(OPT_OUT, { token: expired });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/expired/);
    // Email consent gone: the next message goes by SMS, the other consented channel
    expect((await schedule({ patientId })).channel).toBe('SMS');
  });

  it('sends SMS through the Twilio endpoint, and retries a failing one with backoff until FAILED', async () => {
    const patientId = await patient({ phone: '+12025550145', smsConsent: true, preferredChannel: 'SMS' });
    const message = await schedule({ patientId });
    const request = await until('the SMS', async () => twilio.requests.find((r) => r.form.get('To') === '+12025550145'));
    expect(request.path).toBe('/2010-04-01/Accounts/AC123/Messages.json');
    expect(request.authorization).toBe(`Basic ${Buffer.from('AC123:tok').toString('base64')}`);
    expect(request.form.get('From')).toBe('+12025550100');
    expect(request.form.get('Body')).toBe(message.text);
    const sent = await until('SENT', async () => {
      const row = await messageRow(message.id);
      return row.status === 'SENT' && row;
    });
    expect(sent.providerResult).toMatch(/^SM/);

    const failingId = await patient({ phone: FAILING_NUMBER, smsConsent: true, preferredChannel: 'SMS' });
    const failing = await schedule({ patientId: failingId });
    const failed = await until(
      'FAILED',
      async () => {
        const row = await messageRow(failing.id);
        return row.status === 'FAILED' && row;
      },
      30000,
    );
    expect(failed.attempts).toBe(3);
    expect(failed.providerResult).toMatch(/500.*upstream exploded/);
    const attempts = twilio.requests.filter((r) => r.form.get('To') === FAILING_NUMBER);
    expect(attempts).toHaveLength(3);
    // pg-boss's backoff waits retryDelay × 2^(n−1) to twice that before attempt n+1, from the failure
    // (after the response, so after the request arrived). A plain delay would leave the second gap near
    // the first, about MESSAGE_RETRY_DELAY_SECONDS; the jitter can make the first gap as long as the
    // second, so each is held to its own floor rather than to a ratio. Load only lengthens the gaps.
    const delayMs = Number(env.MESSAGE_RETRY_DELAY_SECONDS) * 1000;
    const [first, second, third] = attempts.map((r) => r.at);
    expect(second! - first!).toBeGreaterThanOrEqual(delayMs);
    expect(third! - second!).toBeGreaterThanOrEqual(2 * delayMs);
  }, 40000);

  it('delivers after a restart a message that fell due while the API was down', async () => {
    const email = `${unique()}@example.test`;
    const patientId = await patient({ email, emailConsent: true });
    await schedule({ patientId, sendAt: new Date(Date.now() + 2000) });
    await api.close();
    await new Promise((r) => setTimeout(r, 2500));
    expect(smtp.mails.some((m) => m.to.includes(email))).toBe(false);
    api = await startApi(env);
    await until('the email after restart', async () => smtp.mails.find((m) => m.to.includes(email)));
  });

  it('delivers each message exactly once with two API processes on one database', async () => {
    const second = await startApi(env);
    try {
      const addresses = Array.from({ length: 8 }, () => `${unique()}@example.test`);
      const patients = await Promise.all(addresses.map((email) => patient({ email, emailConsent: true })));
      await Promise.all(patients.map((patientId) => schedule({ patientId })));
      await until('8 emails', async () => addresses.every((a) => smtp.mails.some((m) => m.to.includes(a))));
      await new Promise((r) => setTimeout(r, 1500));
      for (const address of addresses) expect(smtp.mails.filter((m) => m.to.includes(address))).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('lists and filters the outbox for the owner and front desk only, within their clinic', async () => {
    const patientId = await patient({ email: `${unique()}@example.test` });
    const skipped = await schedule({ patientId, kind: 'QUESTIONNAIRE' });
    const frontDesk = await createStaff(api, clinic, 'FRONT_DESK');
    const therapist = await createStaff(api, clinic, 'THERAPIST');
    for (const token of [clinic.owner.token, frontDesk.token]) {
      const listed = await api.gql(LIST, { filter: { patientId, kind: 'QUESTIONNAIRE', status: 'SKIPPED', channel: 'EMAIL' } }, token);
      expect(listed.data?.allMessages.map((m) => m.id)).toEqual([skipped.id]);
      expect(listed.data?._allMessagesMeta.count).toBe(1);
    }
    expect(codeOf(await api.gql(LIST, {}, therapist.token))).toBe('FORBIDDEN');
    const other = await signUpClinic(api);
    const theirs = await api.gql(LIST, { filter: { patientId } }, other.owner.token);
    expect(theirs.data?.allMessages).toEqual([]);
  });

  it('emails a staff invitation (no consent applies to staff), whose link sets the password the invitee then signs in with', async () => {
    const email = `${unique('smtp-invitee')}@example.com`;
    const invited = await api.gql(INVITE, { input: { email, name: 'Mail Therapist', role: 'THERAPIST' } }, clinic.owner.token);
    const userId = invited.data!.inviteStaff.id;

    const mail = await until('the invitation email', async () => smtp.mails.find((m) => m.to.includes(email)));
    const parsed = await simpleParser(mail.raw);
    expect(parsed.subject).toMatch(/^Owner Person invited you to Clinic \S+ on Backtrack$/);
    expect(parsed.from?.text).toContain('clinic@example.test');
    const text = parsed.text ?? '';
    expect(text).toContain('Hello Mail Therapist,');
    expect(text).not.toMatch(/To stop these/); // no patient opt-out line in a staff invitation
    const token = /https:\/\/clinic\.example\.test\/p\/staff-invite\?token=(\S+)/.exec(text)?.[1];
    expect(token).toBeDefined();

    const sent = await until('the message SENT', async () => {
      const { data } = await api.gql(MESSAGES, { filter: { kind: 'STAFF_INVITE' } }, clinic.owner.token);
      return data?.allMessages.find((m) => m.userId === userId && m.status === 'SENT');
    });
    expect(sent.providerResult).not.toBe('outbox');

    expect(codeOf(await api.gql(ACCEPT, { token: token!, password: 'hamstrings-and-hips-3' }))).toBeUndefined();
    const signedIn = await api.gql(LOGIN, { e: email, p: 'hamstrings-and-hips-3' });
    expect(signedIn.data?.login.user).toEqual({ id: userId, status: 'ACTIVE' });
  });
});
