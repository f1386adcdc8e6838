// Failed sign-ins, unlocks and intake starts are rows in the database, one per bucket
// ("login:account:<hash>", "intake:client:<address>", …), so a throttle holds across API processes.
//
// Counting and checking are one step: before an attempt, each of its buckets is locked for the
// length of a short transaction, its recent failures counted, and one failure reserved. Concurrent
// attempts therefore see each other's reservations, and a burst of N wrong attempts lets exactly
// `limit` through, never more. A failed attempt keeps its reservation as its failure; any other
// outcome releases it.
import { and, count, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.js';
import { loginFailures } from '../db/schema.js';
import type { AppError } from '../lib/errors.js';
import { sha256 } from '../lib/secrets.js';

export const HOUR_MS = 60 * 60 * 1000;
// Rows past every window are useless: a reservation drops those of its buckets.
const KEEP_MS = 24 * HOUR_MS;
// The first key of the two-key advisory locks taken here, so they cannot meet anyone else's.
const LOCK_CLASS = 0x7468; // "th"

export const accountBucket = (email: string) =>
  `login:account:${sha256(email.trim().toLowerCase())}`;
export const loginClientBucket = (address: string) => `login:client:${address}`;

export interface FailureBudget {
  bucket: string;
  /** failures allowed within the window; the next attempt is refused */
  limit: number;
  windowMs: number;
}

async function recentFailures(
  db: Executor,
  bucket: string,
  now: Date,
  windowMs: number,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(
      and(
        eq(loginFailures.bucket, bucket),
        gt(loginFailures.at, new Date(now.getTime() - windowMs)),
      ),
    );
  return row?.n ?? 0;
}

const lockKey = (bucket: string) => Buffer.from(sha256(bucket), 'hex').readInt32BE(0);

/** Reserves one failure in every budget, or returns null when any is spent. */
async function reserveFailure(
  db: Database,
  budgets: FailureBudget[],
  now: Date,
): Promise<number[] | null> {
  return db.transaction(async (tx) => {
    // Always in the same order, so two attempts sharing buckets cannot deadlock.
    const keys = [...new Set(budgets.map((b) => lockKey(b.bucket)))].sort((a, b) => a - b);
    for (const key of keys)
      await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_CLASS}, ${key})`);
    for (const budget of budgets) {
      if ((await recentFailures(tx, budget.bucket, now, budget.windowMs)) >= budget.limit)
        return null;
    }
    const buckets = budgets.map((b) => b.bucket);
    await tx
      .delete(loginFailures)
      .where(
        and(
          inArray(loginFailures.bucket, buckets),
          lt(loginFailures.at, new Date(now.getTime() - KEEP_MS)),
        ),
      );
    const rows = await tx
      .insert(loginFailures)
      .values(buckets.map((bucket) => ({ bucket, at: now })))
      .returning({ id: loginFailures.id });
    return rows.map((row) => row.id);
  });
}

/**
 * Runs one attempt at a secret (password, TOTP code, visit code) within the failure budgets of its
 * buckets, throwing `refusal()` instead when one is spent. The attempt calls `countFailure()` when
 * the secret was wrong; a success, or a refusal for another reason, does not count.
 */
export async function attemptWithinBudget<T>(
  db: Database,
  budgets: FailureBudget[],
  now: Date,
  refusal: () => AppError,
  attempt: (countFailure: () => void) => Promise<T>,
): Promise<T> {
  const reserved = await reserveFailure(db, budgets, now);
  if (!reserved) throw refusal();
  let failed = false;
  try {
    return await attempt(() => {
      failed = true;
    });
  } finally {
    if (!failed) await db.delete(loginFailures).where(inArray(loginFailures.id, reserved));
  }
}

/** An admin's password reset clears the account's throttle: "ask an admin" must actually help. */
export async function clearFailures(db: Executor, bucket: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.bucket, bucket));
}
