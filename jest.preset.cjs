// Shared Jest setup. NestJS 12 and Apollo 5 are ESM-only; @swc/jest transpiles our code and those
// packages to CommonJS so Jest can run in its default mode while keeping decorator metadata.
const path = require('node:path');

const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};
const esmOnly = ['@nestjs', '@apollo/server', '@as-integrations', 'file-type', '@prisma/client', 'jose'];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(ts|tsx|js|mjs)$': ['@swc/jest', swc] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleNameMapper: {
    '^@backtrack/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};
