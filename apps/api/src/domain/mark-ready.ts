// The nurse hands the reviewed submission to the clinician: in_review → ready_for_signoff.
import type { Database } from '../db/client.js';
import { AppError } from '../lib/errors.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { changeStatus, countsOf, lockSubmission, refuseIfSignedOff } from './lock-submission.js';

export async function markReady(
  db: Database,
  staff: StaffContext,
  submissionId: string,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const { submission } = await lockSubmission(tx, staff, submissionId);
    refuseIfSignedOff(submission);
    if (submission.status !== 'in_review') {
      throw new AppError(
        'conflict',
        submission.status === 'submitted'
          ? 'Claim this submission for review first.'
          : 'This submission is already ready for sign-off.',
      );
    }
    await changeStatus(tx, {
      submission,
      to: 'ready_for_signoff',
      staff,
      at: now,
      counts: countsOf(submission),
      action: 'submission.ready',
    });
    return { id: submission.id, status: 'ready_for_signoff' as const };
  });
}
