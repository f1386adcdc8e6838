// The tablet's bearer token: scoped to one visit, living 24 hours from its last use.
import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { runPrepared, type PreparedStatement } from '../db/prepared-statement.js';
import { intakeTokens, visits } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import { sha256 } from '../lib/secrets.js';
import { INTAKE_TOKEN_LIFETIME_MS } from '../domain/start-intake.js';
import { claimKeyFrom, hashRequestBody, usableIdempotencyKey } from '../domain/with-idempotency.js';

const TOUCH_EVERY_MS = 60 * 1000;

/** The idempotency scope of a visit's submission: one per visit, whichever token sends it. */
export const intakeSubmitScope = (visitId: string) => `intake-submit:${visitId}`;

/**
 * The token's visit, if the token is live; with a key ($3), also claims it for the visit's
 * submission in the same statement, which saves a round trip on the busiest write (see
 * with-idempotency.ts). Every tablet request runs it (see prepared-statement.ts).
 */
const liveTokenLookup: PreparedStatement = {
  name: 'live_intake_token_v2',
  text: `
with token as (
  select t.expires_at, v.id, v.site_id, v.given_name, v.family_name, v.birth_date::text,
    v.mrn, v.planned_treatment, v.status, v.code_hash, v.code_expires_at, v.created_by,
    v.created_at, v.updated_at
  from intake_tokens t join visits v on v.id = t.visit_id
  where t.token_hash = $1 and t.expires_at > $2 and t.revoked_at is null
  limit 1
), ${claimKeyFrom(
    `select '${intakeSubmitScope('')}' || token.id as scope, $3::text as key,
       $4::text as request_hash, $2::timestamptz as created_at
     from token where $3::text is not null`,
  )}
select token.*, exists (select from claim) as claimed from token`,
};

interface LiveTokenRow {
  expires_at: Date;
  id: string;
  site_id: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  mrn: string | null;
  planned_treatment: string;
  status: string;
  code_hash: string | null;
  code_expires_at: Date | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  claimed: boolean;
}

const visitOf = (row: LiveTokenRow): typeof visits.$inferSelect => ({
  id: row.id,
  siteId: row.site_id,
  givenName: row.given_name,
  familyName: row.family_name,
  birthDate: row.birth_date,
  mrn: row.mrn,
  plannedTreatment: row.planned_treatment,
  status: row.status,
  codeHash: row.code_hash,
  codeExpiresAt: row.code_expires_at,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export interface IntakeContext {
  tokenHash: string;
  visit: typeof visits.$inferSelect;
  /** the guard's claim of the request's Idempotency-Key (intakeSubmitting, with a usable key) */
  submitClaim?: { requestHash: string; claimed: boolean };
}

declare module 'fastify' {
  interface FastifyRequest {
    intake: IntakeContext | null;
  }
  interface FastifyInstance {
    intakeOnly: preHandlerAsyncHookHandler;
    /** intakeOnly that also claims the submission's Idempotency-Key for the token's visit */
    intakeSubmitting: preHandlerAsyncHookHandler;
  }
}

export default fp(async (fastify) => {
  async function checkToken(request: FastifyRequest, claimKey: string | null) {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!token)
      throw new AppError(
        'unauthorized',
        'This tablet session has ended. Please ask staff for a new code.',
      );
    const tokenHash = sha256(token);
    const requestHash = claimKey === null ? null : hashRequestBody(request.body);
    const now = fastify.clock.now();
    const [row] = await runPrepared<LiveTokenRow>(fastify.db, liveTokenLookup, [
      tokenHash,
      now,
      claimKey,
      requestHash,
    ]);
    if (!row) throw await deadTokenRefusal(fastify.db, tokenHash);
    // 24 hours from last use; writing it at most once a minute spares a write per request.
    const renewed = new Date(now.getTime() + INTAKE_TOKEN_LIFETIME_MS);
    if (renewed.getTime() - row.expires_at.getTime() > TOUCH_EVERY_MS) {
      await fastify.db
        .update(intakeTokens)
        .set({ expiresAt: renewed })
        .where(eq(intakeTokens.tokenHash, tokenHash));
    }
    request.intake = {
      tokenHash,
      visit: visitOf(row),
      ...(requestHash === null ? {} : { submitClaim: { requestHash, claimed: row.claimed } }),
    };
  }

  fastify.decorateRequest('intake', null);
  fastify.decorate('intakeOnly', async function intakeGuard(request: FastifyRequest) {
    await checkToken(request, null);
  });
  fastify.decorate('intakeSubmitting', async function intakeSubmitGuard(request: FastifyRequest) {
    // A missing or unusable key claims nothing here; withIdempotency refuses it after this guard.
    const key = usableIdempotencyKey(request.headers['idempotency-key'] as string | undefined);
    await checkToken(request, key ?? null);
  });
});

/** A token that is not live: say the visit was cancelled if it was, else that the session ended. */
async function deadTokenRefusal(db: Database, tokenHash: string): Promise<AppError> {
  const [revoked] = await db
    .select({ status: visits.status })
    .from(intakeTokens)
    .innerJoin(visits, eq(visits.id, intakeTokens.visitId))
    .where(eq(intakeTokens.tokenHash, tokenHash))
    .limit(1);
  if (revoked?.status === 'cancelled')
    return new AppError('visit_cancelled', 'This visit was cancelled. Please see staff.');
  return new AppError(
    'unauthorized',
    'This tablet session has ended. Please ask staff for a new code.',
  );
}
