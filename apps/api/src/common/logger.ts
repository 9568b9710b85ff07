// Structured JSON logs (pino). Log lines carry ids and codes, never request variables or patient data.
import { pino, type Logger } from 'pino';
import { currentContext } from './request-context.js';

let root: Logger = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { service: 'backtrack-api' } });

export function configureLogger(level: string): void {
  root = pino({ level, base: { service: 'backtrack-api' } });
}

/** A logger bound to the current request id and actor, when there is one. */
export function log(): Logger {
  const context = currentContext();
  if (!context) return root;
  return root.child({ requestId: context.requestId, userId: context.actor?.userId, clinicId: context.actor?.clinicId });
}

/** Nest's own log lines (start-up, unexpected exceptions) as structured JSON too. */
export const nestLogger = {
  log: (message: unknown, context?: string) => log().debug({ context }, String(message)),
  error: (message: unknown, trace?: string, context?: string) => log().error({ context, trace }, String(message)),
  warn: (message: unknown, context?: string) => log().warn({ context }, String(message)),
  debug: (message: unknown, context?: string) => log().debug({ context }, String(message)),
  verbose: (message: unknown, context?: string) => log().trace({ context }, String(message)),
};
