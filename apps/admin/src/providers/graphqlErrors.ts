// One mapping from the API's GraphQL errors to what react-admin understands: an HttpError whose
// message is the server's own wording, whose status tells authProvider.checkError what happened, and
// whose body.errors puts BAD_USER_INPUT issues on the form fields they name.
import { HttpError } from 'react-admin';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'CLEARANCE_REQUIRED'
  | 'INVALID_TRANSITION'
  | 'RATE_LIMITED'
  | 'NETWORK_ERROR'
  | 'INTERNAL_SERVER_ERROR';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  CLEARANCE_REQUIRED: 409,
  INVALID_TRANSITION: 409,
  RATE_LIMITED: 429,
  NETWORK_ERROR: 503,
  INTERNAL_SERVER_ERROR: 500,
};

export interface FieldIssue {
  field: string;
  message: string;
}

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

/** The body react-admin receives in HttpError.body. `errors` follows react-hook-form's setError shape. */
export interface ApiErrorBody {
  code: ErrorCode;
  extensions: Record<string, unknown>;
  errors?: Record<string, unknown>;
}

export class ApiError extends HttpError {
  declare body: ApiErrorBody;

  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}, errors?: Record<string, unknown>) {
    super(message, STATUS[code], { code, extensions, ...(errors ? { errors } : {}) } satisfies ApiErrorBody);
    // HttpError pins its own prototype, which would hide this subclass from instanceof and `code`.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'ApiError';
  }

  get code(): ErrorCode {
    return this.body.code;
  }
}

function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(STATUS, code);
}

function issuesOf(extensions: Record<string, unknown>): FieldIssue[] {
  const issues = extensions.issues;
  if (Array.isArray(issues)) {
    return issues.filter(
      (i): i is FieldIssue => typeof i === 'object' && i !== null && typeof i.field === 'string' && typeof i.message === 'string',
    );
  }
  return typeof extensions.field === 'string' ? [{ field: extensions.field, message: '' }] : [];
}

/**
 * Field errors for react-hook-form: `{ dateOfBirth: 'must be …', root: { serverError: '…' } }`. The
 * root entry makes react-admin's "form is invalid" notification show the server's message.
 */
export function fieldErrors(message: string, extensions: Record<string, unknown>): Record<string, unknown> | undefined {
  const issues = issuesOf(extensions);
  if (!issues.length) return undefined;
  const errors: Record<string, unknown> = { root: { serverError: message } };
  for (const issue of issues) {
    if (!(issue.field in errors)) errors[issue.field] = issue.message || message;
  }
  return errors;
}

export function fromGraphQLError(error: GraphQLErrorLike): ApiError {
  const extensions = error.extensions ?? {};
  const code = isKnownCode(extensions.code) ? extensions.code : 'INTERNAL_SERVER_ERROR';
  const errors = code === 'BAD_USER_INPUT' ? fieldErrors(error.message, extensions) : undefined;
  return new ApiError(error.message, code, extensions, errors);
}

function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] {
  if (typeof error !== 'object' || error === null) return [];
  const candidate = error as { graphQLErrors?: unknown; errors?: unknown; networkError?: { result?: { errors?: unknown } } };
  for (const list of [candidate.graphQLErrors, candidate.errors, candidate.networkError?.result?.errors]) {
    if (Array.isArray(list) && list.length) return list as GraphQLErrorLike[];
  }
  return [];
}

/**
 * Any failure of a GraphQL call (an Apollo error, an HttpError wrapping one, a fetch failure) as an
 * ApiError. Only the first GraphQL error is kept: the API reports one failure per operation.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  // ra-data-graphql wraps Apollo errors as HttpError(message, 200, apolloError).
  const inner = error instanceof HttpError && error.body ? error.body : error;
  const [first] = graphQLErrorsOf(inner);
  if (first) return fromGraphQLError(first);

  const status = (error as { status?: number } | null)?.status ?? (inner as { statusCode?: number } | null)?.statusCode;
  if (status === 401) return new ApiError('Your session has expired. Please sign in again.', 'UNAUTHENTICATED');
  if (status === 403) return new ApiError('You do not have permission to do this.', 'FORBIDDEN');
  const hasNetworkError = typeof inner === 'object' && inner !== null && 'networkError' in inner && Boolean(inner.networkError);
  if (!status || hasNetworkError || error instanceof TypeError) {
    return new ApiError('Cannot reach the Backtrack server. Check your connection and try again.', 'NETWORK_ERROR');
  }
  if (status >= 500) return new ApiError('The Backtrack server ran into a problem. Please try again.', 'INTERNAL_SERVER_ERROR');
  return new ApiError(error instanceof Error && error.message ? error.message : 'Unexpected error', 'INTERNAL_SERVER_ERROR');
}

export function isUnauthenticated(error: unknown): boolean {
  if (error instanceof ApiError) return error.code === 'UNAUTHENTICATED';
  const candidate = error as { status?: number; body?: { code?: string } } | null;
  return candidate?.status === 401 || candidate?.body?.code === 'UNAUTHENTICATED';
}
