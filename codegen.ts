// GraphQL Code Generator: the admin's and the tests' operations get their TypeScript types from the
// committed schema (apps/api/schema.graphql), so a schema change that breaks an operation fails
// `npm run typecheck`. Run `npm run codegen` after changing an operation or the schema.
import type { CodegenConfig } from '@graphql-codegen/cli';

const preset = {
  preset: 'client',
  presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
  config: {
    documentMode: 'string',
    useTypeImports: true,
    enumsAsTypes: true,
    avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
    scalars: { DateTime: 'string' },
  },
} as const;

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  ignoreNoDocuments: true,
  // Only `graphql(...)` calls are operations; other template strings are left alone.
  pluckConfig: { globalGqlIdentifierName: ['graphql'], gqlMagicComment: 'typed-graphql', modules: [] },
  generates: {
    'apps/admin/src/graphql/': { ...preset, documents: ['apps/admin/src/**/*.{ts,tsx}', '!apps/admin/src/graphql/**'] },
    // The admin's data provider reads the schema from this file rather than introspecting the API,
    // which production refuses (GRAPHQL_INTROSPECTION). Descriptions are left out: nothing reads them.
    'apps/admin/src/graphql/introspection.json': { plugins: ['introspection'], config: { descriptions: false } },
    // The API package is ESM under nodenext resolution: relative imports carry `.js`.
    'apps/api/test/graphql/': {
      ...preset,
      config: { ...preset.config, importExtension: '.js' },
      presetConfig: { ...preset.presetConfig, importExtension: '.js' },
      documents: ['apps/api/test/**/*.ts', '!apps/api/test/graphql/**'],
    },
  },
};

export default config;
