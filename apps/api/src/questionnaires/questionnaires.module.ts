import { Module } from '@nestjs/common';
import { MessagesModule } from '../messages/messages.module.js';
import { DemoQuestionnairesSeeder } from './demo-questionnaires.seeder.js';
import { PatientQuestionnaireService } from './patient-questionnaire.service.js';
import { QuestionnaireRequestsRepository } from './questionnaire-requests.repository.js';
import { QuestionnaireRequestsService } from './questionnaire-requests.service.js';
import { QuestionnaireSweeper } from './questionnaire-sweeper.js';
import { QuestionnairesResolver } from './questionnaires.resolver.js';

/** Questionnaires at home: requests planned from an episode's life, sent by link, answered on the patient page. */
@Module({
  imports: [MessagesModule],
  providers: [
    QuestionnaireRequestsRepository,
    QuestionnaireRequestsService,
    PatientQuestionnaireService,
    QuestionnaireSweeper,
    QuestionnairesResolver,
    DemoQuestionnairesSeeder,
  ],
  exports: [QuestionnaireRequestsService, QuestionnaireSweeper, DemoQuestionnairesSeeder],
})
export class QuestionnairesModule {}
