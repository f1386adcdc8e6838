// Stores a patient's submission. The server prunes hidden answers, validates, and evaluates the
// flags itself: the tablet's opinion is never trusted. One transaction: submission, evaluation,
// state history, audit, and the live event.
import { eq } from 'drizzle-orm';
import {
  QUESTIONNAIRE_VERSION,
  answersSchema,
  evaluateFlags,
  type Language,
  type VisitContext,
} from '@preflight/screening';
import type { Database } from '../db/client.js';
import { drafts, stateHistory, submissions, visits } from '../db/schema.js';
import { AppError, type FieldError } from '../lib/errors.js';
import type { IntakeContext } from '../plugins/intake-token.js';
import { publishEvent } from './publish-event.js';
import { recordAudit } from './record-audit.js';
import { storeEvaluation } from './store-evaluation.js';

export function visitContextOf(visit: IntakeContext['visit']): VisitContext {
  return {
    plannedTreatment: visit.plannedTreatment as VisitContext['plannedTreatment'],
    patient: {
      givenName: visit.givenName,
      familyName: visit.familyName,
      birthDate: visit.birthDate,
    },
  };
}

export function answerFieldErrors(
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
): FieldError[] {
  return issues.map((issue) => ({
    path: issue.path
      .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
      .join(''),
    message: issue.message,
  }));
}

export async function submitIntake(
  db: Database,
  intake: IntakeContext,
  input: { answers: unknown; language: Language },
  now: Date,
) {
  if (intake.visit.status === 'cancelled')
    throw new AppError('visit_cancelled', 'This visit was cancelled. Please see staff.');
  if (intake.visit.status !== 'open')
    throw new AppError('already_submitted', 'These answers were already sent.');
  const visit = visitContextOf(intake.visit);
  const parsed = answersSchema.safeParse(input.answers);
  if (!parsed.success) {
    throw new AppError(
      'validation_failed',
      'Some answers are missing or not valid.',
      answerFieldErrors(parsed.error.issues),
    );
  }
  const answers = parsed.data;
  const flagList = evaluateFlags(answers, visit, { asOf: now.toISOString() });

  return db.transaction(async (tx) => {
    const [submission] = await tx
      .insert(submissions)
      .values({
        visitId: intake.visit.id,
        siteId: intake.visit.siteId,
        status: 'submitted',
        answers,
        language: input.language,
        questionnaireVersion: QUESTIONNAIRE_VERSION,
        submittedAt: now,
        updatedAt: now,
        triageGroup: 2,
        openUrgent: 0,
        openReview: 0,
        openInfo: 0,
      })
      .onConflictDoNothing()
      .returning({ id: submissions.id });
    if (!submission) throw new AppError('already_submitted', 'These answers were already sent.');
    const evaluation = await storeEvaluation(tx, {
      submissionId: submission.id,
      questionnaireVersion: QUESTIONNAIRE_VERSION,
      reason: 'submitted',
      flags: flagList,
      at: now,
    });
    await tx
      .insert(stateHistory)
      .values({ submissionId: submission.id, fromStatus: null, toStatus: 'submitted', at: now });
    // The code dies at submission; tokens stay valid to replay this submission's key.
    await tx
      .update(visits)
      .set({ status: 'submitted', codeHash: null, codeExpiresAt: null, updatedAt: now })
      .where(eq(visits.id, intake.visit.id));
    await tx.delete(drafts).where(eq(drafts.visitId, intake.visit.id));
    await recordAudit(tx, {
      at: now,
      actorType: 'intake',
      actorId: intake.visit.id,
      action: 'submission.created',
      subjectType: 'submission',
      subjectId: submission.id,
      siteId: intake.visit.siteId,
      detail: { flags: evaluation.open },
    });
    await publishEvent(tx, {
      type: 'submission.created',
      siteId: intake.visit.siteId,
      submissionId: submission.id,
      counts: evaluation.open,
    });
    if (evaluation.open.urgent > 0) {
      await publishEvent(tx, {
        type: 'flag.urgent',
        siteId: intake.visit.siteId,
        submissionId: submission.id,
        count: evaluation.open.urgent,
      });
    }
    return { submissionId: submission.id };
  });
}
