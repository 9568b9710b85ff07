// SQL_STATEMENT_COUNT: connections that count every statement they send (BEGIN, COMMIT, set_config and
// the queries alike) against the request that sent it, read from the request context. The pool
// (clinic-session-pool.ts) queries in the caller's async context, so each count lands on its request.
// Used only when the setting is on; otherwise the connections are plain, at no cost.
import pg from 'pg';
import { currentContext } from '../common/request-context.js';
import { ClinicSessionPool } from './clinic-session-pool.js';

class CountingClient extends pg.Client {
  // One override for every form of query (promise, callback, submittable): each is one statement on the wire.
  override query(...args: unknown[]): never {
    const counter = currentContext()?.sqlStatements;
    if (counter) counter.count++;
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

export function statementCountingPool(config: pg.PoolConfig): ClinicSessionPool {
  return new ClinicSessionPool({ ...config, Client: CountingClient });
}
