// Direct SQL for tests: set up states the API cannot reach yet (e.g. clearance, owned by the outcomes
// module) and inspect rows the API does not expose. Never used to bypass what a test asserts.
import pg from 'pg';
import { testDatabaseUrl } from './api.js';

export async function sql<T extends pg.QueryResultRow = Record<string, any>>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
