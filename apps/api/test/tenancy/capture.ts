// Capture of the SQL the API sends during the API test run, for the tenancy audit (tenancy.audit.spec.ts).
// PostgreSQL itself logs every statement (log_statement=all, jsonlog), so nothing in the API is patched
// and every client library the API uses (Prisma's pg adapter, pg-boss, the message relay's pg pool) is
// seen exactly as it reaches the server. Connections are told apart by application_name: the API
// started by test/support/api.ts, the suites' fixture SQL (test/support/sql.ts) and the migrations.
// The global teardown condenses the log into one small file of distinct statements (captureFile).
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';

/** application_name of the connections of the API under test (startApi). Only these are audited. */
export const API_APPLICATION_NAME = 'backtrack-api-under-test';
/** application_name of the suites' own SQL: fixtures and inspection, not the API's. */
export const FIXTURE_APPLICATION_NAME = 'backtrack-test-fixtures';
/** application_name of the global setup's migrations. */
export const MIGRATION_APPLICATION_NAME = 'backtrack-test-migrations';

/** Where API test runs leave their captured statements (ignored by git). */
export const CAPTURE_DIR = path.resolve(__dirname, '.captured');
const KEEP_CAPTURES_MS = 24 * 3600 * 1000;

/**
 * The capture of the run started by process `parent`: the API package's test script runs jest twice
 * from one shell (the suite, then the audit), so both share their parent process and the audit reads
 * exactly the statements of the suite before it, even while other runs share this checkout.
 */
export function captureFile(parent = process.ppid): string {
  return path.join(CAPTURE_DIR, `run-${parent}.json`);
}

/** The newest capture, for an audit started on its own after a separate run. */
export function newestCaptureFile(): string | undefined {
  if (!existsSync(CAPTURE_DIR)) return undefined;
  return readdirSync(CAPTURE_DIR)
    .filter((name) => /^run-\d+\.json$/.test(name))
    .map((name) => path.join(CAPTURE_DIR, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

/** Server settings of the test cluster only: every statement, as JSON lines, without parameter values. */
export const STATEMENT_LOG_SETTINGS: Record<string, string> = {
  logging_collector: 'on',
  log_destination: 'jsonlog',
  log_directory: 'log',
  log_filename: 'statements.log', // jsonlog writes statements.json
  log_file_mode: '0644',
  log_rotation_age: '0',
  log_rotation_size: '0',
  log_statement: 'all',
  // Parameter values are kept only for statements that list several clinics (see PARAMETER_SAMPLES).
  log_parameter_max_length: '-1',
};

/** Statements whose parameter values the audit needs: clinicId IN (...), sent by Prisma's relation loading. */
const NEEDS_PARAMETERS = /"clinicId"\s+IN\s*\(/i;
/** Distinct parameter lists kept per such statement. */
const PARAMETER_SAMPLES = 200;

export function statementLogPath(databaseDir: string): string {
  return path.join(databaseDir, 'log', 'statements.json');
}

export function withApplicationName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('application_name', name);
  return parsed.toString();
}

export interface CapturedStatement {
  sql: string;
  /** How many times it was executed. */
  count: number;
  database: string;
  /** For statements listing clinics: distinct parameter lists of its executions ($1 first; null for NULL). */
  parameters?: (string | null)[][];
}

/** "Parameters: $1 = 'a', $2 = NULL" (log detail of an extended-protocol execute) as ['a', null]. */
export function parseParameterDetail(detail: string): (string | null)[] {
  const values: (string | null)[] = [];
  for (const match of detail.matchAll(/\$(\d+) = (NULL|'((?:[^']|'')*)')/g)) {
    values[Number(match[1]) - 1] = match[2] === 'NULL' ? null : match[3]!.replace(/''/g, "'");
  }
  return values;
}

export interface Capture {
  capturedAt: string;
  /** The jest command line of the run, so that a partial run (one spec file) says so. */
  command: string;
  /** Why nothing was captured (an external TEST_DATABASE_URL), if so. */
  notCaptured?: string;
  /** Statements executed per application_name ('' for connections that set none). */
  executedByApplication: Record<string, number>;
  /** Distinct statements of the API under test. */
  statements: CapturedStatement[];
}

// log_statement's message: "statement: <sql>" (simple protocol) or "execute <name>: <sql>" (extended).
const STATEMENT_MESSAGE = /^(?:statement|execute [^:]*): ([\s\S]*)$/;

/** Reads the server's JSON log and writes the API's distinct statements to captureFile(); then drops the log. */
export async function condenseStatementLog(logFile: string, command: string): Promise<Capture> {
  const executedByApplication: Record<string, number> = {};
  const distinct = new Map<string, CapturedStatement>();
  const found = existsSync(logFile);
  if (found) {
    const lines = readline.createInterface({ input: createReadStream(logFile, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.includes('"message":"statement: ') && !line.includes('"message":"execute ')) continue;
      const entry = JSON.parse(line) as { message?: string; detail?: string; application_name?: string; dbname?: string };
      const match = STATEMENT_MESSAGE.exec(entry.message ?? '');
      if (!match) continue;
      const application = entry.application_name ?? '';
      executedByApplication[application] = (executedByApplication[application] ?? 0) + 1;
      if (application !== API_APPLICATION_NAME) continue;
      const sql = match[1]!;
      let seen = distinct.get(sql);
      if (seen) seen.count += 1;
      else distinct.set(sql, (seen = { sql, count: 1, database: entry.dbname ?? '' }));
      if (NEEDS_PARAMETERS.test(sql) && entry.detail?.startsWith('Parameters: ')) {
        const values = parseParameterDetail(entry.detail);
        seen.parameters ??= [];
        const key = JSON.stringify(values);
        if (seen.parameters.length < PARAMETER_SAMPLES && !seen.parameters.some((known) => JSON.stringify(known) === key)) {
          seen.parameters.push(values);
        }
      }
    }
    await rm(path.dirname(logFile), { recursive: true, force: true });
  }
  return writeCapture({
    capturedAt: new Date().toISOString(),
    command,
    ...(found ? {} : { notCaptured: `PostgreSQL wrote no statement log (${logFile})` }),
    executedByApplication,
    statements: [...distinct.values()],
  });
}

export async function writeCapture(capture: Capture): Promise<Capture> {
  await mkdir(CAPTURE_DIR, { recursive: true });
  // Old runs' captures go (a capture is a few hundred kB).
  for (const name of readdirSync(CAPTURE_DIR)) {
    const file = path.join(CAPTURE_DIR, name);
    if (Date.now() - statSync(file).mtimeMs > KEEP_CAPTURES_MS) await rm(file, { force: true });
  }
  await writeFile(captureFile(), JSON.stringify(capture, null, 1));
  return capture;
}
