// Failed sign-ins, unlocks and intake starts are rows in the database, one per bucket
// ("login:account:<hash>", "intake:client:<address>", …), so a throttle holds across API processes.
import { and, count, eq, gt, inArray, lt } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { loginFailures } from '../db/schema.js';
import { sha256 } from '../lib/secrets.js';

export const HOUR_MS = 60 * 60 * 1000;

export const accountBucket = (email: string) =>
  `login:account:${sha256(email.trim().toLowerCase())}`;
export const loginClientBucket = (address: string) => `login:client:${address}`;

export async function recentFailures(
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

export async function recordFailure(db: Executor, buckets: string[], now: Date): Promise<void> {
  await db.insert(loginFailures).values(buckets.map((bucket) => ({ bucket, at: now })));
  // Rows past every window are useless: drop those of these buckets, so the table stays small.
  await db
    .delete(loginFailures)
    .where(
      and(
        inArray(loginFailures.bucket, buckets),
        lt(loginFailures.at, new Date(now.getTime() - 24 * HOUR_MS)),
      ),
    );
}

/** An admin's password reset clears the account's throttle: "ask an admin" must actually help. */
export async function clearFailures(db: Executor, bucket: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.bucket, bucket));
}
