import { isOverlapViolation, isRetryableConflict, isUniqueViolation } from './database-errors.js';

describe('constraint error recognition', () => {
  it('finds an exclusion violation however the adapter wraps it', () => {
    const driver = { name: 'DriverAdapterError', cause: { kind: 'postgres', code: '23P01', originalCode: '23P01', message: 'conflicting key value violates exclusion constraint "Session_therapist_no_overlap"' } };
    expect(isOverlapViolation(driver)).toBe(true);
    expect(isOverlapViolation({ code: 'P2010', meta: { driverAdapterError: driver } })).toBe(true);
    expect(isOverlapViolation(new Error('violates exclusion constraint "Session_room_no_overlap"'))).toBe(true);
    expect(isOverlapViolation({ code: 'P2002' })).toBe(false);
    expect(isOverlapViolation(null)).toBe(false);
  });

  it('finds unique violations', () => {
    expect(isUniqueViolation({ code: 'P2002', meta: { target: ['clinicId', 'idempotencyKey'] } })).toBe(true);
    expect(isUniqueViolation({ cause: { originalCode: '23505' } })).toBe(true);
    expect(isUniqueViolation({ code: '23P01' })).toBe(false);
  });

  it('finds deadlocks and serialization failures, which are retried', () => {
    expect(isRetryableConflict({ code: 'P2034' })).toBe(true);
    expect(isRetryableConflict({ cause: { originalCode: '40P01' } })).toBe(true);
    expect(isRetryableConflict({ code: 'P2002' })).toBe(false);
  });

  it('survives cyclic causes', () => {
    const a: Record<string, unknown> = { code: 'X' };
    a.cause = a;
    expect(isOverlapViolation(a)).toBe(false);
  });
});
