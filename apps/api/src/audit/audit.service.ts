// Writes the audit trail: who (actor and role), what (action), which record (entity, entity ids,
// patient ids, the names of the fields a change set), when, and the request id. Ids only, never
// patient data. Writes are recorded inside the transaction of the write, so both commit together;
// reads are held per request and written once per entity type (see audit-reads.ts).
import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError } from '../common/app-error.js';
import { pageRequest } from '../common/graphql/list.args.js';
import { currentContext, currentStaff, type Actor } from '../common/request-context.js';
import type { TenantTransaction } from '../database/prisma.service.js';
import type { AuditEvent } from '../generated/prisma/client.js';
import { AuditAction, type AuditEntity } from './audit-action.js';
import { AUDIT_CSV_HEADER, auditCsvLines } from './audit-csv.js';
import { holdReads, type PendingRead } from './audit-reads.js';
import type { AuditEventFilter, AuditEventListArgs } from './audit.inputs.js';
import { AuditRepository, type AuditEventData } from './audit.repository.js';

export interface AuditEntry {
  action: AuditAction | `${AuditAction}`;
  entity: AuditEntity;
  entityId: string | null;
  patientId: string | null;
  /** For a change: the names of the fields it set. */
  fields?: string[];
}

/** The most events one CSV export carries. */
export const CSV_MAX_ROWS = 50_000;
/**
 * The most text one export carries. A read event lists every record it returned, so 50,000 of them can
 * make 90 MB of CSV; read in one piece they took the API process to 820 MB resident (measured with a
 * 50,000-event log of 25-record reads), and under the API's heap limit (config/node-flags.ts) ended it.
 */
export const CSV_MAX_BYTES = 16 * 1024 * 1024;
/** Events read per statement: one page's rows are in memory at a time, never the whole export's. */
const CSV_PAGE_ROWS = 2_000;

export const AUDIT_SORTABLE = ['at', 'action', 'entity', 'actorId', 'actorRole'] as const;

/** The one-event form of a request's reads of one entity type. */
export function readEvent(read: PendingRead, requestId: string | null): AuditEventData {
  const entityIds = [...read.entityIds];
  const patientIds = [...read.patientIds];
  return {
    actorId: read.actor.userId,
    actorRole: read.actor.role,
    action: AuditAction.READ,
    entity: read.entity,
    entityId: entityIds.length === 1 ? entityIds[0]! : null,
    entityIds,
    patientId: patientIds.length === 1 ? patientIds[0]! : null,
    patientIds,
    fields: [],
    requestId,
  };
}

function writeEvent(e: AuditEntry, actor: Pick<Actor, 'userId' | 'role'>, requestId: string | null): AuditEventData {
  return {
    actorId: actor.userId,
    actorRole: actor.role,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    entityIds: e.entityId ? [e.entityId] : [],
    patientId: e.patientId,
    patientIds: e.patientId ? [e.patientId] : [],
    fields: e.fields ?? [],
    requestId,
  };
}

@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  record(entry: AuditEntry, tx?: TenantTransaction): Promise<void> {
    return this.recordMany([entry], tx);
  }

  /**
   * Writes by staff are one event each. Reads (READ) join the request's single event for their entity type,
   * written when the response is sent; outside a GraphQL request they are written at once, one per type.
   */
  async recordMany(entries: AuditEntry[], tx?: TenantTransaction): Promise<void> {
    // The log is of staff: a patient acting through a link (a wait-list claim books a session) has
    // no staff account to name, and the record itself keeps that the patient did it.
    const actor = currentStaff();
    if (!actor) return;
    const context = currentContext();
    const requestId = context?.requestId ?? null;
    const writes = entries.filter((e) => e.action !== AuditAction.READ);
    const unheld: AuditEventData[] = [];
    for (const entity of new Set(entries.filter((e) => e.action === AuditAction.READ).map((e) => e.entity))) {
      const reads = entries.filter((e) => e.action === AuditAction.READ && e.entity === entity);
      if (!holdReads(context, actor, entity, reads)) {
        unheld.push(
          readEvent(
            {
              actor,
              entity,
              entityIds: new Set(reads.flatMap((r) => (r.entityId ? [r.entityId] : []))),
              patientIds: new Set(reads.flatMap((r) => (r.patientId ? [r.patientId] : []))),
            },
            requestId,
          ),
        );
      }
    }
    await this.audit.insert([...writes.map((e) => writeEvent(e, actor, requestId)), ...unheld], tx);
  }

  /** A sign-in (or a failed one) of an existing account, written in its clinic: there is no actor yet. */
  recordLogin(user: { id: string; clinicId: string; role: Actor['role'] }, succeeded: boolean): Promise<void> {
    const action = succeeded ? AuditAction.LOGIN : AuditAction.LOGIN_FAILED;
    const requestId = currentContext()?.requestId ?? null;
    const event = writeEvent(
      { action, entity: 'User', entityId: user.id, patientId: null },
      { userId: user.id, role: user.role },
      requestId,
    );
    return this.audit.insertInClinic(user.clinicId, event);
  }

  /** Writes a request's held reads (AuditReadsPlugin). */
  writeReads(reads: PendingRead[]): Promise<void> {
    const requestId = currentContext()?.requestId ?? null;
    return this.audit.insert(reads.map((r) => readEvent(r, requestId)));
  }

  async get(id: string): Promise<AuditEvent> {
    const event = await this.audit.findById(id);
    if (!event) throw new NotFoundError('AuditEvent', id);
    return event;
  }

  list(args: AuditEventListArgs): Promise<AuditEvent[]> {
    return this.audit.list(args.filter ?? {}, pageRequest({ ...args, sortOrder: args.sortOrder ?? 'DESC' }, AUDIT_SORTABLE, 'at'));
  }

  count(args: AuditEventListArgs): Promise<number> {
    return this.audit.count(args.filter ?? {});
  }

  /**
   * Every event the filter selects, oldest first, as CSV, read a page at a time; a range too large to
   * send at once (more than CSV_MAX_ROWS events, counted before any is read, or CSV_MAX_BYTES) is refused.
   */
  async exportCsv(filter: AuditEventFilter = {}): Promise<string> {
    const tooMany = () => BadInputError.field('filter', `selects more than ${CSV_MAX_ROWS} events; export a shorter range`);
    if ((await this.audit.count(filter)) > CSV_MAX_ROWS) throw tooMany();
    const parts = [AUDIT_CSV_HEADER];
    let bytes = AUDIT_CSV_HEADER.length;
    let rows = 0;
    for (let after: { at: Date; id: string } | undefined; ;) {
      const page = await this.audit.exportRows(filter, CSV_PAGE_ROWS, after);
      rows += page.length;
      // Events are appended while we read: the count above is a moment ago.
      if (rows > CSV_MAX_ROWS) throw tooMany();
      const text = auditCsvLines(page);
      bytes += Buffer.byteLength(text);
      if (bytes > CSV_MAX_BYTES) {
        throw BadInputError.field('filter', `selects more than ${CSV_MAX_BYTES / 1024 / 1024} MB of events; export a shorter range`);
      }
      parts.push(text);
      if (page.length < CSV_PAGE_ROWS) return parts.join('');
      const last = page.at(-1)!;
      after = { at: last.at, id: last.id };
    }
  }
}
