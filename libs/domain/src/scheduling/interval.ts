/** Epoch milliseconds, half-open [start, end): back-to-back sessions do not collide. */
export interface Interval {
  start: number;
  end: number;
}

const isEmpty = (i: Interval): boolean => !(i.end > i.start);

/** Drops empty intervals, sorts, and merges overlapping and touching ones. */
export function normalize(list: Interval[]): Interval[] {
  const sorted = list.filter((i) => !isEmpty(i)).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end }); // copy: never alias the caller's objects
  }
  return out;
}

/** Instants present in both lists. */
export function intersect(a: Interval[], b: Interval[]): Interval[] {
  const x = normalize(a);
  const y = normalize(b);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const start = Math.max(x[i].start, y[j].start);
    const end = Math.min(x[i].end, y[j].end);
    if (start < end) out.push({ start, end });
    // The one ending first cannot meet anything further in the other list.
    if (x[i].end < y[j].end) i++;
    else j++;
  }
  return out;
}

/** Instants of `a` not in `b`. */
export function subtract(a: Interval[], b: Interval[]): Interval[] {
  const x = normalize(a);
  const y = normalize(b);
  const out: Interval[] = [];
  let j = 0;
  for (const { start, end } of x) {
    let cursor = start;
    // Cuts ending at or before this piece can't touch later pieces either (x is sorted).
    while (j < y.length && y[j].end <= cursor) j++;
    let k = j;
    while (k < y.length && y[k].start < end) {
      if (y[k].start > cursor) out.push({ start: cursor, end: y[k].start });
      cursor = Math.max(cursor, y[k].end);
      k++;
    }
    if (cursor < end) out.push({ start: cursor, end });
    // The last cut may extend into the next piece, so don't skip past it.
    j = Math.max(j, k - 1);
  }
  return out;
}

/** True when the two share at least one instant; touching intervals do not. */
export function overlaps(a: Interval, b: Interval): boolean {
  return !isEmpty(a) && !isEmpty(b) && a.start < b.end && b.start < a.end;
}

/**
 * True when `inner` lies entirely within one interval of normalized `outer`. An empty `inner`
 * is never contained: callers use this to accept bookings, and an empty one is malformed.
 */
export function containsInterval(outer: Interval[], inner: Interval): boolean {
  if (isEmpty(inner)) return false;
  return normalize(outer).some((o) => o.start <= inner.start && inner.end <= o.end);
}
