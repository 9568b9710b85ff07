// The audit trail, its own module so that every slice that reads or writes clinical records, the
// schedule, staff or settings (clinical, scheduling, outcomes, staff, auth) can record events without
// depending on each other.
import { Module } from '@nestjs/common';
import { AuditReadsPlugin } from './audit-reads.plugin.js';
import { AuditRepository } from './audit.repository.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';
import './audit-action.js';

@Module({
  providers: [AuditRepository, AuditService, AuditResolver, AuditReadsPlugin],
  exports: [AuditService],
})
export class AuditModule {}
