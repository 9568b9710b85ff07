import { HttpError } from 'react-admin';
import { ApiError, isUnauthenticated, toApiError } from './graphqlErrors';

const badInput = {
  message: 'dateOfBirth: must be a real date (YYYY-MM-DD) between 1900-01-01 and today; email: must be a valid email address',
  extensions: {
    code: 'BAD_USER_INPUT',
    field: 'dateOfBirth',
    issues: [
      { field: 'dateOfBirth', message: 'must be a real date (YYYY-MM-DD) between 1900-01-01 and today' },
      { field: 'email', message: 'must be a valid email address' },
    ],
  },
};

describe('toApiError', () => {
  it('keeps the server’s message and puts each BAD_USER_INPUT issue on its field', () => {
    // ra-data-graphql rejects with HttpError(message, 200, apolloError).
    const error = toApiError(new HttpError(badInput.message, 200, { graphQLErrors: [badInput] }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe(badInput.message);
    expect(error.status).toBe(400);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.body.errors).toEqual({
      dateOfBirth: 'must be a real date (YYYY-MM-DD) between 1900-01-01 and today',
      email: 'must be a valid email address',
      root: { serverError: badInput.message },
    });
  });

  it('uses the field and the whole message when the server names a field without issues', () => {
    const error = toApiError({ graphQLErrors: [{ message: 'phone: too short', extensions: { code: 'BAD_USER_INPUT', field: 'phone' } }] });
    expect(error.body.errors).toEqual({ phone: 'phone: too short', root: { serverError: 'phone: too short' } });
  });

  it.each([
    ['UNAUTHENTICATED', 401],
    ['FORBIDDEN', 403],
    ['NOT_FOUND', 404],
    ['CONFLICT', 409],
    ['CLEARANCE_REQUIRED', 409],
    ['INVALID_TRANSITION', 409],
    ['RATE_LIMITED', 429],
  ])('maps %s to HTTP status %i without field errors', (code, status) => {
    const error = toApiError({ graphQLErrors: [{ message: `m ${code}`, extensions: { code, sessionIds: ['s1'] } }] });
    expect(error.status).toBe(status);
    expect(error.message).toBe(`m ${code}`);
    expect(error.body.errors).toBeUndefined();
    expect(error.body.extensions.sessionIds).toEqual(['s1']);
  });

  it('reads GraphQL errors from a non-2xx response body', () => {
    const error = toApiError({
      networkError: { statusCode: 400, result: { errors: [{ message: 'Variable bad', extensions: { code: 'BAD_USER_INPUT' } }] } },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('Variable bad');
  });

  it('reports an unreachable server plainly', () => {
    expect(toApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK_ERROR');
    expect(toApiError(new HttpError('Failed to fetch', undefined as unknown as number)).message).toMatch(
      /Cannot reach the Backtrack server/,
    );
  });

  it('recognises an expired session however it arrives', () => {
    expect(isUnauthenticated(toApiError({ graphQLErrors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] }))).toBe(true);
    expect(isUnauthenticated(new HttpError('x', 401))).toBe(true);
    expect(isUnauthenticated(new ApiError('x', 'FORBIDDEN'))).toBe(false);
  });
});
