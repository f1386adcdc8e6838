// Password (and TOTP when enrolled) → a fresh session. Failures are counted per account and per
// client in the database, so the throttle holds across API processes.
import { and, count, eq, gt } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import type { Database } from '../db/client.js';
import { loginFailures, staffSessions, staffUsers } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import { dummyPasswordHash, verifyPassword } from '../lib/passwords.js';
import { randomToken, sha256 } from '../lib/secrets.js';
import { ABSOLUTE_SESSION_MS, type StaffRole } from '../plugins/staff-session.js';
import { recordAudit } from './record-audit.js';
import { totpRequiredRoles } from './totp-settings.js';

const HOUR_MS = 60 * 60 * 1000;

export interface LoginLimits {
  failuresPerAccount: number;
  failuresPerClient: number;
}

export async function logInStaff(
  db: Database,
  input: { email: string; password: string; totp?: string | undefined; clientAddress: string },
  limits: LoginLimits,
  now: Date,
) {
  const email = input.email.trim().toLowerCase();
  const accountBucket = `login:account:${sha256(email)}`;
  const clientBucket = `login:client:${input.clientAddress}`;
  const since = new Date(now.getTime() - HOUR_MS);
  const failures = async (bucket: string) => {
    const [row] = await db
      .select({ n: count() })
      .from(loginFailures)
      .where(and(eq(loginFailures.bucket, bucket), gt(loginFailures.at, since)));
    return row?.n ?? 0;
  };
  if (
    (await failures(accountBucket)) >= limits.failuresPerAccount ||
    (await failures(clientBucket)) >= limits.failuresPerClient
  ) {
    throw new AppError(
      'rate_limited',
      'Too many failed sign-ins. Please wait a while, or ask an admin to reset your password.',
    );
  }

  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.email, email)).limit(1);
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await dummyPasswordHash()),
    input.password,
  );
  const fail = async () => {
    await db.insert(loginFailures).values([
      { bucket: accountBucket, at: now },
      { bucket: clientBucket, at: now },
    ]);
    await recordAudit(db, {
      at: now,
      actorType: 'staff',
      actorId: user?.id ?? null,
      action: 'auth.login_failed',
    });
    throw new AppError('unauthorized', 'Email or password is not right.');
  };
  if (!user || !user.active || !passwordOk) return fail();

  const roles = user.roles as StaffRole[];
  const enrolled = user.totpSecret !== null && user.totpEnabledAt !== null;
  let enrolmentOnly = false;
  if (enrolled) {
    if (!input.totp)
      throw new AppError('totp_required', 'Enter the 6-digit code from your authenticator app.');
    if (!verifyTotp(user.totpSecret!, input.totp, now)) return fail();
  } else {
    const required = await totpRequiredRoles(db);
    enrolmentOnly = roles.some((role) => required.includes(role));
  }

  const sessionId = randomToken(32);
  const csrfToken = randomToken(32);
  await db.transaction(async (tx) => {
    await tx.insert(staffSessions).values({
      idHash: sha256(sessionId),
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ABSOLUTE_SESSION_MS),
      enrolmentOnly,
    });
    await recordAudit(tx, { at: now, actorType: 'staff', actorId: user.id, action: 'auth.login' });
  });
  return { sessionId, csrfToken, userId: user.id, enrolmentOnly };
}

export function verifyTotp(secret: string, token: string, now: Date): boolean {
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  return (
    totp.validate({ token: token.replace(/\s/g, ''), timestamp: now.getTime(), window: 1 }) !== null
  );
}
