// Idempotency-Key per the IETF httpapi draft: the first request runs, a retry with the same key and
// body gets the stored response, the same key with another body is 422, and a retry while the first
// is still running is 409.
import { and, eq } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import type { Database } from '../db/client.js';
import { runPrepared, type PreparedStatement } from '../db/prepared-statement.js';
import { idempotencyRecords } from '../db/schema.js';
import { AppError } from '../lib/errors.js';

// A process that died mid-request leaves "running" behind; after this long the key may run again.
const ABANDONED_AFTER_MS = 60_000;

export interface StoredResponse {
  status: number;
  body: unknown;
}

/** The row of `idempotency_records` that holds one key's state and, once done, its response. */
export interface IdempotencyRecord {
  scope: string;
  key: string;
}

/**
 * Two CTEs that claim the key, or take over one left "running" by a process that died, for the
 * row of `source` (columns scope, key, request_hash, created_at); `claim` returns the key when
 * claimed. Committed asynchronously: a claim lost in a database crash leaves nothing behind (the
 * work it guards commits synchronously, which flushes the claim with it), so it need not wait for
 * the disk. The tablet's submission claims in the statement that checks its token (see
 * plugins/intake-token.ts), which saves a round trip on the busiest write; the rest `claimKey`.
 */
export const claimKeyFrom = (source: string) => `
async_commit as (select set_config('synchronous_commit', 'off', true)),
claim as (
  insert into idempotency_records (scope, key, request_hash, state, created_at)
  select source.scope, source.key, source.request_hash, 'running', source.created_at
  from (${source}) as source, async_commit
  on conflict (scope, key) do update
    set request_hash = excluded.request_hash, created_at = excluded.created_at
    where idempotency_records.state = 'running'
      and idempotency_records.created_at < excluded.created_at - interval '${ABANDONED_AFTER_MS} milliseconds'
  returning key
)`;

/** Written by hand for the hot paths (see prepared-statement.ts). */
const claimKey: PreparedStatement = {
  name: 'claim_idempotency_key_v2',
  text: `with ${claimKeyFrom(
    'select $1::text as scope, $2::text as key, $3::text as request_hash, $4::timestamptz as created_at',
  )}
select key from claim`,
};

export const hashRequestBody = (body: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(body ?? null))
    .digest('hex');

const MAX_KEY_LENGTH = 200;

/** The header's key if withIdempotency would accept it: what a guard may claim ahead of it. */
export function usableIdempotencyKey(header: string | undefined): string | undefined {
  const key = header?.trim();
  return key && key.length <= MAX_KEY_LENGTH ? key : undefined;
}

export async function withIdempotency(
  db: Database,
  input: {
    scope: string;
    key: string | undefined;
    requestHash: string;
    now: Date;
    /** set when the request's guard already tried to claim this key (intake submission) */
    claimed?: boolean;
  },
  /**
   * Does the work and stores its response atomically with it: in the same transaction it sets
   * the record to state 'done' with the response's status and body, so the work and its stored
   * response commit together or not at all.
   */
  run: (record: IdempotencyRecord) => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  const key = input.key?.trim();
  if (!key)
    throw new AppError('idempotency_key_missing', 'The Idempotency-Key header is required.');
  if (key.length > MAX_KEY_LENGTH)
    throw new AppError('validation_failed', 'The Idempotency-Key header is too long.');

  const claimed =
    input.claimed ??
    (await runPrepared(db, claimKey, [input.scope, key, input.requestHash, input.now])).length > 0;

  if (!claimed) {
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
    const response = await run({ scope: input.scope, key });
    return { ...response, replayed: false };
  } catch (error) {
    if (error instanceof AppError && error.statusCode < 500 && error.code !== 'conflict') {
      // A refusal is an answer too: store it so a retry sees the same one. A conflict is not: it
      // says what the request met has moved, and the retry with this key must run again.
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
