// Latency figures of one benchmark run, from every request's own time (autocannon's summary has no p95).

export interface LoadFigures {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The q-quantile (0..1) of ascending values, nearest rank. */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function figures(latenciesMs: number[], errors: number, seconds: number): LoadFigures {
  const sorted = Float64Array.from(latenciesMs).sort();
  const list = Array.from(sorted);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    requests: list.length,
    errors,
    seconds: round(seconds),
    perSecond: round(list.length / seconds),
    p50: round(quantile(list, 0.5)),
    p95: round(quantile(list, 0.95)),
    p99: round(quantile(list, 0.99)),
    max: round(list.at(-1) ?? Number.NaN),
  };
}
