// Creates a staff account. From the admin screen it gets a one-time temporary password that must
// be replaced at first sign-in; the first-admin CLI passes the password the person chose.
import type { Database } from '../db/client.js';
import { staffUsers } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import { hashPassword, newTemporaryPassword, passwordProblem } from '../lib/passwords.js';
import type { StaffRole } from '../plugins/staff-session.js';
import { recordAudit } from './record-audit.js';
import {
  checkSitesExist,
  refuseClinicalRoleWithoutSite,
  getStaffUser,
  setStaffUserSites,
} from './staff-users.js';

export interface NewStaffUser {
  email: string;
  displayName: string;
  roles: StaffRole[];
  sites: string[];
  /** a password the person chose (CLI); without it a temporary one is generated */
  password?: string | undefined;
}

export async function createStaffUser(
  db: Database,
  actor: { type: 'staff'; id: string } | { type: 'system' },
  input: NewStaffUser,
  now: Date,
) {
  const email = input.email.trim().toLowerCase();
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password, { email });
    if (problem)
      throw new AppError('validation_failed', problem, [{ path: 'password', message: problem }]);
  }
  refuseClinicalRoleWithoutSite(input.roles, input.sites);
  await checkSitesExist(db, input.sites);
  const temporaryPassword = input.password === undefined ? newTemporaryPassword() : undefined;
  const passwordHash = await hashPassword(input.password ?? temporaryPassword!);
  const id = await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(staffUsers)
      .values({
        email,
        displayName: input.displayName.trim(),
        passwordHash,
        roles: [...new Set(input.roles)],
        passwordChangeRequired: temporaryPassword !== undefined,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: staffUsers.id });
    if (!user)
      throw new AppError('conflict', 'A staff account with this email already exists.', [
        { path: 'email', message: 'Already in use.' },
      ]);
    await setStaffUserSites(tx, user.id, input.sites);
    await recordAudit(tx, {
      at: now,
      actorType: actor.type,
      actorId: actor.type === 'staff' ? actor.id : null,
      action: 'staff_user.created',
      subjectType: 'staff_user',
      subjectId: user.id,
      detail: { roles: [...new Set(input.roles)], siteIds: input.sites },
    });
    return user.id;
  });
  return {
    user: await getStaffUser(db, id),
    ...(temporaryPassword ? { temporaryPassword } : {}),
  };
}
