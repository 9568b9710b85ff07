// react-admin's data provider: ra-data-graphql-simple over the shared Apollo client, with friendly
// resource names in URLs (/patients rather than /Patient) and the API's errors mapped once.
import type { IntrospectionSchema } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { DataProvider } from 'react-admin';
import introspection from '../graphql/introspection.json';
import { graphqlClient } from './graphqlClient';
import { toApiError } from './graphqlErrors';

/** react-admin resource name -> GraphQL type name. */
export const RESOURCE_TYPES: Record<string, string> = {
  patients: 'Patient',
  sessions: 'Session',
  messages: 'Message',
  questionnaires: 'QuestionnaireRequest',
  waitlist: 'WaitlistEntry',
  therapists: 'Therapist',
  'service-types': 'ServiceType',
  rooms: 'Room',
  staff: 'User',
  audit: 'AuditEvent',
};

const typeOf = (resource: string): string => RESOURCE_TYPES[resource] ?? resource;

const METHODS = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'updateMany', 'delete', 'deleteMany'] as const;

export function buildDataProvider(base: DataProvider): DataProvider {
  const provider: Record<string, unknown> = { ...base };
  for (const method of METHODS) {
    provider[method] = async (resource: string, params: unknown) => {
      try {
        return await (base[method] as (resource: string, params: unknown) => Promise<unknown>)(typeOf(resource), params);
      } catch (error) {
        throw toApiError(error);
      }
    };
  }
  return provider as unknown as DataProvider;
}

// ra-data-graphql 5 builds the provider synchronously. It takes the schema from the build (generated
// from the committed schema.graphql by `npm run codegen`) instead of introspecting the API: production
// refuses introspection, and the admin's operations are checked against that same schema anyway.
export const dataProvider = buildDataProvider(
  buildGraphQLProvider({
    client: graphqlClient,
    introspection: { include: Object.values(RESOURCE_TYPES), schema: introspection.__schema as unknown as IntrospectionSchema },
  }),
);
