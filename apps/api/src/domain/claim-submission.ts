// A nurse takes a new submission for review: submitted → in_review.
import type { Database } from '../db/client.js';
import { AppError } from '../lib/errors.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { changeStatus, countsOf, lockSubmission, refuseIfSignedOff } from './lock-submission.js';

export async function claimSubmission(
  db: Database,
  staff: StaffContext,
  submissionId: string,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const { submission } = await lockSubmission(tx, staff, submissionId);
    refuseIfSignedOff(submission);
    if (submission.status !== 'submitted') {
      throw new AppError('conflict', 'Someone is already reviewing this submission.');
    }
    await changeStatus(tx, {
      submission,
      to: 'in_review',
      staff,
      at: now,
      counts: countsOf(submission),
      action: 'submission.claimed',
    });
    return { id: submission.id, status: 'in_review' as const };
  });
}
