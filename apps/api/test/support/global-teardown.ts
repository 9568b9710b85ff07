// Stops the test PostgreSQL, then condenses its statement log for the tenancy audit (test/tenancy).
const { condenseStatementLog } = require('../tenancy/capture.ts') as typeof import('../tenancy/capture.js');

export default async function globalTeardown(): Promise<void> {
  await globalThis.__BACKTRACK_PG__?.stop();
  // After the stop, so that the log holds every statement of the run.
  const logFile = globalThis.__BACKTRACK_STATEMENT_LOG__;
  if (logFile) await condenseStatementLog(logFile, ['jest', ...process.argv.slice(2)].join(' '));
}
