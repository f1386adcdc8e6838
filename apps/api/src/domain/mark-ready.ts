// The nurse hands the reviewed submission to the clinician: in_review → ready_for_signoff.
import type { Database } from '../db/client.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { stepSubmission } from './lock-submission.js';

export function markReady(db: Database, staff: StaffContext, submissionId: string, now: Date) {
  return stepSubmission(db, staff, submissionId, now, {
    from: 'in_review',
    to: 'ready_for_signoff',
    action: 'submission.ready',
    refusal: (status) =>
      status === 'submitted'
        ? 'Claim this submission for review first.'
        : 'This submission is already ready for sign-off.',
  });
}
