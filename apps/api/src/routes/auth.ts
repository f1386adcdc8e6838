import { eq, inArray } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sites, staffSessions } from '../db/schema.js';
import { logInStaff } from '../domain/log-in-staff.js';
import { recordAudit } from '../domain/record-audit.js';
import type { StaffContext } from '../plugins/staff-session.js';

const roleSchema = z.enum(['nurse', 'clinician', 'admin']);
const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  totpEnabled: z.boolean(),
});
const meSchema = z.object({
  user: userSchema,
  roles: z.array(roleSchema),
  sites: z.array(z.object({ id: z.uuid(), name: z.string() })),
  csrfToken: z.string(),
  locked: z.boolean(),
  enrolmentOnly: z.boolean(),
});

const auth: FastifyPluginAsyncZod<{
  loginLimits: { failuresPerAccount: number; failuresPerClient: number };
}> = async (fastify, options) => {
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

  fastify.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email, password and (when enrolled) a TOTP code',
        body: z.object({
          email: z.string().trim().min(3).max(254),
          password: z.string().min(1).max(1024),
          totp: z.string().max(12).optional(),
        }),
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const result = await logInStaff(
        fastify.db,
        { ...request.body, clientAddress: request.ip },
        options.loginLimits,
        fastify.clock.now(),
      );
      // A fresh id at every login: an id planted before login is never promoted.
      fastify.setSessionCookie(reply, result.sessionId);
      return describe((await fastify.staffFromSessionId(result.sessionId))!);
    },
  );

  fastify.get(
    '/api/auth/me',
    {
      preHandler: fastify.staffOnly({ allowLocked: true, allowEnrolmentOnly: true }),
      schema: { tags: ['auth'], response: { 200: meSchema } },
    },
    async (request) => describe(request.staff!),
  );

  fastify.post(
    '/api/auth/logout',
    {
      preHandler: fastify.staffOnly({ allowLocked: true, allowEnrolmentOnly: true }),
      schema: { tags: ['auth'], response: { 204: z.null() } },
    },
    async (request, reply) => {
      const staff = request.staff!;
      const now = fastify.clock.now();
      await fastify.db.transaction(async (tx) => {
        await tx
          .update(staffSessions)
          .set({ endedAt: now })
          .where(eq(staffSessions.idHash, staff.sessionIdHash));
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
};

export default auth;
