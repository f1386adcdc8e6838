// Stores a patient's submission. The server prunes hidden answers, validates them with the
// domain's schema for this visit, and evaluates the flags itself: the tablet's opinion is never
// trusted. One transaction: submission, evaluation, state history, audit, and the live events.
import { randomUUID } from 'node:crypto';
import { eq, sql, type SQLWrapper } from 'drizzle-orm';
import {
  QUESTIONNAIRE_VERSION,
  answersSchemaFor,
  evaluateFlags,
  fieldErrors,
  type Language,
  type VisitContext,
} from '@preflight/screening';
import type { Database } from '../db/client.js';
import { drafts, stateHistory, submissions, visits } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import type { IntakeContext } from '../plugins/intake-token.js';
import { EVENTS_CHANNEL, type StaffEvent } from './publish-event.js';
import { auditInsert } from './record-audit.js';
import { refuseUnlessIntakeOpen } from './save-draft.js';
import { evaluationInserts, summaryColumns, summaryOfNewFlags } from './store-evaluation.js';
import type { StoredResponse } from './with-idempotency.js';

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

/**
 * Everything a submission writes, in one statement (so one transaction and one round trip, which
 * is most of its cost): the submission with its triage summary, the evaluation and its flags, the
 * first state-history row, the visit (its code dies; tokens stay valid to replay this key), the
 * draft (deleted), the audit row, the stored idempotent response, and the live events, which
 * NOTIFY delivers only when the statement commits.
 */
export async function submitIntake(
  db: Database,
  intake: IntakeContext,
  input: { answers: unknown; language: Language },
  now: Date,
  storeResponse: (response: StoredResponse) => SQLWrapper,
): Promise<StoredResponse> {
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
  const submissionId = randomUUID();
  const evaluationId = randomUUID();
  const siteId = intake.visit.siteId;
  const response = { status: 201, body: { submissionId } };

  const submission = db.insert(submissions).values({
    id: submissionId,
    visitId: intake.visit.id,
    siteId,
    status: 'submitted',
    answers,
    language: input.language,
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    submittedAt: now,
    updatedAt: now,
    currentEvaluationId: evaluationId,
    ...summaryColumns(summary),
  });
  const evaluation = evaluationInserts(db, {
    submissionId,
    evaluationId,
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    reason: 'submitted',
    flags: flagList,
    at: now,
  });
  const history = db
    .insert(stateHistory)
    .values({ submissionId, fromStatus: null, toStatus: 'submitted', at: now });
  const visitDone = db
    .update(visits)
    .set({ status: 'submitted', codeHash: null, codeExpiresAt: null, updatedAt: now })
    .where(eq(visits.id, intake.visit.id));
  const draftGone = db.delete(drafts).where(eq(drafts.visitId, intake.visit.id));
  const audit = auditInsert(db, {
    at: now,
    actorType: 'intake',
    actorId: intake.visit.id,
    action: 'submission.created',
    subjectType: 'submission',
    subjectId: submissionId,
    siteId,
    detail: { flags: summary.open, evaluationId },
  });
  const events: StaffEvent[] = [
    { type: 'submission.created', siteId, submissionId, counts: summary.open },
  ];
  if (summary.open.urgent > 0) {
    events.push({ type: 'flag.urgent', siteId, submissionId, count: summary.open.urgent });
  }
  const notify = sql.join(
    events.map((e) => sql`pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(e)})`),
    sql`, `,
  );
  const statements = [
    submission,
    evaluation.evaluation,
    ...(evaluation.flags ? [evaluation.flags] : []),
    history,
    visitDone,
    draftGone,
    audit,
    storeResponse(response),
  ];
  try {
    // drizzle parenthesises each embedded statement: `as ${…}` reads `as (insert …)`
    await db.execute(
      sql`with ${sql.join(
        statements.map((statement, i) => sql`${sql.raw(`w${i}`)} as ${statement}`),
        sql`, `,
      )} select ${notify}`,
    );
  } catch (error) {
    // Another submission of this visit (another key) committed first; nothing of this one stays.
    if (isUniqueViolation(error))
      throw new AppError('already_submitted', 'These answers were already sent.');
    throw error;
  }
  return response;
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
