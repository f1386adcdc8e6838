// Cancelling a visit kills its code, revokes its tablet tokens (a queued submission then gets
// 410 visit_cancelled) and drops its draft.
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { drafts, intakeTokens, visits } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { lockVisit } from './find-visit.js';
import { recordAudit } from './record-audit.js';

export async function cancelVisit(db: Database, staff: StaffContext, visitId: string, now: Date) {
  return db.transaction(async (tx) => {
    const visit = await lockVisit(tx, staff, visitId);
    if (visit.status === 'cancelled') return { visitId: visit.id, status: 'cancelled' as const };
    if (visit.status !== 'open')
      throw new AppError(
        'conflict',
        'The patient already submitted; the visit cannot be cancelled.',
      );
    await tx
      .update(visits)
      .set({ status: 'cancelled', codeHash: null, codeExpiresAt: null, updatedAt: now })
      .where(eq(visits.id, visit.id));
    await tx
      .update(intakeTokens)
      .set({ revokedAt: now })
      .where(and(eq(intakeTokens.visitId, visit.id), isNull(intakeTokens.revokedAt)));
    await tx.delete(drafts).where(eq(drafts.visitId, visit.id));
    await recordAudit(tx, {
      at: now,
      actorType: 'staff',
      actorId: staff.user.id,
      action: 'visit.cancelled',
      subjectType: 'visit',
      subjectId: visit.id,
      siteId: visit.siteId,
    });
    return { visitId: visit.id, status: 'cancelled' as const };
  });
}
