// Locks the caller's own session at once, as the staff app does when its idle lock screen appears:
// the server then refuses patient data to this session until the password unlocks it, even if the
// screen's lock is bypassed. Locking a locked session changes nothing.
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { staffSessions } from '../db/schema.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { recordAudit } from './record-audit.js';

export async function lockStaffSession(
  db: Database,
  staff: StaffContext,
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await tx
      .update(staffSessions)
      .set({ lockedAt: now })
      .where(and(eq(staffSessions.idHash, staff.sessionIdHash), isNull(staffSessions.lockedAt)))
      .returning({ idHash: staffSessions.idHash });
    if (locked.length > 0)
      await recordAudit(tx, {
        at: now,
        actorType: 'staff',
        actorId: staff.user.id,
        action: 'auth.locked',
      });
  });
}
