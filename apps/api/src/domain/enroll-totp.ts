// Starts TOTP enrolment: a new secret, kept as pending (encrypted) until a code from it is confirmed.
import { eq } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import type { Database } from '../db/client.js';
import { staffUsers } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import { encryptSecret, type TotpKeys } from '../lib/secrets.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { recordAudit } from './record-audit.js';
import { totpFor } from './staff-totp.js';

export async function enrollTotp(db: Database, keys: TotpKeys, staff: StaffContext, now: Date) {
  if (staff.user.totpEnabled)
    throw new AppError(
      'conflict',
      'Your authenticator app is already set up. An admin can reset it if you lost it.',
    );
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  await db.transaction(async (tx) => {
    await tx
      .update(staffUsers)
      .set({ totpPendingSecret: encryptSecret(keys, secret) })
      .where(eq(staffUsers.id, staff.user.id));
    await recordAudit(tx, {
      at: now,
      actorType: 'staff',
      actorId: staff.user.id,
      action: 'auth.totp_enrolment_started',
      subjectType: 'staff_user',
      subjectId: staff.user.id,
    });
  });
  // The URI carries the secret: it is shown once, as a QR code, and never logged.
  return { otpauthUri: totpFor(secret, staff.user.email).toString(), secret };
}
