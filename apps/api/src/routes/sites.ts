import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createSite, listSites, updateSite } from '../domain/manage-sites.js';

const siteSchema = z.object({ id: z.uuid(), name: z.string(), createdAt: z.iso.datetime() });
const name = z.string().trim().min(1).max(200);

const sites: FastifyPluginAsyncZod = async (fastify) => {
  const adminOnly = fastify.staffOnly({ roles: ['admin'] });

  fastify.get(
    '/api/sites',
    {
      preHandler: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Sites (clinics)',
        response: { 200: z.object({ items: z.array(siteSchema) }) },
      },
    },
    async () => ({ items: await listSites(fastify.db) }),
  );

  fastify.post(
    '/api/sites',
    {
      preHandler: adminOnly,
      schema: {
        tags: ['admin'],
        body: z.object({ name }),
        response: { 201: siteSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createSite(
            fastify.db,
            request.staff!.user.id,
            request.body.name,
            fastify.clock.now(),
          ),
        ),
  );

  fastify.patch(
    '/api/sites/:id',
    {
      preHandler: adminOnly,
      schema: {
        tags: ['admin'],
        params: z.object({ id: z.uuid() }),
        body: z.object({ name: name.optional() }),
        response: { 200: siteSchema },
      },
    },
    async (request) =>
      updateSite(
        fastify.db,
        request.staff!.user.id,
        request.params.id,
        request.body,
        fastify.clock.now(),
      ),
  );
};

export default sites;
