// Per-request batching (DataLoader) for field resolvers: a list of N rows whose field needs more data
// asks for it once, not N times. A loader lives in the request context and is keyed by the clinic its
// queries are scoped to, so it is never shared across requests or clinics, and its batch runs in the
// request's async context (DataLoader dispatches from the first load's tick), where the tenant scope
// and row-level security read the clinic. Loaders are for field resolvers, which run outside
// transactions: a load inside an interactive transaction would not use its connection.
import DataLoader from 'dataloader';
import { currentClinicId } from '../database/tenant-scope.js';
import { currentContext, type RequestContext } from './request-context.js';

/** Fetches the values of many keys in one go; a key missing from the map gets the loader's default. */
export type BatchFetch<V> = (keys: string[]) => Promise<Map<string, V>>;

const loaders = new WeakMap<RequestContext, Map<string, DataLoader<string, unknown>>>();

/**
 * The value of `key` from the loader `name` of the current request, batched with the request's other
 * loads of that loader; `fetch` must be the same function for a name. Outside a request, one fetch.
 */
export function loadBatched<V>(name: string, key: string, fetch: BatchFetch<V>, missing: V): Promise<V> {
  const context = currentContext();
  if (!context) return fetch([key]).then((found) => (found.has(key) ? found.get(key)! : missing));
  let ofRequest = loaders.get(context);
  if (!ofRequest) loaders.set(context, (ofRequest = new Map()));
  const id = `${name} ${currentClinicId()}`;
  let loader = ofRequest.get(id) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(async (keys) => {
      const found = await fetch([...keys]);
      return keys.map((k) => (found.has(k) ? found.get(k)! : missing));
    });
    ofRequest.set(id, loader as DataLoader<string, unknown>);
  }
  return loader.load(key);
}

/** Groups rows by a key, in their order: the shape a one-to-many batch returns. */
export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
