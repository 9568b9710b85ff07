// The audit trail of clinical data, its own module so that every slice that reads or writes clinical
// records (clinical, scheduling, outcomes) can record events without depending on each other.
import { Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';
import './audit-action.js';

@Module({
  providers: [AuditRepository, AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
