// Password (and TOTP when enrolled) → a fresh session. Failures are counted per account and per
// client in the database, so the throttle holds across API processes, and the count is checked and
// taken in one step, so a burst of concurrent wrong attempts cannot pass the limit.
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { staffUsers } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import { dummyPasswordHash, verifyPassword } from '../lib/passwords.js';
import { sha256, type TotpKeys } from '../lib/secrets.js';
import type { StaffRole } from '../plugins/staff-session.js';
import {
  HOUR_MS,
  accountBucket,
  attemptWithinBudget,
  loginClientBucket,
} from './failure-counters.js';
import { recordAudit } from './record-audit.js';
import { endStaffSession, openStaffSession } from './staff-sessions.js';
import { spendTotpCode } from './staff-totp.js';
import { totpRequiredRoles } from './totp-settings.js';

export interface LoginLimits {
  failuresPerAccount: number;
  failuresPerClient: number;
}

export async function logInStaff(
  db: Database,
  totpKeys: TotpKeys,
  input: {
    email: string;
    password: string;
    totp?: string | undefined;
    clientAddress: string;
    /** the session cookie the browser still sent, if any: it ends, a new id replaces it */
    previousSessionId?: string | undefined;
  },
  limits: LoginLimits,
  now: Date,
) {
  const email = input.email.trim().toLowerCase();
  const budgets = [
    { bucket: accountBucket(email), limit: limits.failuresPerAccount, windowMs: HOUR_MS },
    {
      bucket: loginClientBucket(input.clientAddress),
      limit: limits.failuresPerClient,
      windowMs: HOUR_MS,
    },
  ];
  const tooMany = () =>
    new AppError(
      'rate_limited',
      'Too many failed sign-ins. Please wait a while, or ask an admin to reset your password.',
    );
  return attemptWithinBudget(db, budgets, now, tooMany, async (countFailure) => {
    const [user] = await db.select().from(staffUsers).where(eq(staffUsers.email, email)).limit(1);
    const passwordOk = await verifyPassword(
      user?.passwordHash ?? (await dummyPasswordHash()),
      input.password,
    );
    const fail = async (message = 'Email or password is not right.') => {
      countFailure();
      await recordAudit(db, {
        at: now,
        actorType: 'staff',
        actorId: user?.id ?? null,
        action: 'auth.login_failed',
      });
      throw new AppError('unauthorized', message);
    };
    if (!user || !user.active || !passwordOk) return fail();

    const roles = user.roles as StaffRole[];
    const enrolled = user.totpSecret !== null && user.totpEnabledAt !== null;
    let enrolmentOnly = false;
    if (enrolled) {
      if (!input.totp)
        throw new AppError('totp_required', 'Enter the 6-digit code from your authenticator app.');
      if (!(await spendTotpCode(db, totpKeys, user, input.totp, now)))
        return fail('That code is not right or was already used. Wait for the next code.');
    } else {
      const required = await totpRequiredRoles(db);
      enrolmentOnly = roles.some((role) => required.includes(role));
    }

    return db.transaction(async (tx) => {
      if (input.previousSessionId) await endStaffSession(tx, sha256(input.previousSessionId), now);
      const session = await openStaffSession(tx, user.id, now, { enrolmentOnly });
      await recordAudit(tx, {
        at: now,
        actorType: 'staff',
        actorId: user.id,
        action: 'auth.login',
      });
      return { ...session, userId: user.id, enrolmentOnly };
    });
  });
}
