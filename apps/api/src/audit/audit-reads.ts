// Reads are audited once per request and entity type, listing every id returned, instead of one row
// per record: a chart of 40 assessments is one event, not 40. Services report reads as they happen;
// they are held here per request and written once by AuditReadsPlugin before the response is sent.
import type { Actor, RequestContext } from '../common/request-context.js';
import type { AuditEntity } from './audit-action.js';

export interface ReadRecord {
  entityId: string | null;
  patientId: string | null;
}

export interface PendingRead {
  actor: Actor;
  entity: AuditEntity;
  entityIds: Set<string>;
  patientIds: Set<string>;
}

/** The reads of each open GraphQL request, by its context; a context is absent outside GraphQL. */
const pending = new WeakMap<RequestContext, Map<string, PendingRead>>();

export function openReads(context: RequestContext): void {
  if (!pending.has(context)) pending.set(context, new Map());
}

/** Adds reads to the request's pending event of that actor and entity; false when no request holds them. */
export function holdReads(context: RequestContext | undefined, actor: Actor, entity: AuditEntity, reads: ReadRecord[]): boolean {
  const held = context && pending.get(context);
  if (!held) return false;
  if (reads.length === 0) return true; // nothing was returned, so nothing was read
  const key = `${actor.userId} ${entity}`;
  const read = held.get(key) ?? { actor, entity, entityIds: new Set<string>(), patientIds: new Set<string>() };
  held.set(key, read);
  for (const r of reads) {
    if (r.entityId) read.entityIds.add(r.entityId);
    if (r.patientId) read.patientIds.add(r.patientId);
  }
  return true;
}

/** Takes the request's pending reads, leaving none, so a batch's later operations write only their own. */
export function takeReads(context: RequestContext): PendingRead[] {
  const held = pending.get(context);
  if (!held) return [];
  const reads = [...held.values()];
  held.clear();
  return reads;
}
