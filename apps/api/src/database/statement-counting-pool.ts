// SQL_STATEMENT_COUNT: a pg Pool whose connections count every statement they send (BEGIN, COMMIT,
// set_config and the queries alike) against the request that sent it, read from the request context.
// Used only when the setting is on; otherwise PrismaPg makes its own plain Pool, at no cost.
import pg from 'pg';
import { currentContext } from '../common/request-context.js';

class CountingClient extends pg.Client {
  // One override for every form of query (promise, callback, submittable): each is one statement on the wire.
  override query(...args: unknown[]): never {
    const counter = currentContext()?.sqlStatements;
    if (counter) counter.count++;
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

/**
 * pg-pool's own query() hands the connection to a callback queued in the pool, which runs in the async
 * context of whichever request released a connection last, so under load its statement would be counted
 * against the wrong request. Checking out with the promise form and querying after `await` keeps the
 * caller's context. Errors release the connection as pg-pool does (discarding it).
 */
class CountingPool extends pg.Pool {
  override query(...args: unknown[]): never {
    if (typeof args[args.length - 1] === 'function') return (super.query as (...a: unknown[]) => never)(...args);
    return (async () => {
      const client = await this.connect();
      try {
        const result = await (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
        client.release();
        return result;
      } catch (error) {
        client.release(error as Error);
        throw error;
      }
    })() as never;
  }
}

export function statementCountingPool(config: pg.PoolConfig): pg.Pool {
  return new CountingPool({ ...config, Client: CountingClient });
}
