// Builds the HTTP server: GraphQL at /graphql, /health, and the built admin at /. Used by main.ts and
// by the integration tests, so tests exercise exactly what users run.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { AppModule } from './app.module.js';
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
  app.use(requestContextMiddleware);
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

function serveAdmin(app: NestExpressApplication, config: AppConfig): void {
  const dist = config.adminDist ?? path.join(repoRoot(), 'apps/admin/dist');
  if (!existsSync(path.join(dist, 'index.html'))) return;
  app.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
  // Client-side routes (e.g. /patients/123) get the app shell.
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health')) return next();
    res.sendFile(path.join(dist, 'index.html'));
  });
}
