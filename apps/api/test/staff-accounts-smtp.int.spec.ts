// A staff invitation over real SMTP: the dispatcher delivers it through an in-process SMTP server
// (no consent applies to a staff member), and the link in the received email sets the password.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { graphql } from './graphql/index.js';
import { codeOf, startApi, unique, type TestApi } from './support/api.js';
import { signUpClinic, type TestClinic } from './support/factories.js';

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

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('staff invitation over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let api: TestApi;
  let clinic: TestClinic;

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({
      MESSAGE_DISPATCH: 'true',
      MESSAGE_POLL_SECONDS: '0.5',
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'Backtrack Clinic <clinic@example.test>',
      PUBLIC_URL: 'https://clinic.example.test',
    });
    clinic = await signUpClinic(api);
  });

  afterAll(async () => {
    await api.close();
    await new Promise<void>((r) => smtp.server.close(() => r()));
  });

  it('emails the invitation, whose link sets the password the invitee then signs in with', async () => {
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
