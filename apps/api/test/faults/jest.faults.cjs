// Fault tests (npm run test:faults): the built API (dist/main.js) as real child processes that get
// SIGTERM, SIGKILL or lose their PostgreSQL. Not part of `npm test`: they need the build and take a
// minute or two. One file at a time, since each starts its own API processes and PostgreSQL.
const path = require('node:path');
const base = require('../../jest.config.cjs');

module.exports = {
  ...base,
  displayName: 'api-faults',
  rootDir: path.join(__dirname, '../..'),
  testMatch: ['<rootDir>/test/faults/**/*.faults.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120000,
  maxWorkers: 1,
  // A child process or socket of a failed test must not hang the run; cleanUp() stops what it can first.
  forceExit: true,
};
