// Demo mode only: one site, one nurse, one clinician, one admin, TOTP optional. Never in production.
import type { Database } from '../db/client.js';
import { settings, sites, staffUserSites, staffUsers } from '../db/schema.js';
import { hashPassword } from '../lib/passwords.js';
import { TOTP_SETTING_KEY } from '../domain/totp-settings.js';
import { recordAudit } from '../domain/record-audit.js';

export const DEMO_PASSWORD = 'preflight-demo-2026';
export const DEMO_ACCOUNTS = [
  { email: 'nurse@demo.preflight', displayName: 'Nora Nurse', roles: ['nurse'] },
  { email: 'clinician@demo.preflight', displayName: 'Dr. Cal Clinician', roles: ['clinician'] },
  { email: 'admin@demo.preflight', displayName: 'Ada Admin', roles: ['admin'] },
] as const;

export async function seedDemo(db: Database, now: Date): Promise<boolean> {
  const existing = await db.select({ id: sites.id }).from(sites).limit(1);
  if (existing.length > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const [site] = await tx
      .insert(sites)
      .values({ name: 'Demo Clinic', createdAt: now })
      .returning({ id: sites.id });
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await tx
        .insert(staffUsers)
        .values({
          email: account.email,
          displayName: account.displayName,
          passwordHash,
          roles: [...account.roles],
          createdAt: now,
        })
        .returning({ id: staffUsers.id });
      await tx.insert(staffUserSites).values({ userId: user!.id, siteId: site!.id });
    }
    await tx.insert(settings).values({ key: TOTP_SETTING_KEY, value: [] }).onConflictDoNothing();
    await recordAudit(tx, {
      at: now,
      actorType: 'system',
      action: 'demo.seeded',
      siteId: site!.id,
    });
  });
  return true;
}
