// One typed database handle over either the embedded PGlite or a PostgreSQL pool, with the same
// migrations, plus LISTEN/NOTIFY so live events reach every API process.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.js';
import { lockDataDir } from './data-dir-lock.js';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Either the database or an open transaction: domain operations accept both. */
export type Executor = Database | Transaction;

export const migrationsFolder = resolve(fileURLToPath(import.meta.url), '../../../drizzle');

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /**
   * Subscribe to a NOTIFY channel; returns the unsubscribe function. `onListening(false)` says the
   * listening connection was lost: notifications sent until `onListening(true)` are never seen.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onListening?: (listening: boolean) => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.kind === 'postgres'
    ? openPostgres(options.url, options.poolSize)
    : openPglite(options);
}

async function openPglite(options: {
  dataDir?: string;
  loadDataDir?: Blob;
}): Promise<DatabaseHandle> {
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  try {
    const client = new PGlite({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    await client.waitReady;
    const db = drizzlePglite({ client, schema }) as unknown as Database;
    await migratePglite(db as never, { migrationsFolder });
    return {
      db,
      kind: 'pglite',
      async listen(channel, onPayload) {
        const unlisten = await client.listen(channel, onPayload);
        return async () => unlisten();
      },
      async close() {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function openPostgres(url: string, poolSize = 10): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server ended (restart, failover, DROP DATABASE … FORCE) is dropped by
  // the pool and replaced on next use; without a listener its 'error' would crash the process.
  pool.on('error', () => {});
  const db = drizzlePg({ client: pool, schema }) as unknown as Database;
  await migratePg(db as never, { migrationsFolder });
  // LISTEN needs one long-lived connection of its own, opened on first use. If the server ends it
  // (restart, failover), it reconnects with backoff and listens again, so live events resume.
  // Subscribers hear when listening stops and starts again: what was sent in between is lost.
  let listener: Promise<pg.Client> | undefined;
  let listening = false;
  let closing = false;
  const handlers = new Map<string, Set<(payload: string) => void>>();
  const listeningHandlers = new Set<(listening: boolean) => void>();
  const setListening = (value: boolean) => {
    if (listening === value) return;
    listening = value;
    for (const handler of listeningHandlers) handler(value);
  };
  const quote = (channel: string) => `"${channel.replaceAll('"', '')}"`;

  function connectListener(attempt = 0): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: url });
    let retrying = false;
    // After a working connection is lost the backoff starts again from 500 ms.
    const retry = (nextAttempt: number) => {
      if (closing || retrying) return;
      retrying = true;
      listener = undefined;
      client.removeAllListeners();
      client.on('error', () => {});
      client.end().catch(() => {});
      setListening(false);
      const delay = Math.min(30_000, 500 * 2 ** (nextAttempt - 1));
      setTimeout(() => {
        if (!closing) listener ??= connectListener(nextAttempt);
      }, delay).unref();
    };
    client.on('error', () => retry(1));
    client.on('end', () => retry(1));
    client.on('notification', (message) => {
      for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    const ready = client.connect().then(async () => {
      for (const channel of handlers.keys()) await client.query(`LISTEN ${quote(channel)}`);
      setListening(true);
      return client;
    });
    ready.catch(() => retry(attempt + 1));
    return ready;
  }

  return {
    db,
    kind: 'postgres',
    async listen(channel, onPayload, onListening) {
      listener ??= connectListener();
      const client = await listener;
      if (onListening) listeningHandlers.add(onListening);
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        await client.query(`LISTEN ${quote(channel)}`);
      }
      set.add(onPayload);
      return async () => {
        set.delete(onPayload);
        if (onListening) listeningHandlers.delete(onListening);
      };
    },
    async close() {
      closing = true;
      const client = await listener?.catch(() => undefined);
      await client?.end();
      await pool.end();
    },
  };
}
