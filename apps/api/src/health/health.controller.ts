import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/access.decorators.js';
import { HealthRepository } from './health.repository.js';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthRepository) {}

  /** Readiness: 200 when PostgreSQL answers, 503 otherwise. */
  @Public()
  @Get()
  async check(@Res() res: Response): Promise<void> {
    const started = Date.now();
    try {
      const migrationsApplied = await this.health.migrationsApplied();
      res.status(HttpStatus.OK).json({ status: 'ok', database: { status: 'up', latencyMs: Date.now() - started, migrationsApplied } });
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'unavailable', database: { status: 'down' } });
    }
  }
}
