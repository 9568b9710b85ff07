// Which tables a distributed PostgreSQL (Citus) would shard by clinicId, and which stay global. The
// distributed tables are read from prisma/schema.prisma (every model with a clinicId not named global
// below), so a new tenant table is audited from the day it exists; a new model without clinicId fails
// the audit until it is named below with the reason it may stay global.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const SCHEMA_FILE = path.resolve(__dirname, '../../../../prisma/schema.prisma');

/** Distributed tables: the column that names the clinic of a row. */
export type DistributionColumns = ReadonlyMap<string, string>;

/**
 * Tables that stay whole rather than be sharded by clinic, and why: reference tables (replicated to
 * every node, so any query and any join to them stays on one node) and coordinator-local tables.
 */
export const GLOBAL_TABLES: Readonly<Record<string, string>> = {
  Clinic:
    'reference table: the tenants themselves, one small row per clinic; User (a reference table) refers to it, and Citus lets reference tables refer only to reference tables',
  User: 'reference table: staff emails are unique across clinics and login finds a user by email before the clinic is known; Citus can enforce a uniqueness without the distribution column only on a reference table. Staff only, rarely written',
  LoginThrottle:
    'coordinator-local: failed-login counters keyed by email or address, counted before anyone is signed in, so before the clinic is known',
  RateLimitCounter:
    'coordinator-local: request and sign-up counters keyed by address or user, checked before the clinic is known on every request (a reference table would write to every node)',
  UsedPatientLink:
    'the one-use ledger of patient-link token ids (jti): a link is spent across every clinic, and its row holds no patient data',
};

/** Tables outside the Prisma schema the API may touch, and why they are global. */
export const GLOBAL_SCHEMAS: Readonly<Record<string, string>> = {
  pgboss:
    "pg-boss's job queue (its own schema): jobs name a message id and clinic in their payload, the queue itself is one for all clinics",
  pg_catalog: 'the system catalog',
  information_schema: 'the system catalog',
};

export const GLOBAL_PUBLIC_TABLES: Readonly<Record<string, string>> = {
  _prisma_migrations: 'the migration ledger, read by the migration engine on the coordinator',
};

export interface TableModel {
  distribution: DistributionColumns;
  global: ReadonlySet<string>;
  /** Models that are neither distributed nor named global: the audit fails on them. */
  unclassified: string[];
}

export function readTableModel(schema = readFileSync(SCHEMA_FILE, 'utf8')): TableModel {
  const distribution = new Map<string, string>();
  const global = new Set<string>(Object.keys(GLOBAL_PUBLIC_TABLES));
  const unclassified: string[] = [];
  for (const match of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const [, name, body] = match as unknown as [string, string, string];
    if (/@@map\(/.test(body)) throw new Error(`model ${name} maps to another table name: teach tables.ts about @@map`);
    if (name in GLOBAL_TABLES) global.add(name);
    else if (/^\s+clinicId\s/m.test(body)) distribution.set(name, 'clinicId');
    else unclassified.push(name);
  }
  return { distribution, global, unclassified };
}

/**
 * Statements that read a distributed table across clinics by design, each with its reason. The audit
 * lists them on every run; anything else across clinics fails it.
 */
export const CROSS_CLINIC_STATEMENTS: readonly { table: string; sql: RegExp; why: string }[] = [
  {
    table: 'Message',
    sql: /^UPDATE "Message" SET "queuedAt" = now\(\) WHERE "id" IN \(SELECT "id" FROM "Message" WHERE "status" = 'SCHEDULED'/,
    why:
      'the outbox relay (message-relay.repository.ts) claims due messages of every clinic for the one job queue. ' +
      'Under Citus this scan would run on each worker (or per clinic), not as one multi-shard UPDATE with LIMIT and SKIP LOCKED',
  },
];

/** The allowance a statement's finding on `table` falls under, if any (whitespace-insensitive). */
export function crossClinicAllowance(table: string, sql: string): string | undefined {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return CROSS_CLINIC_STATEMENTS.find((allowed) => allowed.table === table && allowed.sql.test(flat))?.why;
}
