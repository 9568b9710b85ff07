// Writes the audit trail of clinical data: who (actor and role), what (action), which record (entity,
// entity id, patient id), when, and the request id. Ids only, never patient data. Services call it
// after a read and inside the transaction of a write, so a write and its audit event commit together.
import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../common/app-error.js';
import { pageRequest } from '../common/graphql/list.args.js';
import { currentActor, currentContext } from '../common/request-context.js';
import type { TenantTransaction } from '../database/prisma.service.js';
import type { AuditEvent } from '../generated/prisma/client.js';
import type { AuditAction, AuditEntity } from './audit-action.js';
import type { AuditEventListArgs } from './audit.inputs.js';
import { AuditRepository } from './audit.repository.js';

export interface AuditEntry {
  action: AuditAction | `${AuditAction}`;
  entity: AuditEntity;
  entityId: string | null;
  patientId: string | null;
}

const SORTABLE = ['at', 'action', 'entity', 'actorId'] as const;

@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  record(entry: AuditEntry, tx?: TenantTransaction): Promise<void> {
    return this.recordMany([entry], tx);
  }

  /** One event per record, e.g. for each assessment a list returned. */
  recordMany(entries: AuditEntry[], tx?: TenantTransaction): Promise<void> {
    const actor = currentActor();
    const requestId = currentContext()?.requestId ?? null;
    return this.audit.insert(
      entries.map((e) => ({ ...e, actorId: actor.userId, actorRole: actor.role, requestId })),
      tx,
    );
  }

  async get(id: string): Promise<AuditEvent> {
    const event = await this.audit.findById(id);
    if (!event) throw new NotFoundError('AuditEvent', id);
    return event;
  }

  list(args: AuditEventListArgs): Promise<AuditEvent[]> {
    return this.audit.list(args.filter ?? {}, pageRequest({ ...args, sortOrder: args.sortOrder ?? 'DESC' }, SORTABLE, 'at'));
  }

  count(args: AuditEventListArgs): Promise<number> {
    return this.audit.count(args.filter ?? {});
  }
}
