// The one reader of database error codes. Prisma reports some violations with its own codes (P2xxx)
// and others as the PostgreSQL SQLSTATE, which @prisma/adapter-pg wraps in a DriverAdapterError whose
// cause carries originalCode, surfaced by the client with that error as `cause` or in `meta`.
// Callers ask what happened (a unique violation, an overlap), never which code says so.
const OVERLAP_CONSTRAINTS = ['Session_therapist_no_overlap', 'Session_room_no_overlap', 'Session_patient_no_overlap'];

function* chain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const record = current as Record<string, unknown>;
    yield record;
    queue.push(record.cause, record.meta, (record.meta as Record<string, unknown> | undefined)?.driverAdapterError, record.originalError);
  }
}

function hasCode(error: unknown, codes: readonly string[]): boolean {
  for (const e of chain(error)) {
    if (codes.includes(e.code as string) || codes.includes(e.originalCode as string)) return true;
  }
  return false;
}

/** True when an exclusion constraint (SQLSTATE 23P01) refused overlapping active sessions. */
export function isExclusionViolation(error: unknown): boolean {
  if (hasCode(error, ['23P01'])) return true;
  for (const e of chain(error)) {
    const message = typeof e.message === 'string' ? e.message : typeof e.originalMessage === 'string' ? e.originalMessage : '';
    if (OVERLAP_CONSTRAINTS.some((name) => message.includes(name))) return true;
  }
  return false;
}

/** True for a unique violation (Prisma P2002 or SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  return hasCode(error, ['P2002', '23505']);
}

/** True when a foreign key refused the write (Prisma P2003 or SQLSTATE 23503): the row is still referenced, or a reference is missing. */
export function isForeignKeyViolation(error: unknown): boolean {
  return hasCode(error, ['P2003', '23503']);
}

/** True when a value does not fit its column: a malformed uuid (Prisma P2023), a date out of range (P2039, SQLSTATE 22008). */
export function isInvalidColumnValue(error: unknown): boolean {
  return hasCode(error, ['P2023', 'P2039', '22008']);
}

/** True when the record an operation required does not exist (Prisma P2025). */
export function isRecordNotFound(error: unknown): boolean {
  return hasCode(error, ['P2025']);
}

/**
 * True when PostgreSQL aborted the transaction to break a deadlock (40P01) or a serialization
 * conflict (40001; Prisma P2034). Overlapping concurrent inserts can wait on each other's exclusion
 * checks; the victim should simply try again, and then meets the winner's committed row.
 */
export function isRetryableTransactionFailure(error: unknown): boolean {
  return hasCode(error, ['P2034', '40P01', '40001']);
}
