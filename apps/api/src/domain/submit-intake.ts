// Stores a patient's submission. The server prunes hidden answers, validates them with the
// domain's schema for this visit, and evaluates the flags itself: the tablet's opinion is never
// trusted. One transaction: submission, evaluation, state history, audit, and the live events.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import {
  QUESTIONNAIRE_VERSION,
  answersSchemaFor,
  evaluateFlags,
  fieldErrors,
  type Language,
  type VisitContext,
} from '@preflight/screening';
import type { Transaction } from '../db/client.js';
import { drafts, stateHistory, submissions, visits } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import type { IntakeContext } from '../plugins/intake-token.js';
import { EVENTS_CHANNEL, type StaffEvent } from './publish-event.js';
import { auditInsert } from './record-audit.js';
import { refuseUnlessIntakeOpen } from './save-draft.js';
import { storeEvaluation, summaryOfNewFlags } from './store-evaluation.js';

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

export async function submitIntake(
  tx: Transaction,
  intake: IntakeContext,
  input: { answers: unknown; language: Language },
  now: Date,
) {
  refuseUnlessIntakeOpen(intake);
  const visit = visitContextOf(intake.visit);
  // Strips hidden answers (never refuses for them), then requires every shown item.
  const parsed = answersSchemaFor(visit).safeParse(input.answers);
  if (!parsed.success) {
    throw new AppError(
      'validation_failed',
      'Some answers are missing or not valid.',
      fieldErrors(parsed.error),
    );
  }
  const answers = parsed.data;
  const flagList = evaluateFlags(answers, visit, { asOf: now.toISOString() });
  const summary = summaryOfNewFlags(flagList);
  const evaluationId = randomUUID();
  const siteId = intake.visit.siteId;

  const [submission] = await tx
    .insert(submissions)
    .values({
      visitId: intake.visit.id,
      siteId,
      status: 'submitted',
      answers,
      language: input.language,
      questionnaireVersion: QUESTIONNAIRE_VERSION,
      submittedAt: now,
      updatedAt: now,
      currentEvaluationId: evaluationId,
      triageGroup: summary.triageGroup,
      openUrgent: summary.open.urgent,
      openReview: summary.open.review,
      openInfo: summary.open.info,
      highestOpenSeverity: summary.highestOpenSeverity,
    })
    .onConflictDoNothing()
    .returning({ id: submissions.id });
  if (!submission) throw new AppError('already_submitted', 'These answers were already sent.');
  await storeEvaluation(tx, {
    submissionId: submission.id,
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    reason: 'submitted',
    flags: flagList,
    at: now,
    evaluationId,
  });
  const events: StaffEvent[] = [
    { type: 'submission.created', siteId, submissionId: submission.id, counts: summary.open },
  ];
  if (summary.open.urgent > 0) {
    events.push({
      type: 'flag.urgent',
      siteId,
      submissionId: submission.id,
      count: summary.open.urgent,
    });
  }
  // The rest of the submission in one statement (one round trip): its first state-history row;
  // the visit's code dies (tokens stay valid to replay this submission's key); the draft goes;
  // the audit row; and the live events, which NOTIFY delivers only if the transaction commits.
  const history = tx
    .insert(stateHistory)
    .values({ submissionId: submission.id, fromStatus: null, toStatus: 'submitted', at: now });
  const visitDone = tx
    .update(visits)
    .set({ status: 'submitted', codeHash: null, codeExpiresAt: null, updatedAt: now })
    .where(eq(visits.id, intake.visit.id));
  const draftGone = tx.delete(drafts).where(eq(drafts.visitId, intake.visit.id));
  const audit = auditInsert(tx, {
    at: now,
    actorType: 'intake',
    actorId: intake.visit.id,
    action: 'submission.created',
    subjectType: 'submission',
    subjectId: submission.id,
    siteId,
    detail: { flags: summary.open, evaluationId },
  });
  const notify = sql.join(
    events.map((e) => sql`pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(e)})`),
    sql`, `,
  );
  await tx.execute(
    // drizzle parenthesises each embedded statement: `as ${…}` reads `as (insert …)`
    sql`with history as ${history}, visit as ${visitDone}, draft as ${draftGone}, audit as ${audit} select ${notify}`,
  );
  return { submissionId: submission.id };
}
