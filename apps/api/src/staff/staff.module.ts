import { Module } from '@nestjs/common';
import { StaffRepository } from './staff.repository.js';
import { StaffResolver } from './staff.resolver.js';
import { StaffService } from './staff.service.js';

@Module({ providers: [StaffResolver, StaffService, StaffRepository] })
export class StaffModule {}
