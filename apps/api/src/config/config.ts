// Configuration from the environment, checked once at start-up. A bad value stops the process with a
// message naming the variable, never a stack trace from deep inside.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  loginMaxFailures: number;
  loginWindowSeconds: number;
  loginIpMaxFailures: number;
  signUpIpMax: number;
  signUpWindowSeconds: number;
  rateLimitWindowSeconds: number;
  rateLimitPerIp: number;
  rateLimitPerUser: number;
  trustProxy: TrustProxy;
  graphqlLimits: GraphQLLimits;
  /** Schema introspection and "Did you mean" hints for anonymous and signed-in clients alike. */
  graphqlIntrospection: boolean;
  logLevel: string;
  seedDemo: boolean;
  adminDist: string | null;
  /** How long SIGTERM waits for requests in flight before closing the database. */
  shutdownGraceSeconds: number;
  messaging: MessagingConfig;
  /** Count each /graphql request's SQL statements and send the number as the x-sql-statements header. */
  sqlStatementCount: boolean;
}

/** Patient messages: transports (none configured: the outbox is the delivery), dispatcher and links. */
export interface MessagingConfig {
  /** smtp:// or smtps:// URL of the mail server; null keeps email in the outbox. */
  smtpUrl: string | null;
  mailFrom: string | null;
  /** Twilio (or a service with its Messages endpoint); null keeps SMS in the outbox. */
  twilio: { accountSid: string; authToken: string; from: string; baseUrl: string } | null;
  /** Base URL of the links in messages (the opt-out link). */
  publicUrl: string;
  /** Whether this process runs the dispatcher (job queue worker and outbox relay). */
  dispatch: boolean;
  pollSeconds: number;
  retryLimit: number;
  retryDelaySeconds: number;
  /** How long a link in a message (opt-out) stays valid. */
  linkTtlDays: number;
  /** Patient-link redemptions per client address per window (they need no sign-in). */
  linkIpMax: number;
  linkWindowSeconds: number;
  /** How often the dispatcher expires unanswered questionnaires and finds patients who stopped coming. */
  questionnaireSweepSeconds: number;
}

/** Express `trust proxy`: false (the socket address is the client), true, a hop count, or addresses. */
export type TrustProxy = boolean | number | string;

/** Per-document limits enforced by GraphQL Armor before anything is executed. */
export interface GraphQLLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

// Accepts what Express accepts, except that "true" trusts every hop, which is right only when the
// API cannot be reached except through the proxy.
function trustProxy(env: Env): TrustProxy {
  const raw = env.TRUST_PROXY?.trim();
  if (raw === undefined || raw === '' || ['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  if (['true', 'yes'].includes(raw.toLowerCase())) return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^[\w.:/, -]+$/.test(raw)) return raw;
  throw new ConfigError('TRUST_PROXY', `must be false, true, a hop count or a list of proxy addresses, got "${raw}"`);
}

/** Seconds, fractions allowed (short intervals in tests). */
function seconds(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+(\.\d+)?$/.test(raw)) throw new ConfigError(name, `must be a number of seconds, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be a URL (${protocols.join(' or ')}), got something else`);
  }
  if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) {
    throw new ConfigError(name, `must be a ${protocols.join(' or ')} URL, got ${parsed.protocol}`);
  }
  return raw;
}

function messaging(env: Env, port: number): MessagingConfig {
  const smtpUrl = url(env, 'SMTP_URL', ['smtp', 'smtps']);
  const mailFrom = env.MAIL_FROM || null;
  if (smtpUrl && !mailFrom) throw new ConfigError('MAIL_FROM', 'is required when SMTP_URL is set (the sender address)');
  if (mailFrom && !/^[^\s@<>]+@[^\s@<>]+$|<[^\s@<>]+@[^\s@<>]+>$/.test(mailFrom)) {
    throw new ConfigError('MAIL_FROM', `must be an email address or "Name <address>", got "${mailFrom}"`);
  }
  const twilioVars = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'] as const;
  const given = twilioVars.filter((name) => env[name]);
  if (given.length && given.length < twilioVars.length) {
    const missing = twilioVars.find((name) => !env[name])!;
    throw new ConfigError(missing, `is required when ${given.join(' and ')} ${given.length > 1 ? 'are' : 'is'} set`);
  }
  const baseUrl = url(env, 'TWILIO_BASE_URL', ['https', 'http']) ?? 'https://api.twilio.com';
  return {
    smtpUrl,
    mailFrom,
    twilio: given.length
      ? {
          accountSid: env.TWILIO_ACCOUNT_SID!,
          authToken: env.TWILIO_AUTH_TOKEN!,
          from: env.TWILIO_FROM!,
          baseUrl: baseUrl.replace(/\/+$/, ''),
        }
      : null,
    publicUrl: (url(env, 'PUBLIC_URL', ['https', 'http']) ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    dispatch: bool(env, 'MESSAGE_DISPATCH', true),
    pollSeconds: seconds(env, 'MESSAGE_POLL_SECONDS', 5, 0.5, 3600),
    retryLimit: integer(env, 'MESSAGE_RETRY_LIMIT', 5, 0, 100),
    retryDelaySeconds: integer(env, 'MESSAGE_RETRY_DELAY_SECONDS', 60, 1, 24 * 3600),
    linkTtlDays: integer(env, 'PATIENT_LINK_TTL_DAYS', 60, 1, 3650),
    linkIpMax: integer(env, 'PATIENT_LINK_IP_MAX', 30, 1, 1000000),
    linkWindowSeconds: integer(env, 'PATIENT_LINK_WINDOW_SECONDS', 3600, 1, 24 * 3600),
    questionnaireSweepSeconds: seconds(env, 'QUESTIONNAIRE_SWEEP_SECONDS', 300, 1, 24 * 3600),
  };
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** The JWT secret: JWT_SECRET when given, else one generated once and kept in DATA_DIR. */
function jwtSecret(env: Env, dataDir: string): string {
  const given = env.JWT_SECRET;
  if (given !== undefined) {
    if (given.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
    return given;
  }
  if (env.DATABASE_URL) {
    throw new ConfigError('JWT_SECRET', 'is required when DATABASE_URL is set (every API process must share it)');
  }
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a postgresql:// URL');
  }
  const dataDir = path.resolve(cwd, env.DATA_DIR || '.data');
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  const port = integer(env, 'PORT', 3000, 0, 65535);
  return {
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir,
    jwtSecret: jwtSecret(env, dataDir),
    jwtTtlSeconds: integer(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
    loginMaxFailures: integer(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginWindowSeconds: integer(env, 'LOGIN_WINDOW_SECONDS', 15 * 60, 1, 24 * 3600),
    loginIpMaxFailures: integer(env, 'LOGIN_IP_MAX_FAILURES', 50, 1, 100000),
    signUpIpMax: integer(env, 'SIGNUP_IP_MAX', 20, 1, 100000),
    signUpWindowSeconds: integer(env, 'SIGNUP_WINDOW_SECONDS', 3600, 1, 24 * 3600),
    rateLimitWindowSeconds: integer(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 3600),
    rateLimitPerIp: integer(env, 'RATE_LIMIT_PER_IP', 1200, 1, 1000000),
    rateLimitPerUser: integer(env, 'RATE_LIMIT_PER_USER', 600, 1, 1000000),
    trustProxy: trustProxy(env),
    graphqlLimits: {
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 12, 2, 100),
      maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 20, 0, 1000),
      maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', 1000, 100, 100000),
      maxCost: integer(env, 'GRAPHQL_MAX_COST', 2500, 100, 1000000),
    },
    // The schema is public in the repository, but a production API should not hand a stranger the
    // map of every operation and field; the admin carries its own copy (see the admin's dataProvider).
    graphqlIntrospection: bool(env, 'GRAPHQL_INTROSPECTION', env.NODE_ENV !== 'production'),
    logLevel,
    // Demo accounts share a published password: never by default on a production database.
    seedDemo: bool(env, 'SEED_DEMO', env.NODE_ENV !== 'production'),
    adminDist: env.ADMIN_DIST || null,
    shutdownGraceSeconds: integer(env, 'SHUTDOWN_GRACE_SECONDS', 10, 0, 600),
    messaging: messaging(env, port),
    sqlStatementCount: bool(env, 'SQL_STATEMENT_COUNT', false),
  };
}
