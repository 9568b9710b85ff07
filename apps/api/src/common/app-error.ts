// Typed domain errors. Each module throws an AppError subclass with a code; formatGraphQLError maps
// every code to extensions.code in exactly one place.
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  CLEARANCE_REQUIRED = 'CLEARANCE_REQUIRED',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  RATE_LIMITED = 'RATE_LIMITED',
}

export interface FieldIssue {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${entity} ${id} not found`, { entity, id });
  }
}

export class BadInputError extends AppError {
  constructor(issues: FieldIssue[]) {
    super(ErrorCode.BAD_USER_INPUT, issues.map((i) => `${i.field}: ${i.message}`).join('; '), {
      field: issues[0]?.field,
      issues,
    });
  }

  static field(field: string, message: string): BadInputError {
    return new BadInputError([{ field, message }]);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You do not have permission to do this') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, details);
  }
}
