import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readSettings, updateSettings } from '../domain/update-settings.js';

const settingsSchema = z.object({
  totpRequiredRoles: z.array(z.enum(['nurse', 'clinician', 'admin'])),
});

const settings: FastifyPluginAsyncZod = async (fastify) => {
  const adminOnly = fastify.staffOnly({ roles: ['admin'] });

  fastify.get(
    '/api/settings',
    {
      preHandler: adminOnly,
      schema: { tags: ['admin'], response: { 200: settingsSchema } },
    },
    async () => readSettings(fastify.db),
  );

  fastify.put(
    '/api/settings',
    {
      preHandler: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Which roles must use TOTP',
        body: settingsSchema,
        response: { 200: settingsSchema },
      },
    },
    async (request) =>
      updateSettings(fastify.db, request.staff!, request.body, fastify.clock.now()),
  );
};

export default settings;
