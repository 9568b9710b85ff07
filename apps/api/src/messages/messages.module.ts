import { Module } from '@nestjs/common';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { MessageDeliveryService } from './message-delivery.service.js';
import { MessageDispatcher } from './message-dispatcher.js';
import { MessageTransports } from './message-transports.js';
import { MessagesRepository } from './messages.repository.js';
import { MessagesResolver } from './messages.resolver.js';
import { MessagesService } from './messages.service.js';
import { OptOutRepository } from './opt-out.repository.js';
import { OptOutResolver } from './opt-out.resolver.js';
import { OptOutService } from './opt-out.service.js';
import { PatientLinksRepository } from './patient-links.repository.js';
import { PatientLinkRateLimit } from './patient-link-rate-limit.js';

/** Patients in the loop: the outbox, its dispatcher and channels, consent and opt-out links. */
@Module({
  imports: [RateLimitModule],
  providers: [
    MessagesRepository,
    MessagesService,
    MessagesResolver,
    MessageTransports,
    MessageDeliveryService,
    MessageDispatcher,
    OptOutRepository,
    OptOutService,
    OptOutResolver,
    PatientLinksRepository,
    PatientLinkRateLimit,
  ],
  exports: [MessagesService, PatientLinksRepository, PatientLinkRateLimit],
})
export class MessagesModule {}
