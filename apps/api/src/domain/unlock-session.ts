// Unlocks a session locked after 15 idle minutes. Wrong passwords count against the account's
// sign-in throttle, so a locked screen is no easier to guess at than the sign-in page.
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { staffSessions, staffUsers } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import { verifyPassword } from '../lib/passwords.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { HOUR_MS, accountBucket, attemptWithinBudget } from './failure-counters.js';
import type { LoginLimits } from './log-in-staff.js';
import { recordAudit } from './record-audit.js';

export async function checkOwnPassword(
  db: Database,
  staff: StaffContext,
  password: string,
  field: string,
  limits: LoginLimits,
  now: Date,
): Promise<void> {
  const budget = {
    bucket: accountBucket(staff.user.email),
    limit: limits.failuresPerAccount,
    windowMs: HOUR_MS,
  };
  const tooMany = () =>
    new AppError(
      'rate_limited',
      'Too many wrong passwords. Please wait a while, or ask an admin to reset your password.',
    );
  await attemptWithinBudget(db, [budget], now, tooMany, async (countFailure) => {
    const [user] = await db
      .select({ passwordHash: staffUsers.passwordHash })
      .from(staffUsers)
      .where(eq(staffUsers.id, staff.user.id));
    if (user && (await verifyPassword(user.passwordHash, password))) return;
    countFailure();
    await recordAudit(db, {
      at: now,
      actorType: 'staff',
      actorId: staff.user.id,
      action: 'auth.password_check_failed',
    });
    throw new AppError('validation_failed', 'That password is not right.', [
      { path: field, message: 'That password is not right.' },
    ]);
  });
}

export async function unlockSession(
  db: Database,
  staff: StaffContext,
  password: string,
  limits: LoginLimits,
  now: Date,
): Promise<void> {
  await checkOwnPassword(db, staff, password, 'password', limits, now);
  await db.transaction(async (tx) => {
    await tx
      .update(staffSessions)
      .set({ lockedAt: null, lastSeenAt: now })
      .where(eq(staffSessions.idHash, staff.sessionIdHash));
    if (staff.locked)
      await recordAudit(tx, {
        at: now,
        actorType: 'staff',
        actorId: staff.user.id,
        action: 'auth.unlocked',
      });
  });
}
