// An admin changes a staff account's roles, sites, name or active state. Deactivating, or changing
// roles, ends the person's sessions so the change holds at once. Admins cannot lock themselves out.
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { staffUsers } from '../db/schema.js';
import { AppError, notFound } from '../lib/errors.js';
import type { StaffRole } from '../plugins/staff-session.js';
import { recordAudit } from './record-audit.js';
import { endStaffSessions } from './staff-sessions.js';
import {
  checkSitesExist,
  getStaffUser,
  refuseClinicalRoleWithoutSite,
  setStaffUserSites,
} from './staff-users.js';

export interface StaffUserChange {
  displayName?: string | undefined;
  roles?: StaffRole[] | undefined;
  sites?: string[] | undefined;
  active?: boolean | undefined;
}

export async function updateStaffUser(
  db: Database,
  actorId: string,
  userId: string,
  change: StaffUserChange,
  now: Date,
) {
  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.id, userId));
  if (!user) throw notFound('No such staff account.');
  if (
    userId === actorId &&
    (change.active === false || (change.roles && !change.roles.includes('admin')))
  )
    throw new AppError(
      'conflict',
      'You cannot remove your own admin access or deactivate yourself. Ask another admin.',
    );
  if (change.sites) await checkSitesExist(db, change.sites);
  const roles = change.roles ? [...new Set(change.roles)] : undefined;
  if (roles || change.sites) {
    const siteIds = change.sites ?? (await getStaffUser(db, userId)).siteIds;
    refuseClinicalRoleWithoutSite(roles ?? (user.roles as StaffRole[]), siteIds);
  }
  const rolesChanged =
    roles !== undefined && [...roles].sort().join() !== [...user.roles].sort().join();
  await db.transaction(async (tx) => {
    await tx
      .update(staffUsers)
      .set({
        ...(change.displayName !== undefined ? { displayName: change.displayName.trim() } : {}),
        ...(roles ? { roles } : {}),
        ...(change.active !== undefined ? { active: change.active } : {}),
      })
      .where(eq(staffUsers.id, userId));
    if (change.sites) await setStaffUserSites(tx, userId, change.sites);
    const deactivated = change.active === false && user.active;
    const endedSessions = deactivated || rolesChanged ? await endStaffSessions(tx, userId, now) : 0;
    await recordAudit(tx, {
      at: now,
      actorType: 'staff',
      actorId,
      action: 'staff_user.updated',
      subjectType: 'staff_user',
      subjectId: userId,
      detail: {
        ...(roles ? { roles } : {}),
        ...(change.sites ? { siteIds: change.sites } : {}),
        ...(change.active !== undefined ? { active: change.active } : {}),
        ...(change.displayName !== undefined ? { displayNameChanged: true } : {}),
        endedSessions,
      },
    });
  });
  return getStaffUser(db, userId);
}
