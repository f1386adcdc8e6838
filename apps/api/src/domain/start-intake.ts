// Exchanges a visit code and birth date for an intake token. A wrong code and a wrong birth date
// answer identically, so the endpoint reveals nothing about which codes exist.
import { and, eq, gt } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { drafts, intakeTokens, visits } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import { hashVisitCode, randomToken, sha256 } from '../lib/secrets.js';
import { recordAudit } from './record-audit.js';

export const INTAKE_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

export async function startIntake(
  db: Database,
  input: { code: string; birthDate: string },
  now: Date,
) {
  const [visit] = await db
    .select()
    .from(visits)
    .where(and(eq(visits.codeHash, hashVisitCode(input.code)), gt(visits.codeExpiresAt, now)))
    .limit(1);
  if (!visit || visit.status !== 'open' || visit.birthDate !== input.birthDate) {
    throw new AppError(
      'unauthorized',
      'That code and birth date do not match a visit. Please check them, or ask the front desk.',
    );
  }
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
    const [row] = await tx.select().from(drafts).where(eq(drafts.visitId, visit.id));
    return row;
  });
  return {
    intakeToken,
    visit: { givenName: visit.givenName, plannedTreatment: visit.plannedTreatment },
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
