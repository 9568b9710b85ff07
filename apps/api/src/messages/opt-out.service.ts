import { Inject, Injectable } from '@nestjs/common';
import { BadInputError, ConflictError } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { MessageChannel } from '../generated/prisma/enums.js';
import { PatientLinkRateLimit } from './patient-link-rate-limit.js';
import { OptOutRepository } from './opt-out.repository.js';
import { verifyPatientLink, type LinkProblem } from './patient-link.js';

const PROBLEMS: Record<LinkProblem, string> = {
  INVALID: 'This link is not valid. Please contact the clinic.',
  EXPIRED: 'This link has expired. Please contact the clinic.',
  WRONG_PURPOSE: 'This link is not an opt-out link.',
};

@Injectable()
export class OptOutService {
  constructor(
    private readonly optOuts: OptOutRepository,
    private readonly rate: PatientLinkRateLimit,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Withdraws consent for the link's channel. Anyone holding the link may; no sign-in. */
  async optOut(token: string, clientIp: string): Promise<MessageChannel> {
    await this.rate.assertAllowed(clientIp);
    const link = verifyPatientLink(token, 'OPT_OUT', this.config.jwtSecret);
    if ('problem' in link) throw BadInputError.field('token', PROBLEMS[link.problem]);
    if (!(await this.optOuts.withdrawConsent(link))) {
      throw new ConflictError('This link has already been used: you are unsubscribed.', { field: 'token' });
    }
    return link.channel;
  }
}
