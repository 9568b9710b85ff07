// Opens the request context for every HTTP request: a request id (from X-Request-Id or new), echoed
// back in the response, and one structured log line when the response finishes. Health probes arrive
// every few seconds from load balancers, so their lines are logged at debug, not info.
// With SQL_STATEMENT_COUNT on, a /graphql request also counts the SQL statements it sends (see
// database/statement-counting-pool.ts) and its response carries the number as x-sql-statements.
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { log } from './logger.js';
import { runWithContext, type RequestContext } from './request-context.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

export const SQL_STATEMENTS_HEADER = 'x-sql-statements';

export interface RequestContextOptions {
  countSqlStatements?: boolean;
}

export function requestContextMiddleware(options: RequestContextOptions = {}) {
  return (req: Request, res: Response, next: NextFunction): void => openRequestContext(req, res, next, options);
}

function openRequestContext(req: Request, res: Response, next: NextFunction, options: RequestContextOptions): void {
  const given = req.header('x-request-id');
  const context: RequestContext = {
    requestId: given && REQUEST_ID.test(given) ? given : randomUUID(),
    document: () => {
      const query = (req.body as { query?: unknown } | undefined)?.query;
      return typeof query === 'string' ? query : undefined;
    },
  };
  if (options.countSqlStatements && req.path.startsWith('/graphql')) sendStatementCount(res, (context.sqlStatements = { count: 0 }));
  (req as Request & { context?: RequestContext }).context = context;
  res.setHeader('X-Request-Id', context.requestId);
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const operation = (req.body as { operationName?: unknown } | undefined)?.operationName;
    const path = req.originalUrl.split('?')[0];
    const level = path === '/health' && res.statusCode < 500 ? 'debug' : 'info';
    runWithContext(context, () =>
      log()[level](
        {
          method: req.method,
          path,
          operation: typeof operation === 'string' ? operation : undefined,
          status: res.statusCode,
          ms: Math.round(ms),
        },
        'request',
      ),
    );
  });
  runWithContext(context, () => next());
}

/**
 * Sets the header as the response's head is written, after the request's last statement (the audit of
 * its reads is written before the response is sent). Wraps writeHead, as the on-headers package does:
 * Express's send() writes the head implicitly through it.
 */
function sendStatementCount(res: Response, counter: { count: number }): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: unknown[]) {
    if (!this.headersSent) this.setHeader(SQL_STATEMENTS_HEADER, String(counter.count));
    return (writeHead as (...a: unknown[]) => Response).apply(this, args);
  } as Response['writeHead'];
}
