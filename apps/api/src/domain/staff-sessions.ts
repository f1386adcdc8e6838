// Opening and ending staff sessions. The cookie value is shown once; only its sha256 is stored.
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { staffSessions } from '../db/schema.js';
import { randomToken, sha256 } from '../lib/secrets.js';
import { ABSOLUTE_SESSION_MS } from '../plugins/staff-session.js';

export async function openStaffSession(
  tx: Executor,
  userId: string,
  now: Date,
  options: { enrolmentOnly: boolean },
) {
  // 256 random bits each: the session id (cookie) and the synchronizer CSRF token.
  const sessionId = randomToken(32);
  const csrfToken = randomToken(32);
  await tx.insert(staffSessions).values({
    idHash: sha256(sessionId),
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ABSOLUTE_SESSION_MS),
    enrolmentOnly: options.enrolmentOnly,
  });
  return { sessionId, csrfToken };
}

/** Ends every open session of a user, except the one given (the caller's own). */
export async function endStaffSessions(
  tx: Executor,
  userId: string,
  now: Date,
  exceptIdHash?: string,
): Promise<number> {
  const ended = await tx
    .update(staffSessions)
    .set({ endedAt: now })
    .where(
      and(
        eq(staffSessions.userId, userId),
        isNull(staffSessions.endedAt),
        ...(exceptIdHash ? [ne(staffSessions.idHash, exceptIdHash)] : []),
      ),
    )
    .returning({ idHash: staffSessions.idHash });
  return ended.length;
}

export async function endStaffSession(tx: Executor, idHash: string, now: Date): Promise<void> {
  await tx
    .update(staffSessions)
    .set({ endedAt: now })
    .where(and(eq(staffSessions.idHash, idHash), isNull(staffSessions.endedAt)));
}
