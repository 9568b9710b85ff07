import { isExclusionViolation, isForeignKeyViolation, isRetryableTransactionFailure, isUniqueViolation } from './database-errors.js';

describe('constraint error recognition', () => {
  it('finds an exclusion violation however the adapter wraps it', () => {
    const driver = {
      name: 'DriverAdapterError',
      cause: {
        kind: 'postgres',
        code: '23P01',
        originalCode: '23P01',
        message: 'conflicting key value violates exclusion constraint "Session_therapist_no_overlap"',
      },
    };
    expect(isExclusionViolation(driver)).toBe(true);
    expect(isExclusionViolation({ code: 'P2010', meta: { driverAdapterError: driver } })).toBe(true);
    expect(isExclusionViolation(new Error('violates exclusion constraint "Session_room_no_overlap"'))).toBe(true);
    expect(isExclusionViolation({ code: 'P2002' })).toBe(false);
    expect(isExclusionViolation(null)).toBe(false);
  });

  it('finds unique violations', () => {
    expect(isUniqueViolation({ code: 'P2002', meta: { target: ['clinicId', 'idempotencyKey'] } })).toBe(true);
    expect(isUniqueViolation({ cause: { originalCode: '23505' } })).toBe(true);
    expect(isUniqueViolation({ code: '23P01' })).toBe(false);
  });

  it('finds foreign key violations', () => {
    expect(isForeignKeyViolation({ code: 'P2003', meta: { field_name: 'Session_roomId_fkey' } })).toBe(true);
    expect(isForeignKeyViolation({ cause: { originalCode: '23503' } })).toBe(true);
    expect(isForeignKeyViolation({ code: 'P2002' })).toBe(false);
  });

  it('finds deadlocks and serialization failures, which are retried', () => {
    expect(isRetryableTransactionFailure({ code: 'P2034' })).toBe(true);
    expect(isRetryableTransactionFailure({ cause: { originalCode: '40P01' } })).toBe(true);
    expect(isRetryableTransactionFailure({ code: 'P2002' })).toBe(false);
  });

  it('survives cyclic causes', () => {
    const a: Record<string, unknown> = { code: 'X' };
    a.cause = a;
    expect(isExclusionViolation(a)).toBe(false);
  });
});
