// The floor: the same data fetched by hand-written SQL through `pg`, at the same concurrency and for the
// same time as the API run it is compared with. What the API adds on top (HTTP, GraphQL, auth, row-level
// security, the tenant transaction, shaping the answer) is the ratio of the two.
import pg from 'pg';
import { figures, type LoadFigures } from './latency.js';

export interface FloorQuery {
  text: string;
  values: unknown[];
}

export interface FloorLoad {
  connections: number;
  seconds: number;
  /** The statements of one request, run in order on one connection; `n` counts the connection's requests. */
  next: (connection: number, n: number) => FloorQuery[];
}

export async function runFloorLoad(databaseUrl: string, load: FloorLoad): Promise<LoadFigures & { rows: number }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: load.connections, application_name: 'backtrack-bench-floor' });
  const latencies: number[] = [];
  let errors = 0;
  let rows = 0;
  const started = performance.now();
  const until = started + load.seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: load.connections }, async (_, connection) => {
        const client = await pool.connect();
        try {
          for (let n = 0; performance.now() < until; n++) {
            const t = performance.now();
            try {
              for (const query of load.next(connection, n)) rows += (await client.query(query.text, query.values)).rowCount ?? 0;
              latencies.push(performance.now() - t);
            } catch {
              errors++;
            }
          }
        } finally {
          client.release();
        }
      }),
    );
  } finally {
    await pool.end();
  }
  return { ...figures(latencies, errors, (performance.now() - started) / 1000), rows };
}
