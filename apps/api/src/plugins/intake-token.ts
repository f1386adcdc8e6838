// The tablet's bearer token: scoped to one visit, living 24 hours from its last use.
import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { intakeTokens, visits } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import { sha256 } from '../lib/secrets.js';
import { INTAKE_TOKEN_LIFETIME_MS } from '../domain/start-intake.js';

const TOUCH_EVERY_MS = 60 * 1000;

/** The token's visit, if the token is live. Prepared once per database: every tablet request runs it. */
function prepareLiveTokenLookup(db: Database) {
  return db
    .select({ token: intakeTokens, visit: visits })
    .from(intakeTokens)
    .innerJoin(visits, eq(visits.id, intakeTokens.visitId))
    .where(
      and(
        eq(intakeTokens.tokenHash, sql.placeholder('tokenHash')),
        gt(intakeTokens.expiresAt, sql.placeholder('now')),
        isNull(intakeTokens.revokedAt),
      ),
    )
    .limit(1)
    .prepare('live_intake_token_v1');
}

export interface IntakeContext {
  tokenHash: string;
  visit: typeof visits.$inferSelect;
}

declare module 'fastify' {
  interface FastifyRequest {
    intake: IntakeContext | null;
  }
  interface FastifyInstance {
    intakeOnly: preHandlerAsyncHookHandler;
  }
}

export default fp(async (fastify) => {
  const liveTokenLookup = prepareLiveTokenLookup(fastify.db);
  fastify.decorateRequest('intake', null);
  fastify.decorate('intakeOnly', async function intakeGuard(request: FastifyRequest) {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!token)
      throw new AppError(
        'unauthorized',
        'This tablet session has ended. Please ask staff for a new code.',
      );
    const tokenHash = sha256(token);
    const now = fastify.clock.now();
    const [row] = await liveTokenLookup.execute({ tokenHash, now });
    if (!row) {
      const [revoked] = await fastify.db
        .select({ status: visits.status })
        .from(intakeTokens)
        .innerJoin(visits, eq(visits.id, intakeTokens.visitId))
        .where(eq(intakeTokens.tokenHash, tokenHash))
        .limit(1);
      if (revoked?.status === 'cancelled')
        throw new AppError('visit_cancelled', 'This visit was cancelled. Please see staff.');
      throw new AppError(
        'unauthorized',
        'This tablet session has ended. Please ask staff for a new code.',
      );
    }
    // 24 hours from last use; writing it at most once a minute spares a write per request.
    const renewed = new Date(now.getTime() + INTAKE_TOKEN_LIFETIME_MS);
    if (renewed.getTime() - row.token.expiresAt.getTime() > TOUCH_EVERY_MS) {
      await fastify.db
        .update(intakeTokens)
        .set({ expiresAt: renewed })
        .where(eq(intakeTokens.tokenHash, tokenHash));
    }
    request.intake = { tokenHash, visit: row.visit };
  });
});
