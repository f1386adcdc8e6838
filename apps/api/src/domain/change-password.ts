// A staff member changes their own password: the current one first, then a new one that passes the
// policy. Every other session of theirs ends (a stolen cookie dies with the old password).
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { staffUsers } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import { hashPassword, passwordProblem } from '../lib/passwords.js';
import type { StaffContext } from '../plugins/staff-session.js';
import type { LoginLimits } from './log-in-staff.js';
import { recordAudit } from './record-audit.js';
import { endStaffSessions } from './staff-sessions.js';
import { checkOwnPassword } from './unlock-session.js';

export async function changePassword(
  db: Database,
  staff: StaffContext,
  input: { current: string; next: string },
  limits: LoginLimits,
  now: Date,
): Promise<void> {
  const problem =
    input.next === input.current
      ? 'Choose a password different from the current one.'
      : passwordProblem(input.next, { email: staff.user.email });
  if (problem)
    throw new AppError('validation_failed', problem, [{ path: 'next', message: problem }]);
  await checkOwnPassword(db, staff, input.current, 'current', limits, now);
  const passwordHash = await hashPassword(input.next);
  await db.transaction(async (tx) => {
    await tx
      .update(staffUsers)
      .set({ passwordHash, passwordChangeRequired: false })
      .where(eq(staffUsers.id, staff.user.id));
    const ended = await endStaffSessions(tx, staff.user.id, now, staff.sessionIdHash);
    await recordAudit(tx, {
      at: now,
      actorType: 'staff',
      actorId: staff.user.id,
      action: 'auth.password_changed',
      subjectType: 'staff_user',
      subjectId: staff.user.id,
      detail: { endedSessions: ended },
    });
  });
}
