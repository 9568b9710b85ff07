// Recognizes the constraint violations scheduling relies on, however the driver adapter wraps them:
// @prisma/adapter-pg turns SQLSTATE 23P01 (exclusion_violation) into a DriverAdapterError whose
// cause carries originalCode, surfaced by the client with that error as `cause` or in `meta`.
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

/** True when an exclusion constraint refused overlapping active sessions. */
export function isOverlapViolation(error: unknown): boolean {
  for (const e of chain(error)) {
    if (e.code === '23P01' || e.originalCode === '23P01') return true;
    const message = typeof e.message === 'string' ? e.message : typeof e.originalMessage === 'string' ? e.originalMessage : '';
    if (OVERLAP_CONSTRAINTS.some((name) => message.includes(name))) return true;
  }
  return false;
}

/** True for a unique violation (Prisma P2002 or SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  for (const e of chain(error)) {
    if (e.code === 'P2002' || e.code === '23505' || e.originalCode === '23505') return true;
  }
  return false;
}

/**
 * True when PostgreSQL aborted the transaction to break a deadlock (40P01) or a serialization
 * conflict (40001; Prisma P2034). Overlapping concurrent inserts can wait on each other's exclusion
 * checks; the victim should simply try again, and then meets the winner's committed row.
 */
export function isRetryableConflict(error: unknown): boolean {
  for (const e of chain(error)) {
    if (e.code === 'P2034' || e.code === '40P01' || e.code === '40001' || e.originalCode === '40P01' || e.originalCode === '40001') return true;
  }
  return false;
}
