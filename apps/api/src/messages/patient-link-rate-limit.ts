// Every use of a patient link (opening, confirming, cancelling, claiming, opting out, the calendar
// file) counts against the client address, in PostgreSQL so the limit holds across API processes:
// links need no sign-in, so this is what stands between them and a guessing or flooding client.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { RateLimitRepository } from '../rate-limit/rate-limit.repository.js';
import { RateLimitedError } from '../rate-limit/rate-limited.error.js';

@Injectable()
export class PatientLinkRateLimit {
  constructor(
    private readonly counters: RateLimitRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(clientIp: string): Promise<void> {
    const { linkIpMax, linkWindowSeconds } = this.config.messaging;
    const [attempts] = await this.counters.hit([`patient-link:ip:${clientIp}`], linkWindowSeconds);
    if (attempts && attempts.hits > linkIpMax) {
      throw new RateLimitedError('Too many attempts from this address. Try again later.', attempts.retryAfterSeconds);
    }
  }
}
