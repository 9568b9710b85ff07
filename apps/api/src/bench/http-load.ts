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

interface ClientContext {
  connection?: number;
  n?: number;
}

export async function runHttpLoad(load: HttpLoad): Promise<HttpLoadResult> {
  const latencies: number[] = [];
  const samples = new Set<string>();
  let errors = 0;
  const taken = load.urls.map(() => 0);
  const started = performance.now();
  const perUrl = spread(load.connections, load.urls.length);
  const offsets = perUrl.map((_, i) => perUrl.slice(0, i).reduce((a, b) => a + b, 0));
  const fail = (message: string) => {
    errors++;
    if (samples.size < 5) samples.add(message.slice(0, 300));
  };
  await Promise.all(
    load.urls.map((url, u) => {
      if (!perUrl[u]) return null;
      const instance = autocannon({
        url: `${url}/graphql`,
        connections: perUrl[u],
        duration: load.seconds,
        method: 'POST',
        requests: [
          {
            setupRequest: (request, context: ClientContext) => {
              // Each client takes the next connection number of this URL's range once.
              context.connection ??= offsets[u] + (taken[u]++ % perUrl[u]);
              context.n = (context.n ?? -1) + 1;
              const token = typeof load.token === 'function' ? load.token(context.connection) : load.token;
              return {
                ...request,
                headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
                body: JSON.stringify(load.next(context.connection, context.n)),
              };
            },
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

/** `total` split into `parts` as evenly as possible. */
function spread(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}
