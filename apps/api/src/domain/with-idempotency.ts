// Idempotency-Key per the IETF httpapi draft: the first request runs, a retry with the same key and
// body gets the stored response, the same key with another body is 422, and a retry while the first
// is still running is 409.
import { and, eq, lt, type SQLWrapper } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import type { Database } from '../db/client.js';
import { idempotencyRecords } from '../db/schema.js';
import { AppError } from '../lib/errors.js';

// A process that died mid-request leaves "running" behind; after this long the key may run again.
const ABANDONED_AFTER_MS = 60_000;

export interface StoredResponse {
  status: number;
  body: unknown;
}

export const hashRequestBody = (body: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(body ?? null))
    .digest('hex');

export async function withIdempotency(
  db: Database,
  input: { scope: string; key: string | undefined; requestHash: string; now: Date },
  /**
   * Does the work and stores its response atomically with it: `storeResponse(response)` is the
   * statement that records the response, to run in the operation's own transaction (or as part
   * of its one statement), so the work and its stored response commit together or not at all.
   */
  run: (storeResponse: (response: StoredResponse) => SQLWrapper) => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  const key = input.key?.trim();
  if (!key)
    throw new AppError('idempotency_key_missing', 'The Idempotency-Key header is required.');
  if (key.length > 200)
    throw new AppError('validation_failed', 'The Idempotency-Key header is too long.');

  // Claim the key, or take over one left "running" by a process that died.
  const claimed = await db
    .insert(idempotencyRecords)
    .values({
      scope: input.scope,
      key,
      requestHash: input.requestHash,
      state: 'running',
      createdAt: input.now,
    })
    .onConflictDoUpdate({
      target: [idempotencyRecords.scope, idempotencyRecords.key],
      set: { requestHash: input.requestHash, createdAt: input.now },
      setWhere: and(
        eq(idempotencyRecords.state, 'running'),
        lt(idempotencyRecords.createdAt, new Date(input.now.getTime() - ABANDONED_AFTER_MS)),
      ),
    })
    .returning({ key: idempotencyRecords.key });

  if (claimed.length === 0) {
    const [existing] = await db
      .select()
      .from(idempotencyRecords)
      .where(and(eq(idempotencyRecords.scope, input.scope), eq(idempotencyRecords.key, key)));
    if (!existing) throw new AppError('conflict', 'Please retry.');
    if (existing.requestHash !== input.requestHash) {
      throw new AppError(
        'idempotency_key_reused',
        'This Idempotency-Key was already used with a different request.',
      );
    }
    if (existing.state === 'running') {
      throw new AppError(
        'conflict',
        'A request with this Idempotency-Key is still being processed.',
      );
    }
    return { status: existing.responseStatus ?? 200, body: existing.responseBody, replayed: true };
  }

  const where = and(eq(idempotencyRecords.scope, input.scope), eq(idempotencyRecords.key, key));
  try {
    const response = await run((stored) =>
      db
        .update(idempotencyRecords)
        .set({ state: 'done', responseStatus: stored.status, responseBody: stored.body })
        .where(where),
    );
    return { ...response, replayed: false };
  } catch (error) {
    if (error instanceof AppError && error.statusCode < 500) {
      // A refusal is an answer too: store it so a retry sees the same one.
      const body = {
        error: {
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
          ...error.extra,
        },
      };
      await db
        .update(idempotencyRecords)
        .set({ state: 'done', responseStatus: error.statusCode, responseBody: body })
        .where(where);
    } else {
      await db.delete(idempotencyRecords).where(where);
    }
    throw error;
  }
}
