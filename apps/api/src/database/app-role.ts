// Start-up check that the server's connections are held by row-level security (see PrismaService).
import type { INestApplication } from '@nestjs/common';
import { PrismaService } from './prisma.service.js';

export function assertRunsAsAppRole(app: INestApplication): Promise<void> {
  return app.get(PrismaService).assertRunsAsAppRole();
}
