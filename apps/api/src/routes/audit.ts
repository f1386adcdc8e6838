import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAudit } from '../domain/list-audit.js';

const audit: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/api/audit',
    {
      preHandler: fastify.staffOnly({ roles: ['admin'] }),
      schema: {
        tags: ['admin'],
        summary: 'The audit log, newest first',
        querystring: z.object({
          subject: z.string().trim().max(200).optional(),
          actor: z.string().trim().max(200).optional(),
          cursor: z.string().max(30).optional(),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                at: z.iso.datetime(),
                actorType: z.string(),
                actorId: z.string().nullable(),
                action: z.string(),
                subjectType: z.string().nullable(),
                subjectId: z.string().nullable(),
                siteId: z.string().nullable(),
                detail: z.record(z.string(), z.unknown()).nullable(),
              }),
            ),
            nextCursor: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => listAudit(fastify.db, request.query),
  );
};

export default audit;
