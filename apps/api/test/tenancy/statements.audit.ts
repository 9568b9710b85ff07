// Ready for a distributed PostgreSQL (Citus, distribution column clinicId): every statement the API
// sent during the API test run that touches a distributed table holds it to one clinic (see
// sql-audit.ts for the rule, tables.ts for the global tables and why). Runs after the suite
// (npm test; alone: npx jest --config test/tenancy/jest.tenancy.cjs) on what that run captured, so
// a run of one spec file audits that file's statements only.
import { existsSync, readFileSync } from 'node:fs';
import { API_APPLICATION_NAME, captureFile, newestCaptureFile, type Capture } from './capture.js';
import { auditStatement, loadParser } from './sql-audit.js';
import { crossClinicAllowance, readTableModel } from './tables.js';

// The suite run by the same shell (npm test), else the newest run's capture (the audit started alone).
const ownRun = existsSync(captureFile());
const file = ownRun ? captureFile() : newestCaptureFile();
const capture: Capture | null = file ? (JSON.parse(readFileSync(file, 'utf8')) as Capture) : null;
const truncate = (sql: string, length = 300) => (sql.length > length ? `${sql.slice(0, length)}…` : sql).replace(/\s+/g, ' ');

beforeAll(() => loadParser());

describe('the API is ready for a database distributed by clinicId', () => {
  it('has a capture of the API test run to audit', () => {
    if (!capture) {
      throw new Error(
        'Nothing captured: run the API tests first (npm test, or jest --config jest.config.cjs [spec files]), then this audit',
      );
    }
    const executed = capture.executedByApplication[API_APPLICATION_NAME] ?? 0;
    console.log(
      [
        `Auditing ${capture.statements.length} distinct statements (${executed} executed) of the API, captured ${capture.capturedAt} by: ${capture.command}`,
        ownRun ? '' : `(the newest capture, ${file}: not a run started by this audit's shell)`,
        capture.notCaptured ? `Nothing was captured: ${capture.notCaptured}` : '',
        `Statements per connection (application_name): ${JSON.stringify(capture.executedByApplication)}`,
      ]
        .filter(Boolean)
        .join('\n'),
    );
    // Against TEST_DATABASE_URL the server's log is out of reach: said above, not a failure.
    if (!capture.notCaptured && executed === 0) {
      throw new Error(`The run (${capture.command}) captured no statement of the API: it ran no spec that starts the API`);
    }
  });

  it('every schema table is either distributed by clinic or named global with a reason', () => {
    expect(readTableModel().unclassified).toEqual([]);
  });

  it('every statement touching a distributed table holds it to one clinic', () => {
    const model = readTableModel();
    const violations: string[] = [];
    const allowed: string[] = [];
    const touched = new Set<string>();
    for (const statement of capture?.statements ?? []) {
      const { findings, tables } = auditStatement(statement.sql, model, statement.parameters);
      tables.forEach((table) => touched.add(table));
      for (const { table, problem } of findings) {
        const line = `${table} ${problem} (${statement.count}×): ${truncate(statement.sql)}`;
        const allowance = crossClinicAllowance(table, statement.sql);
        if (allowance) allowed.push(`${line}\n    allowed: ${allowance}`);
        else violations.push(line);
      }
    }
    if (capture && !capture.notCaptured) {
      console.log(
        [
          `Distributed tables the run touched: ${[...touched].sort().join(', ')}`,
          `Cross-clinic by design (${allowed.length}):`,
          ...allowed,
        ].join('\n'),
      );
    }
    expect(violations).toEqual([]);
  });
});
