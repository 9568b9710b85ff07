const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  // The fault tests run the built API as child processes: npm run test:faults (test/faults/jest.faults.cjs).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/faults/'],
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|@apollo/server|@as-integrations|file-type|@prisma/client|@prisma/schema-engine-wasm|jose)/)',
  ],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
