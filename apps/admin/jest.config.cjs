// Component and provider tests in jsdom. Reuses the workspace's @swc/jest transform (TSX, automatic
// JSX runtime) and maps @backtrack/domain to its sources.
const preset = require('../../jest.preset.cjs');

// ESM-only packages in react-admin's tree that Jest (CommonJS mode) must transpile too.
const esmOnly = ['react-hotkeys-hook'];

module.exports = {
  ...preset,
  displayName: 'admin',
  rootDir: __dirname,
  testEnvironment: '<rootDir>/src/test/jsdom-environment.cjs',
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  // Rendering react-admin pages in jsdom is CPU-bound: `npm test` runs the admin's specs beside the API's
  // on two cores, where a page test that takes 3 s alone took over 20 s. A hang still fails, after a minute.
  testTimeout: 60000,
};
