import { Module } from '@nestjs/common';
import { MessagesModule } from '../messages/messages.module.js';
import { RemindersRepository } from './reminders.repository.js';
import { SessionMessagesService } from './session-messages.service.js';

/** The messages a session's life sends its patient (reminders, cancellation notices). */
@Module({
  imports: [MessagesModule],
  providers: [RemindersRepository, SessionMessagesService],
  exports: [SessionMessagesService],
})
export class RemindersModule {}
