// Clinical records: screening and clearance, episodes of care, assessments and treatment notes (reads, amendments),
// each read and write audited through AuditModule. Access to a patient's record is decided by ClinicalAccessService alone.
import { QuestionnaireRequestsListRepository } from './questionnaires/questionnaire-requests-list.repository.js';
import { QuestionnaireRequestsListResolver } from './questionnaires/questionnaire-requests-list.resolver.js';
import { QuestionnaireRequestsListService } from './questionnaires/questionnaire-requests-list.service.js';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module.js';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ClinicalAccessRepository } from './access/clinical-access.repository.js';
import { ClinicalAccessService } from './access/clinical-access.service.js';
import { AssessmentsRepository } from './assessments/assessments.repository.js';
import { AssessmentsResolver } from './assessments/assessments.resolver.js';
import { AssessmentsService } from './assessments/assessments.service.js';
import { EpisodesRepository } from './episodes/episodes.repository.js';
import { EpisodesResolver } from './episodes/episodes.resolver.js';
import { EpisodesService } from './episodes/episodes.service.js';
import { TreatmentNotesRepository } from './notes/treatment-notes.repository.js';
import { TreatmentNotesResolver } from './notes/treatment-notes.resolver.js';
import { TreatmentNotesService } from './notes/treatment-notes.service.js';
import { ScreeningRepository } from './screening/screening.repository.js';
import { StaffDirectoryRepository } from './staff-directory.repository.js';
import { SessionPrecautionsResolver } from './screening/session-precautions.resolver.js';
import { ScreeningResolver } from './screening/screening.resolver.js';
import { ScreeningService } from './screening/screening.service.js';
import './clinical.enums.js';

@Module({
  imports: [AuditModule, QuestionnairesModule],
  providers: [
    QuestionnaireRequestsListRepository,
    QuestionnaireRequestsListService,
    QuestionnaireRequestsListResolver,
    ClinicalAccessRepository,
    ClinicalAccessService,
    ScreeningRepository,
    ScreeningService,
    ScreeningResolver,
    SessionPrecautionsResolver,
    EpisodesRepository,
    EpisodesService,
    EpisodesResolver,
    AssessmentsRepository,
    AssessmentsService,
    AssessmentsResolver,
    StaffDirectoryRepository,
    TreatmentNotesRepository,
    TreatmentNotesService,
    TreatmentNotesResolver,
  ],
  exports: [ClinicalAccessService, EpisodesService],
})
export class ClinicalModule {}
