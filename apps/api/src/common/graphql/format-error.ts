// The one mapping from thrown errors to GraphQL errors. Domain errors keep their code and details;
// database constraint errors become CONFLICT / BAD_USER_INPUT; anything unknown is logged and hidden.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isForeignKeyViolation, isInvalidColumnValue, isRecordNotFound, isRetryableTransactionFailure, isUniqueViolation } from '../../database/database-errors.js';
import { AppError, ErrorCode } from '../app-error.js';
import { log } from '../logger.js';

const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

function appErrorOf(error: unknown): AppError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return null;
}

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const appError = appErrorOf(error);
  if (appError) {
    return { message: appError.message, path: formatted.path, extensions: { code: appError.code, ...appError.details } };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && PASS_THROUGH.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' ? code : ErrorCode.BAD_USER_INPUT } };
  }
  const original = error instanceof GraphQLError ? error.originalError : error;
  // Safety net: repositories translate constraint errors themselves, but none may surface as a 500.
  if (isUniqueViolation(original)) return { message: 'A record with these values already exists', path: formatted.path, extensions: { code: ErrorCode.CONFLICT } };
  if (isRetryableTransactionFailure(original)) return { message: 'This record changed at the same moment; try again', path: formatted.path, extensions: { code: ErrorCode.CONFLICT } };
  if (isRecordNotFound(original)) return { message: 'Record not found', path: formatted.path, extensions: { code: ErrorCode.NOT_FOUND } };
  if (isForeignKeyViolation(original) || isInvalidColumnValue(original)) return { message: 'Invalid reference in input', path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  log().error({ err: original, path: formatted.path }, 'unhandled error in GraphQL operation');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
