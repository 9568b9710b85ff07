// Component and provider tests in jsdom. Reuses the workspace's @swc/jest transform (TSX, automatic
// JSX runtime) and maps @backtrack/domain to its sources.
const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'admin',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  testTimeout: 20000,
};
