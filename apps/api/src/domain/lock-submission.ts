// Shared steps of every staff write to a submission: find it in the user's sites (others are 404)
// and lock its row for the transaction, then record a status change with its history row, audit
// row and live event in that same transaction.
import { and, eq, inArray } from 'drizzle-orm';
import type { Database, Transaction } from '../db/client.js';
import { stateHistory, submissions, visits } from '../db/schema.js';
import { AppError, notFound } from '../lib/errors.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { publishEvent, type FlagCounts } from './publish-event.js';
import { recordAudit } from './record-audit.js';

export type SubmissionStatus = 'submitted' | 'in_review' | 'ready_for_signoff' | 'signed_off';
export type SubmissionRow = typeof submissions.$inferSelect;

export async function lockSubmission(
  tx: Transaction,
  staff: StaffContext,
  submissionId: string,
): Promise<{ submission: SubmissionRow; visit: typeof visits.$inferSelect }> {
  if (staff.siteIds.length === 0) throw notFound();
  const [row] = await tx
    .select({ submission: submissions, visit: visits })
    .from(submissions)
    .innerJoin(visits, eq(visits.id, submissions.visitId))
    .where(and(eq(submissions.id, submissionId), inArray(submissions.siteId, staff.siteIds)))
    .for('update', { of: submissions })
    .limit(1);
  if (!row) throw notFound();
  return row;
}

/** After sign-off a submission is read-only except for addenda. */
export function refuseIfSignedOff(submission: SubmissionRow): void {
  if (submission.status === 'signed_off') {
    throw new AppError(
      'conflict',
      'This submission is signed off and can no longer be changed. Add an addendum instead.',
    );
  }
}

export async function changeStatus(
  tx: Transaction,
  input: {
    submission: SubmissionRow;
    to: SubmissionStatus;
    staff: StaffContext;
    at: Date;
    counts: FlagCounts;
    action: string;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  const { submission, to, staff, at } = input;
  await tx
    .update(submissions)
    .set({ status: to, updatedAt: at })
    .where(eq(submissions.id, submission.id));
  await tx.insert(stateHistory).values({
    submissionId: submission.id,
    fromStatus: submission.status,
    toStatus: to,
    byUserId: staff.user.id,
    at,
  });
  await recordAudit(tx, {
    at,
    actorType: 'staff',
    actorId: staff.user.id,
    action: input.action,
    subjectType: 'submission',
    subjectId: submission.id,
    siteId: submission.siteId,
    detail: { from: submission.status, to, ...input.detail },
  });
  await publishEvent(tx, {
    type: 'submission.updated',
    siteId: submission.siteId,
    submissionId: submission.id,
    counts: input.counts,
    status: to,
  });
}

export const countsOf = (submission: SubmissionRow): FlagCounts => ({
  urgent: submission.openUrgent,
  review: submission.openReview,
  info: submission.openInfo,
});

/**
 * One step along the review (claim, ready): lock, refuse after sign-off or from any status but
 * `from`, then record the change. `refusal` says why the step is not possible from where it is.
 */
export async function stepSubmission<To extends SubmissionStatus>(
  db: Database,
  staff: StaffContext,
  submissionId: string,
  now: Date,
  step: {
    from: SubmissionStatus;
    to: To;
    action: string;
    refusal: (status: string) => string;
  },
): Promise<{ id: string; status: To }> {
  return db.transaction(async (tx) => {
    const { submission } = await lockSubmission(tx, staff, submissionId);
    refuseIfSignedOff(submission);
    if (submission.status !== step.from) {
      throw new AppError('conflict', step.refusal(submission.status));
    }
    await changeStatus(tx, {
      submission,
      to: step.to,
      staff,
      at: now,
      counts: countsOf(submission),
      action: step.action,
    });
    return { id: submission.id, status: step.to };
  });
}
