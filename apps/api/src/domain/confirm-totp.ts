// Confirms TOTP enrolment with a first code. The session changes level (from enrolment-only to
// full), so it is replaced by a new one with a new id and CSRF token.
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { staffUsers } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import { decryptSecret, encryptSecret, type TotpKeys } from '../lib/secrets.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { recordAudit } from './record-audit.js';
import { endStaffSession, openStaffSession } from './staff-sessions.js';
import { matchingTotpStep } from './staff-totp.js';

export async function confirmTotp(
  db: Database,
  keys: TotpKeys,
  staff: StaffContext,
  code: string,
  now: Date,
) {
  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.id, staff.user.id));
  if (!user?.totpPendingSecret || user.totpEnabledAt)
    throw new AppError('conflict', 'Start the authenticator set-up first.');
  const secret = decryptSecret(keys, user.totpPendingSecret);
  const step = matchingTotpStep(secret, code, now);
  if (step === null)
    throw new AppError('validation_failed', 'That code is not right.', [
      { path: 'totp', message: 'Enter the 6-digit code your authenticator app shows now.' },
    ]);
  return db.transaction(async (tx) => {
    await tx
      .update(staffUsers)
      // re-encrypted with a fresh IV: the stored form never repeats
      .set({
        totpSecret: encryptSecret(keys, secret),
        totpPendingSecret: null,
        totpEnabledAt: now,
        totpLastStep: step,
      })
      .where(eq(staffUsers.id, user.id));
    await endStaffSession(tx, staff.sessionIdHash, now);
    const session = await openStaffSession(tx, user.id, now, { enrolmentOnly: false });
    await recordAudit(tx, {
      at: now,
      actorType: 'staff',
      actorId: user.id,
      action: 'auth.totp_enabled',
      subjectType: 'staff_user',
      subjectId: user.id,
    });
    return session;
  });
}
