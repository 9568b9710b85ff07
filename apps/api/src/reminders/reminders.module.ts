import { Module } from '@nestjs/common';
import { MessagesModule } from '../messages/messages.module.js';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module.js';
import { ReminderEffectRepository } from './reminder-effect.repository.js';
import { ReminderEffectResolver } from './reminder-effect.resolver.js';
import { RemindersRepository } from './reminders.repository.js';
import { SessionMessagesService } from './session-messages.service.js';

/** The messages a session's life sends its patient (reminders, cancellation notices). */
@Module({
  imports: [MessagesModule, QuestionnairesModule],
  providers: [RemindersRepository, SessionMessagesService, ReminderEffectRepository, ReminderEffectResolver],
  exports: [SessionMessagesService],
})
export class RemindersModule {}
