// The tenancy audit: runs after the API suite (see the api package's test script) and checks the
// statements that run captured (test/tenancy/capture.ts). No database of its own.
const base = require('../../jest.config.cjs');

module.exports = {
  ...base,
  displayName: 'api-tenancy',
  rootDir: require('node:path').resolve(__dirname, '../..'),
  testMatch: ['<rootDir>/test/tenancy/*.audit.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: undefined,
  globalTeardown: undefined,
};
