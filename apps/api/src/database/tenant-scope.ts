// Tenant scoping in one place: a Prisma client extension that adds the current actor's clinicId to
// every query on a tenant-owned model (filters on reads, updates and deletes; the value on creates).
// Repositories therefore never write `clinicId` by hand, and an id from another clinic simply finds
// nothing, exactly like an id that does not exist. Raw SQL is not covered: repositories that use it
// must bind clinicId themselves (and say so). Nested writes must use unchecked scalar inputs.
import { currentActor } from '../common/request-context.js';

/** Models carrying clinicId. Clinic and LoginThrottle are global. Kept in sync by tenant-scope.spec.ts. */
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

/** Builds the extension; `clinicIdOf` defaults to the authenticated actor's clinic. */
export function tenantScope(clinicIdOf: () => string = () => currentActor().clinicId) {
  return {
    name: 'tenant-scope',
    query: {
      $allModels: {
        async $allOperations({
          model,
          operation,
          args,
          query,
        }: {
          model: string;
          operation: string;
          args: Args;
          query: (args: Args) => Promise<unknown>;
        }) {
          if (!TENANT_MODELS.has(model)) return query(args);
          return query(scopeArgs(operation, args, clinicIdOf()));
        },
      },
    },
  };
}
