// Per-request state (request id, the authenticated staff member) carried through async calls, so that
// tenant scoping and logging read it in one place instead of threading it through every signature.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '../generated/prisma/enums.js';

export interface Actor {
  userId: string;
  clinicId: string;
  role: Role;
  name: string;
  email: string;
}

export interface RequestContext {
  requestId: string;
  actor?: Actor;
  /** The GraphQL document the request sent, read when an error must be placed in it. */
  document?: () => string | undefined;
  /** SQL statements this request sent to PostgreSQL; present only when SQL_STATEMENT_COUNT is on. */
  sqlStatements?: { count: number };
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

/** The signed-in staff member, if any (work done through a patient link has none). */
export function currentStaff(): Actor | undefined {
  return storage.getStore()?.actor;
}

/** The authenticated actor; the auth guard guarantees one on every non-public operation. */
export function currentActor(): Actor {
  const actor = storage.getStore()?.actor;
  if (!actor) throw new Error('No authenticated actor in this request context');
  return actor;
}
