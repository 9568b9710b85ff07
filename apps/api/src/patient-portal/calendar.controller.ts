import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/access.decorators.js';
import { AppError, ErrorCode } from '../common/app-error.js';
import { clientIp } from '../rate-limit/client-ip.js';
import { PatientPortalService } from './patient-portal.service.js';

/** "Add to calendar": the invitation file itself, so a phone opens it in its calendar app. */
@Controller('p')
export class CalendarController {
  constructor(private readonly portal: PatientPortalService) {}

  @Public()
  @Get('calendar.ics')
  async calendar(@Query('token') token: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('cache-control', 'no-store');
    if (typeof token !== 'string' || token.length === 0 || token.length > 1000) {
      res.status(400).type('text/plain').send('This link is not valid. Please contact the clinic.');
      return;
    }
    try {
      const calendar = await this.portal.calendar(token, clientIp(req));
      res.status(200).type('text/calendar; charset=utf-8').setHeader('content-disposition', 'attachment; filename="appointment.ics"');
      res.send(calendar);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const status = error.code === ErrorCode.RATE_LIMITED ? 429 : error.code === ErrorCode.BAD_USER_INPUT ? 400 : 409;
      res
        .status(status)
        .type('text/plain')
        .send(error.message.replace(/^token: /, ''));
    }
  }
}
