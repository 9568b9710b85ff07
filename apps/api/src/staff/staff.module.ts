import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { StaffRepository } from './staff.repository.js';
import { StaffResolver } from './staff.resolver.js';
import { StaffService } from './staff.service.js';

@Module({ imports: [AuditModule], providers: [StaffResolver, StaffService, StaffRepository] })
export class StaffModule {}
