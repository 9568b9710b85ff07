// The one mapping from thrown errors to GraphQL errors. Domain errors keep their code and details;
// database constraint errors become CONFLICT / BAD_USER_INPUT; anything unknown is logged and hidden.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  isForeignKeyViolation,
  isInvalidColumnValue,
  isRecordNotFound,
  isRetryableTransactionFailure,
  isUniqueViolation,
} from '../../database/database-errors.js';
import { AppError, ErrorCode } from '../app-error.js';
import { log } from '../logger.js';
import { InvalidDateTimeError } from './date-time.scalar.js';
import { literalFieldOf } from './literal-field.js';
import { currentContext } from '../request-context.js';

const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error, depth = 0; depth < 4 && current; depth++) {
    chain.push(current);
    current = (current as { originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return chain;
}

// graphql-js names the argument only in the message of a variable it could not coerce:
// `Variable "$input" got invalid value "x" at "input.startsAt"; ...`. The path is the variable's, which
// is the argument's when the operation names its variables after the arguments, as ours do.
const VARIABLE_ERROR = /^Variable "\$([^"]+)"(?: got invalid value .*? at "([^"]+)";)?/s;

/** The field a coercion error is about, in the validation errors' dotted form (`input.startsAt`). */
export function variableFieldOf(message: string): string | undefined {
  const match = VARIABLE_ERROR.exec(message);
  const path = match?.[2] ?? match?.[1];
  return path?.replace(/\[(\d+)\]/g, '.$1');
}

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const appError = causes(error).find((cause): cause is AppError => cause instanceof AppError);
  if (appError) {
    return { message: appError.message, path: formatted.path, extensions: { code: appError.code, ...appError.details } };
  }
  const code = formatted.extensions?.code as string | undefined;
  // A malformed DateTime written inline fails validation, yet it is bad input like a malformed variable.
  if (causes(error).some((cause) => cause instanceof InvalidDateTimeError) || code === ErrorCode.BAD_USER_INPUT) {
    const at = formatted.locations?.[0];
    const document = currentContext()?.document?.();
    const field = variableFieldOf(formatted.message) ?? (at && document ? literalFieldOf(document, at) : undefined);
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) },
    };
  }
  if (code && PASS_THROUGH.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' ? code : ErrorCode.BAD_USER_INPUT },
    };
  }
  const original = error instanceof GraphQLError ? error.originalError : error;
  // Safety net: repositories translate constraint errors themselves, but none may surface as a 500.
  if (isUniqueViolation(original))
    return { message: 'A record with these values already exists', path: formatted.path, extensions: { code: ErrorCode.CONFLICT } };
  if (isRetryableTransactionFailure(original))
    return { message: 'This record changed at the same moment; try again', path: formatted.path, extensions: { code: ErrorCode.CONFLICT } };
  if (isRecordNotFound(original)) return { message: 'Record not found', path: formatted.path, extensions: { code: ErrorCode.NOT_FOUND } };
  if (isForeignKeyViolation(original) || isInvalidColumnValue(original))
    return { message: 'Invalid reference in input', path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  log().error({ err: original, path: formatted.path }, 'unhandled error in GraphQL operation');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
