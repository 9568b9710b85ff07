// The Apollo client every GraphQL call goes through: react-admin's data provider and the explicit
// domain mutations (bookSession, recordAssessment, …) alike, so they share auth and error handling.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, gql, type DocumentNode, type FetchResult } from '@apollo/client';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { toApiError } from './graphqlErrors';
import { currentToken } from './session';

export const GRAPHQL_PATH = '/graphql';

/** Adds `Authorization: Bearer <token>` while the stored token is valid. */
const authLink = new ApolloLink((operation, forward) => {
  const token = currentToken();
  if (token) {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${token}` },
    }));
  }
  return forward(operation);
});

/**
 * A non-2xx answer that still carries GraphQL errors (e.g. a variable of the wrong type) becomes a
 * normal result with errors, so the server's message and code reach the user instead of "Response not
 * successful: Received status code 400".
 */
const httpErrorBodyLink = new ApolloLink(
  (operation, forward) =>
    new Observable<FetchResult>((observer) => {
      const subscription = forward(operation).subscribe({
        next: (result) => observer.next(result),
        complete: () => observer.complete(),
        error: (error: { result?: { errors?: unknown } }) => {
          const errors = error?.result?.errors;
          if (Array.isArray(errors) && errors.length) {
            observer.next({ errors } as FetchResult);
            observer.complete();
          } else {
            observer.error(error);
          }
        },
      });
      return () => subscription.unsubscribe();
    }),
);

export function createGraphQLClient(uri: string = GRAPHQL_PATH): ApolloClient<unknown> {
  return new ApolloClient({
    link: ApolloLink.from([authLink, httpErrorBodyLink, new HttpLink({ uri, fetch: (input, init) => fetch(input, init) })]),
    // react-admin keeps its own cache (react-query); Apollo's would only serve stale lists.
    cache: new InMemoryCache(),
    defaultOptions: {
      query: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
      mutate: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    },
  });
}

export const graphqlClient = createGraphQLClient();

/**
 * An operation written with the generated `graphql()` function: the text, with its result and
 * variable types from the committed schema (see codegen.ts).
 */
// `object` keeps plain strings out: every operation goes through `graphql()` and so is typed.
export type TypedOperation<TData, TVariables> = DocumentTypeDecoration<TData, TVariables> & object;

const parsed = new Map<string, DocumentNode>();
function documentOf(operation: { toString(): string }): DocumentNode {
  const text = operation.toString();
  let document = parsed.get(text);
  if (!document) {
    document = gql(text);
    parsed.set(text, document);
  }
  return document;
}

/**
 * Runs a query and returns its data. Failures reject with an ApiError carrying the server's message
 * and code (e.g. CONFLICT with the conflicting session ids in `body.extensions`).
 */
export async function callQuery<TData, TVariables>(
  query: TypedOperation<TData, TVariables>,
  variables: TVariables,
  client: ApolloClient<unknown> = graphqlClient,
): Promise<TData> {
  try {
    const result = await client.query<TData>({ query: documentOf(query), variables: variables as Record<string, unknown> });
    return result.data;
  } catch (error) {
    throw toApiError(error);
  }
}

/** Runs a mutation and returns its data; see callQuery for errors. */
export async function callMutation<TData, TVariables>(
  mutation: TypedOperation<TData, TVariables>,
  variables: TVariables,
  client: ApolloClient<unknown> = graphqlClient,
): Promise<TData> {
  try {
    const result = await client.mutate<TData>({ mutation: documentOf(mutation), variables: variables as Record<string, unknown> });
    if (result.errors?.length) throw toApiError({ graphQLErrors: result.errors });
    if (result.data == null) throw toApiError(new Error('The server returned no data'));
    return result.data;
  } catch (error) {
    throw toApiError(error);
  }
}
