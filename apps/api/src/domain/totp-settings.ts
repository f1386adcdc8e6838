import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { settings } from '../db/schema.js';
import type { StaffRole } from '../plugins/staff-session.js';

export const TOTP_SETTING_KEY = 'totpRequiredRoles';

/** Roles that must use TOTP; the demo seeds none, production defaults to clinician and admin. */
export async function totpRequiredRoles(db: Executor): Promise<StaffRole[]> {
  const [row] = await db.select().from(settings).where(eq(settings.key, TOTP_SETTING_KEY));
  return (row?.value as StaffRole[] | undefined) ?? ['clinician', 'admin'];
}
