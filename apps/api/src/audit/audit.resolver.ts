import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access.decorators.js';
import { Role } from '../common/graphql/enums.js';
import { IdArgs } from '../common/graphql/id.args.js';
import { ListMetadata } from '../common/graphql/list.args.js';
import type { AuditEvent } from '../generated/prisma/client.js';
import { AuditEventModel } from './audit-event.model.js';
import { AuditCsvArgs, AuditEventListArgs } from './audit.inputs.js';
import { AuditService } from './audit.service.js';

/** The audit log: read only, for owners only, and its CSV export. */
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

  @Roles(Role.OWNER)
  @Query(() => String, {
    description: 'The events the filter selects, oldest first, as CSV text (header line first); at most 50,000 events',
  })
  auditEventsCsv(@Args() { filter }: AuditCsvArgs): Promise<string> {
    return this.audit.exportCsv(filter);
  }
}
