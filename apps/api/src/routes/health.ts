import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const health: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database reachability',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }),
          503: z.object({ status: z.literal('degraded') }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await fastify.db.execute(sql`select 1`);
        return { status: 'ok' as const, database: fastify.database.kind };
      } catch {
        return reply.status(503).send({ status: 'degraded' as const });
      }
    },
  );
};

export default health;
