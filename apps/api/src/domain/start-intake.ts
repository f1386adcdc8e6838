// Exchanges a visit code and birth date for an intake token. A wrong code and a wrong birth date
// answer identically, so the endpoint reveals nothing about which codes exist. Failures are
// counted in the database per code and per client address (any API process sees them), and the
// limits are checked (and a failure reserved, atomically) before the lookup, so a throttled code
// answers the same whether it exists, and concurrent tries cannot pass the limit.
import { and, eq, gt } from 'drizzle-orm';
import { QUESTIONNAIRE } from '@preflight/screening';
import type { Database } from '../db/client.js';
import { drafts, intakeTokens, visits } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import { hashVisitCode, randomToken, sha256 } from '../lib/secrets.js';
import { attemptWithinBudget } from './failure-counters.js';
import { recordAudit } from './record-audit.js';
import { DRAFT_LIFETIME_MS, purgeStaleDrafts } from './save-draft.js';

export const INTAKE_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;
export const INTAKE_START_WINDOW_MS = 15 * 60 * 1000;

export interface IntakeStartLimits {
  perCode: number;
  perClient: number;
}

export async function startIntake(
  db: Database,
  input: { code: string; birthDate: string; clientAddress: string },
  limits: IntakeStartLimits,
  now: Date,
) {
  const budgets = [
    {
      bucket: `intake:code:${hashVisitCode(input.code)}`,
      limit: limits.perCode,
      windowMs: INTAKE_START_WINDOW_MS,
    },
    {
      bucket: `intake:client:${input.clientAddress}`,
      limit: limits.perClient,
      windowMs: INTAKE_START_WINDOW_MS,
    },
  ];
  const tooMany = () =>
    new AppError('rate_limited', 'Too many tries. Please ask the front desk for help.');
  const visit = await attemptWithinBudget(db, budgets, now, tooMany, async (countFailure) => {
    const [found] = await db
      .select()
      .from(visits)
      .where(and(eq(visits.codeHash, hashVisitCode(input.code)), gt(visits.codeExpiresAt, now)))
      .limit(1);
    if (!found || found.status !== 'open' || found.birthDate !== input.birthDate) {
      countFailure();
      throw new AppError(
        'unauthorized',
        'That code and birth date do not match a visit. Please check them, or ask the front desk.',
      );
    }
    return found;
  });
  const intakeToken = randomToken();
  const draft = await db.transaction(async (tx) => {
    await tx.insert(intakeTokens).values({
      tokenHash: sha256(intakeToken),
      visitId: visit.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INTAKE_TOKEN_LIFETIME_MS),
    });
    await recordAudit(tx, {
      at: now,
      actorType: 'intake',
      actorId: visit.id,
      action: 'intake.started',
      subjectType: 'visit',
      subjectId: visit.id,
      siteId: visit.siteId,
    });
    await purgeStaleDrafts(tx, now);
    const [row] = await tx
      .select()
      .from(drafts)
      .where(
        and(
          eq(drafts.visitId, visit.id),
          gt(drafts.updatedAt, new Date(now.getTime() - DRAFT_LIFETIME_MS)),
        ),
      );
    return row;
  });
  return {
    intakeToken,
    visit: { givenName: visit.givenName, plannedTreatment: visit.plannedTreatment },
    questionnaire: QUESTIONNAIRE,
    ...(draft
      ? {
          draft: {
            answers: draft.answers,
            step: draft.step,
            language: draft.language,
            revision: draft.revision,
          },
        }
      : {}),
  };
}
