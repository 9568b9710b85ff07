// Scheduling: therapists' hours and time off, rooms and service types, clinic booking settings,
// availability, booking (single and series) and the session lifecycle.
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PatientsModule } from '../patients/patients.module.js';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module.js';
import { RemindersModule } from '../reminders/reminders.module.js';
import { WaitlistModule } from '../waitlist/waitlist.module.js';
import { AvailabilityResolver } from './availability/availability.resolver.js';
import { AvailabilityService } from './availability/availability.service.js';
import { BookingChecksService } from './booking/booking-checks.service.js';
import { BookingPartiesService } from './booking/booking-parties.service.js';
import { BookingRepository } from './booking/booking.repository.js';
import { BookingResolver } from './booking/booking.resolver.js';
import { BookingService } from './booking/booking.service.js';
import { RescheduleService } from './booking/reschedule.service.js';
import { CatalogRepository } from './catalog/catalog.repository.js';
import { RoomsResolver, ServiceTypesResolver } from './catalog/catalog.resolver.js';
import { CatalogService } from './catalog/catalog.service.js';
import { ClinicSettingsRepository } from './clinic-settings/clinic-settings.repository.js';
import { ClinicSettingsResolver } from './clinic-settings/clinic-settings.resolver.js';
import { ClinicSettingsService } from './clinic-settings/clinic-settings.service.js';
import { ScheduleRepository } from './schedule/schedule.repository.js';
import { SessionLifecycleService } from './sessions/session-lifecycle.service.js';
import { SessionRevertResolver } from './sessions/session-revert.resolver.js';
import { SessionRevertService } from './sessions/session-revert.service.js';
import { SessionsRepository } from './sessions/sessions.repository.js';
import { SessionsResolver } from './sessions/sessions.resolver.js';
import { SessionsService } from './sessions/sessions.service.js';
import { TherapistScheduleService } from './therapists/therapist-schedule.service.js';
import { TherapistsRepository } from './therapists/therapists.repository.js';
import { TherapistsResolver } from './therapists/therapists.resolver.js';
import { TherapistsService } from './therapists/therapists.service.js';

@Module({
  imports: [AuditModule, PatientsModule, QuestionnairesModule, RemindersModule, WaitlistModule],
  providers: [
    ClinicSettingsRepository,
    ClinicSettingsService,
    ClinicSettingsResolver,
    TherapistsRepository,
    TherapistsService,
    TherapistScheduleService,
    TherapistsResolver,
    CatalogRepository,
    CatalogService,
    RoomsResolver,
    ServiceTypesResolver,
    ScheduleRepository,
    AvailabilityService,
    AvailabilityResolver,
    BookingChecksService,
    BookingPartiesService,
    BookingRepository,
    BookingService,
    BookingResolver,
    RescheduleService,
    SessionsRepository,
    SessionsService,
    SessionLifecycleService,
    SessionsResolver,
    SessionRevertService,
    SessionRevertResolver,
  ],
  exports: [SessionsRepository, TherapistsRepository, BookingService, SessionLifecycleService, ClinicSettingsRepository],
})
export class SchedulingModule {}
