import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { MessagesModule } from '../messages/messages.module.js';
import { StaffInvitesRepository } from './staff-invites.repository.js';
import { StaffInvitesResolver } from './staff-invites.resolver.js';
import { StaffInvitesService } from './staff-invites.service.js';
import { StaffRepository } from './staff.repository.js';
import { StaffResolver } from './staff.resolver.js';
import { StaffService } from './staff.service.js';

@Module({
  imports: [AuditModule, MessagesModule],
  providers: [StaffResolver, StaffService, StaffRepository, StaffInvitesResolver, StaffInvitesService, StaffInvitesRepository],
})
export class StaffModule {}
