// The connection pool behind Prisma. Row-level security reads the clinic from the setting
// app.clinic_id; this pool sets it on a connection before each statement Prisma sends outside a
// transaction, to the clinic of the tenant query that sent it (withSessionClinic, set by the tenant
// scope) or to none, and clears it before handing a connection to a transaction, which sets its own
// clinic transaction-locally. A connection therefore never runs a statement with another request's
// clinic. A tenant read is two short statements (set_config, the read) instead of BEGIN, set_config,
// the read and COMMIT through Prisma's transaction machinery (about 3 ms of CPU per query; measured in
// the README, Benchmarks). Always set, never skipped when the connection already holds the clinic, so
// that a request sends the same statements whichever connection serves it.
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

const wantedClinic = new AsyncLocalStorage<string>();

/** Runs `fn` so that the statements it sends outside a transaction see `clinicId`'s rows. */
export function withSessionClinic<T>(clinicId: string, fn: () => Promise<T>): Promise<T> {
  return wantedClinic.run(clinicId, fn);
}

async function hold(client: pg.PoolClient, clinicId: string): Promise<void> {
  await client.query(`SELECT set_config('app.clinic_id', $1, false)`, [clinicId]);
}

/**
 * A connection that breaks while checked out (PostgreSQL restarted) emits 'error' besides failing the
 * statement in flight; pg-pool listens only while a connection is idle, and an 'error' nobody listens to
 * ends the process. The statement's own rejection reports it, so the event itself is dropped.
 */
function dropConnectionError(): void {}

export class ClinicSessionPool extends pg.Pool {
  /**
   * A statement outside a transaction (PrismaPg's queries), on a connection holding the wanted clinic.
   * Checking out with the promise form and querying after `await` also keeps the caller's async
   * context (pg-pool's own query() runs it in whichever request released a connection last).
   */
  override query(...args: unknown[]): never {
    if (typeof args[args.length - 1] === 'function') throw new Error('ClinicSessionPool.query takes no callback');
    const clinicId = wantedClinic.getStore() ?? '';
    return (async () => {
      const client = await super.connect();
      client.on('error', dropConnectionError);
      try {
        await hold(client, clinicId);
        const result = await (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
        client.removeListener('error', dropConnectionError);
        client.release();
        return result;
      } catch (error) {
        client.removeListener('error', dropConnectionError);
        client.release(error as Error);
        throw error;
      }
    })() as never;
  }

  /** A connection for a transaction: holding no clinic, so that only the transaction's own setting counts. */
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void;
  override connect(
    callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void,
  ): Promise<pg.PoolClient> | void {
    if (callback) throw new Error('ClinicSessionPool.connect takes no callback');
    return (async () => {
      const client = await super.connect();
      // Until the transaction's owner (PrismaPg) listens itself.
      client.on('error', dropConnectionError);
      try {
        await hold(client, '');
      } catch (error) {
        client.release(error as Error);
        throw error;
      } finally {
        client.removeListener('error', dropConnectionError);
      }
      return client;
    })();
  }
}
