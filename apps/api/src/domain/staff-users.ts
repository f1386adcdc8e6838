// Reading staff accounts for the admin screens (never password hashes or TOTP secrets).
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { sites, staffUserSites, staffUsers } from '../db/schema.js';
import { AppError, notFound } from '../lib/errors.js';
import { holdsClinicalRole, type StaffRole } from '../plugins/staff-session.js';

export interface StaffUserView {
  id: string;
  email: string;
  displayName: string;
  roles: StaffRole[];
  siteIds: string[];
  active: boolean;
  totpEnabled: boolean;
  passwordChangeRequired: boolean;
  createdAt: string;
}

export async function listStaffUsers(db: Executor, ids?: string[]): Promise<StaffUserView[]> {
  const users = await db
    .select()
    .from(staffUsers)
    .where(ids ? inArray(staffUsers.id, ids) : undefined)
    .orderBy(asc(staffUsers.displayName), asc(staffUsers.email));
  const memberships = users.length
    ? await db
        .select()
        .from(staffUserSites)
        .where(
          inArray(
            staffUserSites.userId,
            users.map((u) => u.id),
          ),
        )
    : [];
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles as StaffRole[],
    siteIds: memberships.filter((m) => m.userId === user.id).map((m) => m.siteId),
    active: user.active,
    totpEnabled: user.totpEnabledAt !== null,
    passwordChangeRequired: user.passwordChangeRequired,
    createdAt: user.createdAt.toISOString(),
  }));
}

export async function getStaffUser(db: Executor, id: string): Promise<StaffUserView> {
  const [user] = await listStaffUsers(db, [id]);
  if (!user) throw notFound('No such staff account.');
  return user;
}

/**
 * A nurse or clinician works at one or more sites (workflow.md); without one they would see an
 * empty queue. An admin-only account may have none (the first admin exists before any site).
 */
export function refuseClinicalRoleWithoutSite(
  roles: readonly StaffRole[],
  siteIds: readonly string[],
): void {
  if (siteIds.length === 0 && holdsClinicalRole(roles))
    throw new AppError('validation_failed', 'A nurse or clinician needs at least one site.', [
      { path: 'sites', message: 'Choose at least one site.' },
    ]);
}

/** Refuses site ids that do not exist, naming the field. */
export async function checkSitesExist(db: Executor, siteIds: string[]): Promise<void> {
  if (siteIds.length === 0) return;
  const found = await db.select({ id: sites.id }).from(sites).where(inArray(sites.id, siteIds));
  if (found.length !== new Set(siteIds).size)
    throw new AppError('validation_failed', 'Unknown site.', [
      { path: 'sites', message: 'One of these sites does not exist.' },
    ]);
}

export async function setStaffUserSites(
  tx: Executor,
  userId: string,
  siteIds: string[],
): Promise<void> {
  await tx.delete(staffUserSites).where(eq(staffUserSites.userId, userId));
  const unique = [...new Set(siteIds)];
  if (unique.length)
    await tx.insert(staffUserSites).values(unique.map((siteId) => ({ userId, siteId })));
}
