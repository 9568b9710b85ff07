// Holds a GraphQL request's audited reads while it executes and writes them, one event per entity
// type, before the response is sent: if that write fails the request fails, so no read goes unrecorded.
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { currentContext } from '../common/request-context.js';
import { openReads, takeReads } from './audit-reads.js';
import { AuditService } from './audit.service.js';

@Plugin()
export class AuditReadsPlugin implements ApolloServerPlugin {
  constructor(private readonly audit: AuditService) {}

  requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const context = currentContext();
    if (context) openReads(context);
    return Promise.resolve({
      willSendResponse: async () => {
        if (!context) return;
        const reads = takeReads(context);
        if (reads.length > 0) await this.audit.writeReads(reads);
      },
    });
  }
}
