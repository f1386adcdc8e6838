// A new code for the tablet (the old one stops working); tokens already issued keep working.
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { visits } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import { hashVisitCode, newVisitCode } from '../lib/secrets.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { VISIT_CODE_LIFETIME_MS } from './create-visit.js';
import { lockVisit, refuseUnlessOpen } from './find-visit.js';
import { recordAudit } from './record-audit.js';

export async function reissueVisitCode(
  db: Database,
  staff: StaffContext,
  visitId: string,
  now: Date,
) {
  const expiresAt = new Date(now.getTime() + VISIT_CODE_LIFETIME_MS);
  return db.transaction(async (tx) => {
    const visit = await lockVisit(tx, staff, visitId);
    refuseUnlessOpen(visit);
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = newVisitCode();
      const taken = await tx
        .select({ id: visits.id })
        .from(visits)
        .where(eq(visits.codeHash, hashVisitCode(code)))
        .limit(1);
      if (taken.length > 0) continue;
      await tx
        .update(visits)
        .set({ codeHash: hashVisitCode(code), codeExpiresAt: expiresAt, updatedAt: now })
        .where(eq(visits.id, visit.id));
      await recordAudit(tx, {
        at: now,
        actorType: 'staff',
        actorId: staff.user.id,
        action: 'visit.code_reissued',
        subjectType: 'visit',
        subjectId: visit.id,
        siteId: visit.siteId,
      });
      return { visitId: visit.id, code, expiresAt: expiresAt.toISOString() };
    }
    throw new AppError('conflict', 'Could not create a visit code. Please try again.');
  });
}
