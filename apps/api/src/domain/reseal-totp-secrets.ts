// After a TOTP key rotation, reseals every stored TOTP secret (enrolled or pending) with the current
// key, so the previous keys can be dropped from TOTP_ENCRYPTION_KEYS_OLD. Sign-ins reseal as they
// go; this covers accounts that have not signed in since. Safe to run while the API serves.
import { and, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { staffUsers } from '../db/schema.js';
import { decryptSecret, encryptSecret, sealedWithOldKey, type TotpKeys } from '../lib/secrets.js';

/** Reseals what needs it; returns how many accounts changed. */
export async function resealTotpSecrets(db: Database, keys: TotpKeys): Promise<number> {
  const t = staffUsers;
  const rows = await db
    .select({ id: t.id, secret: t.totpSecret, pending: t.totpPendingSecret })
    .from(t)
    .where(or(isNotNull(t.totpSecret), isNotNull(t.totpPendingSecret)));
  let resealed = 0;
  for (const row of rows) {
    const reseal = (stored: string | null) =>
      stored && sealedWithOldKey(keys, stored)
        ? encryptSecret(keys, decryptSecret(keys, stored))
        : stored;
    const secret = reseal(row.secret);
    const pending = reseal(row.pending);
    if (secret === row.secret && pending === row.pending) continue;
    // Only if nobody changed them meanwhile (a new enrolment, an admin reset, a sign-in's reseal).
    const changed = await db
      .update(t)
      .set({ totpSecret: secret, totpPendingSecret: pending })
      .where(
        and(
          eq(t.id, row.id),
          sql`${t.totpSecret} is not distinct from ${row.secret}`,
          sql`${t.totpPendingSecret} is not distinct from ${row.pending}`,
        ),
      )
      .returning({ id: t.id });
    resealed += changed.length;
  }
  return resealed;
}
