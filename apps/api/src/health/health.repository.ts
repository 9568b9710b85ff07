import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';

@Injectable()
export class HealthRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** How many migrations finished; throws when PostgreSQL does not answer. Unscoped: health precedes any tenant. */
  async migrationsApplied(): Promise<number> {
    const [row] = await this.prisma.system.$queryRaw<
      { migrations: bigint }[]
    >`SELECT count(*) AS migrations FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    return Number(row?.migrations ?? 0);
  }
}
