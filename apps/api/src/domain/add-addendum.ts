// After sign-off the record is never edited: later notes are addenda, attributed and kept.
import type { Database } from '../db/client.js';
import { addenda } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { countsOf, lockSubmission } from './lock-submission.js';
import { publishEvent } from './publish-event.js';
import { recordAudit } from './record-audit.js';

export async function addAddendum(
  db: Database,
  staff: StaffContext,
  submissionId: string,
  text: string,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const { submission } = await lockSubmission(tx, staff, submissionId);
    if (submission.status !== 'signed_off') {
      throw new AppError(
        'conflict',
        'Addenda are for signed-off submissions. Before sign-off, use the notes on flags.',
      );
    }
    const [row] = await tx
      .insert(addenda)
      .values({ submissionId: submission.id, text, byUserId: staff.user.id, at: now })
      .returning();
    await recordAudit(tx, {
      at: now,
      actorType: 'staff',
      actorId: staff.user.id,
      action: 'addendum.added',
      subjectType: 'submission',
      subjectId: submission.id,
      siteId: submission.siteId,
      detail: { addendumId: row!.id },
    });
    await publishEvent(tx, {
      type: 'submission.updated',
      siteId: submission.siteId,
      submissionId: submission.id,
      counts: countsOf(submission),
      status: submission.status,
    });
    return {
      id: row!.id,
      text: row!.text,
      by: { id: staff.user.id, displayName: staff.user.displayName },
      at: row!.at.toISOString(),
    };
  });
}
