// Graceful shutdown of the HTTP side: on SIGTERM the API keeps listening for a bounded time, answers
// new requests (and /health) with 503 so a load balancer stops sending, and lets the requests in
// flight finish before anything they depend on (the database client, PostgreSQL) is closed.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

export class RequestDrain {
  private inFlight = 0;
  private stopping = false;
  private onIdle: (() => void) | null = null;

  /** Puts itself in front of the server's request handlers (Nest's Express app), so it sees every request first. */
  constructor(private readonly server: Server) {
    const handlers = server.listeners('request') as RequestListener[];
    server.removeAllListeners('request');
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      if (this.stopping) return refuse(req, res);
      this.inFlight++;
      // 'close' follows 'finish', and also comes when the client goes away first.
      res.once('close', () => {
        if (--this.inFlight === 0) this.onIdle?.();
      });
      for (const handler of handlers) handler.call(server, req, res);
    });
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }

  /** Refuses new requests from now on; true once those in flight have finished, false when `graceMs` ran out first. */
  drain(graceMs: number): Promise<boolean> {
    this.stopping = true;
    if (this.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), graceMs);
      this.onIdle = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
  }
}

function refuse(req: IncomingMessage, res: ServerResponse): void {
  const body = req.url?.startsWith('/health')
    ? { status: 'stopping' }
    : { errors: [{ message: 'The server is shutting down; retry in a moment.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] };
  res.writeHead(503, { 'content-type': 'application/json', connection: 'close', 'retry-after': '5' });
  res.end(JSON.stringify(body));
}
