import { inArray } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sites } from '../db/schema.js';
import { changePassword } from '../domain/change-password.js';
import { confirmTotp } from '../domain/confirm-totp.js';
import { enrollTotp } from '../domain/enroll-totp.js';
import { lockStaffSession } from '../domain/lock-staff-session.js';
import { logInStaff } from '../domain/log-in-staff.js';
import { recordAudit } from '../domain/record-audit.js';
import { endStaffSession } from '../domain/staff-sessions.js';
import { unlockSession } from '../domain/unlock-session.js';
import { MAX_PASSWORD_LENGTH } from '../lib/passwords.js';
import type { StaffContext } from '../plugins/staff-session.js';

const roleSchema = z.enum(['nurse', 'clinician', 'admin']);
const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  totpEnabled: z.boolean(),
  passwordChangeRequired: z.boolean(),
});
const meSchema = z.object({
  user: userSchema,
  roles: z.array(roleSchema),
  sites: z.array(z.object({ id: z.uuid(), name: z.string() })),
  csrfToken: z.string(),
  locked: z.boolean(),
  enrolmentOnly: z.boolean(),
});
const passwordField = z.string().min(1).max(1024);
const totpField = z.string().trim().max(12);

const auth: FastifyPluginAsyncZod = async (fastify) => {
  async function describe(staff: StaffContext) {
    const siteRows = staff.siteIds.length
      ? await fastify.db
          .select({ id: sites.id, name: sites.name })
          .from(sites)
          .where(inArray(sites.id, staff.siteIds))
      : [];
    return {
      user: staff.user,
      roles: staff.user.roles,
      sites: siteRows,
      csrfToken: staff.csrfToken,
      locked: staff.locked,
      enrolmentOnly: staff.enrolmentOnly,
    };
  }
  // Routes a session must reach whatever state it is in: locked, enrolling, or on a temporary password.
  const anySession = fastify.staffOnly({
    allowLocked: true,
    allowEnrolmentOnly: true,
    allowPasswordChangeRequired: true,
  });
  const enrolment = fastify.staffOnly({
    allowEnrolmentOnly: true,
    allowPasswordChangeRequired: true,
  });

  fastify.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email, password and (when enrolled) a TOTP code',
        body: z.object({
          email: z.string().trim().min(3).max(254),
          password: passwordField,
          totp: totpField.optional(),
        }),
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const result = await logInStaff(
        fastify.db,
        fastify.totpKeys,
        {
          ...request.body,
          clientAddress: request.ip,
          previousSessionId: request.cookies[fastify.sessionCookieName],
        },
        fastify.loginLimits,
        fastify.clock.now(),
      );
      // A fresh id at every login: an id planted before login is never promoted.
      fastify.setSessionCookie(reply, result.sessionId);
      return describe((await fastify.staffFromSessionId(result.sessionId))!);
    },
  );

  fastify.get(
    '/api/auth/me',
    { preHandler: anySession, schema: { tags: ['auth'], response: { 200: meSchema } } },
    async (request) => describe(request.staff!),
  );

  fastify.post(
    '/api/auth/logout',
    { preHandler: anySession, schema: { tags: ['auth'], response: { 204: z.null() } } },
    async (request, reply) => {
      const staff = request.staff!;
      const now = fastify.clock.now();
      await fastify.db.transaction(async (tx) => {
        await endStaffSession(tx, staff.sessionIdHash, now);
        await recordAudit(tx, {
          at: now,
          actorType: 'staff',
          actorId: staff.user.id,
          action: 'auth.logout',
        });
      });
      fastify.clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  fastify.post(
    '/api/auth/lock',
    {
      preHandler: anySession,
      schema: {
        tags: ['auth'],
        summary:
          'Lock your own session now (the staff app does so when its idle lock screen shows)',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await lockStaffSession(fastify.db, request.staff!, fastify.clock.now());
      return reply.status(204).send(null);
    },
  );

  fastify.post(
    '/api/auth/unlock',
    {
      preHandler: anySession,
      schema: {
        tags: ['auth'],
        summary: 'Unlock a session locked after 15 idle minutes',
        body: z.object({ password: passwordField }),
        response: { 200: meSchema },
      },
    },
    async (request) => {
      const staff = request.staff!;
      await unlockSession(
        fastify.db,
        staff,
        request.body.password,
        fastify.loginLimits,
        fastify.clock.now(),
      );
      return describe({ ...staff, locked: false });
    },
  );

  fastify.post(
    '/api/auth/password',
    {
      preHandler: enrolment,
      schema: {
        tags: ['auth'],
        summary: 'Change your own password (your other sessions end)',
        body: z.object({
          current: passwordField,
          next: z.string().max(MAX_PASSWORD_LENGTH * 4),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changePassword(
        fastify.db,
        request.staff!,
        request.body,
        fastify.loginLimits,
        fastify.clock.now(),
      );
      return reply.status(204).send(null);
    },
  );

  fastify.post(
    '/api/auth/totp/enroll',
    {
      preHandler: enrolment,
      schema: {
        tags: ['auth'],
        summary: 'Start authenticator set-up: an otpauth:// URI to show as a QR code',
        response: { 200: z.object({ otpauthUri: z.string(), secret: z.string() }) },
      },
    },
    async (request) =>
      enrollTotp(fastify.db, fastify.totpKeys, request.staff!, fastify.clock.now()),
  );

  fastify.post(
    '/api/auth/totp/confirm',
    {
      preHandler: enrolment,
      schema: {
        tags: ['auth'],
        summary: 'Finish authenticator set-up with a first code (the session is renewed)',
        body: z.object({ totp: totpField }),
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const session = await confirmTotp(
        fastify.db,
        fastify.totpKeys,
        request.staff!,
        request.body.totp,
        fastify.clock.now(),
      );
      fastify.setSessionCookie(reply, session.sessionId);
      return describe((await fastify.staffFromSessionId(session.sessionId))!);
    },
  );
};

export default auth;
