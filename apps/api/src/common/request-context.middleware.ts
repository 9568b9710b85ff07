// Opens the request context for every HTTP request: a request id (from X-Request-Id or new), echoed
// back in the response, and one structured log line when the response finishes. Health probes arrive
// every few seconds from load balancers, so their lines are logged at debug, not info.
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { log } from './logger.js';
import { runWithContext, type RequestContext } from './request-context.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const given = req.header('x-request-id');
  const context: RequestContext = {
    requestId: given && REQUEST_ID.test(given) ? given : randomUUID(),
    document: () => {
      const query = (req.body as { query?: unknown } | undefined)?.query;
      return typeof query === 'string' ? query : undefined;
    },
  };
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
