// The single owner of database connections. `tenant` is the scoped client every repository uses;
// `system` is unscoped and reserved for what precedes a tenant: login by email, sign-up, health.
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { tenantScope } from './tenant-scope.js';

function createTenantClient(system: PrismaClient) {
  return system.$extends(tenantScope());
}

export type TenantClient = ReturnType<typeof createTenantClient>;
/** The client handed to code inside `tenant.$transaction(async (tx) => ...)`. */
export type TenantTransaction = Parameters<Parameters<TenantClient['$transaction']>[0]>[0];

export const DATABASE_URL = Symbol('DATABASE_URL');

@Injectable()
export class PrismaService implements OnModuleDestroy {
  readonly system: PrismaClient;
  readonly tenant: TenantClient;

  constructor(databaseUrl: string, poolSize = 10) {
    this.system = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: poolSize }) });
    this.tenant = createTenantClient(this.system);
  }

  async onModuleDestroy(): Promise<void> {
    await this.system.$disconnect();
  }
}
