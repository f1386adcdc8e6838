// An admin removes a lost authenticator: the person signs in with their password and, if their
// role requires TOTP, sets up a new one before anything else. Their sessions end.
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { staffUsers } from '../db/schema.js';
import { notFound } from '../lib/errors.js';
import { recordAudit } from './record-audit.js';
import { endStaffSessions } from './staff-sessions.js';
import { getStaffUser } from './staff-users.js';

export async function resetStaffTotp(db: Database, actorId: string, userId: string, now: Date) {
  await db.transaction(async (tx) => {
    const reset = await tx
      .update(staffUsers)
      .set({ totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null })
      .where(eq(staffUsers.id, userId))
      .returning({ id: staffUsers.id });
    if (reset.length === 0) throw notFound('No such staff account.');
    const endedSessions = await endStaffSessions(tx, userId, now);
    await recordAudit(tx, {
      at: now,
      actorType: 'staff',
      actorId,
      action: 'staff_user.totp_reset',
      subjectType: 'staff_user',
      subjectId: userId,
      detail: { endedSessions },
    });
  });
  return getStaffUser(db, userId);
}
