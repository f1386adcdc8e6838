// An admin resets a password: a one-time temporary password (shown once to the admin) that must be
// replaced at the next sign-in. The person's sessions end and their sign-in throttle is cleared.
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { staffUsers } from '../db/schema.js';
import { notFound } from '../lib/errors.js';
import { hashPassword, newTemporaryPassword } from '../lib/passwords.js';
import { accountBucket, clearFailures } from './failure-counters.js';
import { recordAudit } from './record-audit.js';
import { endStaffSessions } from './staff-sessions.js';

export async function resetStaffPassword(db: Database, actorId: string, userId: string, now: Date) {
  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.id, userId));
  if (!user) throw notFound('No such staff account.');
  const temporaryPassword = newTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(staffUsers)
      .set({ passwordHash, passwordChangeRequired: true })
      .where(eq(staffUsers.id, userId));
    const endedSessions = await endStaffSessions(tx, userId, now);
    await clearFailures(tx, accountBucket(user.email));
    await recordAudit(tx, {
      at: now,
      actorType: 'staff',
      actorId,
      action: 'staff_user.password_reset',
      subjectType: 'staff_user',
      subjectId: userId,
      detail: { endedSessions },
    });
  });
  return { temporaryPassword };
}
