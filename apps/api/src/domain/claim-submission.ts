// A nurse takes a new submission for review: submitted → in_review.
import type { Database } from '../db/client.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { stepSubmission } from './lock-submission.js';

export function claimSubmission(
  db: Database,
  staff: StaffContext,
  submissionId: string,
  now: Date,
) {
  return stepSubmission(db, staff, submissionId, now, {
    from: 'submitted',
    to: 'in_review',
    action: 'submission.claimed',
    refusal: () => 'Someone is already reviewing this submission.',
  });
}
