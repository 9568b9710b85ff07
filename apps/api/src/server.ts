// Builds the HTTP server: GraphQL at /graphql, /health, and the built admin at /. Used by main.ts and
// by the integration tests, so tests exercise exactly what users run.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module.js';
import { assertRunsAsAppRole } from './database/app-role.js';
import { assertEveryOperationDeclared } from './common/access-policy.js';
import { configureLogger, nestLogger } from './common/logger.js';
import { requestContextMiddleware } from './common/request-context.middleware.js';
import type { AppConfig } from './config/config.js';
import { repoRoot } from './config/paths.js';

export interface RunningServer {
  app: NestExpressApplication;
  url: string;
  close(): Promise<void>;
}

export async function createServer(config: AppConfig, databaseUrl: string): Promise<RunningServer> {
  configureLogger(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    logger: nestLogger,
    bodyParser: true,
  });
  assertEveryOperationDeclared(app);
  await assertRunsAsAppRole(app);
  app.use(securityHeaders());
  app.use(requestContextMiddleware({ countSqlStatements: config.sqlStatementCount }));
  app.disable('x-powered-by');
  serveAdmin(app, config);
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const close = async () => {
    // Idle keep-alive sockets would otherwise hold the server open for their full timeout.
    (app.getHttpServer() as import('node:http').Server).closeIdleConnections();
    await app.close();
  };
  return { app, url: `http://127.0.0.1:${port}`, close };
}

/**
 * Helmet's headers on every response (admin, /graphql, /health, errors). The policy is the admin's:
 * its Vite build has one external module script and no inline script, talks only to /graphql on its
 * own origin, and shows images only from itself or data: URLs (the favicon).
 */
function securityHeaders(): express.RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // MUI's emotion inserts <style> elements at run time and index.html has one inline <style>.
        // Allowing inline styles (never scripts) keeps that working without a per-response nonce
        // threaded through emotion's cache; injected CSS cannot run code.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // No upgrade-insecure-requests: a clinic reaching the server over plain HTTP on its own
        // network would have every asset request rewritten to https and fail. HSTS (helmet's
        // default) takes over once the server is behind TLS; browsers ignore it over HTTP.
      },
    },
    frameguard: { action: 'deny' },
    // Admin URLs name patients (#/patients/<id>); no other site learns them from a Referer.
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/** Judged on the decoded path, as express.static reads it: `.%6dap` is a `.map` too. A path that does not decode is refused. */
function isSourceMap(requestPath: string): boolean {
  try {
    return path.extname(decodeURIComponent(requestPath)).toLowerCase() === '.map';
  } catch {
    return true;
  }
}

function serveAdmin(app: NestExpressApplication, config: AppConfig): void {
  const dist = config.adminDist ?? path.join(repoRoot(), 'apps/admin/dist');
  if (!existsSync(path.join(dist, 'index.html'))) return;
  // Source maps hold the whole admin source; the build emits none, and one left in dist by an
  // older or hand-made build is still not served.
  const files = express.static(dist, { index: 'index.html', maxAge: '1h' });
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) =>
    isSourceMap(req.path) ? next() : files(req, res, next),
  );
  // Client-side routes (e.g. /patients/123) get the app shell; a missing file (a .map, or an old
  // chunk a stale tab asks for) is a 404, not the shell served as JavaScript. Links in messages
  // (/p/confirm?token=…) get the patient page, never the staff admin; /p/calendar.ics has an
  // extension and goes on to its controller.
  const patientPage = path.join(dist, 'patient.html');
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health')) return next();
    if (req.path.startsWith('/assets/') || path.extname(req.path) !== '') return next();
    if (isPatientPath(req.path)) return existsSync(patientPage) ? res.sendFile(patientPage) : next();
    res.sendFile(path.join(dist, 'index.html'));
  });
}

function isPatientPath(requestPath: string): boolean {
  return requestPath === '/p' || requestPath.startsWith('/p/');
}
