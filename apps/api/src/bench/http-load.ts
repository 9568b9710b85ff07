// Drives the API over HTTP with autocannon: `connections` clients each send the next request as soon as
// the last one is answered, for `seconds`. Every answer is read: a GraphQL error in a 200 counts as an
// error like a 5xx, so a fast wrong answer cannot pass for a fast right one.
import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';
import { figures, type LoadFigures } from './latency.js';

export interface GraphqlCall {
  query: string;
  variables: Record<string, unknown>;
}

export interface HttpLoad {
  /** Base URLs of the API processes; the connections are spread over them evenly. */
  urls: string[];
  token: string | ((connection: number) => string);
  connections: number;
  seconds: number;
  /** The request a connection sends next: `connection` is fixed per client, `n` counts its requests. */
  next: (connection: number, n: number) => GraphqlCall;
  /** Checks a successful answer's data (throw to count it as an error). */
  check?: (data: Record<string, unknown>) => void;
}

export interface HttpLoadResult extends LoadFigures {
  /** The first few distinct error messages, to say why a run failed. */
  errorSamples: string[];
}

export async function runHttpLoad(load: HttpLoad): Promise<HttpLoadResult> {
  const latencies: number[] = [];
  const samples = new Set<string>();
  let errors = 0;
  const started = performance.now();
  const fail = (message: string) => {
    errors++;
    if (samples.size < 5) samples.add(message.slice(0, 300));
  };
  // One autocannon client per connection: its number and request count live here, since autocannon
  // resets a client's context after every pass over its requests. Connections go to the processes in
  // order, an even share each (the first half to the first of two).
  await Promise.all(
    Array.from({ length: load.connections }, (_, connection) => {
      const url = load.urls[Math.floor((connection * load.urls.length) / load.connections)];
      const token = typeof load.token === 'function' ? load.token(connection) : load.token;
      let n = 0;
      const instance = autocannon({
        url: `${url}/graphql`,
        connections: 1,
        duration: load.seconds,
        method: 'POST',
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify(load.next(connection, n++)),
            }),
            onResponse: (status, body) => {
              if (status !== 200) return fail(`HTTP ${status}: ${body}`);
              try {
                const parsed = JSON.parse(body) as { data?: Record<string, unknown>; errors?: { message: string }[] };
                if (parsed.errors?.length) return fail(parsed.errors.map((e) => e.message).join('; '));
                load.check?.(parsed.data ?? {});
              } catch (error) {
                fail(error instanceof Error ? error.message : String(error));
              }
            },
          },
        ],
      });
      (instance as unknown as EventEmitter).on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
        latencies.push(ms);
      });
      return instance;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { ...figures(latencies, errors, seconds), errorSamples: [...samples] };
}
