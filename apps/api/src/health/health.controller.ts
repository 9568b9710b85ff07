import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/access.decorators.js';
import { PrismaService } from '../database/prisma.service.js';

@Controller('health')
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

  /** Readiness: 200 when PostgreSQL answers, 503 otherwise. */
  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    try {
      const [row] = await this.prisma.system.$queryRaw<{ migrations: bigint }[]>`SELECT count(*) AS migrations FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
      res.status(HttpStatus.OK).json({ status: 'ok', database: { status: 'up', latencyMs: Date.now() - started, migrationsApplied: Number(row?.migrations ?? 0) } });
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'unavailable', database: { status: 'down' } });
    }
  }
}
