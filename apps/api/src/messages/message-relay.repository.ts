// The outbox relay: moves due messages into the job queue. One transaction marks them queued and
// inserts their jobs (pg-boss writes through this transaction's connection), so a message is queued
// exactly once and a crash in between queues nothing. It runs on the migration user's connection, as
// pg-boss does, and claims rows as backtrack_app through the narrow dispatch policy of the migration
// patients_in_the_loop: only SCHEDULED messages are visible to it, of every clinic.
import pg from 'pg';
import { errorMessage } from '../common/error-message.js';
import { log } from '../common/logger.js';
import { APP_ROLE } from '../database/prisma.service.js';

export interface DueMessage {
  id: string;
  clinicId: string;
}

export type Executor = { executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> };

export class MessageRelayRepository {
  private readonly pool: pg.Pool;

  constructor(databaseUrl: string) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 1, application_name: 'backtrack-message-relay' });
    // An idle connection broken by a database restart emits 'error'; unheard, it would end the process.
    // The pool drops that client and the next tick connects anew.
    this.pool.on('error', (error) => log().warn({ reason: errorMessage(error) }, 'message relay connection lost'));
  }

  /** Claims up to `limit` due messages and runs `enqueue` for them inside the same transaction. */
  async relayDue(limit: number, enqueue: (due: DueMessage[], db: Executor) => Promise<void>): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL ROLE ${APP_ROLE}`);
      await client.query(`SELECT set_config('app.message_dispatch', 'on', true)`);
      const { rows } = await client.query<DueMessage>(
        `UPDATE "Message" SET "queuedAt" = now()
          WHERE "id" IN (SELECT "id" FROM "Message"
                          WHERE "status" = 'SCHEDULED' AND "queuedAt" IS NULL AND "sendAt" <= now()
                          ORDER BY "sendAt" LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING "id", "clinicId"`,
        [limit],
      );
      await client.query('RESET ROLE');
      if (rows.length) await enqueue(rows, { executeSql: (text, values) => client.query(text, values) });
      await client.query('COMMIT');
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
