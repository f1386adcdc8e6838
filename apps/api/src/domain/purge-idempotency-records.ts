// Idempotency records only matter while a client may still retry. The tablet drops a queued
// submission after 24 h (QUEUE_MAX_AGE_MS in apps/intake/src/device-queue.ts), so no retry can
// arrive later than that; keeping records 48 h leaves a day of margin for a tablet clock that runs
// behind. A "running" record that old was abandoned long ago (a takeover is allowed after a
// minute), so it goes too.
import { lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { idempotencyRecords } from '../db/schema.js';

export const IDEMPOTENCY_RETENTION_MS = 48 * 60 * 60 * 1000;
// Small batches keep each statement's row locks short next to live submissions.
const BATCH = 500;

/**
 * Deletes records older than the retention, in batches; returns how many went. Several API
 * processes may run it at once: SKIP LOCKED lets each take rows the others are not deleting, so
 * none waits on another and each row is deleted once.
 */
export async function purgeIdempotencyRecords(db: Database, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS);
  const t = idempotencyRecords;
  let purged = 0;
  for (;;) {
    // No index on created_at: the table holds two days of submissions, and an index would cost
    // every submit a write to spare this hourly scan.
    const batch = db
      .select({ scope: t.scope, key: t.key })
      .from(t)
      .where(lt(t.createdAt, cutoff))
      .limit(BATCH)
      .for('update', { skipLocked: true });
    const deleted = await db
      .delete(t)
      .where(sql`(${t.scope}, ${t.key}) in ${batch}`)
      .returning({ key: t.key });
    purged += deleted.length;
    if (deleted.length < BATCH) return purged;
  }
}
