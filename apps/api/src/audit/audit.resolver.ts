import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access.decorators.js';
import { Role } from '../common/graphql/enums.js';
import { IdArgs } from '../common/graphql/id.args.js';
import { ListMetadata } from '../common/graphql/list.args.js';
import type { AuditEvent } from '../generated/prisma/client.js';
import { AuditEventModel } from './audit-event.model.js';
import { AuditEventListArgs } from './audit.inputs.js';
import { AuditService } from './audit.service.js';

/** The audit log: read only, for owners only. */
@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(Role.OWNER)
  @Query(() => AuditEventModel, { name: 'AuditEvent' })
  auditEvent(@Args() { id }: IdArgs): Promise<AuditEvent> {
    return this.audit.get(id);
  }

  @Roles(Role.OWNER)
  @Query(() => [AuditEventModel], { description: 'Newest first by default' })
  allAuditEvents(@Args() args: AuditEventListArgs): Promise<AuditEvent[]> {
    return this.audit.list(args);
  }

  @Roles(Role.OWNER)
  @Query(() => ListMetadata)
  async _allAuditEventsMeta(@Args() args: AuditEventListArgs): Promise<ListMetadata> {
    return { count: await this.audit.count(args) };
  }
}
