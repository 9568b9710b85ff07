// Scheduling's typed errors. Each carries an ErrorCode; formatGraphQLError maps it to extensions.code.
import { SchedulingInputError, type AttendanceRefusal } from '@backtrack/domain';
import { AppError, BadInputError, ErrorCode } from '../common/app-error.js';

export class InvalidTransitionError extends AppError {
  constructor(action: string, from: string) {
    super(ErrorCode.INVALID_TRANSITION, `Cannot ${action.toLowerCase().replace('_', ' ')} a session that is ${from}`, { action, from });
  }
}

/** Attendance asked for before it can be true: INVALID_TRANSITION with the earliest allowed instant. */
export class AttendanceTooEarlyError extends AppError {
  constructor(refusal: AttendanceRefusal, from: string) {
    super(ErrorCode.INVALID_TRANSITION, refusal.message, {
      action: refusal.action,
      from,
      earliestAllowedAt: new Date(refusal.opensAt).toISOString(),
    });
  }
}

export class ClearanceRequiredError extends AppError {
  constructor(patientId: string) {
    super(ErrorCode.CLEARANCE_REQUIRED, 'This patient needs medical clearance before massage can be booked', {
      field: 'patientId',
      patientId,
    });
  }
}

/** A domain input error as BAD_USER_INPUT, its field prefixed with where the input sits in the arguments. */
export function badInputFrom(error: unknown, prefix = ''): unknown {
  if (!(error instanceof SchedulingInputError)) return error;
  return BadInputError.field(prefix ? `${prefix}.${error.field}` : error.field, error.message);
}

/** Runs `fn`, turning domain input errors into BAD_USER_INPUT. */
export function withInputErrors<T>(fn: () => T, prefix = ''): T {
  try {
    return fn();
  } catch (error) {
    throw badInputFrom(error, prefix);
  }
}
