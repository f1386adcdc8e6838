import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/test-app.js';

describe.runIf(process.env.DATABASE_URL)('live events on PostgreSQL', () => {
  it('keep arriving after the server ends the LISTEN connection, which subscribers hear of', async () => {
    const database = await openTestDatabase('postgres');
    try {
      const received: string[] = [];
      const listening: boolean[] = [];
      await database.listen(
        'preflight_test_channel',
        (payload) => received.push(payload),
        (now) => listening.push(now),
      );
      await database.db.execute(sql`select pg_notify('preflight_test_channel', 'before')`);
      await expect.poll(() => received, { timeout: 5_000 }).toContain('before');

      // What a server restart or failover does to the one long-lived connection.
      await database.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity
            where datname = current_database() and query like 'LISTEN%' and pid <> pg_backend_pid()`,
      );
      // Notifications sent while it reconnects are lost, and subscribers are told (live-events
      // ends its streams, so staff screens refetch); keep sending until one arrives.
      await expect
        .poll(
          async () => {
            await database.db.execute(sql`select pg_notify('preflight_test_channel', 'after')`);
            return received;
          },
          { timeout: 15_000, interval: 200 },
        )
        .toContain('after');
      expect(listening).toEqual([false, true]);
    } finally {
      await database.close();
    }
  });
});
