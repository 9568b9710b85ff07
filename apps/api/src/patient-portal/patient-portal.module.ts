import { Module } from '@nestjs/common';
import { MessagesModule } from '../messages/messages.module.js';
import { RemindersModule } from '../reminders/reminders.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { WaitlistModule } from '../waitlist/waitlist.module.js';
import { CalendarController } from './calendar.controller.js';
import { PatientPortalRepository } from './patient-portal.repository.js';
import { PatientPortalResolver } from './patient-portal.resolver.js';
import { PatientPortalService } from './patient-portal.service.js';

/** What patients do from the links in their messages: confirm, cancel, add to calendar, claim an offer. */
@Module({
  imports: [MessagesModule, RemindersModule, SchedulingModule, WaitlistModule],
  controllers: [CalendarController],
  providers: [PatientPortalRepository, PatientPortalService, PatientPortalResolver],
})
export class PatientPortalModule {}
