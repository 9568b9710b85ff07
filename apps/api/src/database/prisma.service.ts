// The single owner of database connections. `tenant` is the scoped client every repository uses;
// `system` is unscoped and reserved for what precedes a tenant: login by email, sign-up, health,
// rate limits. Both connect as the role APP_ROLE, which row-level security holds to the clinic set in
// each transaction (see tenant-scope.ts), so `system` too sees no tenant row unless it names a clinic
// (or, for login, the one email) with withSetting.
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { ClinicSessionPool } from './clinic-session-pool.js';
import { statementCountingPool } from './statement-counting-pool.js';
import { currentClinicId, inClinicTransaction, runInClinic, tenantScope, withRlsSetting, type RlsSetting } from './tenant-scope.js';

/** The role the API runs as: no owner, no superuser, no BYPASSRLS. Created by the migration row_level_security. */
export const APP_ROLE = 'backtrack_app';

function createTenantClient(system: PrismaClient) {
  return system.$extends(tenantScope(system));
}

export type TenantClient = ReturnType<typeof createTenantClient>;
/** The client handed to code inside `prisma.tenantTransaction(async (tx) => ...)`. */
export type TenantTransaction = Parameters<Parameters<TenantClient['$transaction']>[0]>[0];
type TransactionOptions = Parameters<TenantClient['$transaction']>[1];

export interface PrismaServiceOptions {
  /** SQL_STATEMENT_COUNT: count each request's statements in its request context (see statement-counting-pool.ts). */
  countStatements?: boolean;
}

@Injectable()
export class PrismaService implements OnModuleDestroy {
  readonly system: PrismaClient;
  /** Scoped to the actor's clinic. Its interactive transactions go through tenantTransaction, which sets the clinic. */
  readonly tenant: Omit<TenantClient, '$transaction'>;
  private readonly scoped: TenantClient;

  constructor(databaseUrl: string, poolSize = 10, options: PrismaServiceOptions = {}) {
    // Every connection of the pool starts as APP_ROLE (DATABASE_URL's user must be a member of it).
    const poolConfig = { connectionString: databaseUrl, max: poolSize, options: `-c role=${APP_ROLE}` };
    const pool = options.countStatements ? statementCountingPool(poolConfig) : new ClinicSessionPool(poolConfig);
    const adapter = new PrismaPg(pool, { disposeExternalPool: true });
    // Waiting for a pooled connection: under a burst (50 bookings of one slot queue on the winner's row
    // lock, holding the pool), a read waits its turn for up to 10 s rather than failing after Prisma's 2 s.
    this.system = new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000 } });
    this.scoped = createTenantClient(this.system);
    this.tenant = this.scoped;
  }

  /** An interactive transaction of the tenant client, with the clinic (see currentClinicId) set before `fn` runs. */
  tenantTransaction<T>(fn: (tx: TenantTransaction) => Promise<T>, options?: TransactionOptions): Promise<T> {
    const clinicId = currentClinicId();
    return this.scoped.$transaction((tx) => inClinicTransaction(clinicId, tx, fn), options);
  }

  /**
   * An interactive transaction of the tenant client in a named clinic, for work no staff member signed
   * in for: the message dispatcher and patient links, which learn the clinic from a job or a signed link.
   */
  clinicTransaction<T>(clinicId: string, fn: (tx: TenantTransaction) => Promise<T>, options?: TransactionOptions): Promise<T> {
    return runInClinic(clinicId, () => this.scoped.$transaction((tx) => inClinicTransaction(clinicId, tx, fn), options));
  }

  /** Runs one query of the system client with a row-level-security setting in force (pre-tenant lookups of User). */
  withSetting<T>(name: RlsSetting, value: string, query: PromiseLike<T>): Promise<T> {
    return withRlsSetting(this.system, name, value, query);
  }

  /**
   * Refuses to serve unless connections really run as APP_ROLE: an `options` parameter in
   * DATABASE_URL overrides the role switch, and the API would then bypass row-level security.
   */
  async assertRunsAsAppRole(): Promise<void> {
    const [row] = await this.system.$queryRaw<{ role: string }[]>`SELECT current_user AS role`;
    if (row?.role !== APP_ROLE) {
      throw new Error(`The database connection runs as "${row?.role}", not ${APP_ROLE}: remove any options= parameter from DATABASE_URL`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.system.$disconnect();
  }
}
