import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createStaffUser } from '../domain/create-staff-user.js';
import { resetStaffPassword } from '../domain/reset-staff-password.js';
import { resetStaffTotp } from '../domain/reset-staff-totp.js';
import { getStaffUser, listStaffUsers } from '../domain/staff-users.js';
import { updateStaffUser } from '../domain/update-staff-user.js';

const roleSchema = z.enum(['nurse', 'clinician', 'admin']);
const staffUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  siteIds: z.array(z.uuid()),
  active: z.boolean(),
  totpEnabled: z.boolean(),
  passwordChangeRequired: z.boolean(),
  createdAt: z.iso.datetime(),
});
const params = z.object({ id: z.uuid() });
const displayName = z.string().trim().min(1).max(200);

const users: FastifyPluginAsyncZod = async (fastify) => {
  const adminOnly = fastify.staffOnly({ roles: ['admin'] });

  fastify.get(
    '/api/users',
    {
      preHandler: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Staff accounts',
        response: { 200: z.object({ items: z.array(staffUserSchema) }) },
      },
    },
    async () => ({ items: await listStaffUsers(fastify.db) }),
  );

  fastify.get(
    '/api/users/:id',
    {
      preHandler: adminOnly,
      schema: { tags: ['admin'], params, response: { 200: staffUserSchema } },
    },
    async (request) => getStaffUser(fastify.db, request.params.id),
  );

  fastify.post(
    '/api/users',
    {
      preHandler: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Create a staff account with a one-time temporary password',
        body: z.object({
          email: z.email().max(254),
          displayName,
          roles: z.array(roleSchema).min(1),
          sites: z.array(z.uuid()).default([]),
        }),
        response: {
          201: z.object({ user: staffUserSchema, temporaryPassword: z.string() }),
        },
      },
    },
    async (request, reply) => {
      const created = await createStaffUser(
        fastify.db,
        { type: 'staff', id: request.staff!.user.id },
        request.body,
        fastify.clock.now(),
      );
      return reply
        .status(201)
        .send({ user: created.user, temporaryPassword: created.temporaryPassword! });
    },
  );

  fastify.patch(
    '/api/users/:id',
    {
      preHandler: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Change roles, sites, name or active state (deactivating ends their sessions)',
        params,
        body: z.object({
          displayName: displayName.optional(),
          roles: z.array(roleSchema).min(1).optional(),
          sites: z.array(z.uuid()).optional(),
          active: z.boolean().optional(),
        }),
        response: { 200: staffUserSchema },
      },
    },
    async (request) =>
      updateStaffUser(
        fastify.db,
        request.staff!.user.id,
        request.params.id,
        request.body,
        fastify.clock.now(),
      ),
  );

  fastify.post(
    '/api/users/:id/reset-password',
    {
      preHandler: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Issue a one-time temporary password (their sessions end)',
        params,
        response: { 200: z.object({ temporaryPassword: z.string() }) },
      },
    },
    async (request) =>
      resetStaffPassword(
        fastify.db,
        request.staff!.user.id,
        request.params.id,
        fastify.clock.now(),
      ),
  );

  fastify.post(
    '/api/users/:id/reset-totp',
    {
      preHandler: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Remove their authenticator (they set up a new one at next sign-in)',
        params,
        response: { 200: staffUserSchema },
      },
    },
    async (request) =>
      resetStaffTotp(fastify.db, request.staff!.user.id, request.params.id, fastify.clock.now()),
  );
};

export default users;
