// Hand-written statements for the hot path (a patient's submission). Their text never changes, so
// Node builds nothing per request and PostgreSQL parses and plans each once per connection (a
// named prepared statement). Everywhere else drizzle's query builder is the rule.
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from './client.js';

export interface PreparedStatement {
  /** unique per text: PostgreSQL keeps one plan per name and connection */
  name: string;
  text: string;
}

type Client = pg.Pool | PGlite;

export async function runPrepared<Row>(
  db: Database,
  statement: PreparedStatement,
  values: unknown[],
): Promise<Row[]> {
  const client = (db as unknown as { $client: Client }).$client;
  if (client instanceof pg.Pool) {
    const result = await client.query({ name: statement.name, text: statement.text, values });
    return result.rows as Row[];
  }
  // PGlite runs in this process: there is no round trip or plan cache to save.
  return (await client.query<Row>(statement.text, values)).rows;
}
