// TOTP (RFC 6238: SHA-1, 6 digits, 30 s) for staff. Secrets are encrypted at rest; a code is
// accepted at most once: the accepted time step is stored and only a later step passes next time.
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import type { Executor } from '../db/client.js';
import { staffUsers } from '../db/schema.js';
import { decryptSecret, encryptSecret, sealedWithOldKey, type TotpKeys } from '../lib/secrets.js';

export const TOTP_PERIOD_S = 30;
export const TOTP_ISSUER = 'Preflight';

export function totpFor(secretBase32: string, label = 'staff'): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: TOTP_ISSUER,
    label,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_S,
  });
}

/** The time step a code matches (one step of clock drift either way), or null. */
export function matchingTotpStep(secretBase32: string, code: string, now: Date): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_S) + delta;
}

/**
 * Checks a code against the user's enrolled secret and spends it: one conditional UPDATE, so two
 * processes racing with the same code cannot both accept it.
 */
export async function spendTotpCode(
  db: Executor,
  keys: TotpKeys,
  user: { id: string; totpSecret: string | null },
  code: string,
  now: Date,
): Promise<boolean> {
  if (!user.totpSecret) return false;
  const secret = decryptSecret(keys, user.totpSecret);
  const step = matchingTotpStep(secret, code, now);
  if (step === null) return false;
  const spent = await db
    .update(staffUsers)
    // a secret sealed with a previous key is resealed with the current one as it is used
    .set({
      totpLastStep: step,
      ...(sealedWithOldKey(keys, user.totpSecret)
        ? { totpSecret: encryptSecret(keys, secret) }
        : {}),
    })
    .where(
      and(
        eq(staffUsers.id, user.id),
        or(isNull(staffUsers.totpLastStep), lt(staffUsers.totpLastStep, step)),
      ),
    )
    .returning({ id: staffUsers.id });
  return spent.length === 1;
}
