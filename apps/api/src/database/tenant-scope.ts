// Tenant scoping in one place: a Prisma client extension that adds the current actor's clinicId to
// every query on a tenant-owned model (filters on reads, updates and deletes; the value on creates).
// Repositories therefore never write `clinicId` by hand, and an id from another clinic simply finds
// nothing, exactly like an id that does not exist. Raw SQL is not covered: repositories that use it
// must bind clinicId themselves (and say so). Nested writes must use unchecked scalar inputs.
//
// Behind it, PostgreSQL row-level security (migration row_level_security) shows the API's role only
// the rows of the clinic in the setting app.clinic_id. A tenant operation outside a transaction runs
// with its clinic held by the connection it is sent on (clinic-session-pool.ts sets it before the
// statement, and clears it for transactions); interactive transactions set it
// transaction-locally first thing (inClinicTransaction), and so does a batch of raw queries.
import { AsyncLocalStorage } from 'node:async_hooks';
import { withSessionClinic } from './clinic-session-pool.js';
import { currentActor } from '../common/request-context.js';

/** Models carrying clinicId. Clinic, LoginThrottle, RateLimitCounter and UsedPatientLink are global. Kept in sync by tenant-scope.spec.ts. */
export const TENANT_MODELS = new Set([
  'User',
  'Therapist',
  'WorkingHours',
  'TimeOff',
  'Room',
  'ServiceType',
  'Patient',
  'Screening',
  'Clearance',
  'EpisodeOfCare',
  'SessionSeries',
  'Session',
  'TreatmentNote',
  'Assessment',
  'EpisodeMeasure',
  'AuditEvent',
  'Message',
  'PatientLink',
  'WaitlistEntry',
  'WaitlistOffer',
  'QuestionnaireRequest',
  'StaffInvite',
]);

const WHERE_OPERATIONS = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'delete',
  'deleteMany',
]);

type Args = Record<string, unknown> & { where?: Record<string, unknown>; data?: unknown; create?: Record<string, unknown> };

export function scopeArgs(operation: string, args: Args | undefined, clinicId: string): Args {
  const scoped: Args = { ...(args ?? {}) };
  if (WHERE_OPERATIONS.has(operation)) {
    scoped.where = { ...(scoped.where ?? {}), clinicId };
  } else if (operation === 'create') {
    scoped.data = { ...(scoped.data as Record<string, unknown>), clinicId };
  } else if (operation === 'createMany' || operation === 'createManyAndReturn') {
    const rows = Array.isArray(scoped.data) ? scoped.data : [scoped.data];
    scoped.data = rows.map((row) => ({ ...(row as Record<string, unknown>), clinicId }));
  } else if (operation === 'upsert') {
    scoped.where = { ...(scoped.where ?? {}), clinicId };
    scoped.create = { ...(scoped.create ?? {}), clinicId };
  } else {
    throw new Error(`Tenant scope does not know how to scope Prisma operation "${operation}"`);
  }
  return scoped;
}

/** Create data of a tenant-owned model as repositories write it: everything but the clinicId the scope adds. */
export type TenantCreate<Unchecked extends { clinicId: string }> = Omit<Unchecked, 'clinicId'>;

/**
 * Types create data for the tenant client, e.g. `tenantCreate<Prisma.RoomUncheckedCreateInput>({ name })`.
 * Prisma's generated types cannot see the clinicId this extension adds, so this is the one cast that
 * says so; the data itself is checked against the model, and passing a clinicId is a type error.
 */
export function tenantCreate<Unchecked extends { clinicId: string }>(data: TenantCreate<Unchecked> & { clinicId?: never }): Unchecked {
  return data as unknown as Unchecked;
}

/** The settings row-level security reads; see the migration row_level_security. */
export type RlsSetting = 'app.clinic_id' | 'app.login_email';

/** What the extension needs of the unextended client: raw SQL and batch transactions. */
export interface BatchClient {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<number>;
  $transaction(queries: PromiseLike<unknown>[]): Promise<unknown[]>;
}

/**
 * Operations run under another name outside a transaction: Prisma batches the findUnique calls of one
 * tick into one statement whoever made them, and one statement runs with one clinic.
 */
const UNBATCHED: Record<string, string> = { findUnique: 'findFirst', findUniqueOrThrow: 'findFirstOrThrow' };

/** `tx.session`, `tx.workingHours`, … for a model name such as "WorkingHours". */
function delegate(tx: BatchClient, model: string): Record<string, (args: Args) => PromiseLike<unknown>> {
  return (tx as unknown as Record<string, Record<string, (args: Args) => PromiseLike<unknown>>>)[
    model.charAt(0).toLowerCase() + model.slice(1)
  ];
}

/** A clinic named by work that has no signed-in actor (the message dispatcher, patient links). */
const namedClinic = new AsyncLocalStorage<string>();

/** Runs `fn` with tenant queries scoped to `clinicId` instead of the actor's clinic. */
export function runInClinic<T>(clinicId: string, fn: () => T): T {
  return namedClinic.run(clinicId, fn);
}

/** The clinic work runs for: one named by runInClinic (a patient link, a job), else the signed-in actor's. */
export function currentClinicId(): string {
  return namedClinic.getStore() ?? currentActor().clinicId;
}

/** The clinic whose interactive transaction the current async call runs in (set by inClinicTransaction). */
const transactionClinic = new AsyncLocalStorage<string>();

/** The clinic of the tenant transaction the caller runs in; throws outside one. */
export function transactionClinicId(): string {
  const clinicId = transactionClinic.getStore();
  if (clinicId === undefined) throw new Error('Not inside a tenant transaction');
  return clinicId;
}

function setting(client: BatchClient, name: RlsSetting, value: string): PromiseLike<number> {
  return client.$executeRaw`SELECT set_config(${name}, ${value}, true)`;
}

/** Runs one query in a batch transaction that first sets a row-level-security setting. */
export async function withRlsSetting<T>(client: BatchClient, name: RlsSetting, value: string, query: PromiseLike<T>): Promise<T> {
  const [, result] = await client.$transaction([setting(client, name, value), query]);
  return result as T;
}

/**
 * The body of an interactive transaction of the tenant client: sets the clinic first, then runs `fn`,
 * whose queries (marked by the async context) join the transaction instead of opening a batch.
 */
export function inClinicTransaction<Tx extends BatchClient, T>(clinicId: string, tx: Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return transactionClinic.run(clinicId, async () => {
    await setting(tx, 'app.clinic_id', clinicId);
    return fn(tx);
  });
}

/**
 * Builds the extension over `base` (the client it extends, which runs the batch transactions);
 * `clinicIdOf` defaults to the clinic named by runInClinic, else the authenticated actor's clinic.
 */
export function tenantScope(base: BatchClient, clinicIdOf: () => string = currentClinicId) {
  return {
    name: 'tenant-scope',
    query: {
      // Model operations and raw queries alike (raw ones have no model).
      async $allOperations({
        model,
        operation,
        args,
        query,
      }: {
        model?: string;
        operation: string;
        args: Args;
        query: (args: Args) => PromiseLike<unknown>;
      }) {
        const tenantModel = model !== undefined && TENANT_MODELS.has(model);
        if (model !== undefined && !tenantModel) return query(args);
        const clinicId = clinicIdOf();
        const scoped = tenantModel ? scopeArgs(operation, args, clinicId) : args;
        const inTransaction = transactionClinic.getStore();
        if (inTransaction === undefined) {
          // `await` inside: a Prisma query starts when awaited, and must start inside the clinic's context.
          if (model === undefined) return withSessionClinic(clinicId, async () => await query(scoped));
          return withSessionClinic(clinicId, async () => await delegate(base, model)[UNBATCHED[operation] ?? operation](scoped));
        }
        if (inTransaction !== clinicId) throw new Error('A tenant transaction cannot query another clinic');
        return query(scoped);
      },
    },
  };
}
