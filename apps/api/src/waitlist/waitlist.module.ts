import { Module } from '@nestjs/common';
import { MessagesModule } from '../messages/messages.module.js';
import { WaitlistOffersService } from './waitlist-offers.service.js';
import { WaitlistRepository } from './waitlist.repository.js';
import { WaitlistResolver } from './waitlist.resolver.js';
import { WaitlistService } from './waitlist.service.js';

/** The wait list and the offers of freed time made to it. Claims are in the patient portal. */
@Module({
  imports: [MessagesModule],
  providers: [WaitlistRepository, WaitlistService, WaitlistResolver, WaitlistOffersService],
  exports: [WaitlistOffersService, WaitlistRepository],
})
export class WaitlistModule {}
