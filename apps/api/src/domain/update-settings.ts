// Admin settings: which roles must use TOTP. Making a role require TOTP ends the sessions of its
// members who have not enrolled, so they enrol at their next sign-in rather than some day.
import { and, arrayOverlaps, inArray, isNull, ne } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { settings, staffSessions, staffUsers } from '../db/schema.js';
import type { StaffContext, StaffRole } from '../plugins/staff-session.js';
import { recordAudit } from './record-audit.js';
import { TOTP_SETTING_KEY, totpRequiredRoles } from './totp-settings.js';

export async function readSettings(db: Database) {
  return { totpRequiredRoles: await totpRequiredRoles(db) };
}

export async function updateSettings(
  db: Database,
  actor: StaffContext,
  input: { totpRequiredRoles: StaffRole[] },
  now: Date,
) {
  const next = [...new Set(input.totpRequiredRoles)].sort();
  return db.transaction(async (tx) => {
    const before = await totpRequiredRoles(tx);
    await tx
      .insert(settings)
      .values({ key: TOTP_SETTING_KEY, value: next })
      .onConflictDoUpdate({ target: settings.key, set: { value: next } });
    const added = next.filter((role) => !before.includes(role));
    let endedSessions = 0;
    if (added.length) {
      const unenrolled = tx
        .select({ id: staffUsers.id })
        .from(staffUsers)
        .where(and(isNull(staffUsers.totpEnabledAt), arrayOverlaps(staffUsers.roles, added)));
      const ended = await tx
        .update(staffSessions)
        .set({ endedAt: now })
        .where(
          and(
            isNull(staffSessions.endedAt),
            ne(staffSessions.idHash, actor.sessionIdHash),
            inArray(staffSessions.userId, unenrolled),
          ),
        )
        .returning({ idHash: staffSessions.idHash });
      endedSessions = ended.length;
    }
    await recordAudit(tx, {
      at: now,
      actorType: 'staff',
      actorId: actor.user.id,
      action: 'settings.updated',
      subjectType: 'settings',
      subjectId: TOTP_SETTING_KEY,
      detail: { totpRequiredRoles: next, endedSessions },
    });
    return { totpRequiredRoles: next as StaffRole[] };
  });
}
