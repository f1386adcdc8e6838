// Re-entering the password (and a TOTP code when enrolled) to confirm a weighty action, such as a
// clinician's sign-off. Wrong passwords count against the account's sign-in throttle; a TOTP code
// is spent, so the one used to sign in cannot be replayed here.
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { staffUsers } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import type { TotpKeys } from '../lib/secrets.js';
import type { StaffContext } from '../plugins/staff-session.js';
import type { LoginLimits } from './log-in-staff.js';
import { spendTotpCode } from './staff-totp.js';
import { checkOwnPassword } from './unlock-session.js';

export async function reauthenticateStaff(
  db: Database,
  auth: { totpKeys: TotpKeys; loginLimits: LoginLimits },
  staff: StaffContext,
  input: { password: string; totp?: string | undefined },
  now: Date,
): Promise<void> {
  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.id, staff.user.id));
  const enrolled = user?.totpSecret != null && user.totpEnabledAt != null;
  if (enrolled && !input.totp)
    throw new AppError('totp_required', 'Enter the 6-digit code from your authenticator app.');
  await checkOwnPassword(db, staff, input.password, 'password', auth.loginLimits, now);
  if (enrolled && !(await spendTotpCode(db, auth.totpKeys, user, input.totp!, now)))
    throw new AppError('validation_failed', 'That code is not right or was already used.', [
      { path: 'totp', message: 'Wait for the next code from your authenticator app.' },
    ]);
}
