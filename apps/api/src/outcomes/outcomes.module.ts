import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ClinicalModule } from '../clinical/clinical.module.js';
import { ClinicOutcomesRepository } from './clinic-outcomes.repository.js';
import { ClinicOutcomesService } from './clinic-outcomes.service.js';
import { OutcomesResolver } from './outcomes.resolver.js';
import { PatientOutcomesRepository } from './patient-outcomes.repository.js';
import { PatientOutcomesService } from './patient-outcomes.service.js';

@Module({
  imports: [AuditModule, ClinicalModule],
  providers: [OutcomesResolver, PatientOutcomesService, PatientOutcomesRepository, ClinicOutcomesService, ClinicOutcomesRepository],
})
export class OutcomesModule {}
