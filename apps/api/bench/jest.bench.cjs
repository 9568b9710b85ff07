// Benchmarks run with Jest (for the swc transform that Nest's decorators need) but outside `npm test`:
//   cd apps/api && npx jest --config bench/jest.bench.cjs
// Global setup starts a throwaway embedded PostgreSQL in a temporary folder (or uses TEST_DATABASE_URL).
const base = require('../jest.config.cjs');

module.exports = {
  ...base,
  displayName: 'api-bench',
  testMatch: ['<rootDir>/bench/**/*.bench.ts'],
  testTimeout: 900000,
  maxWorkers: 1,
};
