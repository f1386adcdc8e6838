// Staff sessions: a random 256-bit cookie value, stored only as its sha256, with a per-session
// synchronizer CSRF token, a 15-minute idle lock and a 12-hour absolute end.
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { and, eq, isNull } from 'drizzle-orm';
import { staffSessions, staffUserSites, staffUsers } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import { safeEqual, sha256, type TotpKeys } from '../lib/secrets.js';

export const IDLE_LOCK_MS = 15 * 60 * 1000;
export const ABSOLUTE_SESSION_MS = 12 * 60 * 60 * 1000;
// Writing last-seen on every request would make every read a write; a minute of slack is harmless.
const TOUCH_EVERY_MS = 60 * 1000;

export type StaffRole = 'nurse' | 'clinician' | 'admin';

/** The roles that work with patients: the queue, submissions and live events are theirs. */
export const CLINICAL_ROLES: readonly StaffRole[] = ['nurse', 'clinician'];

export const holdsClinicalRole = (roles: readonly StaffRole[]) =>
  roles.some((role) => CLINICAL_ROLES.includes(role));

export interface StaffContext {
  sessionIdHash: string;
  csrfToken: string;
  user: {
    id: string;
    email: string;
    displayName: string;
    roles: StaffRole[];
    totpEnabled: boolean;
    /** an admin reset the password: only the password change is open until it is replaced */
    passwordChangeRequired: boolean;
  };
  siteIds: string[];
  locked: boolean;
  enrolmentOnly: boolean;
}

export interface GuardOptions {
  roles?: StaffRole[];
  /** answer 404 instead of 403 when the role is missing (patient records) */
  hideWhenForbidden?: boolean;
  /**
   * roles that may know the record exists: without `roles` they get 403, anyone else 404
   * (a nurse trying to sign off a record she can read: 403; an admin-only user: 404)
   */
  visibleTo?: StaffRole[];
  /** routes without patient data keep working while the session is idle-locked */
  allowLocked?: boolean;
  /** enrolment routes, usable by a session limited to TOTP enrolment */
  allowEnrolmentOnly?: boolean;
  /** routes usable before a temporary password is replaced (me, logout, the change itself) */
  allowPasswordChangeRequired?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    staff: StaffContext | null;
  }
  interface FastifyInstance {
    staffOnly(options?: GuardOptions): preHandlerAsyncHookHandler;
    staffFromSessionId(sessionId: string): Promise<StaffContext | null>;
    /** The session's staff now, by the stored hash of its id; not counted as activity. */
    staffFromSessionHash(idHash: string): Promise<StaffContext | null>;
    sessionCookieName: string;
    /** encrypt TOTP secrets at rest (the current key, and earlier ones to read older secrets) */
    totpKeys: TotpKeys;
    /** failed password checks per hour before sign-in, unlock and re-authentication refuse */
    loginLimits: { failuresPerAccount: number; failuresPerClient: number };
    setSessionCookie(reply: FastifyReply, value: string): void;
    clearSessionCookie(reply: FastifyReply): void;
  }
}

export default fp<{
  secureCookies: boolean;
  totpKeys: TotpKeys;
  loginLimits: { failuresPerAccount: number; failuresPerClient: number };
}>(async (fastify, options) => {
  const cookieName = options.secureCookies ? '__Host-preflight_session' : 'preflight_session';
  fastify.decorate('sessionCookieName', cookieName);
  fastify.decorate('totpKeys', options.totpKeys);
  fastify.decorate('loginLimits', options.loginLimits);
  fastify.decorate('setSessionCookie', (reply: FastifyReply, value: string) => {
    reply.setCookie(cookieName, value, {
      path: '/',
      httpOnly: true,
      secure: options.secureCookies,
      sameSite: 'strict',
      maxAge: ABSOLUTE_SESSION_MS / 1000,
    });
  });
  fastify.decorate('clearSessionCookie', (reply: FastifyReply) => {
    reply.clearCookie(cookieName, {
      path: '/',
      httpOnly: true,
      secure: options.secureCookies,
      sameSite: 'strict',
    });
  });
  fastify.decorateRequest('staff', null);

  async function loadStaff(request: FastifyRequest): Promise<StaffContext | null> {
    const cookie = request.cookies[cookieName];
    return cookie ? staffFromSessionId(cookie, isPassiveRequest(request)) : null;
  }

  const staffFromSessionId = (sessionId: string, passive = false) =>
    staffFromSessionHash(sha256(sessionId), passive);

  async function staffFromSessionHash(
    idHash: string,
    passive = false,
  ): Promise<StaffContext | null> {
    const now = fastify.clock.now();
    const [row] = await fastify.db
      .select({ session: staffSessions, user: staffUsers })
      .from(staffSessions)
      .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
      .where(and(eq(staffSessions.idHash, idHash), isNull(staffSessions.endedAt)))
      .limit(1);
    if (!row || !row.user.active || row.session.expiresAt <= now) return null;
    let locked = row.session.lockedAt !== null;
    const idleFor = now.getTime() - row.session.lastSeenAt.getTime();
    if (!locked && idleFor > IDLE_LOCK_MS) {
      locked = true;
      await fastify.db
        .update(staffSessions)
        .set({ lockedAt: now })
        .where(eq(staffSessions.idHash, idHash));
    } else if (!locked && idleFor > TOUCH_EVERY_MS && !passive) {
      await fastify.db
        .update(staffSessions)
        .set({ lastSeenAt: now })
        .where(eq(staffSessions.idHash, idHash));
    }
    const sites = await fastify.db
      .select({ siteId: staffUserSites.siteId })
      .from(staffUserSites)
      .where(eq(staffUserSites.userId, row.user.id));
    return {
      sessionIdHash: idHash,
      csrfToken: row.session.csrfToken,
      user: {
        id: row.user.id,
        email: row.user.email,
        displayName: row.user.displayName,
        roles: row.user.roles as StaffRole[],
        totpEnabled: row.user.totpEnabledAt !== null,
        passwordChangeRequired: row.user.passwordChangeRequired,
      },
      siteIds: sites.map((s) => s.siteId),
      locked,
      enrolmentOnly: row.session.enrolmentOnly,
    };
  }

  fastify.decorate('staffFromSessionId', (sessionId: string) => staffFromSessionId(sessionId));
  fastify.decorate('staffFromSessionHash', (idHash: string) => staffFromSessionHash(idHash, true));
  fastify.decorate('staffOnly', (guard: GuardOptions = {}): preHandlerAsyncHookHandler => {
    return async function staffGuard(request) {
      const staff = await loadStaff(request);
      if (!staff) throw new AppError('unauthorized', 'Please sign in.');
      request.staff = staff;
      const refused = sessionRefusal(staff, guard);
      if (refused) throw refused;
      if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
        const header = request.headers['x-csrf-token'];
        if (typeof header !== 'string' || !safeEqual(header, staff.csrfToken)) {
          throw new AppError(
            'forbidden',
            'Missing or invalid CSRF token. Reload the page and try again.',
          );
        }
      }
      const forbidden = roleRefusal(staff, guard);
      if (forbidden) throw forbidden;
    };
  });
});

/**
 * Why this session may not pass the guard now (TOTP enrolment, a temporary password, the idle
 * lock), or null. The guard checks CSRF after it, then `roleRefusal`; a live event stream checks
 * both again on every keepalive.
 */
export function sessionRefusal(staff: StaffContext, guard: GuardOptions): AppError | null {
  if (staff.enrolmentOnly && !guard.allowEnrolmentOnly)
    return new AppError('totp_required', 'Set up your authenticator app to continue.');
  if (staff.user.passwordChangeRequired && !guard.allowPasswordChangeRequired)
    return new AppError('forbidden', 'Choose a new password to continue.', undefined, {
      reason: 'password_change_required',
    });
  if (staff.locked && !guard.allowLocked)
    return new AppError(
      'session_locked',
      'Your session is locked after 15 minutes without activity. Enter your password to unlock.',
    );
  return null;
}

/** Why this user's roles do not pass the guard (403, or 404 for those who may not know), or null. */
export function roleRefusal(staff: StaffContext, guard: GuardOptions): AppError | null {
  const holdsAny = (roles: readonly StaffRole[]) =>
    roles.some((role) => staff.user.roles.includes(role));
  if (!guard.roles || holdsAny(guard.roles)) return null;
  const mayKnow = guard.visibleTo ? holdsAny(guard.visibleTo) : !guard.hideWhenForbidden;
  return mayKnow
    ? new AppError('forbidden', 'Your role does not allow this.')
    : new AppError('not_found', 'Not found');
}

// The event stream and "who am I" polls do not count as activity for the idle lock.
function isPassiveRequest(request: FastifyRequest): boolean {
  const url = request.url.split('?')[0];
  return url === '/api/events' || url === '/api/auth/me';
}
